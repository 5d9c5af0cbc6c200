/**
 * Screenshots of every screen at 1280×800 (the smallest window the app is made for), taken in Debian's Chromium against the built
 * renderer and the real engine (the dev bridge in front of the desktop service) on the
 * demo: the sandboxes with realistic Danish orders, the demo profile, one sync, and
 * one draft booked by hand in e-conomic — as a shop looks after its first days.
 *
 *   npm run screenshots -- [--out docs/screenshots] [--lang da|en] [--orders 40]
 *
 * The days screen is taken on a second demo shop that books per day (postingUnit "day").
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startDemoService } from '../main/demo/demo-service';
import { SCREEN_NAMES } from '../shared/i18n/places';
import { dayDate } from '../shared/i18n/order-list-words';
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
  da: { overview: 'Overblik', orders: 'Ordrer', log: 'Fejllog', mail: 'Fakturamail', invoices: 'Fakturaer', reconciliation: 'Afstemning', import: 'Import', settings: 'Indstillinger', setup: 'Opsætning' },
  en: { overview: 'Overview', orders: 'Orders', log: 'Error log', mail: 'Invoice mail', invoices: 'Invoices', reconciliation: 'Reconciliation', import: 'Import', settings: 'Settings', setup: 'Setup' },
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

  ui = await openUi(service, { locale: language === 'da' ? 'da-DK' : 'en-GB', viewport: { width: 1280, height: 800 } });
  const page = ui.page;
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const shot = async (name: string) => {
    await settle(page);
    const file = join(outDir, `${name}.png`);
    // What the owner sees in a 1280×800 window (long lists scroll inside their panel).
    await page.screenshot({ path: file });
    console.log(file);
  };

  await goTo(page, NAV.overview);
  await page.locator('.dashboard, .scene').first().waitFor();
  await shot('dashboard');

  await goTo(page, NAV.orders);
  const attention = (await service['orders.list']({ status: 'action', offset: 0, limit: 1 })).rows[0];
  if (attention) await page.getByRole('row', { name: new RegExp(`\\b${attention.number.replace(/^#/, '')}\\b`) }).first().click();
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
  // The booked invoice if there is one, else the first draft: its PDF opens in the preview.
  const invoices = page.getByRole('table', { name: NAV.invoices });
  const booked = invoices.getByRole('button', { name: /^(Faktura|Invoice) \d+$/ });
  // Counted once the list has loaded (an empty table would send the shot to a draft).
  await invoices.getByRole('button').first().waitFor();
  await ((await booked.count()) > 0 ? booked : invoices.getByRole('button', { name: /^(Kladde|Draft) \d+$/ })).first().click();
  await page.locator('canvas').first().waitFor();
  await settle(page);
  await shot('invoice-preview');

  await goTo(page, NAV.reconciliation);
  // The month the demo's orders were placed in (the newest order's), so the report has rows.
  const newest = (await service['orders.list']({ offset: 0, limit: 1 })).rows[0];
  if (newest) await page.getByLabel(language === 'da' ? 'Måned' : 'Month', { exact: true }).selectOption(newest.date.slice(0, 7)).catch(() => undefined);
  await page.getByRole('button', { name: language === 'da' ? 'Afstem' : 'Reconcile', exact: true }).click();
  await page.getByRole('table', { name: NAV.reconciliation }).waitFor();
  await shot('reconciliation');

  await goTo(page, SCREEN_NAMES.oss[language]);
  await page.getByRole('heading', { level: 1, name: SCREEN_NAMES.oss[language] }).waitFor();
  // The figures of the quarter the demo's orders were placed in (the newest order's), not the empty screen before "Vis tallene".
  if (newest) {
    await page.getByRole('combobox', { name: language === 'da' ? 'Kvartal' : 'Quarter' }).selectOption(`${newest.date.slice(0, 4)}Q${Math.ceil(Number(newest.date.slice(5, 7)) / 3)}`);
    await page.getByRole('button', { name: language === 'da' ? 'Vis tallene' : 'Show the figures', exact: true }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
  }
  await shot('oss');

  await goTo(page, NAV.import);
  await page.getByLabel(language === 'da' ? 'Fra dato' : 'From date').first().waitFor();
  await shot('import');

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
await shootDays();

/**
 * The days screen, on the demo shop booking per day (postingUnit "day"; the screen is only
 * offered then): after a sync, with the newest day whose order list is fixed opened.
 */
async function shootDays(): Promise<void> {
  const daysDir = mkdtempSync(join(tmpdir(), 'ledgerbridge-screenshots-days-'));
  let daysUi: UiSession | null = null;
  const dayDemo = await startDemoService({ dataDir: daysDir, orders: Number(values.orders), autoSync: false, profile: { postingUnit: 'day' }, onEvent: (e: AppEvent) => daysUi?.bridge.emit(e) });
  try {
    await dayDemo.service['settings.update']({ language });
    await dayDemo.service['sync.now']({});
    daysUi = await openUi(dayDemo.service, { locale: language === 'da' ? 'da-DK' : 'en-GB', viewport: { width: 1280, height: 800 } });
    const page = daysUi.page;
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await goTo(page, SCREEN_NAMES.days[language]);
    await page.getByRole('table', { name: SCREEN_NAMES.days[language] }).waitFor();
    const fixed = (await dayDemo.service['days.list']({ offset: 0, limit: 60 })).days.find((d) => d.orderListFixed);
    if (fixed) await page.getByRole('button', { name: `${language === 'da' ? 'Vis' : 'Show'} ${dayDate(fixed.day, language)} ${fixed.currency}`, exact: true }).first().click();
    await settle(page);
    const file = join(outDir, 'days.png');
    await page.screenshot({ path: file });
    console.log(file);
  } finally {
    await daysUi?.close();
    await dayDemo.close();
    rmSync(daysDir, { recursive: true, force: true });
  }
}

/**
 * Waits for pending requests and a frame (pdf.js paints after its request). A sandboxed
 * srcdoc iframe (the mail preview) never reports idle to Playwright, so the wait is bounded.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => undefined);
  await page.waitForTimeout(300);
}
