/**
 * The owner's everyday work in real Chromium against the built renderer, the dev bridge, the
 * real desktop service on the demo and the sandboxes (e-conomic, the WooCommerce shop, a real
 * SMTP server): approving an order a rule holds books it and mails its invoice; skipping one
 * deletes its draft; the invoice mail is sent again; the invoice PDF is downloaded; the
 * month's reconciliation is exported as CSV with the figures worked out here from the shop's
 * own orders. One browser session.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService } from '../../main/demo/demo-service';
import { DEMO_CREDENTIALS } from '../../main/runtime/sandbox-only';
import type { AppEvent } from '../../shared/ipc/contract';
import { ensureRendererBuilt } from '../../scripts/ui/build-renderer';
import { CHROMIUM_PATH, e2eUnavailable, goTo, openUi, type UiSession } from '../../scripts/ui/browser-session';

if (existsSync(CHROMIUM_PATH)) await ensureRendererBuilt();
const unavailable = e2eUnavailable();

/** The fields of a WooCommerce order (REST API v3) the owner's figures come from. */
interface WooOrder {
  id: number;
  number: string;
  status: string;
  currency: string;
  total: string;
  payment_method: string;
  date_created_gmt: string;
  date_paid_gmt: string | null;
  billing: { email: string };
}

/** Øre as whole numbers, so sums are exact; back to "1234,50" as the Danish CSV writes amounts. */
const ore = (amount: string) => Math.round(Number(amount) * 100);
const kroner = (value: number) => `${value < 0 ? '-' : ''}${Math.floor(Math.abs(value) / 100)},${String(Math.abs(value) % 100).padStart(2, '0')}`;
/** The calendar day in Denmark of a WooCommerce GMT time ("2026-10-01T22:30:00" is 2 October in Copenhagen). */
/** LedgerBridge's reference on an e-conomic document (references.other), as the sandbox holds it. */
const referenceOf = (document: Record<string, unknown>) => (document.references as { other?: string } | undefined)?.other;
const danishDay = (gmt: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(`${gmt}Z`));

