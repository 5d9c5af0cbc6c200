import { describe, expect, it } from 'vitest';
import { followableRedirect } from '../../../../main/connectors/shops/redirects';
import { ShopError } from '../../../../main/connectors/shops/types';
import { mapShopError } from '../../../../main/validation';
import { describe as describeProblem } from '../../../../shared/errors';

const shop = { site: 'https://butik.dk', platform: 'WooCommerce', status: 301 };
const from = new URL('https://butik.dk/wp-json/wc/v3/orders?per_page=100');

function refusal(location: string, site = shop.site, at = from): ShopError {
  try {
    followableRedirect(at, location, { ...shop, site });
  } catch (err) {
    if (err instanceof ShopError) return err;
    throw err;
  }
  throw new Error(`${location} was followed`);
}

describe('which shop redirects are followed with the keys', () => {
  it('follows a redirect on the same host, also from http up to https, and a relative one', () => {
    expect(followableRedirect(from, '/shop/wp-json/wc/v3/orders?per_page=100', shop).href).toBe('https://butik.dk/shop/wp-json/wc/v3/orders?per_page=100');
    expect(followableRedirect(new URL('http://butik.dk/wp-json/'), 'https://butik.dk/wp-json/', { ...shop, site: 'http://butik.dk' }).href).toBe('https://butik.dk/wp-json/');
    expect(followableRedirect(new URL('http://127.0.0.1:8080/wp-json/'), 'http://127.0.0.1:8080/index.php/wp-json/', { ...shop, site: 'http://127.0.0.1:8080' }).href).toBe('http://127.0.0.1:8080/index.php/wp-json/');
  });

  it('never follows to another host, and names the new shop address when the redirect kept the path', () => {
    const err = refusal('https://www.butik.dk/wp-json/wc/v3/orders?per_page=100');
    expect(err.kind).toBe('config');
    expect(err.detail.moved).toEqual({ platform: 'WooCommerce', address: 'https://butik.dk', to: 'https://www.butik.dk' });
    // A shop in a sub-folder keeps its folder in the new address.
    expect(refusal('https://shop.example/butik/wp-json/wc/v3/orders', 'https://old.example/butik', new URL('https://old.example/butik/wp-json/wc/v3/orders')).detail.moved?.to).toBe('https://shop.example/butik');
    // A redirect to a landing page names only the new origin.
    expect(refusal('https://www.butik.dk/velkommen').detail.moved?.to).toBe('https://www.butik.dk');
    // Another port on the same name is another server.
    expect(refusal('https://butik.dk:8443/wp-json/wc/v3/orders').detail.moved?.to).toBe('https://butik.dk:8443');
  });

  it('never follows from https down to plain http, not even on the same host', () => {
    const err = refusal('http://butik.dk/wp-json/wc/v3/orders');
    expect(err.kind).toBe('config');
    expect(err.message).toMatch(/not encrypted/);
  });

  it('keeps the keys of a redirect target out of the error, and tells the owner in both languages where to enter the address', () => {
    const err = refusal('https://www.butik.dk/wp-json/wc/v3/orders?consumer_key=ck_secret1234&consumer_secret=cs_secret1234');
    expect(JSON.stringify({ message: err.message, detail: err.detail })).not.toMatch(/secret1234/);
    const problem = mapShopError(err);
    expect(problem).toMatchObject({ code: 'LB-2044', params: { platform: 'WooCommerce', address: 'https://butik.dk', movedTo: 'https://www.butik.dk' } });
    const da = describeProblem(problem.code, problem.params, 'da');
    expect(da.message).toContain('https://www.butik.dk');
    expect(da.fix).toContain('Opsætning → "Webshop"');
    expect(describeProblem(problem.code, problem.params, 'en').fix).toContain('Setup → "Web shop"');
  });

  it('says so when a redirect names no address', () => {
    expect(() => followableRedirect(from, null, shop)).toThrow(/without saying where/);
  });
});
