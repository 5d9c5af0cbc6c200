import type { Migration } from './migration';

/**
 * A state change becomes one statement (docs/decisions/0007, fourth round): it was a
 * savepoint, an INSERT into order_history reading the state it leaves, the UPDATE of the
 * order, and a release — four statements for each of a booked order's four changes. Now the
 * UPDATE of `orders.state` writes the history row itself, by a trigger, and a single statement
 * is atomic without a savepoint: if the history row cannot be written the state does not change.
 *
 * The history row carries what only the engine knows — the detail of the change and who made
 * it — so the UPDATE leaves those on the order, in `state_change_detail` and `state_change_by`
 * (the latest change's; its earlier ones are in the history), and the trigger copies them.
 * `at` is the `updated_at` the same UPDATE sets, `reason_code` the order's new reason.
 *
 * The trigger fires for every UPDATE that names `state` in its SET, also one that keeps the
 * state (a failed order failing again is a change in the history too); `OrdersRepository.
 * transition` is the one statement that does, and sets both columns. A later migration that
 * rebuilds `orders` (copy, drop, rename) drops the trigger with the table and must create it again.
 */
const STATE_HISTORY_TRIGGER = `
  CREATE TRIGGER orders_state_history AFTER UPDATE OF state ON orders
  BEGIN
    INSERT INTO order_history (order_id, at, from_state, to_state, reason_code, detail, by)
    VALUES (NEW.order_id, NEW.updated_at, OLD.state, NEW.state, NEW.reason_code, NEW.state_change_detail, NEW.state_change_by);
  END`;

export const migration035StateHistoryByTrigger: Migration = {
  version: 35,
  name: 'state-history-by-trigger',
  up(db) {
    db.exec(`
      ALTER TABLE orders ADD COLUMN state_change_detail TEXT;
      ALTER TABLE orders ADD COLUMN state_change_by TEXT;
      ${STATE_HISTORY_TRIGGER};
    `);
  },
};
