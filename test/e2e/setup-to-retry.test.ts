/**
 * The whole story in real Chromium against the built renderer, the dev bridge, the real
 * desktop service and the sandboxes (no engine mocks). The consultant sets up an empty
 * installation: licence, shop, e-conomic through its own login page, mappings — and is
 * stopped with the reason by an unsaved step (and an unsaved invoice-mail text), a wrong
 * mail server, an unmapped payment method and a missing accounting year before the setup
 * check is all green; the first sync then books what the dry run
 * showed. The owner imports earlier orders, opens an invoice PDF, finds the broken order
 * in the error log, fixes it in the shop and retries it.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LICENCE } from '../../main/demo';
import { SANDBOX_LOGIN } from '../../main/sandbox/economic';
import { parseWooGmt } from '../../main/sandbox/shops/woocommerce/clock';
import { COMPANY_NAME, SHOP_KEYS, movedBack, startServiceHarness, type ServiceHarness } from '../main/service/harness';
import { ensureRendererBuilt } from '../../scripts/ui/build-renderer';
import { CHROMIUM_PATH, e2eUnavailable, goTo, openUi, type UiSession } from '../../scripts/ui/browser-session';

/** The part of a browser canvas the pixel check uses (tests are type-checked without DOM types). */
interface BrowserCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

// Build the renderer first (when Chromium is there to use it), so the skip check sees the result.
if (existsSync(CHROMIUM_PATH)) await ensureRendererBuilt();
const unavailable = e2eUnavailable();

const hasEmptySku = (o: Record<string, unknown>) => (o.line_items as Array<{ sku: string }>).some((l) => l.sku === '');

