import type { Database } from 'better-sqlite3';
import type { FinanceVoucherInput } from '../../connectors/economic/types';
import { sentAsAnswered, type AnsweredVoucher } from './day-voucher-answer';

/** A day's finance voucher (migrations 033, 036): what was sent, what e-conomic answered, how far it got. */
export interface DayVoucherRow {
  dayId: number;
  profile: string;
  journalNumber: number;
  accountingYear: string;
  voucherNumber: number;
  /** The operation the voucher was sent under. */
  voucherKey: string;
  /** The entries as sent: recovery compares e-conomic's with them. */
  entries: FinanceVoucherInput[];
  /**
   * The vouchers e-conomic answered (one or more; their numbers need not be the one sent): where
   * the day is. Null while not known ('sending'); a row posted before migration 036 reads as the
   * voucher sent.
   */
  answered: AnsweredVoucher[] | null;
  state: 'sending' | 'posted' | 'attached';
  /** The operation the order list was last sent under; null while never sent. */
  attachmentKey: string | null;
  createdAt: string;
  postedAt: string | null;
  attachedAt: string | null;
  /** When the voucher was found booked on the year's accounts (migration 039); null while it waits in the journal. */
  bookedSeenAt: string | null;
}

interface Raw {
  day_id: number;
  profile: string;
  journal_number: number;
  accounting_year: string;
  voucher_number: number;
  voucher_key: string;
  entries: string;
  answered: string | null;
  state: DayVoucherRow['state'];
  attachment_key: string | null;
  created_at: string;
  posted_at: string | null;
  attached_at: string | null;
  booked_seen_at: string | null;
}

/** The voucher a day is named by: the first e-conomic answered (split days: its first part), or the one sent while no answer is known. */
export function firstVoucher(row: Pick<DayVoucherRow, 'answered' | 'accountingYear' | 'voucherNumber'>): { accountingYear: string; voucherNumber: number } {
  const { accountingYear, voucherNumber } = row.answered?.[0] ?? row;
  return { accountingYear, voucherNumber };
}

function answeredOf(r: Raw, entries: FinanceVoucherInput[]): AnsweredVoucher[] | null {
  if (r.answered !== null) return JSON.parse(r.answered) as AnsweredVoucher[];
  return r.state === 'sending' ? null : sentAsAnswered({ accountingYear: r.accounting_year, voucherNumber: r.voucher_number, entries });
}

const toRow = (r: Raw): DayVoucherRow => ({
  dayId: r.day_id,
  profile: r.profile,
  journalNumber: r.journal_number,
  accountingYear: r.accounting_year,
  voucherNumber: r.voucher_number,
  voucherKey: r.voucher_key,
  entries: JSON.parse(r.entries) as FinanceVoucherInput[],
  answered: answeredOf(r, JSON.parse(r.entries) as FinanceVoucherInput[]),
  state: r.state,
  attachmentKey: r.attachment_key,
  createdAt: r.created_at,
  postedAt: r.posted_at,
  attachedAt: r.attached_at,
  bookedSeenAt: r.booked_seen_at,
});

