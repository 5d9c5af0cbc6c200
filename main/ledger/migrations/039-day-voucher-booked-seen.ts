import type { Migration } from './migration';

/**
 * A day's voucher (dayBooking "journal") waits in the journal for the accountant to book it.
 * While it waits, each sync checks that it is still there (a voucher deleted from the journal
 * by hand leaves the day unbooked: LB-7026); `booked_seen_at` is when it was found booked on
 * the accounting year's accounts, after which it is not looked for again. A voucher written
 * before this migration is looked for once and then marked so.
 */
export const migration039DayVoucherBookedSeen: Migration = {
  version: 39,
  name: 'day-voucher-booked-seen',
  up(db) {
    db.exec('ALTER TABLE day_vouchers ADD COLUMN booked_seen_at TEXT');
  },
};
