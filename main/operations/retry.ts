import type { NormalizedOrder, Order } from '../../shared/domain/order';
import type { Runtime } from '../runtime/runtime';
import { recordSeen } from '../engine/record-seen';
import { transferOrder } from '../engine/transfer';
import { runPool } from '../engine/pool';
import { recoverInFlight } from '../engine/recover-in-flight';
import type { OrderState } from '../../shared/domain/order-state';

export interface RetryResult {
  /** Each order before and after (engine states), with the reason it was stopped for before and is now. */
  orders: Array<{ orderId: string; number: string; before: OrderState; after: OrderState; reasonCodeBefore: string | null; reasonCode: string | null }>;
  /** Ids asked for that the ledger does not know. */
  unknown: string[];
}

const RETRYABLE = ['failed', 'needs-attention', 'held', 'eligible', 'drafted'];

/**
 * Tries orders again now. The order is fetched fresh from the shop when it can be (the
 * owner may have fixed it there); otherwise the ledger's copy is used.
 */
export async function retryOrders(runtime: Runtime, which: string[] | 'all-failed'): Promise<RetryResult> {
  const ctx = await runtime.context();
  const shop = await runtime.shop();
  // A retry may book: the licence is checked against the agreement reached, as at every sync.
  await runtime.checkAgreement();
  const rows =
    which === 'all-failed'
      ? runtime.ledger.orders.list({ states: ['failed', 'needs-attention'], limit: 100_000 }).items
      : which.map((id) => runtime.ledger.orders.get(id)).filter((r) => r !== null);
  // A write left unfinished (its answer lost, or the run killed) is first looked up in
  // e-conomic by the order's reference, as a sync does: e-conomic forgets an Idempotency-Key
  // after about an hour, and the owner may press Retry long after that.
  if (runtime.ledger.operations.allOpen().length > 0) await recoverInFlight(ctx);
  const result: RetryResult = { orders: [], unknown: which === 'all-failed' ? [] : which.filter((id) => !rows.some((r) => r.orderId === id)) };
  const entry = (row: (typeof rows)[number], after: { state: OrderState; reasonCode: string | null }) => ({
    orderId: row.orderId,
    number: row.number,
    before: row.state,
    after: after.state,
    reasonCodeBefore: row.reasonCode,
    reasonCode: after.reasonCode,
  });
  await runPool(rows, runtime.profile.economic.concurrency, async (row) => {
    if (!RETRYABLE.includes(row.state)) {
      result.orders.push(entry(row, row));
      return;
    }
    const fresh = await shop.getOrder(row.orderId).catch(() => null);
    const normalized: NormalizedOrder = fresh ?? { order: row.order as Order, findings: (row.order as Order & { findings?: [] }).findings ?? [] };
    recordSeen(runtime.ledger, normalized);
    // A held or attention state must not stop the retry from re-evaluating the order.
    if (row.state === 'needs-attention' || row.state === 'failed') runtime.ledger.orders.transition(row.orderId, row.draftNumber ? 'drafted' : 'eligible', { by: 'retry', draftNumber: row.draftNumber });
    await transferOrder(ctx, normalized);
    const after = runtime.ledger.orders.get(row.orderId)!;
    result.orders.push(entry(row, after));
  });
  return result;
}
