import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money, sum } from '../../../../shared/domain/money';
import { calendarDaysAgo } from '../../../helpers/local-days';
import type { Profile } from '../../../../shared/profile/schema';
import { formatDryRun } from '../../../../main/cli/format';
import { previewOrders, type DryRunResult } from '../../../../main/operations/dry-run';
import type { Runtime } from '../../../../main/runtime/runtime';
import { ConfigStore } from '../../../../main/settings';
import { startSandboxHarness, type SandboxHarness } from '../../../../main/demo/sandbox-harness';
import { krusPaidWith } from '../../../helpers/refund-cases';
import { journalDayProfile } from '../../../helpers/day-summary-shop';

/**
 * The dry run of a profile that books each day as one finance voucher in a journal (postingUnit
 * "day", dayBooking "journal"): it shows the voucher the sync would write — per payment method
 * and sales account one entry, the method's clearing account debited against the sales account
 * with its VAT code — and, instead of entries, the problem the sync would wait the day with.
 *
 * The day, worked out by hand: two Krus orders of test/helpers/refund-cases.ts (2 × Krus 200.00
 * net + 50.00 VAT, GLS 39.20 + 9.80 → 299.00 incl. 59.80 VAT), 9401 paid with MobilePay, 9402
 * with Dankort. Krus (group 1) and GLS (product FRAGT, group 3) both sell on 1010 "Salg af varer,
 * indland" with VAT code U25 in the sandbox's chart of accounts, so the voucher is
 *   Dankort   5821 Dankort/kort / 1010 U25   299.00, VAT 59.80
 *   MobilePay 5820 MobilePay    / 1010 U25   299.00, VAT 59.80
 * in all 598.00 = 2 × 299.00, VAT 119.60; every entry names both accounts, so debit = credit.
 */

const ZONE = 'Europe/Copenhagen';

const MOBILEPAY = { id: 'mobilepay', title: 'MobilePay' };
const DANKORT = { id: 'dankort', title: 'Dankort' };
const WRITES = /^(POST|PUT|PATCH|DELETE) /;

