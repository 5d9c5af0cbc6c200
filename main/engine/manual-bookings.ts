import type { Order } from '../../shared/domain/order';
import type { BookedInvoice } from '../connectors/economic/types';
import type { EngineContext } from './context';
import { orderReference } from './plan/references';
import { danishDate } from './plan/text';

/**
 * When a manual booking counts from: e-conomic's time of the answer that first showed the draft
 * booked. A booked invoice carries no booking time of its own (its `date` is the invoice date the
 * draft had), so this is the earliest moment e-conomic vouches for.
 */
export function seenBookedAt(ctx: EngineContext): Date {
  return ctx.economicTime() ?? ctx.clock();
}

const WAITING_WITH_DRAFT = ['held', 'needs-attention', 'drafted'] as const;

/**
 * Finds LedgerBridge's drafts that a person booked by hand in e-conomic (the supervised
 * period's proof that it works). One listing of booked invoices since the oldest waiting
 * draft covers every waiting order, instead of one lookup per order.
 */
export async function detectManualBookings(ctx: EngineContext): Promise<number> {
  const waiting = ctx.ledger.orders
    .list({ states: [...WAITING_WITH_DRAFT], limit: 100_000 })
    .items.filter((row) => row.draftNumber !== null);
  if (waiting.length === 0) return 0;
  const since = waiting.map((row) => danishDate((row.order as Order).dates.created)).sort()[0];
  const dayBefore = new Date(new Date(`${since}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
  const booked = await ctx.client.findBookedInvoices(`date$gte:${dayBefore}`);
  const byReference = new Map<string, BookedInvoice>();
  for (const invoice of booked) if (invoice.references?.other) byReference.set(invoice.references.other, invoice);

  let seen = 0;
  for (const row of waiting) {
    const order = row.order as Order;
    const invoice = byReference.get(orderReference(order.platform, order.id, ctx.referenceQualifier));
    if (!invoice) continue;
    ctx.ledger.transaction(() => {
      ctx.ledger.orders.transition(order.id, 'booked', { draftNumber: row.draftNumber, bookedNumber: invoice.bookedInvoiceNumber, by: 'e-conomic (manual booking)' });
      ctx.ledger.supervised.forProfile(ctx.profile.name).recordManualBooking(order.id, row.draftNumber!, invoice.bookedInvoiceNumber, seenBookedAt(ctx));
    });
    ctx.log.resolveForOrder(order.id);
    await ctx.afterBooking.run(order, invoice);
    seen++;
  }
  return seen;
}
