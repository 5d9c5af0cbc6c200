import type { Migration } from './migration';

/**
 * A day booked as one finance voucher in a journal (dayBooking "journal",
 * main/engine/days/book-day-voucher.ts): one row per day, written with the voucher's journal,
 * accounting year, number and entries BEFORE the voucher is sent ('sending'), so that a run that
 * dies during the call finds the voucher again by its number; 'posted' once it is known to be in
 * e-conomic; 'attached' once the day's order list is known to be on it. `attachment_key` is set
 * before the file is sent, for the same reason.
 */
export const migration033DayVouchers: Migration = {
  version: 33,
  name: 'day-vouchers',
  up(db) {
    db.exec(`
      CREATE TABLE day_vouchers (
        day_id          INTEGER PRIMARY KEY REFERENCES day_summaries (id),
        profile         TEXT    NOT NULL,
        journal_number  INTEGER NOT NULL,
        accounting_year TEXT    NOT NULL,
        voucher_number  INTEGER NOT NULL,
        voucher_key     TEXT    NOT NULL,
        entries         TEXT    NOT NULL,
        state           TEXT    NOT NULL CHECK (state IN ('sending', 'posted', 'attached')),
        attachment_key  TEXT,
        created_at      TEXT    NOT NULL,
        posted_at       TEXT,
        attached_at     TEXT
      );
    `);
  },
};
