/**
 * The whole story in real Chromium against the built renderer, the dev bridge, the real
 * desktop service and the sandboxes (no engine mocks): a consultant walks the setup
 * wizard, the owner syncs, opens an invoice PDF, finds the broken order in the error
 * log, fixes it in the shop and retries it.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECONOMIC_TOKENS, SHOP_KEYS, orderWithoutSku, startServiceHarness, type ServiceHarness } from '../main/service/harness';
import { ensureRendererBuilt } from './build-renderer';
import { CHROMIUM_PATH, e2eUnavailable, goTo, openUi, type UiSession } from './helpers';

/** The part of a browser canvas the pixel check uses (tests are type-checked without DOM types). */
interface BrowserCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

// Build the renderer first (when Chromium is there to use it), so the skip check sees the result.
if (existsSync(CHROMIUM_PATH)) await ensureRendererBuilt();
const unavailable = e2eUnavailable();

describe.skipIf(unavailable !== null)(`end to end: setup wizard to a retried order, in Chromium${unavailable ? ` — skipped: ${unavailable}` : ''}`, () => {
  let h: ServiceHarness;
  let ui: UiSession;
  let page: Page;

  beforeAll(async () => {
    h = await startServiceHarness();
    ui = await openUi(h.service);
    page = ui.page;
    // The service was created before the bridge: its events reach the page from now on.
    h.forwardEvents((event) => ui.bridge.emit(event));
  }, 30_000);
  afterAll(async () => {
    await ui?.close();
    await h?.close();
  });

  const next = () => page.getByRole('button', { name: 'Næste', exact: true }).click();
  const step = (name: string) => page.getByRole('heading', { level: 2, name }).waitFor();
  const select = (label: string, value: string) => page.getByLabel(label, { exact: true }).selectOption(value);

  it('walks the whole setup wizard against the sandboxes', async () => {
    await page.getByRole('heading', { level: 1, name: 'Opsætning' }).waitFor();
    await step('Abonnement');
    await page.getByLabel('Profilnavn').fill('nordlys');
    await next();

    await step('Webshop');
    await page.getByLabel('Butikkens adresse').fill(h.shop.url);
    await page.getByLabel('Consumer key').fill('ck_wrong');
    await page.getByLabel('Consumer secret').fill('cs_wrong');
    await page.getByRole('button', { name: 'Test forbindelse' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('LB-4011');
    await page.getByLabel('Consumer key').fill(SHOP_KEYS.consumerKey);
    await page.getByLabel('Consumer secret').fill(SHOP_KEYS.consumerSecret);
    await page.getByRole('button', { name: 'Test forbindelse' }).click();
    await page.getByText('Forbundet til Nordlys Keramik (DKK)').waitFor();
    await next();

    await step('e-conomic');
    await page.getByLabel('App Secret Token').fill(ECONOMIC_TOKENS.appSecretToken);
    await page.getByLabel('Agreement Grant Token').fill(ECONOMIC_TOKENS.agreementGrantToken);
    await page.getByRole('button', { name: 'Test forbindelse' }).click();
    await page.getByText(/Forbundet til LedgerBridge Sandbox ApS \(aftale \d+\)/).waitFor();
    await next();

    await step('Ordrestatus');
    const processing = h.orders.filter((o) => o.status === 'processing').length;
    await page.getByText(`${processing} ordrer`).first().waitFor();
    await page.getByRole('checkbox', { name: /processing/ }).check();
    await page.getByRole('checkbox', { name: /completed/ }).check();
    await next();

    await step('Opsætning i e-conomic');
    await select('Layout', '19');
    await select('Betalingsbetingelse', '1');
    await select('Samlekunde (nummer)', '1');
    await select('Moms 25 %', '1');
    await select('Moms 0 %', '2');
    await select('Vare for fragt', 'FRAGT');
    await select('Vare for gebyrer', 'GEBYR');
    await select('Vare for gavekort', 'GAVEKORT');
    await select('Vare for øreafrunding', 'AFRUNDING');
    await next();

    await step('Betalingsmetoder');
    await page.getByRole('cell', { name: /mobilepay/ }).waitFor();
    // Every method the shop's orders use gets its payment terms; bank transfers are paid later (net 8 days).
    const titles = new Map(h.orders.map((o) => [String(o.payment_method), String(o.payment_method_title)]));
    for (const [id, title] of titles) await select(`Betalingsbetingelse ${title}`, id === 'bacs' ? '1' : '3');
    await next();

    await step('Regler');
    await next();

    await step('Faktura og mail');
    await page.getByRole('radio', { name: /Fakturaen fra e-conomic/ }).check();
    // The mail server the invoice mails go through: here the sandbox's SMTP catcher.
    const mail = page.getByRole('region', { name: 'Mail', exact: true });
    await mail.getByLabel('Server', { exact: true }).fill(h.smtp.host);
    await mail.getByLabel('Sikkerhed', { exact: true }).selectOption('none');
    await mail.getByLabel('Port', { exact: true }).fill(String(h.smtp.port));
    await mail.getByLabel('Afsendernavn', { exact: true }).fill('Nordlys Keramik');
    await mail.getByLabel('Afsenderadresse', { exact: true }).fill('faktura@nordlys.dk');
    await mail.getByRole('button', { name: 'Gem mailindstillinger' }).click();
    await mail.getByText('Gemt', { exact: true }).waitFor();
    // The live preview fills the standard text with a real order from the shop.
    await page.getByText(/Vist med ordre \d+/).waitFor();
    await page.getByLabel('Modtager', { exact: true }).fill('ejer@nordlys.dk');
    await page.getByRole('button', { name: 'Send testmail' }).click();
    await page.getByText('Testmail sendt til ejer@nordlys.dk.').waitFor();
    expect(h.smtp.mails().at(-1)).toMatchObject({ from: '"Nordlys Keramik" <faktura@nordlys.dk>', envelope: { to: ['ejer@nordlys.dk'] }, subject: expect.stringMatching(/^\[TEST\] /) });
    await next();

    await step('Prøvekørsel');
    await page.getByRole('button', { name: 'Kør prøve' }).click();
    const broken = orderWithoutSku(h);
    await page.getByRole('article', { name: `#${broken.number}` }).getByText('LB-1001').waitFor();
    const first = page.locator('article.dry-invoice').first();
    await first.getByText('I alt').waitFor();
    expect(await page.locator('article.dry-invoice').count()).toBe(5);
    await page.getByRole('checkbox', { name: 'Jeg har gennemgået prøven' }).check();
    await next();

    await step('Færdig');
    await page.getByRole('button', { name: 'Gem og start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
    expect((await h.service['profile.get']({})).profile).toMatchObject({
      name: 'nordlys',
      invoiceSource: 'economic',
      layoutNumber: 19,
      mail: { smtp: { host: h.smtp.host, port: h.smtp.port, security: 'none' }, fromName: 'Nordlys Keramik', fromAddress: 'faktura@nordlys.dk' },
    });
  });

  it('runs a sync and shows the orders on the overview and in the order list', async () => {
    await page.getByRole('button', { name: 'Synkronisér nu' }).click();
    await page.getByText(/Synkronisering færdig: .*\d+ nye kladder i e-conomic/).waitFor();
    const drafts = h.economic.state().drafts.length;
    expect(drafts).toBeGreaterThan(0);
    await page.getByRole('status', { name: 'Status' }).getByText('Kræver opmærksomhed').waitFor();
    await goTo(page, 'Ordrer');
    const orders = page.getByRole('table', { name: 'Ordrer' });
    await orders.getByRole('button', { name: String(orderWithoutSku(h).number), exact: true }).waitFor();
    expect(await orders.getByRole('cell', { name: /^Kladde \d+$/ }).count()).toBe(drafts);
  });

  it('opens an invoice PDF in the invoice preview, rendered by pdf.js', async () => {
    await goTo(page, 'Fakturaer');
    await page.getByRole('table', { name: 'Fakturaer' }).getByRole('button', { name: /^Kladde \d+$/ }).first().click();
    const canvas = page.locator('canvas').first();
    await canvas.waitFor();
    // A rendered page has ink on it: some pixels are not white.
    await expect
      .poll(() => canvas.evaluate((element) => {
        const c = element as unknown as BrowserCanvas;
        const ctx = c.getContext('2d')!;
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] < 200) ink++;
        return c.width > 100 && ink > 100;
      }))
      .toBe(true);
  });

  it('finds the broken order in the error log with its fix, fixes it in the shop and retries it', async () => {
    const broken = orderWithoutSku(h);
    await goTo(page, 'Fejllog');
    await page.getByRole('button', { name: /LB-1001/ }).click();
    const detail = page.getByRole('complementary', { name: 'LB-1001' });
    await detail.getByRole('heading', { name: 'Sådan løser du det' }).waitFor();
    await detail.getByText(String(broken.number)).first().waitFor();

    const fixed = structuredClone(broken) as { line_items: Array<{ sku: string }> };
    fixed.line_items = fixed.line_items.map((l) => (l.sku === '' ? { ...l, sku: 'KRUS-BLA' } : l));
    h.shop.upsertOrder(fixed);
    await detail.getByRole('button', { name: 'Prøv ordren igen' }).click();
    await detail.getByText('1 ordre prøvet igen.').waitFor();

    const order = await h.service['orders.get']({ id: String(broken.id) });
    expect(order.state).toMatch(/held|drafted/);
    expect(order.draftInvoiceNumber).not.toBeNull();
    await page.getByRole('status', { name: 'Status' }).getByText('Alt kører').waitFor();
    await goTo(page, 'Ordrer');
    await page.getByRole('row', { name: new RegExp(`^${broken.number} `) }).getByRole('cell', { name: `Kladde ${order.draftInvoiceNumber}` }).waitFor();
    expect(ui.pageErrors).toEqual([]);
  });
});
