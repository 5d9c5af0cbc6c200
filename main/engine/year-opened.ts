import { CODES } from '../../shared/errors';
import type { Order } from '../../shared/domain/order';
import { openAccountingYearOf } from '../connectors/economic/accounting-years';
import type { EngineContext } from './context';
import { invoiceDateOf } from './plan/plan-invoice';

/**
 * Orders that e-conomic would not book because no open accounting year held their invoice
 * date (LB-3002: the new year not created yet on 1 January, or the old one closed) go on by
 * themselves once the accountant has created or reopened that year, as a day waiting for its
 * year does, instead of waiting for a "Retry" per order. One read of the agreement's years per
 * sync, and only while such orders wait.
 */
export async function requeueWhenYearOpens(ctx: EngineContext): Promise<number> {
  const waiting = ctx.ledger.orders.list({ states: ['needs-attention'], reasonCode: CODES.accountingYearClosed, limit: 100_000 }).items;
  if (waiting.length === 0) return 0;
  const years = await ctx.client.accountingYears();
  const ready = waiting.filter((row) => openAccountingYearOf(years, refusedDate(row.reasonDetail) ?? invoiceDateOf(row.order as Order)));
  ctx.ledger.transaction(() => {
    for (const row of ready) ctx.ledger.orders.transition(row.orderId, row.draftNumber ? 'drafted' : 'eligible', { draftNumber: row.draftNumber, by: 'accounting year opened' });
  });
  return ready.length;
}

/** The date e-conomic named when it refused (the invoice's or credit note's), if it named one. */
function refusedDate(detail: unknown): string | undefined {
  const date = (detail as { params?: { date?: unknown } } | null)?.params?.date;
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}
