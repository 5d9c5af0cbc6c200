import type { Migration } from './migration';

/**
 * Customer payments to register in an e-conomic journal (main/moneyflows/payments.ts):
 * one row per booked invoice, queued when the invoice is booked and marked posted once
 * the batch voucher that carries it is known to exist in e-conomic.
 */
export const migration031Payments: Migration = {
  version: 31,
  name: 'payments',
  up(db) {
    db.exec(`
      CREATE TABLE payments (
        booked_number   INTEGER NOT NULL UNIQUE,
        order_id        TEXT    NOT NULL,
        order_number    TEXT    NOT NULL,
        customer_number INTEGER NOT NULL,
        amount          TEXT    NOT NULL,
        currency        TEXT    NOT NULL,
        payment_date    TEXT    NOT NULL,
        text            TEXT    NOT NULL,
        journal_number  INTEGER NOT NULL,
        contra_account  INTEGER NOT NULL,
        state           TEXT    NOT NULL CHECK (state IN ('queued', 'posted')),
        voucher_key     TEXT,
        queued_at       TEXT    NOT NULL,
        posted_at       TEXT
      );
      CREATE INDEX payments_state ON payments (state, journal_number);
    `);
  },
};
