import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDaysAgo } from '../../helpers/local-days';
import type { SandboxHarness } from '../../../main/demo/sandbox-harness';
import { walkSupervisedPeriod } from '../../../main/demo/sandbox-harness';
import { DayVoucherStore } from '../../../main/engine/days/day-voucher-store';
import type { EconomicSandboxState } from '../../../main/sandbox/economic';
import { ProfileRuntimes } from '../../../main/runtime/profiles';
import { MemorySecretStore } from '../../../main/secrets';
import type { MoreShops, SoldOrder } from '../../../scripts/reliability/day-kills';
import { CLEARING_ACCOUNTS, journalVoucherProfile, VOUCHER_JOURNAL } from '../../../scripts/reliability/day-voucher-campaign';
import { startReliabilityHarness } from '../../../scripts/reliability/harness';
import { addSecondShop, SECOND_SHOP } from '../../../scripts/reliability/two-shop-voucher-campaign';
import { auditTwoShopVoucherDays } from '../../../scripts/reliability/two-shop-voucher-audit';
import { krusPaidWith } from '../../helpers/refund-cases';

/**
 * The two-shop campaign's audit, on one day booked for real by two shops on one agreement and
 * then spoiled by hand. Both shops sold the same that day: two Krus orders of 299.00
 * (test/helpers/refund-cases.ts), numbered alike, one paid with Dankort (clearing account 5821),
 * one with MobilePay (5820). Each shop's day is one voucher of two entries in journal 1 that takes
 * in 2 × 299.00 = 598.00 on the clearing accounts; the second shop's texts name it ("(se)").
 */

const DAY_MS = 86_400_000;

interface Voucher {
  journalNumber: number;
  voucherNumber: number;
  accountingYear: string;
  entries: Array<{ date: string; amount: string; fields: { text: string } }>;
}

