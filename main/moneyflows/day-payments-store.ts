import type { Database } from 'better-sqlite3';

/** One payment method's money on a day: an entry of the day's payment voucher. */
export interface DayPaymentLine {
  /** The shop's payment method id. */
  method: string;
  /** Signed: what the customers paid with the method on the day, minus what was paid back with it. */
  amount: string;
  /** The method's clearing account, the entry's contra account. */
  contraAccount: number;
  /** The entry's text; unique on the agreement, so recovery finds the entry by it. */
  text: string;
}

export interface DayPaymentRow {
  dayId: number;
  journalNumber: number;
  profile: string;
  /** The shop-local date, YYYY-MM-DD: the entries' date. */
  day: string;
  /** The day invoice the payments settle. */
  bookedNumber: number;
  customerNumber: number;
  currency: string;
  lines: DayPaymentLine[];
  state: 'queued' | 'posted';
  /** The operation the voucher was last sent under; null while never sent. */
  voucherKey: string | null;
  /** The voucher number it was sent with (every entry carries it, so they form one voucher). */
  voucherNumber: number | null;
  queuedAt: string;
  postedAt: string | null;
}

interface Raw {
  day_id: number;
  journal_number: number;
  profile: string;
  day: string;
  booked_number: number;
  customer_number: number;
  currency: string;
  lines: string;
  state: 'queued' | 'posted';
  voucher_key: string | null;
  voucher_number: number | null;
  queued_at: string;
  posted_at: string | null;
}

const toRow = (r: Raw): DayPaymentRow => ({
  dayId: r.day_id,
  journalNumber: r.journal_number,
  profile: r.profile,
  day: r.day,
  bookedNumber: r.booked_number,
  customerNumber: r.customer_number,
  currency: r.currency,
  lines: JSON.parse(r.lines) as DayPaymentLine[],
  state: r.state,
  voucherKey: r.voucher_key,
  voucherNumber: r.voucher_number,
  queuedAt: r.queued_at,
  postedAt: r.posted_at,
});

/** The day_payments table (migration 032): one voucher per booked day and journal. */
export class DayPaymentsStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Queues a day's voucher; false when the day already has one in this journal (queued or posted). */
  queue(p: Omit<DayPaymentRow, 'state' | 'voucherKey' | 'voucherNumber' | 'queuedAt' | 'postedAt'>): boolean {
    const info = this.db
      .prepare(
        `INSERT INTO day_payments (day_id, journal_number, profile, day, booked_number, customer_number, currency, lines, state, queued_at)
         VALUES (@dayId, @journalNumber, @profile, @day, @bookedNumber, @customerNumber, @currency, @lines, 'queued', @now)
         ON CONFLICT (day_id, journal_number) DO NOTHING`,
      )
      .run({ ...p, lines: JSON.stringify(p.lines), now: this.now().toISOString() });
    return info.changes > 0;
  }

  forDay(dayId: number): DayPaymentRow[] {
    return (this.db.prepare('SELECT * FROM day_payments WHERE day_id = ? ORDER BY journal_number').all(dayId) as Raw[]).map(toRow);
  }

  queued(profile: string): DayPaymentRow[] {
    return (this.db.prepare(`SELECT * FROM day_payments WHERE state = 'queued' AND profile = ? ORDER BY day, journal_number`).all(profile) as Raw[]).map(toRow);
  }

  /** The numbers of the vouchers sent by a run that died before it learned the outcome. */
  numbersInDoubt(): Array<{ journalNumber: number; voucherNumber: number }> {
    return this.db
      .prepare(`SELECT journal_number AS journalNumber, voucher_number AS voucherNumber FROM day_payments WHERE state = 'queued' AND voucher_number IS NOT NULL`)
      .all() as Array<{ journalNumber: number; voucherNumber: number }>;
  }

  /** Written before the voucher is sent, so a crash leaves it recognisable by its number. */
  markSending(row: Pick<DayPaymentRow, 'dayId' | 'journalNumber'>, voucherKey: string, voucherNumber: number): void {
    this.db.prepare(`UPDATE day_payments SET voucher_key = ?, voucher_number = ? WHERE day_id = ? AND journal_number = ? AND state = 'queued'`).run(voucherKey, voucherNumber, row.dayId, row.journalNumber);
  }

  markPosted(row: Pick<DayPaymentRow, 'dayId' | 'journalNumber'>): void {
    this.db.prepare(`UPDATE day_payments SET state = 'posted', posted_at = ? WHERE day_id = ? AND journal_number = ?`).run(this.now().toISOString(), row.dayId, row.journalNumber);
  }

  /** Back to plain queued: the voucher it was sent as is known not to be in e-conomic. */
  release(row: Pick<DayPaymentRow, 'dayId' | 'journalNumber'>): void {
    this.db.prepare(`UPDATE day_payments SET voucher_key = NULL, voucher_number = NULL WHERE day_id = ? AND journal_number = ? AND state = 'queued'`).run(row.dayId, row.journalNumber);
  }
}
