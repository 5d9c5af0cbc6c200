import type { Order } from '../../shared/domain/order';
import { dec, money, type Dec } from '../../shared/domain/money';
import type { EngineContext } from './context';
import { operationKey } from './idempotency';
import { journalled } from './journal';
import { keptDraft, type KeptDraft } from './kept-answers';
import { draftInvoiceBody } from './plan/draft-body';
import { roundingLine } from './plan/plan-invoice';
import type { PlannedInvoice } from './plan/types';
import { REASON } from './reasons';

/** A draft as e-conomic holds it (what the journal keeps of it), and the write that last put the planned lines into it. */
export interface WrittenDraft {
  draft: KeptDraft;
  by: 'create-draft' | 'update-draft';
}

/**
 * The totals check of one written draft: e-conomic's computed gross must equal what the shop
 * took. A difference within the profile's tolerance is settled with a rounding line (one more
 * update of the draft); what remains is returned, zero when the draft is settled. `subject`
 * names the order (or day) in the journal and its keys.
 */
export async function settleDraft(
  ctx: EngineContext,
  { subject, plan, written, generation, customerNumber }: { subject: string; plan: PlannedInvoice; written: WrittenDraft; generation: number; customerNumber: number },
): Promise<{ draft: KeptDraft; difference: Dec }> {
  let { draft } = written;
  const shopTotal = dec(plan.shopTotal);
  let difference = shopTotal.minus(dec(String(draft.grossAmount)));
  if (!difference.isZero() && difference.abs().lte(dec(ctx.profile.roundingTolerance))) {
    const settled: PlannedInvoice = { ...plan, lines: [...plan.lines, roundingLine(ctx.profile, difference, ctx.profile.language)] };
    // Keyed on the write it settles: a retry that rewrites the draft (after a restart or a
    // failed booking) drops the rounding line again, and must not be answered with the
    // earlier settled draft from the journal or e-conomic's key replay.
    const key = operationKey(ctx.profile.name, `${subject}:rounding-after-${written.by}`, 'update-draft', generation);
    const number = draft.draftInvoiceNumber;
    draft = await journalled(ctx, key, subject, 'update-draft', (attempt) => ctx.client.updateDraftInvoice(number, draftInvoiceBody(settled, customerNumber) as never, attempt), undefined, keptDraft);
    difference = shopTotal.minus(dec(String(draft.grossAmount)));
  }
  return { draft, difference };
}

/**
 * The totals check of an order's draft (settleDraft). A larger difference than the tolerance
 * holds the order, showing both totals, and the draft is not booked. Returns the settled
 * draft, or null when the order is held.
 */
export async function settleTotals(
  ctx: EngineContext,
  { order, plan, written, generation, customerNumber }: { order: Order; plan: PlannedInvoice; written: WrittenDraft; generation: number; customerNumber: number },
): Promise<KeptDraft | null> {
  const { draft, difference } = await settleDraft(ctx, { subject: order.id, plan, written, generation, customerNumber });
  if (difference.isZero()) return draft;
  const params = { orderNumber: order.number, shopTotal: money(dec(plan.shopTotal)), economicTotal: money(dec(String(draft.grossAmount))), currency: order.currency, draftNumber: draft.draftInvoiceNumber };
  ctx.ledger.orders.transition(order.id, 'needs-attention', { reasonCode: REASON.totalsMismatch, reasonDetail: { params }, draftNumber: draft.draftInvoiceNumber, by: 'engine' });
  ctx.log.report({ code: REASON.totalsMismatch, orderId: order.id, profile: ctx.profile.name, params });
  return null;
}
