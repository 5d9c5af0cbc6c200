import type { Database } from 'better-sqlite3';
import type { CreditNoteBasis } from './credit-note-plan';

/**
 * - drafted: the credit note exists as a draft in e-conomic (booking is next);
 * - held: left as a draft for the owner (posting gates or a rule);
 * - booked: booked in e-conomic;
 * - needs-attention: no credit note could be made or its total did not match; see reason_code.
 */
export type CreditNoteState = 'drafted' | 'held' | 'booked' | 'needs-attention';

export interface CreditNoteRow {
  orderId: string;
  refundId: string;
  invoiceNumber: number;
  draftNumber: number | null;
  bookedNumber: number | null;
  state: CreditNoteState;
  reasonCode: string | null;
  /** Positive gross amount refunded (the credit note's gross is minus this). */
  amount: string;
  currency: string;
  basis: CreditNoteBasis;
  createdAt: string;
  updatedAt: string;
}

interface Raw {
  order_id: string;
  refund_id: string;
  invoice_number: number;
  draft_number: number | null;
  booked_number: number | null;
  state: CreditNoteState;
  reason_code: string | null;
  amount: string;
  currency: string;
  basis: CreditNoteBasis;
  created_at: string;
  updated_at: string;
}

function toRow(r: Raw): CreditNoteRow {
  return {
    orderId: r.order_id,
    refundId: r.refund_id,
    invoiceNumber: r.invoice_number,
    draftNumber: r.draft_number,
    bookedNumber: r.booked_number,
    state: r.state,
    reasonCode: r.reason_code,
    amount: r.amount,
    currency: r.currency,
    basis: r.basis,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The credit_notes table (migration 030): one row per refund of a booked order. */
export class CreditNotesStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(orderId: string, refundId: string): CreditNoteRow | null {
    const raw = this.db.prepare('SELECT * FROM credit_notes WHERE order_id = ? AND refund_id = ?').get(orderId, refundId) as Raw | undefined;
    return raw ? toRow(raw) : null;
  }

  forOrder(orderId: string): CreditNoteRow[] {
    return (this.db.prepare('SELECT * FROM credit_notes WHERE order_id = ? ORDER BY created_at, refund_id').all(orderId) as Raw[]).map(toRow);
  }

  /** Credit notes that wait for the owner with this problem (needs-attention, `reasonCode`). */
  waitingWith(reasonCode: string): CreditNoteRow[] {
    return (this.db.prepare(`SELECT * FROM credit_notes WHERE state = 'needs-attention' AND reason_code = ? ORDER BY created_at, order_id, refund_id`).all(reasonCode) as Raw[]).map(toRow);
  }

  all(): CreditNoteRow[] {
    return (this.db.prepare('SELECT * FROM credit_notes ORDER BY created_at, order_id, refund_id').all() as Raw[]).map(toRow);
  }

  /** Inserts or moves the row for one refund; fields left out keep their value. */
  save(row: Pick<CreditNoteRow, 'orderId' | 'refundId' | 'invoiceNumber' | 'state' | 'amount' | 'currency' | 'basis'> & Partial<Pick<CreditNoteRow, 'draftNumber' | 'bookedNumber' | 'reasonCode'>>): CreditNoteRow {
    const now = this.now().toISOString();
    const before = this.get(row.orderId, row.refundId);
    this.db
      .prepare(
        `INSERT INTO credit_notes (order_id, refund_id, invoice_number, draft_number, booked_number, state, reason_code, amount, currency, basis, created_at, updated_at)
         VALUES (@orderId, @refundId, @invoiceNumber, @draftNumber, @bookedNumber, @state, @reasonCode, @amount, @currency, @basis, @now, @now)
         ON CONFLICT (order_id, refund_id) DO UPDATE SET invoice_number = excluded.invoice_number, draft_number = excluded.draft_number,
           booked_number = excluded.booked_number, state = excluded.state, reason_code = excluded.reason_code, amount = excluded.amount,
           currency = excluded.currency, basis = excluded.basis, updated_at = excluded.updated_at`,
      )
      .run({
        ...row,
        draftNumber: row.draftNumber !== undefined ? row.draftNumber : (before?.draftNumber ?? null),
        bookedNumber: row.bookedNumber !== undefined ? row.bookedNumber : (before?.bookedNumber ?? null),
        reasonCode: row.reasonCode !== undefined ? row.reasonCode : null,
        now,
      });
    return this.get(row.orderId, row.refundId)!;
  }
}

/** The credit notes of one order, for the order view (app, CLI). */
export function creditNotesForOrder(db: Database, orderId: string): CreditNoteRow[] {
  return new CreditNotesStore(db).forOrder(orderId);
}
