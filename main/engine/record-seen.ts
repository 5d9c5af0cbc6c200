import type { NormalizedOrder } from '../../shared/domain/order';
import type { Ledger } from '../ledger';
import type { OrderState } from '../ledger/order-states';
import { refundsKey, seenDocument } from './content-hash';

/** States in which the invoice exists: the order's content no longer changes the draft. */
export const DONE_STATES = new Set(['booked', 'done']);

/**
 * Records a shop order in the ledger; `act` when the engine has something to do with it:
 * a new order, a changed invoice content or status. A change in its refunds alone is kept
 * as pending refunds in the ledger, which the cycle's credit-note step works through.
 * Returns the order's ledger state, which recording never changes.
 */
export function recordSeen(ledger: Ledger, normalized: NormalizedOrder): { state: OrderState; act: boolean } {
  return recordSeenPage(ledger, [normalized])[0];
}

/** Records a page of shop orders as recordSeen does, in one transaction with one read of what the ledger holds. */
export function recordSeenPage(ledger: Ledger, page: readonly NormalizedOrder[]): Array<{ state: OrderState; act: boolean }> {
  return ledger.transaction(() => {
    const upserts = ledger.orders.upsertSeenPage(
      page.map((normalized) => {
        const { order } = normalized;
        const { orderJson, contentHash } = seenDocument(normalized);
        return {
          platform: order.platform,
          id: order.id,
          number: order.number,
          status: order.status,
          modified: order.dates.modified,
          created: order.dates.created,
          contentHash,
          refundsKey: refundsKey(order),
          currency: order.currency,
          total: order.totals.total,
          orderJson,
        };
      }),
    );
    return upserts.map((upsert, i) => {
      const { order } = page[i];
      if (upsert.changed && upsert.draftNumber && !DONE_STATES.has(upsert.state)) ledger.orders.bumpGeneration(order.id);
      const act = upsert.isNew || upsert.changed || upsert.previousStatus !== order.status;
      return { state: upsert.state, act };
    });
  });
}
