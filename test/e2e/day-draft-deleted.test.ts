/**
 * A day's draft deleted by hand in e-conomic, in real Chromium against the built renderer, the
 * dev bridge and the real desktop service on the demo shop booking per day (postingUnit "day",
 * drafts for the owner in the supervised period). The day of orders 8501 and 8502 (2 × 299.00 =
 * 598.00, the hand-worked Krus order) is left as a draft; the owner deletes it in e-conomic; at
 * the next sync the days screen says so for that day, and "Prøv dagen igen" makes one new draft,
 * which the screen then shows.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EconomicClient } from '../../main/connectors/economic/client';
import { startDemoService } from '../../main/demo/demo-service';
import type { WooSandbox } from '../../main/sandbox/shops/woocommerce';
import type { AppEvent } from '../../shared/ipc/contract';
import { dayDate } from '../../shared/i18n/order-list-words';
import { ensureRendererBuilt } from '../../scripts/ui/build-renderer';
import { CHROMIUM_PATH, e2eUnavailable, goTo, openUi, type UiSession } from '../../scripts/ui/browser-session';
import { calendarDaysAgo } from '../helpers/local-days';
import { soldOn, ZONE } from '../helpers/day-summary-shop';

if (existsSync(CHROMIUM_PATH)) await ensureRendererBuilt();
const unavailable = e2eUnavailable();

describe.skipIf(unavailable !== null)(`end to end: retrying a day whose draft was deleted in e-conomic, in Chromium${unavailable ? ` — skipped: ${unavailable}` : ''}`, () => {
  let dataDir: string;
  let demo: Awaited<ReturnType<typeof startDemoService>>;
  let ui: UiSession | null = null;
  let page: Page;
  const now = new Date();
  const day = calendarDaysAgo(3, now, ZONE);
  const reference = `lb-day:demo:${day}:DKK:domestic`;
  const ours = () => (demo.sandboxes.economic.state().drafts as unknown as Array<{ draftInvoiceNumber: number; grossAmount: number; references?: { other?: string } }>).filter((d) => d.references?.other === reference);
  let deleted: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lb-day-deleted-'));
    demo = await startDemoService({
      dataDir,
      orders: 0,
      autoSync: false,
      onEvent: (e: AppEvent) => ui?.bridge.emit(e),
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * 86_400_000).toISOString() } },
    });
    const shop = demo.sandboxes.shop.server as WooSandbox;
    for (const n of [8501, 8502]) shop.upsertOrder(soldOn(n, day));
    await demo.service['sync.now']({});
    deleted = ours()[0].draftInvoiceNumber;
    const { url, appSecretToken, agreementGrantToken } = demo.sandboxes.economic;
    await new EconomicClient({ baseUrl: url, appSecretToken, agreementGrantToken }).deleteDraftInvoice(deleted, 'owner-deletes');
    await demo.service['sync.now']({});
    ui = await openUi(demo.service);
    page = ui.page;
    await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
    await demo?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the day as needing action, with what happened and the button to retry it', async () => {
    await goTo(page, 'Dagsopgørelser');
    const table = page.getByRole('table', { name: 'Dagsopgørelser' });
    const row = table.getByRole('row').filter({ has: page.getByRole('button', { name: `Vis ${dayDate(day, 'da')} DKK` }) });
    await row.getByText('Kræver handling').waitFor();
    await row.getByRole('button', { name: `Vis ${dayDate(day, 'da')} DKK` }).click();
    const detail = page.getByRole('region', { name: `Dagsopgørelse ${dayDate(day, 'da')} DKK` });
    await detail.getByText('Dagsopgørelsens kladde er slettet i e-conomic.').waitFor();
    await detail.getByText(`Dagen ${day} (DKK): kladde ${deleted} med dagens 2 ordrer og refunderinger er slettet i e-conomic`, { exact: false }).waitFor();
    expect(await detail.getByRole('button', { name: 'Prøv dagen igen' }).getAttribute('data-place')).toBe('days.retry');
    expect(ours()).toEqual([]);
  });

  it('makes one new draft of 598.00 when the owner presses "Prøv dagen igen", and shows it', async () => {
    const detail = page.getByRole('region', { name: `Dagsopgørelse ${dayDate(day, 'da')} DKK` });
    await detail.getByRole('button', { name: 'Prøv dagen igen' }).click();
    const [draft, ...more] = await waitForDrafts();
    expect(more).toEqual([]);
    expect(draft.grossAmount).toBe(598);
    const row = page.getByRole('table', { name: 'Dagsopgørelser' }).getByRole('row').filter({ has: page.getByRole('button', { name: `Vis ${dayDate(day, 'da')} DKK` }) });
    await row.getByText(`Kladde ${draft.draftInvoiceNumber}`).waitFor();
    await detail.getByRole('button', { name: 'Prøv dagen igen' }).waitFor({ state: 'detached' });
    expect(ui!.pageErrors).toEqual([]);
  });

  async function waitForDrafts() {
    for (let i = 0; i < 100 && ours().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    return ours();
  }
});