describe('dry run of a day booked as a voucher in the journal', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  const now = new Date();
  const day1 = calendarDaysAgo(3, now, ZONE);
  const writes = () => Object.entries(h.economic.state().calls.byRoute).filter(([route, n]) => WRITES.test(route) && n > 0);

  /** The dry run under the profile changed by `change` (the harness's data dir gets the changed profile, then back). */
  async function previewWith(change: (p: Profile) => Partial<Profile>): Promise<DryRunResult> {
    const original = runtime.profile;
    runtime.close();
    new ConfigStore(h.dataDir).saveProfile({ ...original, ...change(original) });
    runtime = await h.open();
    try {
      return await previewOrders(runtime, 10);
    } finally {
      runtime.close();
      new ConfigStore(h.dataDir).saveProfile(original);
      runtime = await h.open();
    }
  }

  beforeAll(async () => {
    h = await startSandboxHarness({
      start: now,
      orders: [krusPaidWith(9401, day1, MOBILEPAY), krusPaidWith(9402, day1, DANKORT)],
      profile: journalDayProfile(now, 5),
    });
    runtime = await h.open();
  }, 60_000);
  afterAll(async () => {
    runtime.close();
    await h.close();
  });

  it('shows the voucher, not an invoice: per method the clearing account against 1010 U25, 299.00 with 59.80 VAT each', async () => {
    const { days } = await previewOrders(runtime, 10);
    expect(days).toHaveLength(1);
    const [day] = days;
    expect([day.date, day.orders, day.gross, day.closed, day.problem, day.invoice]).toEqual([day1, 2, '598.00', true, null, null]);
    expect(day.voucher?.journalNumber).toBe(1);
    const text = (method: string) => `Dagsopgørelse ${day1}, ordre 9401–9402: ${method}, salg 25 % moms`;
    expect(day.voucher!.entries.map((e) => [e.clearingAccountNumber, e.clearingAccountName, e.revenue.accountNumber, e.salesAccountName, e.revenue.vatCode, e.amount, e.vat, e.text])).toEqual([
      [5821, 'Dankort/kort', 1010, 'Salg af varer, indland', 'U25', '299.00', '59.80', text('Dankort')],
      [5820, 'MobilePay', 1010, 'Salg af varer, indland', 'U25', '299.00', '59.80', text('MobilePay')],
    ]);
  });

  it('balances: the entries add up to the day, 598.00 with 119.60 VAT, as the voucher plan says', async () => {
    const [day] = (await previewOrders(runtime, 10)).days;
    const entries = day.voucher!.entries;
    expect(money(sum(entries.map((e) => dec(e.amount))))).toBe('598.00');
    expect(money(sum(entries.map((e) => dec(e.vat))))).toBe('119.60');
    expect([day.voucher!.plan.gross, day.voucher!.plan.vat]).toEqual(['598.00', '119.60']);
  });

  it('writes nothing: no call that changes e-conomic, no day in the ledger', async () => {
    await previewOrders(runtime, 10);
    expect(writes()).toEqual([]);
    expect(runtime.ledger.days.inState(runtime.profile.name, 'open')).toEqual([]);
    expect(runtime.ledger.orders.get('9401')).toBeFalsy();
  });

  it('names LB-2048 when the chosen journal is not on the agreement, as the sync would', async () => {
    const [day] = (await previewWith(() => ({ dayJournalNumber: 99 }))).days;
    expect(day.problem).toEqual({ code: 'LB-2048', params: { date: day1, currency: 'DKK', journalNumber: 99 } });
    expect(day.voucher?.entries).toEqual([]);
  });

  it("names LB-2052 when the chosen journal is kept for customer payments (the sandbox's journal 2)", async () => {
    const [day] = (await previewWith(() => ({ dayJournalNumber: 2 }))).days;
    expect(day.problem).toEqual({ code: 'LB-2052', params: { date: day1, currency: 'DKK', journalNumber: 2 } });
  });

  it('names LB-2049 for a payment method without a clearing account', async () => {
    const [day] = (await previewWith((p) => ({ paymentMethods: { ...p.paymentMethods, dankort: { title: 'Dankort' } } }))).days;
    expect(day.problem).toEqual({ code: 'LB-2049', params: { date: day1, currency: 'DKK', paymentMethod: 'Dankort' } });
  });

  it('names LB-2051 for a clearing account that is not in the chart of accounts', async () => {
    const [day] = (await previewWith((p) => ({ paymentMethods: { ...p.paymentMethods, dankort: { title: 'Dankort', clearingAccountNumber: 5999 } } }))).days;
    expect(day.problem).toEqual({ code: 'LB-2051', params: { date: day1, currency: 'DKK', paymentMethod: 'Dankort', account: '5999' } });
  });

  it('names LB-2050 when the 25 % rate is mapped to group 2, whose sales account 1040 has no VAT code', async () => {
    const [day] = (await previewWith(() => ({ productGroups: { '25': 2, '0': 2 } }))).days;
    expect(day.problem).toEqual({ code: 'LB-2050', params: { date: day1, currency: 'DKK', productGroup: '2', account: '1040 Salg momsfrit', vatCode: '—', vatRate: '25' } });
    expect(writes()).toEqual([]);
  });

  it('prints the voucher on the command line, in Danish and in English', async () => {
    const result = await previewOrders(runtime, 10);
    const da = formatDryRun(result, 'da', ZONE).split('\n');
    expect(da).toContain(`Dagsopgørelse ${day1} (DKK): 2 ordrer, 0 refunderinger · dagen er lukket: næste synkronisering lægger den i kassekladden`);
    expect(da).toContain('  Bilag i kassekladde 1, til bogføreren');
    expect(da.some((l) => /^ {4}Dankort +5821 Dankort\/kort +1010 Salg af varer, indland +U25 +299,00 +59,80$/.test(l))).toBe(true);
    expect(da.some((l) => /^ {4}MobilePay +5820 MobilePay +1010 Salg af varer, indland +U25 +299,00 +59,80$/.test(l))).toBe(true);
    expect(da.some((l) => /^ {4}i alt 598,00 kr\.? · moms 119,60 \(butikken: 598,00 kr\.?\)$/.test(l))).toBe(true);
    const en = formatDryRun(result, 'en', ZONE).split('\n');
    expect(en).toContain('  Voucher in journal 1, for the accountant');
    expect(en.some((l) => /^ {4}Payment method +Account \(debit\) +Contra account \(credit\) +VAT code +Amount incl\. VAT +Of which VAT$/.test(l))).toBe(true);
    expect(en.some((l) => /^ {4}Dankort +5821 Dankort\/kort +1010 Salg af varer, indland +U25 +299\.00 +59\.80$/.test(l))).toBe(true);
  });
});
