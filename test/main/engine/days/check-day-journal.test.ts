import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../../shared/domain/local-day';
import type { Profile } from '../../../../shared/profile/schema';
import { checkDayJournal } from '../../../../main/engine/days/check-day-journal';
import type { EconomicClient } from '../../../../main/connectors/economic/client';
import type { Runtime } from '../../../../main/runtime/runtime';
import { startSandboxHarness, type SandboxHarness } from '../../../../main/demo/sandbox-harness';

/**
 * The setup check of a journal-mode profile (postingUnit "day", dayBooking "journal") against the
 * e-conomic sandbox, whose agreement has journals 1 and 2 (2 only for customer payments), accounts 5820 MobilePay and 5821
 * Dankort/kort, and product groups 1 (domestic sales on 1010, VAT code U25 = 25 %) and 2 (on
 * 1040, no VAT code). Each failure is named with the code the booking would wait the day with,
 * all of them at once, dated today in the profile's first currency.
 */

describe('setup check of a day journal', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  let client: EconomicClient;
  let today: string;
  const check = (change: (p: Profile) => Partial<Profile> = () => ({})) => checkDayJournal({ client, profile: { ...runtime.profile, ...change(runtime.profile) } }, h.clock.now());

  beforeAll(async () => {
    h = await startSandboxHarness({
      profile: {
        postingUnit: 'day',
        dayBooking: 'journal',
        dayJournalNumber: 1,
        productGroups: { '25': 1, '0': 2 },
        paymentMethods: {
          mobilepay: { title: 'MobilePay', clearingAccountNumber: 5820 },
          dankort: { title: 'Dankort', clearingAccountNumber: 5821 },
        },
      },
    });
    runtime = await h.open();
    client = await runtime.economic();
    today = localDate(h.clock.now(), 'Europe/Copenhagen');
  }, 60_000);
  afterAll(async () => {
    runtime.close();
    await h.close();
  });

  it('passes a setup where journal, clearing accounts and VAT codes all fit: 2 methods, 2 product groups checked', async () => {
    expect(await check()).toEqual({ journalNumber: 1, methods: 2, productGroups: 2, problems: [] });
  });

  it('names a journal the agreement does not have (LB-2048)', async () => {
    expect((await check(() => ({ dayJournalNumber: 7 }))).problems).toEqual([{ code: 'LB-2048', params: { date: today, currency: 'DKK', journalNumber: 7 } }]);
  });

  it('names journal 2, kept for customer payments, which would refuse a finance voucher (LB-2052)', async () => {
    expect((await check(() => ({ dayJournalNumber: 2 }))).problems).toEqual([{ code: 'LB-2052', params: { date: today, currency: 'DKK', journalNumber: 2 } }]);
  });

  it('names a method without a clearing account (LB-2049) and one whose account is not in the chart (LB-2051), both', async () => {
    const found = await check(() => ({ paymentMethods: { mobilepay: { title: 'MobilePay' }, dankort: { title: 'Dankort', clearingAccountNumber: 5999 } } }));
    expect(found.problems).toEqual([
      { code: 'LB-2049', params: { date: today, currency: 'DKK', paymentMethod: 'MobilePay' } },
      { code: 'LB-2051', params: { date: today, currency: 'DKK', paymentMethod: 'Dankort', account: '5999' } },
    ]);
  });

  it("names a rate whose group's sales account carries no fitting VAT code (LB-2050): 25 % on group 2's 1040", async () => {
    expect((await check(() => ({ productGroups: { '25': 2, '0': 2 } }))).problems).toEqual([
      { code: 'LB-2050', params: { date: today, currency: 'DKK', productGroup: '2', account: '1040 Salg momsfrit', vatCode: '—', vatRate: '25' } },
    ]);
  });

  it('does not fault 0 % on an account without a VAT code, but 0 % on 1010 U25 (a 25 % code)', async () => {
    expect((await check(() => ({ productGroups: { '25': 1, '0': 2 } }))).problems).toEqual([]);
    expect((await check(() => ({ productGroups: { '25': 1, '0': 1 } }))).problems).toEqual([
      { code: 'LB-2050', params: { date: today, currency: 'DKK', productGroup: '1', account: '1010 Salg af varer, indland', vatCode: 'U25', vatRate: '0' } },
    ]);
  });

  it('leaves One-Stop-Shop groups to their own check', async () => {
    expect(await check((p) => ({ productGroups: { ...p.productGroups, 'DE:19': 2 } }))).toMatchObject({ productGroups: 2, problems: [] });
  });
});
