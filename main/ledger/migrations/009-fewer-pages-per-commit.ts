import type { Migration } from './migration';

/**
 * A commit appends every page its transaction changed to the WAL (4 KB each), and that, not
 * the number of commits, is what the engine's commits cost (docs/decisions/0007). Two
 * changes make a booked order change fewer pages:
 *
 * - The normalized order (≈2 KB of JSON) moves out of the orders row. Inside it, every row
 *   filled a page of its own, rewritten by each of the order's six state changes; now the
 *   JSON is written when the shop's order changes, and the orders in flight together
 *   (neighbours by id) share the pages of their small rows.
 * - order_history loses AUTOINCREMENT: its counter in sqlite_sequence was one more page in
 *   every commit. Ids stay increasing (a new row takes the highest id + 1), and rows are
 *   deleted only with their order, so an order's history still reads in id order.
 */
export const migration009FewerPagesPerCommit: Migration = {
  version: 9,
  name: 'fewer-pages-per-commit',
  up(db) {
    db.exec(`
      CREATE TABLE order_documents (
        order_id   TEXT PRIMARY KEY REFERENCES orders(order_id) ON DELETE CASCADE,
        order_json TEXT NOT NULL
      );
      INSERT INTO order_documents (order_id, order_json) SELECT order_id, order_json FROM orders;
      ALTER TABLE orders DROP COLUMN order_json;

      CREATE TABLE order_history_next (
        id          INTEGER PRIMARY KEY,
        order_id    TEXT NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        from_state  TEXT,
        to_state    TEXT NOT NULL,
        reason_code TEXT,
        detail      TEXT,
        by          TEXT
      );
      INSERT INTO order_history_next SELECT id, order_id, at, from_state, to_state, reason_code, detail, by FROM order_history;
      DROP TABLE order_history;
      ALTER TABLE order_history_next RENAME TO order_history;
      CREATE INDEX order_history_order ON order_history(order_id, id);
    `);
  },
};
