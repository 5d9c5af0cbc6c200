import type { Migration } from './migration';

/**
 * Credit notes (main/moneyflows): one row per shop refund of a booked order, so a
 * refund becomes at most one credit note however often the order is seen again.
 */
export const migration030CreditNotes: Migration = {
  version: 30,
  name: 'credit-notes',
  up(db) {
    db.exec(`
      CREATE TABLE credit_notes (
        order_id       TEXT    NOT NULL,
        refund_id      TEXT    NOT NULL,
        invoice_number INTEGER NOT NULL,
        draft_number   INTEGER,
        booked_number  INTEGER,
        state          TEXT    NOT NULL CHECK (state IN ('drafted', 'held', 'booked', 'needs-attention')),
        reason_code    TEXT,
        amount         TEXT    NOT NULL,
        currency       TEXT    NOT NULL,
        basis          TEXT    NOT NULL CHECK (basis IN ('lines', 'amount')),
        created_at     TEXT    NOT NULL,
        updated_at     TEXT    NOT NULL,
        UNIQUE (order_id, refund_id)
      );
      CREATE INDEX credit_notes_state ON credit_notes (state);
    `);
  },
};
