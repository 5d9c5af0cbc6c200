import type { Migration } from './migration';

/** Orders keyed on the platform's immutable id, and every state change they went through. */
export const migration001Orders: Migration = {
  version: 1,
  name: 'orders',
  up(db) {
    db.exec(`
      CREATE TABLE orders (
        order_id       TEXT PRIMARY KEY,
        platform       TEXT NOT NULL,
        number         TEXT NOT NULL,
        status         TEXT NOT NULL,
        modified       TEXT NOT NULL,
        content_hash   TEXT NOT NULL,
        currency       TEXT NOT NULL,
        total          TEXT NOT NULL,
        state          TEXT NOT NULL DEFAULT 'seen',
        reason_code    TEXT,
        reason_detail  TEXT,
        attempts       INTEGER NOT NULL DEFAULT 0,
        next_retry_at  TEXT,
        generation     INTEGER NOT NULL DEFAULT 0,
        draft_number   INTEGER,
        booked_number  INTEGER,
        rule_decision  TEXT,
        order_json     TEXT NOT NULL,
        first_seen_at  TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      );
      CREATE INDEX orders_state ON orders(state, modified);
      CREATE INDEX orders_modified ON orders(modified);
      CREATE INDEX orders_next_retry ON orders(next_retry_at) WHERE next_retry_at IS NOT NULL;
      CREATE INDEX orders_draft_number ON orders(draft_number) WHERE draft_number IS NOT NULL;
      CREATE INDEX orders_number ON orders(number);

      CREATE TABLE order_history (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        order_id    TEXT NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        from_state  TEXT,
        to_state    TEXT NOT NULL,
        reason_code TEXT,
        detail      TEXT,
        by          TEXT
      );
      CREATE INDEX order_history_order ON order_history(order_id, id);
    `);
  },
};
