import type { Profile } from '../../../shared/profile/schema';
import type { EconomicClient } from '../../connectors/economic/client';
import { failureFor } from '../failures';
import { PlanError } from '../plan/plan-invoice';
import { DayVoucherAccounts, SetupProblem, voucherEntries } from './day-voucher-accounts';
import type { DayPreview } from './preview-days';

/**
 * The dry run of journal-mode days (dayBooking "journal"): each previewed day's voucher put on
 * the agreement's accounts exactly as the booking would write it — the journal, each method's
 * clearing account, the sales account and VAT code of each line — or, instead of its entries,
 * the problem the booking would wait the day with (LB-2048, LB-2049, LB-2050, LB-2051, LB-2052). Reads
 * e-conomic (each list once), writes nothing.
 */
export async function previewDayVouchers(ctx: { client: EconomicClient; profile: Profile; referenceQualifier: string | null }, days: DayPreview[]): Promise<DayPreview[]> {
  const accounts = new DayVoucherAccounts(ctx);
  const out: DayPreview[] = [];
  for (const preview of days) {
    if (!preview.voucher || preview.problem) {
      out.push(preview);
      continue;
    }
    const day = { day: preview.date, currency: preview.currency, zone: preview.zone };
    try {
      await accounts.journal(day);
      const resolved = await voucherEntries(accounts, day, preview.voucher.plan, ctx.profile, ctx.referenceQualifier);
      const entries = await Promise.all(resolved.map(async (e) => ({ ...e, clearingAccountName: await accounts.accountName(e.clearingAccountNumber), salesAccountName: await accounts.accountName(e.revenue.accountNumber) })));
      out.push({ ...preview, voucher: { ...preview.voucher, entries } });
    } catch (error) {
      if (error instanceof SetupProblem) out.push({ ...preview, problem: { code: error.problem.code, params: (error.problem.params ?? {}) as Record<string, unknown> } });
      else if (error instanceof PlanError) {
        const { code, params } = failureFor(error, { number: `${preview.date} ${preview.currency}` }).problem;
        out.push({ ...preview, problem: { code, params: (params ?? {}) as Record<string, unknown> } });
      } else throw error;
    }
  }
  return out;
}