/** A port nothing listens on: the mail server typed wrong. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.skipIf(unavailable !== null)(`end to end: the consultant's setup to a retried order, in Chromium${unavailable ? ` — skipped: ${unavailable}` : ''}`, () => {
  let h: ServiceHarness;
  let ui: UiSession;
  let page: Page;
  /** The order numbers the setup check's dry run showed as new drafts. */
  let dryRunDrafts: string[];

  beforeAll(async () => {
    // The order without SKU is older than the newest orders: the first sync leaves it to the import.
    h = await startServiceHarness({ arrange: (orders) => orders.map((o) => (hasEmptySku(o) ? movedBack(o, 40) : o)) });
    ui = await openUi(h.service);
    page = ui.page;
    // The service was created before the bridge: its events reach the page from now on.
    h.forwardEvents((event) => ui.bridge.emit(event));
  }, 30_000);
  afterAll(async () => {
    await ui?.close();
    await h?.close();
  });

  const broken = () => h.orders.find(hasEmptySku)!;
  /** The payment method of the newest order at a transfer stage: the one the consultant overlooks. */
  const overlooked = () => {
    const order = h.orders
      .filter((o) => o.status === 'processing' || o.status === 'completed')
      .sort((a, b) => parseWooGmt(b.date_modified_gmt) - parseWooGmt(a.date_modified_gmt))[0];
    return { id: String(order.payment_method), title: String(order.payment_method_title) };
  };
  const next = () => page.getByRole('button', { name: 'Næste', exact: true }).click();
  const step = (name: string) => page.getByRole('heading', { level: 2, name }).waitFor();
  const select = (label: string, value: string) => page.getByLabel(label, { exact: true }).selectOption(value);
  // A line by its title (other lines may mention e-conomic in their text).
  const checkLine = (title: string) => page.getByRole('list', { name: 'Kontrol af opsætningen' }).getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });

  it('a fresh installation says it is not set up', async () => {
    await page.getByRole('heading', { level: 1, name: 'Opsætning' }).waitFor();
    await page.getByRole('navigation', { name: 'LedgerBridge' }).getByRole('status').getByText('Ikke sat op endnu').waitFor();
    expect(await page.getByText('Alt kører').count()).toBe(0);
  });

  it('reads the plan from the licence and connects the shop', async () => {
    await step('Licens');
    await page.getByRole('textbox', { name: 'Licens' }).fill(DEMO_LICENCE);
    await page.getByRole('button', { name: 'Kontrollér licensen' }).click();
    await page.getByText('Gyldig licens: Standard til LedgerBridge demo.').waitFor();
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
  });

  it("connects e-conomic the way owners know: logging in to e-conomic and adding the app", async () => {
    await step('e-conomic');
    const opened = ui.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Log ind i e-conomic og giv adgang' }).click();
    const economic = await opened;
    await economic.getByRole('heading', { name: 'Log ind i e-conomic' }).waitFor();
    await economic.getByLabel('E-mail').fill(SANDBOX_LOGIN.email);
    await economic.getByLabel('Adgangskode').fill(SANDBOX_LOGIN.password);
    await economic.getByRole('button', { name: 'Log ind' }).click();
    await economic.getByRole('button', { name: 'Tilføj app' }).click();
    // e-conomic sends the browser back to LedgerBridge on 127.0.0.1 with the grant.
    await economic.getByText(`Adgangen til ${COMPANY_NAME} er gemt.`).waitFor();
    await economic.close();
    await page.getByText(`Forbundet til ${COMPANY_NAME} (aftale 9000000001)`).waitFor();
    await next();
  });

  it('maps stages, e-conomic, currencies and payment methods from what the shop and e-conomic hold', async () => {
    await step('Ordrestatus');
    await page.getByRole('checkbox', { name: /processing/ }).check();
    await page.getByRole('checkbox', { name: /completed/ }).check();
    await next();

    await step('Opsætning i e-conomic');
    await select('Layout', '19');
    await select('Betalingsbetingelse', '1');
    await select('Samlekunde (nummer)', '1');
    // 25 % is used by the shop's orders and offered without anyone typing it.
    await select('Moms 25 %', '1');
    await select('Moms 0 %', '2');
    await page.getByLabel('Tilføj momssats (%)').fill('12,5');
    await page.getByRole('button', { name: 'Tilføj sats' }).click();
    await page.getByRole('button', { name: 'Fjern momssatsen 12,5 %' }).click();
    await select('Vare for fragt', 'FRAGT');
    await select('Vare for gebyrer', 'GEBYR');
    await select('Vare for gavekort', 'GAVEKORT');
    await select('Vare for øreafrunding', 'AFRUNDING');
    await next();

    await step('Valuta og EU');
    await page.getByRole('checkbox', { name: /DKK/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: /DKK/ }).isChecked()).toBe(true);
    await next();

    await step('Betalingsmetoder');
    await page.getByRole('cell', { name: /mobilepay/ }).waitFor();
    // Every method but one gets its terms: the consultant overlooks one the shop's orders use.
    for (const [id, title] of new Map(h.orders.map((o) => [String(o.payment_method), String(o.payment_method_title)]))) {
      if (id !== overlooked().id) await select(`Betalingsbetingelse ${title}`, '3');
    }
    await page.getByText(new RegExp(`Ikke sat op endnu: ${overlooked().title}`)).waitFor();
    await next();

    await step('Regler');
    await next();
  });

  /** The agreement's own accounting years, while the test takes them away. */
  let accountingYears: Array<{ year: string; fromDate: string; toDate: string }> | undefined;

  it('is stopped by an unsaved step: leaving the mail step with edits asks first', async () => {
    // Meanwhile the agreement's accounting years stop long before today (nobody created the new ones).
    accountingYears = h.economic.state().settings.accountingYears;
    h.economic.settings({ accountingYears: [{ year: '2001', fromDate: '2001-01-01', toDate: '2001-12-31' }] });
    await step('Faktura og mail');
    await page.getByRole('radio', { name: /Fakturaen fra e-conomic/ }).check();
    const mail = page.getByRole('region', { name: 'Mail', exact: true });
    await mail.getByLabel('Server', { exact: true }).fill(h.smtp.host);
    await mail.getByLabel('Sikkerhed', { exact: true }).selectOption('none');
    await mail.getByLabel('Port', { exact: true }).fill(String(await closedPort()));
    await mail.getByLabel('Afsendernavn', { exact: true }).fill('Nordlys Keramik');
    await mail.getByLabel('Afsenderadresse', { exact: true }).fill('faktura@nordlys.dk');
    await mail.getByLabel('E-mail til fejlbeskeder', { exact: true }).fill('ejer@nordlys.dk');
    await page.getByRole('list', { name: 'Opsætning' }).getByRole('button', { name: /Regler/ }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt' });
    await dialog.getByText('Faktura og mail').waitFor();
    await dialog.getByRole('button', { name: 'Bliv her' }).click();
    await step('Faktura og mail');
    // The invoice-mail text has its own Save: "Next" asks about it rather than dropping it.
    const subject = 'Faktura {{invoiceNumber}} fra Nordlys Keramik';
    await page.getByLabel('Emne', { exact: true }).fill(subject);
    await next();
    await dialog.getByText('Fakturamail').waitFor();
    await dialog.getByRole('button', { name: 'Gem og fortsæt' }).click();
    // "Next" keeps what was typed, the mail server included.
    await step('Kontrol');
    expect((await h.service['mail.getTemplate']({ language: 'da' })).template.subject).toBe(subject);
  });

  it('runs the setup check, and is stopped by the wrong mail server, the unmapped payment method and a missing accounting year, each with its reason', async () => {
    await step('Kontrol');
    await checkLine('Mailserver').getByText(/tog ikke imod testmailen/).waitFor({ timeout: 60_000 });
    await checkLine('Betalingsmetoder').getByText(new RegExp(`Ikke sat op: ${overlooked().title} \\(\\d+\\)`)).waitFor();
    expect(await checkLine('e-conomic').innerText()).toContain(`Forbundet til ${COMPANY_NAME}, aftale 9000000001.`);
    expect(await checkLine('Licens').innerText()).toContain('Standard til LedgerBridge demo.');
    expect(await checkLine('Regnskabsår').innerText()).toMatch(/Intet åbent regnskabsår i e-conomic for .*Indstillinger → Alle indstillinger → Regnskabsår/);
    // The dry run shows the orders paid that way stopped by the setup too.
    await page.getByRole('alert').filter({ hasText: /Opsætningen er ikke klar: .*Regnskabsår, Mailserver, Betalingsmetoder/ }).waitFor();
    await page.getByRole('button', { name: 'Gem og start' }).click();
    await page.getByRole('alert').filter({ hasText: /Kontrollen fandt noget, der skal rettes.*Regnskabsår, Mailserver, Betalingsmetoder.*LB-2022/ }).waitFor();
    // The owner creates the years in e-conomic.
    h.economic.settings({ accountingYears: accountingYears! });

    // Each red line leads to its step.
    await checkLine('Betalingsmetoder').getByRole('button', { name: 'Gå til Betalingsmetoder' }).click();
    await step('Betalingsmetoder');
    await select(`Betalingsbetingelse ${overlooked().title}`, '1');
    await page.getByRole('list', { name: 'Opsætning' }).getByRole('button', { name: /Faktura og mail/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Gem og fortsæt' }).click();
    await step('Faktura og mail');
    await page.getByRole('region', { name: 'Mail', exact: true }).getByLabel('Port', { exact: true }).fill(String(h.smtp.port));
    await next();
  });

  it('finishes with everything green, and the first sync books what the dry run showed', async () => {
    await step('Kontrol');
    await page.getByText('Alt er testet og klar. Gem opsætningen for at starte.').waitFor({ timeout: 60_000 });
    const lines = page.getByRole('list', { name: 'Kontrol af opsætningen' }).getByRole('listitem');
    expect(await lines.count()).toBe(11);
    for (const text of await lines.allInnerTexts()) expect(text.startsWith('✓'), text).toBe(true);
    expect(h.smtp.mails().some((m) => m.subject === '[TEST] Mailserveren virker')).toBe(true);

    // The dry run covers the shop's newest orders; the order without SKU is older than them.
    const articles = page.locator('article.dry-invoice');
    dryRunDrafts = [];
    for (const article of await articles.all()) dryRunDrafts.push(((await article.getAttribute('aria-label')) ?? '').slice(1));
    const newestEligible = h.orders
      .filter((o) => o.status === 'processing' || o.status === 'completed')
      .sort((a, b) => parseWooGmt(b.date_modified_gmt) - parseWooGmt(a.date_modified_gmt))
      .slice(0, 10)
      .map((o) => String(o.number));
    expect(dryRunDrafts).toEqual(newestEligible);
    expect(dryRunDrafts).not.toContain(String(broken().number));

    await page.getByRole('button', { name: 'Gem og start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
    await page.getByRole('button', { name: 'Synkronisér nu' }).click();
    await page.getByText(new RegExp(`^Synkronisering færdig: (\\d+ ordrer? hentet, )?${dryRunDrafts.length} nye kladder i e-conomic`)).waitFor();
    const rows = (await h.service['orders.list']({ offset: 0, limit: 100 })).rows;
    expect(rows.filter((r) => r.draftInvoiceNumber !== null).map((r) => r.number).sort()).toEqual([...dryRunDrafts].sort());
    expect(h.economic.state().drafts).toHaveLength(dryRunDrafts.length);
    await page.getByRole('status', { name: 'Status' }).getByText('Alt kører').waitFor();
  });

  it('imports the earlier orders: the preview names the broken one first, then the import runs to the end', async () => {
    await goTo(page, 'Import');
    const days = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', day: '2-digit', month: '2-digit', year: 'numeric' });
    await page.getByLabel('Fra dato').fill(days.format(new Date(Date.now() - 4 * 86_400_000)).replace(/\./g, '-'));
    await page.getByRole('button', { name: 'Kontrollér ordrerne' }).click();
    const preview = page.getByRole('group', { name: /^Ordrer fra / });
    await preview.getByRole('row', { name: new RegExp(`#${broken().number} LB-1001`) }).waitFor();
    await preview.getByRole('button', { name: /^Start importen/ }).click();
    await page.getByText(/^Importen fra .* er færdig/).waitFor({ timeout: 60_000 });
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
    const order = broken();
    await goTo(page, 'Fejllog');
    await page.getByRole('button', { name: /LB-1001/ }).click();
    const detail = page.getByRole('complementary', { name: 'LB-1001' });
    await detail.getByRole('heading', { name: 'Sådan løser du det' }).waitFor();
    await detail.getByText(String(order.number)).first().waitFor();

    const fixed = structuredClone(order) as { line_items: Array<{ sku: string }> };
    fixed.line_items = fixed.line_items.map((l) => (l.sku === '' ? { ...l, sku: 'KRUS-BLA' } : l));
    h.shop.upsertOrder(fixed);
    await detail.getByRole('button', { name: 'Prøv ordren igen' }).click();
    await detail.getByText('1 ordre prøvet igen.').waitFor();

    const retried = await h.service['orders.get']({ id: String(order.id) });
    expect(retried.state).toMatch(/held|drafted/);
    expect(retried.draftInvoiceNumber).not.toBeNull();
    await page.getByRole('status', { name: 'Status' }).getByText('Alt kører').waitFor();
    await goTo(page, 'Ordrer');
    await page.getByRole('row', { name: new RegExp(`^${order.number} `) }).getByRole('cell', { name: `Kladde ${retried.draftInvoiceNumber}` }).waitFor();
    expect(ui.pageErrors).toEqual([]);
  });
});
