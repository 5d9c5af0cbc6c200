import type { Database } from 'better-sqlite3';

export interface PaymentRow {
  bookedNumber: number;
  orderId: string;
  orderNumber: string;
  customerNumber: number;
  /** Positive amount paid (decimal string). */
  amount: string;
  currency: string;
  /** YYYY-MM-DD, the entry's date in the journal. */
  paymentDate: string;
  text: string;
  journalNumber: number;
  contraAccount: number;
  state: 'queued' | 'posted';
  /** The batch (operation key) the payment was last sent in; null while never sent. */
  voucherKey: string | null;
  queuedAt: string;
  postedAt: string | null;
}

interface Raw {
  booked_number: number;
  order_id: string;
  order_number: string;
  customer_number: number;
  amount: string;
  currency: string;
  payment_date: string;
  text: string;
  journal_number: number;
  contra_account: number;
  state: 'queued' | 'posted';
  voucher_key: string | null;
  queued_at: string;
  posted_at: string | null;
}

function toRow(r: Raw): PaymentRow {
  return {
    bookedNumber: r.booked_number,
    orderId: r.order_id,
    orderNumber: r.order_number,
    customerNumber: r.customer_number,
    amount: r.amount,
    currency: r.currency,
    paymentDate: r.payment_date,
    text: r.text,
    journalNumber: r.journal_number,
    contraAccount: r.contra_account,
    state: r.state,
    voucherKey: r.voucher_key,
    queuedAt: r.queued_at,
    postedAt: r.posted_at,
  };
}

/** The payments table (migration 031): one customer payment per booked invoice. */
export class PaymentsStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Queues a payment; false when this invoice already has one (queued or posted). */
  queue(p: Omit<PaymentRow, 'state' | 'voucherKey' | 'queuedAt' | 'postedAt'>): boolean {
    const info = this.db
      .prepare(
        `INSERT INTO payments (booked_number, order_id, order_number, customer_number, amount, currency, payment_date, text, journal_number, contra_account, state, queued_at)
         VALUES (@bookedNumber, @orderId, @orderNumber, @customerNumber, @amount, @currency, @paymentDate, @text, @journalNumber, @contraAccount, 'queued', @now)
         ON CONFLICT (booked_number) DO NOTHING`,
      )
      .run({ ...p, now: this.now().toISOString() });
    return info.changes > 0;
  }

  get(bookedNumber: number): PaymentRow | null {
    const raw = this.db.prepare('SELECT * FROM payments WHERE booked_number = ?').get(bookedNumber) as Raw | undefined;
    return raw ? toRow(raw) : null;
  }

  queued(): PaymentRow[] {
    return (this.db.prepare(`SELECT * FROM payments WHERE state = 'queued' ORDER BY journal_number, booked_number`).all() as Raw[]).map(toRow);
  }

  all(): PaymentRow[] {
    return (this.db.prepare('SELECT * FROM payments ORDER BY booked_number').all() as Raw[]).map(toRow);
  }

  /** Written before the batch is sent, so a crash leaves the batch's payments recognisable. */
  markSending(bookedNumbers: number[], voucherKey: string): void {
    const stmt = this.db.prepare(`UPDATE payments SET voucher_key = ? WHERE booked_number = ? AND state = 'queued'`);
    this.db.transaction(() => bookedNumbers.forEach((n) => stmt.run(voucherKey, n)))();
  }

  markPosted(bookedNumbers: number[], voucherKey: string | null): void {
    const stmt = this.db.prepare(`UPDATE payments SET state = 'posted', voucher_key = COALESCE(?, voucher_key), posted_at = ? WHERE booked_number = ?`);
    const at = this.now().toISOString();
    this.db.transaction(() => bookedNumbers.forEach((n) => stmt.run(voucherKey, at, n)))();
  }

  /** Back to plain queued: the batch it was in is known not to have reached e-conomic. */
  release(bookedNumbers: number[]): void {
    const stmt = this.db.prepare(`UPDATE payments SET voucher_key = NULL WHERE booked_number = ? AND state = 'queued'`);
    this.db.transaction(() => bookedNumbers.forEach((n) => stmt.run(n)))();
  }
}
