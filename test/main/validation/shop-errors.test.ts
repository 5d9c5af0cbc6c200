import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShopifyConnector } from '../../../main/connectors/shops/shopify/connector';
import { ShopError } from '../../../main/connectors/shops/types';
import { WooCommerceConnector } from '../../../main/connectors/shops/woocommerce/connector';
import { mapShopError } from '../../../main/validation';
import { describe as describeProblem } from '../../../shared/errors';

/**
 * LB-2009 (the shop's settings are not valid) tells the owner why in their own language: the
 * connectors name the cause, and their English message goes only to the technical log. Every
 * cause is provoked through the real connector, as the setup wizard's "Test connection" would.
 */

/** What the fake WordPress answers on every path; each case sets its own. */
let answer: { status: number; type: string; body: string };
let server: Server;
let site: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    res.writeHead(answer.status, { 'content-type': answer.type });
    res.end(answer.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const json = (status: number, body: unknown) => ({ status, type: 'application/json', body: JSON.stringify(body) });
const woo = (url: string) => new WooCommerceConnector({ url, consumerKey: 'ck_x', consumerSecret: 'cs_x', sleep: async () => {} });

/** The connector's failure (thrown at once or by the connection test), mapped as the app shows it. */
async function failureOf(platform: 'woocommerce' | 'shopify', testConnection: () => Promise<unknown>) {
  let error: unknown;
  try {
    await testConnection();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ShopError);
  const problem = mapShopError(error as ShopError, { platform });
  return { error: error as ShopError, problem, da: describeProblem(problem.code, problem.params, 'da').message, en: describeProblem(problem.code, problem.params, 'en').message };
}

describe('LB-2009 in the owner’s language', () => {
  it('a WooCommerce address that is not a web address', async () => {
    const { problem, da, en } = await failureOf('woocommerce', () => woo('butik punkt dk').testConnection());
    expect(problem.code).toBe('LB-2009');
    expect(da).toBe('Forbindelsen til WooCommerce er ikke sat rigtigt op: shoppens adresse er ikke en webadresse; skriv den som fx https://butik.dk.');
    expect(en).toBe('The connection to WooCommerce is not set up correctly: the shop address is not a web address; write it as, e.g., https://butik.dk.');
  });

  it('an address with plain http, which would send the keys unencrypted', async () => {
    const { da, en } = await failureOf('woocommerce', () => woo('http://butik.dk').testConnection());
    expect(da).toBe('Forbindelsen til WooCommerce er ikke sat rigtigt op: shoppens adresse begynder ikke med https://, så nøglerne ville blive sendt ukrypteret; skriv adressen med https://.');
    expect(en).toBe('The connection to WooCommerce is not set up correctly: the shop address does not start with https://, so the keys would travel unencrypted; write the address with https://.');
    const shopify = await failureOf('shopify', async () => new ShopifyConnector({ url: 'http://butik.myshopify.com', accessToken: 'shpat_x' }).testConnection());
    expect(shopify.da).toBe('Forbindelsen til Shopify er ikke sat rigtigt op: shoppens adresse begynder ikke med https://, så nøglerne ville blive sendt ukrypteret; skriv adressen med https://.');
  });

  it('an address that is a web site, but not WordPress', async () => {
    answer = { status: 200, type: 'text/html', body: '<!doctype html><title>Min butik</title>' };
    const { error, da, en } = await failureOf('woocommerce', () => woo(site).testConnection());
    expect(da).toBe('Forbindelsen til WooCommerce er ikke sat rigtigt op: adressen fører ikke til et WordPress-site med REST API slået til; brug selve WordPress-sitets adresse, fx https://butik.dk.');
    expect(en).toBe('The connection to WooCommerce is not set up correctly: the address does not lead to a WordPress site with its REST API switched on; use the address of the WordPress site itself, e.g. https://butik.dk.');
    // The connector's own words are kept for the technical log, not shown in the owner's text.
    expect(mapShopError(error).technical?.message).toBe(error.message);
    expect(da).not.toContain(error.message);
  });

  it('WordPress without WooCommerce', async () => {
    answer = json(200, { name: 'Min butik', url: site, namespaces: ['oembed/1.0', 'wp/v2'] });
    const { da, en } = await failureOf('woocommerce', () => woo(site).testConnection());
    expect(da).toBe('Forbindelsen til WooCommerce er ikke sat rigtigt op: WordPress svarer, men WooCommerces REST API mangler; WooCommerce (3.5 eller nyere) skal være installeret og aktiveret under Plugins i WordPress.');
    expect(en).toBe("The connection to WooCommerce is not set up correctly: WordPress answers, but WooCommerce's REST API is missing; WooCommerce (3.5 or newer) must be installed and activated under Plugins in WordPress.");
  });

  it('no REST route: WooCommerce switched off, or permalinks set to Plain', async () => {
    // WordPress's own answer to a route nobody registered.
    answer = json(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
    const { da, en } = await failureOf('woocommerce', () => woo(site).testConnection());
    expect(da).toBe('Forbindelsen til WooCommerce er ikke sat rigtigt op: shoppen har intet WooCommerce REST API på adressen; WooCommerce skal være aktiveret, og permalinks må ikke stå på "Almindelig" (WordPress: Indstillinger → Permalinks).');
    expect(en).toBe('The connection to WooCommerce is not set up correctly: the shop has no WooCommerce REST API at the address; WooCommerce must be activated, and permalinks must not be set to "Plain" (WordPress: Settings → Permalinks).');
  });

  it('Shopify without an access token or client credentials', async () => {
    const { da, en } = await failureOf('shopify', async () => new ShopifyConnector({ url: 'https://butik.myshopify.com' }).testConnection());
    expect(da).toBe('Forbindelsen til Shopify er ikke sat rigtigt op: Shopify kræver appens Admin API-adgangstoken eller dens klient-id og klienthemmelighed.');
    expect(en).toBe("The connection to Shopify is not set up correctly: Shopify needs the app's Admin API access token, or its client ID and client secret.");
  });

  it('a cause this version does not name reads as a general sentence, never as the English detail', () => {
    const problem = mapShopError(new ShopError('config', 'Not a point in time: "yesterday".'), { platform: 'woocommerce' });
    expect(describeProblem(problem.code, problem.params, 'da').message).toBe(
      'Forbindelsen til WooCommerce er ikke sat rigtigt op: shoppens svar passer ikke til det, LedgerBridge forventer (detaljerne står i den tekniske log).',
    );
    expect(describeProblem(problem.code, problem.params, 'en').message).toBe(
      "The connection to WooCommerce is not set up correctly: the shop's answer does not fit what LedgerBridge expects (the details are in the technical log).",
    );
    expect(problem.technical?.message).toBe('Not a point in time: "yesterday".');
  });

  it('an entry an older version logged with only its English detail reads as the general sentence, not as a blank', () => {
    expect(describeProblem('LB-2009', { platform: 'Shopify', detail: 'Shopify needs an Admin API access token' }, 'da').message).toBe(
      'Forbindelsen til Shopify er ikke sat rigtigt op: shoppens svar passer ikke til det, LedgerBridge forventer (detaljerne står i den tekniske log).',
    );
  });
});
