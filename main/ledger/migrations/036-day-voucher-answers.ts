import type { Migration } from './migration';

/**
 * What e-conomic answered when a day's finance voucher was sent (main/engine/days/
 * book-day-voucher.ts), beside what was sent: POST /journals/{n}/vouchers answers with an array
 * — the entries may be split over several vouchers, and a voucher (keyed `{accountingYear}-
 * {voucherNumber}`) need not keep the number sent. `answered` holds every voucher of the answer
 * with its year, number and entries (journal entry number, accounts, amount, VAT, text, date),
 * as JSON; the attachment, the reconciliation and the crash recovery go by it. Null while the
 * answer is not known (state 'sending'); a row posted before this migration was taken to be the
 * voucher sent, as it then was, and is read so (day-voucher-store.ts).
 */
export const migration036DayVoucherAnswers: Migration = {
  version: 36,
  name: 'day-voucher-answers',
  up(db) {
    db.exec(`ALTER TABLE day_vouchers ADD COLUMN answered TEXT;`);
  },
};