/** The day_vouchers table: one voucher per day, ever. */
export class DayVoucherStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(dayId: number): DayVoucherRow | null {
    const raw = this.db.prepare('SELECT * FROM day_vouchers WHERE day_id = ?').get(dayId) as Raw | undefined;
    return raw ? toRow(raw) : null;
  }

  /** The vouchers of the profile's other days of the same date (other currencies, zones): theirs are not this day's. */
  othersOnDate(row: Pick<DayVoucherRow, 'dayId' | 'profile'>): DayVoucherRow[] {
    const raws = this.db
      .prepare(`SELECT v.* FROM day_vouchers v JOIN day_summaries d ON d.id = v.day_id WHERE d.profile = ? AND d.day = (SELECT day FROM day_summaries WHERE id = ?) AND v.day_id <> ?`)
      .all(row.profile, row.dayId, row.dayId) as Raw[];
    return raws.map(toRow);
  }

  /** Where e-conomic holds the profile's days: every voucher answered (or found) for a day; a row from before migration 036, the voucher sent. */
  vouchersHeld(): Array<{ journalNumber: number; accountingYear: string; voucherNumber: number }> {
    const raws = this.db.prepare(`SELECT journal_number, accounting_year, voucher_number, answered FROM day_vouchers WHERE state <> 'sending'`).all() as Array<Pick<Raw, 'journal_number' | 'accounting_year' | 'voucher_number' | 'answered'>>;
    return raws.flatMap((r) => {
      const held = r.answered === null ? [{ accountingYear: r.accounting_year, voucherNumber: r.voucher_number }] : (JSON.parse(r.answered) as AnsweredVoucher[]);
      return held.map(({ accountingYear, voucherNumber }) => ({ journalNumber: r.journal_number, accountingYear, voucherNumber }));
    });
  }

  /** The numbers of the vouchers sent by a run that died before it learned the outcome. */
  numbersInDoubt(): Array<{ journalNumber: number; voucherNumber: number }> {
    return this.db.prepare(`SELECT journal_number AS journalNumber, voucher_number AS voucherNumber FROM day_vouchers WHERE state = 'sending'`).all() as Array<{ journalNumber: number; voucherNumber: number }>;
  }

  /** Written before the voucher is sent, so a crash leaves it recognisable by its number and entries. */
  sending(row: Pick<DayVoucherRow, 'dayId' | 'profile' | 'journalNumber' | 'accountingYear' | 'voucherNumber' | 'voucherKey' | 'entries'>): DayVoucherRow {
    this.db
      .prepare(
        `INSERT INTO day_vouchers (day_id, profile, journal_number, accounting_year, voucher_number, voucher_key, entries, state, created_at)
         VALUES (@dayId, @profile, @journalNumber, @accountingYear, @voucherNumber, @voucherKey, @entries, 'sending', @now)`,
      )
      .run({ ...row, entries: JSON.stringify(row.entries), now: this.now().toISOString() });
    return this.get(row.dayId)!;
  }

  /** e-conomic has the voucher, as `answered` says (its answer, or what was found there after a crash). */
  posted(dayId: number, answered: AnsweredVoucher[]): void {
    this.db.prepare(`UPDATE day_vouchers SET state = 'posted', answered = ?, posted_at = ? WHERE day_id = ? AND state = 'sending'`).run(JSON.stringify(answered), this.now().toISOString(), dayId);
  }

  /** The voucher it was sent as is known not to be in e-conomic: forgotten, to be sent again. */
  release(dayId: number): void {
    this.db.prepare(`DELETE FROM day_vouchers WHERE day_id = ? AND state = 'sending'`).run(dayId);
  }

  /** Written before the order list is sent (to each voucher answered, in turn). */
  attaching(dayId: number, attachmentKey: string): void {
    this.db.prepare('UPDATE day_vouchers SET attachment_key = ? WHERE day_id = ?').run(attachmentKey, dayId);
  }

  /** The profile's booked days whose voucher waits in the journal for the accountant (not yet found booked). */
  waitingInJournal(profile: string): DayVoucherRow[] {
    const raws = this.db
      .prepare(`SELECT v.* FROM day_vouchers v JOIN day_summaries d ON d.id = v.day_id WHERE d.profile = ? AND d.state = 'done' AND v.state = 'attached' AND v.booked_seen_at IS NULL ORDER BY d.day, v.day_id`)
      .all(profile) as Raw[];
    return raws.map(toRow);
  }

  /** The accountant booked the voucher: it is on the year's accounts and is not looked for again. */
  bookedSeen(dayId: number): void {
    this.db.prepare('UPDATE day_vouchers SET booked_seen_at = ? WHERE day_id = ? AND booked_seen_at IS NULL').run(this.now().toISOString(), dayId);
  }

  /** The voucher was deleted from the journal by hand and the day is written again: forgotten, so a new one is sent. */
  forgetDeleted(dayId: number): void {
    this.db.prepare(`DELETE FROM day_vouchers WHERE day_id = ? AND state = 'attached' AND booked_seen_at IS NULL`).run(dayId);
  }

  attached(dayId: number): void {
    this.db.prepare(`UPDATE day_vouchers SET state = 'attached', attached_at = ? WHERE day_id = ?`).run(this.now().toISOString(), dayId);
  }
}
