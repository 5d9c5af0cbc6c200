import type { Migration } from './migration';

/**
 * Refunds are left out of an order's content hash (a refund must never rewrite an invoice),
 * so they are tracked on their own: `refunds_key` names the refunds the order had when last
 * seen, and `refunds_pending` says a change in them has not yet reached the credit-note step.
 * The flag survives a crash, so a refund seen by a run that was killed is still credited.
 *
 * Ledgers from before this migration may hold booked orders whose refunds never became credit
 * notes (a partial refund leaves the order's status as it was): every order with refunds or a
 * cancellation is marked pending, and the credit-note step, which is idempotent per refund and
 * takes only booked orders, credits what is missing now or once the order is booked.
 */
export const migration006RefundTracking: Migration = {
  version: 6,
  name: 'refund-tracking',
  up(db) {
    db.exec(`
      ALTER TABLE orders ADD COLUMN refunds_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE orders ADD COLUMN refunds_pending INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX orders_refunds_pending ON orders(state) WHERE refunds_pending = 1;
      UPDATE orders SET refunds_pending = 1
        WHERE json_array_length(order_json, '$.refunds') > 0 OR json_extract(order_json, '$.stage.cancelled') = 1;
    `);
  },
};