describe.skipIf(unavailable !== null)(`end to end: the owner's everyday work, in Chromium${unavailable ? ` — skipped: ${unavailable}` : ''}`, () => {
  let dataDir: string;
  let demo: Awaited<ReturnType<typeof startDemoService>>;
  let ui: UiSession | null = null;
  let page: Page;
  /** The shop's orders as its REST API gives them. */
  let shopOrders: WooOrder[];
  /** Bank transfers in a transfer stage: the demo's rule holds them for the owner. */
  let held: WooOrder[];
  let bookedNumber: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lb-owner-'));
    demo = await startDemoService({ dataDir, orders: 20, autoSync: false, onEvent: (e: AppEvent) => ui?.bridge.emit(e) });
    await demo.service['sync.now']({});
    if (demo.sandboxes.shop.platform !== 'woocommerce') throw new Error('the demo runs a WooCommerce shop here');
    const shop = demo.sandboxes.shop.server;
    const auth = `Basic ${Buffer.from(`${DEMO_CREDENTIALS.wooConsumerKey}:${DEMO_CREDENTIALS.wooConsumerSecret}`).toString('base64')}`;
    const response = await fetch(`${shop.url}/wp-json/wc/v3/orders?per_page=100`, { headers: { authorization: auth } });
    shopOrders = (await response.json()) as WooOrder[];
    held = shopOrders.filter((o) => o.payment_method === 'bacs' && ['processing', 'completed'].includes(o.status)).sort((a, b) => Number(a.number) - Number(b.number));
    ui = await openUi(demo.service, { viewport: { width: 1280, height: 800 } });
    page = ui.page;
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
    await demo?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const openOrder = async (number: string) => {
    await page.getByRole('table', { name: 'Ordrer' }).getByRole('button', { name: number, exact: true }).click();
    return page.getByRole('dialog', { name: `Ordre ${number}` });
  };
  const saved = async (download: Download) => readFileSync((await download.path())!);

  it('approves an order a rule holds: it is booked in e-conomic and its invoice mailed to the buyer', async () => {
    expect(held.length).toBeGreaterThanOrEqual(2);
    const order = held[0];
    await goTo(page, 'Ordrer');
    const detail = await openOrder(order.number);
    await detail.getByRole('button', { name: 'Godkend og bogfør' }).click();
    await detail.getByText('Ordren er godkendt: Bogført.').waitFor();

    const booked = demo.sandboxes.economic.state().booked.filter((b) => referenceOf(b) === `wc:${order.id}`);
    expect(booked).toHaveLength(1);
    expect(ore(String(booked[0].grossAmount))).toBe(ore(order.total));
    bookedNumber = booked[0].bookedInvoiceNumber;
    await expect.poll(() => demo.sandboxes.smtp.mails().filter((m) => m.envelope.to.includes(order.billing.email)).length).toBe(1);
  });

  it('skips another held order: it is never booked and its draft is deleted in e-conomic', async () => {
    const order = held[1];
    const draftsOf = () => demo.sandboxes.economic.state().drafts.filter((d) => referenceOf(d) === `wc:${order.id}`);
    expect(draftsOf()).toHaveLength(1);
    const detail = await openOrder(order.number);
    page.once('dialog', (dialog) => void dialog.accept());
    await detail.getByRole('button', { name: 'Spring over' }).click();
    await detail.getByText('Ordren springes over.').waitFor();
    expect(draftsOf()).toEqual([]);
    expect(demo.sandboxes.economic.state().booked.filter((b) => referenceOf(b) === `wc:${order.id}`)).toEqual([]);
    await page.getByRole('table', { name: 'Ordrer' }).getByRole('row', { name: new RegExp(`^${order.number} `) }).getByText('Sprunget over', { exact: true }).waitFor();
  });

  it('sends the invoice mail again, and downloads the same PDF the buyer received', async () => {
    const buyer = held[0].billing.email;
    await goTo(page, 'Fakturaer');
    await page.getByRole('table', { name: 'Fakturaer' }).getByRole('button', { name: `Faktura ${bookedNumber}`, exact: true }).click();
    const detail = page.getByRole('region', { name: `Faktura ${bookedNumber}` });
    await detail.getByRole('button', { name: 'Send fakturaen igen' }).click();
    // The invoice's mail state, and the confirmation of the new copy beside it.
    await expect.poll(() => detail.getByText('Fakturamail: Sendt', { exact: true }).count()).toBe(2);
    const mails = demo.sandboxes.smtp.mails().filter((m) => m.envelope.to.includes(buyer));
    expect(mails).toHaveLength(2);
    expect(mails.every((m) => (m.subject ?? '').includes(String(bookedNumber)))).toBe(true);

    const download = page.waitForEvent('download');
    await detail.getByRole('button', { name: 'Hent PDF' }).click();
    const file = await download;
    const pdf = await saved(file);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.equals(demo.sandboxes.smtp.attachment(mails[0].id, 0)!)).toBe(true);
  });

  it("exports the month's reconciliation as CSV with the figures worked out from the shop's orders", async () => {
    // Orders in a transfer stage count on the day they were paid (placed, when not paid), in Danish time.
    const reached = shopOrders.filter((o) => ['processing', 'completed'].includes(o.status));
    const day = (o: WooOrder) => danishDay(o.date_paid_gmt ?? o.date_created_gmt);
    const month = day(held[0]).slice(0, 7);
    const inMonth = reached.filter((o) => day(o).startsWith(month));
    expect(new Set(inMonth.map((o) => o.currency))).toEqual(new Set(['DKK']));
    const shopTotal = inMonth.reduce((sum, o) => sum + ore(o.total), 0);
    const approved = ore(held[0].total);

    await goTo(page, 'Afstemning');
    await page.getByLabel('Måned', { exact: true }).selectOption(month);
    await page.getByRole('button', { name: 'Afstem', exact: true }).click();
    await page.getByRole('table', { name: 'Mangler i e-conomic' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportér CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`afstemning-${month}.csv`);
    const lines = (await saved(file)).toString('utf8').split('\r\n').map((l) => l.split(';'));
    const column = (name: string) => lines[0].indexOf(name);
    const row = (period: string) => lines.find((l) => l[0] === period && l[1] === 'DKK')!;

    const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();
    const total = row(`${month}-01..${month}-${lastDay}`);
    expect(total[column('shop_orders')]).toBe(String(inMonth.length));
    expect(total[column('shop_total')]).toBe(kroner(shopTotal));
    expect(total[column('refunded_total')]).toBe('0,00');
    expect(total[column('invoices')]).toBe('1');
    expect(total[column('invoiced_total')]).toBe(kroner(approved));
    expect(total[column('difference')]).toBe(kroner(shopTotal - approved));
    // The approved order's day has its invoice.
    const approvedDay = row(day(held[0]));
    expect(approvedDay[column('invoices')]).toBe('1');
    expect(approvedDay[column('invoiced_total')]).toBe(kroner(approved));
    expect(approvedDay[column('shop_total')]).toBe(kroner(inMonth.filter((o) => day(o) === day(held[0])).reduce((sum, o) => sum + ore(o.total), 0)));

    // Every other order of the month is missing in e-conomic, the skipped one too (it was sold, never booked).
    const missing = lines.filter((l) => l[0] === 'missing-invoice');
    expect(missing.map((l) => l[2]).sort()).toEqual(inMonth.filter((o) => o !== held[0]).map((o) => o.number).sort());
    const issueColumn = (name: string) => lines.find((l) => l[0] === 'issue')!.indexOf(name);
    expect(missing.find((l) => l[2] === held[1].number)![issueColumn('ledger_state')]).toBe('skipped');
    expect(ui!.pageErrors).toEqual([]);
  });
});
