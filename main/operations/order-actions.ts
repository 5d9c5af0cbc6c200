import type { Order } from '../../shared/domain/order';
import type { OrderRow } from '../ledger/orders';
import type { Runtime } from '../runtime/runtime';
import { operationKey } from '../engine/idempotency';
import { journalled } from '../engine/journal';
import { REASON } from '../engine/reasons';
import { transferOrder } from '../engine/transfer';

/** Why an owner's action on one order was refused: the order is not in a state it applies to. */
export class OrderActionRefused extends Error {
  constructor(
    readonly order: OrderRow,
    readonly action: 'approve' | 'skip',
  ) {
    super(`order ${order.number} is ${order.state}${order.reasonCode ? ` (${order.reasonCode})` : ''}; it cannot be ${action === 'approve' ? 'approved' : 'skipped'} now`);
    this.name = 'OrderActionRefused';
  }
}

/** Reasons with which an order waits for the owner's go-ahead: a rule holds it, or it was left for them at activation. */
const APPROVABLE_REASONS: ReadonlySet<string> = new Set([REASON.keptByRule, REASON.leftForOwner]);
/** States an order can be skipped from: anything not yet booked. */
const SKIPPABLE_STATES: ReadonlySet<string> = new Set(['seen', 'eligible', 'drafted', 'held', 'failed', 'needs-attention']);

export function canApprove(row: Pick<OrderRow, 'state' | 'reasonCode'>): boolean {
  return row.state === 'held' && row.reasonCode !== null && APPROVABLE_REASONS.has(row.reasonCode);
}

export function canSkip(row: Pick<OrderRow, 'state'>): boolean {
  return SKIPPABLE_STATES.has(row.state);
}

/**
 * The owner approves an order a rule holds: this version of the order is booked now
 * (its draft is created first when the rule held it before drafting). The approval is
 * recorded with who and when; a later change in the shop needs a new approval.
 */
export async function approveOrder(runtime: Runtime, orderId: string, by: string): Promise<OrderRow> {
  const row = runtime.ledger.orders.get(orderId);
  if (!row) throw new Error(`unknown order ${orderId}`);
  if (!canApprove(row)) throw new OrderActionRefused(row, 'approve');
  const ctx = await runtime.context();
  runtime.ledger.orders.approve(orderId, by);
  const order = row.order as Order;
  await transferOrder(ctx, { order, findings: (row.order as Order & { findings?: [] }).findings ?? [] });
  return runtime.ledger.orders.get(orderId)!;
}

/**
 * The owner decides an order is never to be booked (a free sample, an order booked by
 * hand elsewhere). Its draft in e-conomic, if any, is deleted exactly once.
 */
export async function skipOrder(runtime: Runtime, orderId: string, by: string): Promise<OrderRow> {
  const row = runtime.ledger.orders.get(orderId);
  if (!row) throw new Error(`unknown order ${orderId}`);
  if (!canSkip(row)) throw new OrderActionRefused(row, 'skip');
  if (row.draftNumber !== null) {
    const ctx = await runtime.context();
    const key = operationKey(runtime.profile.name, orderId, 'delete-draft', row.generation);
    await journalled(ctx, key, orderId, 'delete-draft', () => ctx.client.deleteDraftInvoice(row.draftNumber!, key));
  }
  runtime.ledger.transaction(() => {
    // Out of the open day it was to be booked in (postingUnit "day"), which no longer waits for it.
    runtime.ledger.days.removeOrder(runtime.profile.name, orderId);
    runtime.ledger.orders.transition(orderId, 'skipped', {
      reasonCode: REASON.skippedByOwner,
      reasonDetail: { params: { orderNumber: row.number } },
      draftNumber: null,
      by,
    });
  });
  runtime.log.resolveForOrder(orderId);
  return runtime.ledger.orders.get(orderId)!;
}
