/**
 * Screenshots of every main screen, taken in Debian's Chromium against the built
 * renderer and the real engine (the dev bridge in front of the desktop service) on the
 * demo: the sandboxes with realistic Danish orders, the demo profile, one sync, and
 * one draft booked by hand in e-conomic — as a shop looks after its first days.
 *
 *   npm run screenshots -- [--out docs/screenshots] [--lang da|en] [--orders 40]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startDemoService } from '../main/demo/demo-service';
import type { AppEvent } from '../shared/ipc/contract';
import { ensureRendererBuilt } from './ui/build-renderer';
import { CHROMIUM_PATH, e2eUnavailable, goTo, openUi, type UiSession } from './ui/browser-session';
import { existsSync } from 'node:fs';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshots' },
    lang: { type: 'string', default: 'da' },
    orders: { type: 'string', default: '40' },
  },
});
const language = values.lang === 'en' ? 'en' : 'da';
const NAV = {
  da: { overview: 'Overblik', orders: 'Ordrer', log: 'Fejllog', mail: 'Fakturamail', invoices: 'Fakturaer', settings: 'Indstillinger', setup: 'Opsætning' },
  en: { overview: 'Overview', orders: 'Orders', log: 'Error log', mail: 'Invoice mail', invoices: 'Invoices', settings: 'Settings', setup: 'Setup' },
}[language];

if (existsSync(CHROMIUM_PATH)) await ensureRendererBuilt();
const unavailable = e2eUnavailable();
if (unavailable) {
  console.error(`screenshots: ${unavailable}`);
  process.exit(2);
}
const outDir = resolve(values.out!);
mkdirSync(outDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'ledgerbridge-screenshots-'));

let ui: UiSession | null = null;
const demo = await startDemoService({ dataDir, orders: Number(values.orders), autoSync: false, onEvent: (e: AppEvent) => ui?.bridge.emit(e) });
try {
  const { service, sandboxes } = demo;
  await service['settings.update']({ language });
  await service['sync.now']({});
  // The owner books one draft by hand in e-conomic; the next sync sees it (supervised period).
  const firstDraft = (await service['orders.list']({ status: 'draft', offset: 0, limit: 1 })).rows[0];
  if (firstDraft?.draftInvoiceNumber) sandboxes.economic.bookDraft(firstDraft.draftInvoiceNumber);
  await service['sync.now']({});

  ui = await openUi(service, { locale: language === 'da' ? 'da-DK' : 'en-GB' });
  const page = ui.page;
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const shot = async (name: string) => {
    await settle(page);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  };

  await goTo(page, NAV.overview);
  await page.locator('.dashboard, .scene').first().waitFor();
  await shot('dashboard');

  await goTo(page, NAV.orders);
  const attention = (await service['orders.list']({ status: 'action', offset: 0, limit: 1 })).rows[0];
  if (attention) await page.getByRole('row', { name: new RegExp(`#${attention.number}\\b`) }).click();
  // Runs in the browser; scripts are type-checked without DOM types, hence the shape.
  await page.locator('.scene-main').evaluate((el) => (el as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await settle(page);
  await shot('orders');

  await goTo(page, NAV.log);
  // The problem the owner must act on, not the info entries around it.
  await page.locator('.log-row:not(.resolved)').first().click();
  await page.locator('aside.detail h2').first().waitFor();
  await settle(page);
  await shot('error-log');

  await goTo(page, NAV.mail);
  await page.getByText(language === 'da' ? /Vist med ordre/ : /Shown with order/).waitFor();
  await shot('mail-template');

  await goTo(page, NAV.invoices);
  const booked = (await service['orders.list']({ status: 'booked', offset: 0, limit: 1 })).rows[0];
  const recent = page.locator('aside.detail');
  const invoiceButton = booked?.bookedInvoiceNumber
    ? recent.getByRole('button', { name: new RegExp(`^(Faktura|Invoice) ${booked.bookedInvoiceNumber} `) })
    : recent.getByRole('button').first();
  await invoiceButton.click();
  await page.locator('canvas').first().waitFor();
  await settle(page);
  await shot('invoice-preview');

  await goTo(page, NAV.settings);
  await shot('settings');

  await goTo(page, NAV.setup);
  // The mapping step shows the most of what a consultant sets up in the paid hour.
  await page.getByRole('list', { name: language === 'da' ? 'Opsætning' : 'Setup' }).getByRole('button', { name: language === 'da' ? /Opsætning i e-conomic/ : /Set up e-conomic|e-conomic setup|Mapping/ }).click();
  await page.locator('select').first().waitFor();
  await settle(page);
  await shot('wizard');

  if (ui.pageErrors.length > 0) console.warn(`page errors:\n${ui.pageErrors.join('\n')}`);
} finally {
  await ui?.close();
  await demo.close();
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Waits for pending requests and a frame (pdf.js paints after its request). A sandboxed
 * srcdoc iframe (the mail preview) never reports idle to Playwright, so the wait is bounded.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => undefined);
  await page.waitForTimeout(300);
}
