import { afterEach, describe, expect, it } from 'vitest';
import { createAppService, type DesktopService } from '../../../main/service/app-service';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { MemorySecretStore } from '../../../main/secrets';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { Response } from '../../../shared/ipc/contract';
import type { ProfileInput } from '../../../shared/profile/schema';
import { soldOn } from '../../helpers/day-summary-shop';

/**
 * The overview's "next up" (main/service/next-up.ts) for a shop booking per day, through the
 * validated contract, against the real sandboxes and a clock fixed at Friday 20 November 2026,
 * 14:00 UTC (15:00 in Copenhagen). Every order is a Krus order of 299.00 (2 × Krus 250.00 incl.
 * VAT + GLS 49.00), sold at 11:00 UTC.
 */
const NOW = new Date('2026-11-20T14:00:00.000Z');
const DAY_MS = 86_400_000;

let h: SandboxHarness | undefined;
let service: DesktopService | undefined;

afterEach(async () => {
  await service?.dispose();
  await h?.close();
  service = undefined;
  h = undefined;
});

async function dayShop(orders: Array<Record<string, unknown>>, profile: Partial<ProfileInput> = {}, automatic = true): Promise<void> {
  h = await startSandboxHarness({
    start: NOW,
    orders,
    profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(NOW.getTime() - 5 * DAY_MS).toISOString() }, ...profile },
  });
  // Automatic posting in effect: a closed day is booked, not left as a draft, at the next sync.
  const runtime = await h.open();
  if (automatic) walkSupervisedPeriod(runtime);
  runtime.close();
  service = await createAppService({ dataDir: h.dataDir, onEvent: () => undefined, secrets: new MemorySecretStore(), economicUrl: h.economic.url, autoSync: false, clock: h.clock.now, economicClientOptions: { sleep: async () => undefined } });
}

async function nextUp(): Promise<Response<'dashboard.nextUp'>> {
  const result = await dispatch(service!, 'dashboard.nextUp', {}, { validateResponses: true });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as Response<'dashboard.nextUp'>;
}

describe('next up, for a shop booking per day', () => {
  it('names the closed days the next sync books with their totals, and the day still collecting', async () => {
    // Tuesday 17th: 8001 and 8002 (2 × 299.00 = 598.00); Wednesday 18th: 8003 (299.00) — both
    // closed (midnight + the 60 minutes' grace have passed). Friday 20th: 8004, the day has not ended.
    await dayShop([soldOn(8001, '2026-11-17'), soldOn(8002, '2026-11-17'), soldOn(8003, '2026-11-18'), soldOn(8004, '2026-11-20')]);
    const answer = await nextUp();
    expect(answer.days).toEqual([
      { date: '2026-11-17', currency: 'DKK', orders: 2, gross: '598.00', status: 'book', reason: null },
      { date: '2026-11-18', currency: 'DKK', orders: 1, gross: '299.00', status: 'book', reason: null },
      { date: '2026-11-20', currency: 'DKK', orders: 1, gross: '299.00', status: 'collecting', reason: null },
    ]);
    // The orders are shown as parts of their days, not as invoices of their own.
    expect(answer.orders).toEqual([]);
    expect(answer.shopUnavailable).toBe(false);
  }, 60_000);

  it('says a closed day goes to the journal, not that it is booked, when days are booked as journal vouchers', async () => {
    // The same Tuesday (598.00) in journal 1; the Krus orders' method has its clearing account,
    // so nothing holds the day. Automatic posting does not book a voucher: the accountant does.
    await dayShop([soldOn(8001, '2026-11-17'), soldOn(8002, '2026-11-17')], { dayBooking: 'journal', dayJournalNumber: 1, paymentMethods: { mobilepay: { title: 'MobilePay', clearingAccountNumber: 5820 } } });
    const answer = await nextUp();
    expect(answer.days).toEqual([{ date: '2026-11-17', currency: 'DKK', orders: 2, gross: '598.00', status: 'journal', reason: null }]);
  }, 60_000);
});

describe('next up, when the shop’s waiting orders cannot be previewed', () => {
  const orders = [soldOn(8001, '2026-11-17')];

  it('says e-conomic cannot be reached (not the shop), with e-conomic’s code and fix', async () => {
    await dayShop(orders);
    await h!.economic.close();
    const answer = await nextUp();
    expect(answer.shopUnavailable).toBe(false);
    expect(answer.problem).toMatchObject({ code: 'LB-4004', message: expect.stringContaining('kan ikke få forbindelse til e-conomic'), fix: expect.stringContaining('status.e-conomic.com') });
    expect(answer.days).toBeUndefined();
  }, 60_000);

  it('names the connection whose key is missing and sends the owner to where it is entered', async () => {
    // Without the demo licence the sandbox's public demo keys are not used (nor is posting
    // automatic): the keychain has no e-conomic token.
    await dayShop(orders, { licence: undefined }, false);
    const answer = await nextUp();
    expect(answer.shopUnavailable).toBe(false);
    expect(answer.problem).toMatchObject({ code: 'LB-2013', message: expect.stringContaining('Adgangsoplysningerne til e-conomic er ikke gemt') });
    expect(answer.problem?.places).toEqual(expect.arrayContaining(['setup.economic']));
  }, 60_000);

  it('calls a shop without WooCommerce’s REST API a setup problem of the shop, with the shop screen as the fix', async () => {
    await dayShop(orders);
    // WooCommerce 3.4 has no wc/v3 API: every route answers rest_no_route.
    h!.shop.setSettings({ version: '3.4.0' });
    const answer = await nextUp();
    expect(answer.shopUnavailable).toBe(true);
    expect(answer.problem).toMatchObject({ code: 'LB-2009', message: expect.stringContaining('Forbindelsen til WooCommerce er ikke sat rigtigt op') });
    expect(answer.problem?.places).toEqual(['setup.shop']);
  }, 60_000);

  it('still lists what the ledger knows without a problem when the shop answers', async () => {
    await dayShop(orders);
    const answer = await nextUp();
    expect(answer.problem).toBeUndefined();
    expect(answer.shopUnavailable).toBe(false);
  }, 60_000);
});
