import { CODES } from '../../shared/errors';
import type { Order } from '../../shared/domain/order';
import { localDate } from '../../shared/domain/local-day';
import { openAccountingYearOf, yearEndingWithoutNext } from '../connectors/economic/accounting-years';
import type { AccountingYear } from '../connectors/economic/types';
import type { EngineContext } from './context';
import { invoiceDateOf } from './plan/plan-invoice';

/**
 * Orders and credit notes that e-conomic would not book because no open accounting year held
 * their date (LB-3002: the new year not created yet on 1 January, or the old one closed) go on
 * by themselves once the accountant has created or reopened that year, as a day waiting for its
 * year does, instead of waiting for a "Retry" per order. One read of the agreement's years per
 * sync (`years`, the sync's one reader), and only while something waits for a year.
 */
export async function requeueWhenYearOpens(ctx: EngineContext, years: () => Promise<AccountingYear[]>): Promise<number> {
  const waiting = ctx.ledger.orders.list({ states: ['needs-attention'], reasonCode: CODES.accountingYearClosed, limit: 100_000 }).items;
  let requeued = 0;
  if (waiting.length > 0) {
    const open = await years();
    const ready = waiting.filter((row) => openAccountingYearOf(open, refusedDate(row.reasonDetail) ?? invoiceDateOf(row.order as Order)));
    ctx.ledger.transaction(() => {
      for (const row of ready) ctx.ledger.orders.transition(row.orderId, row.draftNumber ? 'drafted' : 'eligible', { draftNumber: row.draftNumber, by: 'accounting year opened' });
    });
    requeued += ready.length;
  }
  return requeued + (await ctx.moneyFlows.reopenCreditNotesWhenYearOpens(years));
}

/** The date e-conomic named when it refused the invoice, if it named one. */
function refusedDate(detail: unknown): string | undefined {
  const date = (detail as { params?: { date?: unknown } } | null)?.params?.date;
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

const YEAR_END_SUBJECT = 'accounting-year-end';

/**
 * Warns the owner (LB-3013) while the accounting year of today ends within a month and the next
 * is not created in e-conomic — before New Year, when the accountant can still create it — and
 * resolves the warning once it is. Read once a day, and at every sync while the warning is open.
 * Run by the runtime beside its other checks of the agreement, outside the sync cycle proper.
 */
export async function warnBeforeYearEnds(ctx: Pick<EngineContext, 'profile' | 'log' | 'ledger' | 'client' | 'clock'>): Promise<void> {
  const { profile, log, ledger } = ctx;
  const today = localDate(ctx.clock(), profile.daySummary.timeZone);
  const key = `accountingYearEndCheckedOn:${profile.name}`;
  const open = log.openProblems(profile.name).some((e) => e.code === CODES.nextAccountingYearMissing);
  if (!open && ledger.kv.get(key) === today) return;
  let years: AccountingYear[];
  try {
    years = await ctx.client.accountingYears();
  } catch {
    // A warning is never worth a failed sync: the sync's own calls report what is wrong.
    return;
  }
  const ending = yearEndingWithoutNext(years, today);
  if (ending) log.report({ code: CODES.nextAccountingYearMissing, profile: profile.name, subject: YEAR_END_SUBJECT, params: { date: ending.toDate } });
  else log.resolveSubject(profile.name, CODES.nextAccountingYearMissing, YEAR_END_SUBJECT);
  ledger.kv.set(key, today);
}