describe('the audit of the two-shop journal-voucher crash campaign', () => {
  let harness: SandboxHarness;
  let more: MoreShops;
  let profiles: ProfileRuntimes;
  let date: string;
  let sold: SoldOrder[];
  const shops = () => profiles.all.map((r) => ({ name: r.profile.name, textTag: r.referenceQualifier, orderStages: r.profile.orderStages, ledger: r.ledger }));
  const audit = (state: EconomicSandboxState = harness.economic.state(), orders = sold) => auditTwoShopVoucherDays(orders, state, shops(), { dayJournalNumber: VOUCHER_JOURNAL, clearingAccounts: CLEARING_ACCOUNTS });
  const journal = (state: EconomicSandboxState) => (state.vouchers as unknown as Voucher[]).filter((v) => v.journalNumber === VOUCHER_JOURNAL);
  /** The voucher holding a shop's day: the first shop's texts name no shop, the second's name it. */
  const voucherOf = (state: EconomicSandboxState, shop: 'demo' | 'se') => journal(state).find((v) => v.entries.every((e) => e.fields.text.includes(`(${SECOND_SHOP})`) === (shop === 'se')))!;
  const row = (i: number) => {
    const r = profiles.all[i];
    return new DayVoucherStore(r.ledger.db).get(r.ledger.days.find(r.profile.name, date, 'DKK', 'domestic')!.id)!;
  };

  beforeAll(async () => {
    harness = await startReliabilityHarness([], { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(Date.now() - 10 * DAY_MS).toISOString() } }, journalVoucherProfile);
    more = await addSecondShop(harness);
    profiles = await ProfileRuntimes.open({ dataDir: harness.dataDir, clock: harness.clock.now, secrets: new MemorySecretStore() });
    for (const runtime of profiles.all) walkSupervisedPeriod(runtime);
    date = calendarDaysAgo(3, new Date(), profiles.all[0].profile.daySummary.timeZone);
    sold = [krusPaidWith(9501, date, { id: 'dankort', title: 'Dankort' }), krusPaidWith(9502, date, { id: 'mobilepay', title: 'MobilePay' })].map((raw) => ({ raw: raw as Record<string, unknown>, date }));
    for (const shop of [harness.shop, ...more.shops]) for (const o of sold) shop.upsertOrder(o.raw);
    const results = await profiles.syncOnce();
    expect(results.map((r) => [r.profile, r.error])).toEqual([
      ['demo', undefined],
      [SECOND_SHOP, undefined],
    ]);
  }, 60_000);
  afterAll(async () => {
    profiles?.close();
    await more?.close();
    await harness?.close();
  });

  it('finds nothing wrong with each shop’s day booked once: two vouchers of 598.00, one per shop, each with its order list', () => {
    const a = audit();
    expect(a).toMatchObject({ toTransfer: 4, days: 2, daysBooked: 2, vouchersInEconomic: 2, duplicates: 0, lost: 0, wrongTotals: [], misrecorded: [], unbookedDays: [], attachmentFaults: [], sharedVouchers: [], strangerEntries: [], recordedByBoth: [], attachments: 2, attachmentUploads: 2 });
    expect(Object.keys(a.byShop)).toEqual(['demo', SECOND_SHOP]);
    for (const shop of Object.values(a.byShop)) expect(shop).toMatchObject({ days: 1, daysBooked: 1, vouchersInEconomic: 1, toTransfer: 2 });
  });

  it('counts a shop’s day missing from e-conomic as its orders lost and its day off its orders, the other shop untouched', () => {
    const state = structuredClone(harness.economic.state());
    const gone = voucherOf(state, 'se');
    state.vouchers = state.vouchers.filter((v) => v !== (gone as unknown));
    const a = audit(state);
    expect(a.lost).toBe(2);
    expect(a.lostOrders.map((o) => o.split(' (')[0])).toEqual(['se 9501', 'se 9502']);
    expect(a.wrongTotals).toEqual([`se ${date} DKK: 0.00 in e-conomic ≠ 598.00 from the orders`]);
    expect(a.misrecorded).toEqual([`se ${date} DKK: the ledger has ${gone.accountingYear}-${gone.voucherNumber}, e-conomic none`]);
    expect(a.byShop.demo).toMatchObject({ lost: 0, wrongTotals: [], misrecorded: [] });
  });

  it('counts an entry whose text names no shop of the data dir as a stranger', () => {
    const state = structuredClone(harness.economic.state());
    const entry = voucherOf(state, 'se').entries[0];
    entry.fields.text = entry.fields.text.replace(`(${SECOND_SHOP})`, '(no)');
    expect(audit(state).strangerEntries).toEqual([expect.stringContaining(`"${entry.fields.text}" on ${date}`)]);
  });

  it('counts a voucher the second shop’s ledger records although it holds the first shop’s day as recorded by both', () => {
    const demo = row(0);
    const se = row(1);
    const db = profiles.all[1].ledger.db;
    const key = (v: { accountingYear: string; voucherNumber: number }) => `${v.accountingYear}-${v.voucherNumber}`;
    db.prepare('UPDATE day_vouchers SET answered = ? WHERE day_id = ?').run(JSON.stringify(demo.answered), se.dayId);
    try {
      const a = audit();
      expect(a.recordedByBoth).toEqual([`${key(demo.answered![0])}: demo ${date}; se ${date}`]);
      expect(a.misrecorded).toEqual([`se ${date} DKK: the ledger has ${key(demo.answered![0])}, e-conomic ${key(se.answered![0])}`]);
    } finally {
      db.prepare('UPDATE day_vouchers SET answered = ? WHERE day_id = ?').run(JSON.stringify(se.answered), se.dayId);
    }
    expect(audit().recordedByBoth).toEqual([]);
  });

  it('counts the second shop’s day sent again under the first shop’s voucher number as a shared voucher and two duplicate entries', async () => {
    const demo = row(0);
    const se = row(1);
    // As the client sends it (amounts as JSON numbers), under the number e-conomic gave the first shop's day: e-conomic joins it into that voucher.
    const again = se.entries.map((e) => ({ ...e, amount: Number(e.amount), ...(e.contraVatAmount !== undefined ? { contraVatAmount: Number(e.contraVatAmount) } : {}), voucher: { voucherNumber: demo.answered![0].voucherNumber } }));
    const res = await fetch(`${harness.economic.url}/journals/${VOUCHER_JOURNAL}/vouchers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-AppSecretToken': harness.economic.appSecretToken, 'X-AgreementGrantToken': harness.economic.agreementGrantToken },
      body: JSON.stringify({ accountingYear: { year: se.accountingYear }, journal: { journalNumber: VOUCHER_JOURNAL }, entries: { financeVouchers: again } }),
    });
    expect(res.status, await res.clone().text()).toBe(201);

    const demoKey = `${demo.answered![0].accountingYear}-${demo.answered![0].voucherNumber}`;
    const seKey = `${se.answered![0].accountingYear}-${se.answered![0].voucherNumber}`;
    const a = audit();
    expect(a.sharedVouchers).toEqual([`${demoKey}: demo 2 entries, se 2 entries`]);
    expect(a.duplicates).toBe(2);
    // The second shop's day is now in its own voucher and in the first shop's (in the order the journal lists them).
    expect(a.duplicateDays).toHaveLength(1);
    expect(a.duplicateDays[0]).toMatch(new RegExp(`^se ${date} DKK: 4 entries in (${seKey}, ${demoKey}|${demoKey}, ${seKey}) for 2 sent$`));
    expect(a.wrongTotals).toEqual([`se ${date} DKK: 1196.00 in e-conomic ≠ 598.00 from the orders`]);
    expect(a.byShop.demo).toMatchObject({ duplicates: 0, wrongTotals: [], misrecorded: [] });
    expect(a.lost).toBe(0);
  });
});
