import type { Order } from '../../shared/domain/order';
import type { BookedInvoice, DraftInvoice } from '../connectors/economic/types';
import type { OperationRecord } from '../ledger/operations';
import type { EngineContext } from './context';
import { orderReference } from './plan/references';
import { filterValue } from '../connectors/economic/client';
import { keptBooked, keptDraft } from './kept-answers';

/** What e-conomic holds under the order's reference (`references.other`): its booked invoice, else its drafts. */
export async function findByReference(ctx: EngineContext, order: Order): Promise<{ booked: BookedInvoice | undefined; drafts: DraftInvoice[] }> {
  const reference = filterValue(orderReference(order.platform, order.id, ctx.referenceQualifier));
  const [booked] = await ctx.client.findBookedInvoices(`references.other$eq:${reference}`);
  const drafts = booked ? [] : await ctx.client.findDraftInvoices(`references.other$eq:${reference}`);
  return { booked, drafts };
}

/**
 * After a crash, writes that were started but not recorded as finished are looked up in
 * e-conomic by the order's reference before anything is redone: a draft or booked
 * invoice that exists is adopted; a write that never happened is released so the normal
 * flow repeats it (with the same Idempotency-Key).
 */
export async function recoverInFlight(ctx: EngineContext): Promise<{ adopted: number; released: number }> {
  const open = ctx.ledger.operations.allOpen().filter((op) => ['create-draft', 'update-draft', 'book', 'delete-draft'].includes(op.step));
  const byOrder = new Map<string, OperationRecord[]>();
  for (const op of open) byOrder.set(op.orderId, [...(byOrder.get(op.orderId) ?? []), op]);
  let adopted = 0;
  let released = 0;
  for (const [orderId, ops] of byOrder) {
    const row = ctx.ledger.orders.get(orderId);
    if (!row) continue;
    const order = row.order as Order;
    const { booked, drafts } = await findByReference(ctx, order);
    ctx.ledger.transaction(() => {
      for (const op of ops) {
        if (booked) {
          ctx.ledger.operations.complete(op.key, keptBooked(booked));
          adopted++;
        } else if (op.step === 'create-draft' && drafts.length > 0) {
          ctx.ledger.operations.complete(op.key, keptDraft(drafts[0]));
          adopted++;
        } else if (op.step === 'delete-draft' && drafts.length === 0) {
          ctx.ledger.operations.complete(op.key, null);
          adopted++;
        } else {
          ctx.ledger.operations.markFailed(op.key, { reconciled: 'not found in e-conomic; will be repeated' });
          released++;
        }
      }
      if (booked && row.state !== 'booked' && row.state !== 'done') {
        ctx.ledger.orders.transition(orderId, 'booked', { bookedNumber: booked.bookedInvoiceNumber, by: 'reconcile' });
      } else if (!booked && drafts.length > 0 && row.draftNumber !== drafts[0].draftInvoiceNumber) {
        ctx.ledger.orders.transition(orderId, 'drafted', { draftNumber: drafts[0].draftInvoiceNumber, by: 'reconcile' });
      }
    });
    if (drafts.length > 1) {
      ctx.log.report({
        code: 'LB-7006',
        orderId,
        profile: ctx.profile.name,
        params: { orderNumber: order.number, draftNumber: drafts.map((d) => d.draftInvoiceNumber).join(', ') },
      });
    }
  }
  return { adopted, released };
}
