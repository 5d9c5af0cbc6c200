import type { Migration } from './migration';

/**
 * The payments of a booked day summary (postingUnit "day", main/moneyflows/day-payments.ts):
 * one voucher per day and journal, with one customer-payment entry per payment method (its
 * amount and clearing account in `lines`), queued in the transaction that books the day and
 * marked posted once the voucher is known to exist in e-conomic. `voucher_key` and
 * `voucher_number` are written before the voucher is sent, so that a run that dies during the
 * call finds the voucher again by its number.
 */
export const migration032DayPayments: Migration = {
  version: 32,
  name: 'day-payments',
  up(db) {
    db.exec(`
      CREATE TABLE day_payments (
        day_id          INTEGER NOT NULL REFERENCES day_summaries (id),
        journal_number  INTEGER NOT NULL,
        profile         TEXT    NOT NULL,
        day             TEXT    NOT NULL,
        booked_number   INTEGER NOT NULL,
        customer_number INTEGER NOT NULL,
        currency        TEXT    NOT NULL,
        lines           TEXT    NOT NULL,
        state           TEXT    NOT NULL CHECK (state IN ('queued', 'posted')),
        voucher_key     TEXT,
        voucher_number  INTEGER,
        queued_at       TEXT    NOT NULL,
        posted_at       TEXT,
        PRIMARY KEY (day_id, journal_number)
      );
      CREATE INDEX day_payments_state ON day_payments (state, profile);
    `);
  },
};
