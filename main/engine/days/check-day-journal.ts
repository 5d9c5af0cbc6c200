import { localDate } from '../../../shared/domain/local-day';
import { isOssKey } from '../../../shared/domain/vat-rate';
import type { ProblemReport } from '../../../shared/errors';
import type { Profile } from '../../../shared/profile/schema';
import type { EconomicClient } from '../../connectors/economic/client';
import { failureFor } from '../failures';
import { PlanError } from '../plan/plan-invoice';
import { DayVoucherAccounts, SetupProblem, type VoucherDay } from './day-voucher-accounts';

/** What the setup check found for a journal-mode profile: what it checked, and each problem the days would wait with. */
export interface DayJournalCheck {
  journalNumber: number | null;
  /** Payment methods whose clearing account was checked. */
  methods: number;
  /** Product groups (one per mapped home VAT rate) whose domestic sales account was checked. */
  productGroups: number;
  problems: ProblemReport[];
}

/**
 * The setup check of a profile that books days as finance vouchers (dayBooking "journal"),
 * with the rules the booking waits a day by (day-voucher-accounts.ts): the journal exists on
 * the agreement (LB-2048) and takes finance vouchers (LB-2052); every mapped payment method has a clearing account (LB-2049) that is
 * in the chart of accounts (LB-2051); and the sales account each mapped home VAT rate's product
 * group uses in the domestic VAT zone carries a VAT code of that rate (LB-2050). Every problem is
 * named, not only the first; they name today and the profile's first currency, the first day
 * that would wait. Reads e-conomic, writes nothing.
 */
export async function checkDayJournal(ctx: { client: EconomicClient; profile: Profile }, now: Date): Promise<DayJournalCheck> {
  const { profile } = ctx;
  const accounts = new DayVoucherAccounts(ctx);
  const day: VoucherDay = { day: localDate(now, profile.daySummary.timeZone), currency: profile.enabledCurrencies[0] ?? 'DKK', zone: 'domestic' };
  const problems: ProblemReport[] = [];
  const collect = async (check: () => Promise<unknown>) => {
    try {
      await check();
    } catch (error) {
      if (error instanceof SetupProblem) problems.push(error.problem);
      else if (error instanceof PlanError) problems.push(failureFor(error, { number: `${day.day} ${day.currency}` }).problem);
      else throw error;
    }
  };
  await collect(() => accounts.journal(day));
  const methods = Object.entries(profile.paymentMethods);
  for (const [method, mapping] of methods) await collect(() => accounts.clearing(day, { method, methodTitle: mapping.title || method }));
  const rates = Object.entries(profile.productGroups).filter(([key]) => !isOssKey(key));
  for (const [rate, group] of rates) await collect(() => accounts.salesAccount(day, group, rate, rate === '0'));
  return { journalNumber: profile.dayJournalNumber ?? null, methods: methods.length, productGroups: new Set(rates.map(([, g]) => g)).size, problems };
}
