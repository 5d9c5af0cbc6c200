import type { Dec } from '../../shared/domain/money';
import type { EconomicClient } from '../connectors/economic/client';
import { encodeProductNumber } from '../connectors/economic/encoding';
import { byYearAndNumber, carriesDayTexts, clearingGross, dayVoucherParts, sideOf, type EntryInEconomic, type VoucherInEconomic } from '../engine/days/day-voucher-match';
import type { DayVoucherRow } from '../engine/days/day-voucher-store';

/**
 * Where a day's finance voucher (dayBooking "journal") is in e-conomic. `journalNumber` is the
 * journal it waits in for the accountant; null once the accountant has booked the journal and
 * the voucher's entries are on the accounting year's accounts (which do not name the journal).
 * e-conomic's voucher key is `{accountingYear}-{voucherNumber}`.
 */
export interface VoucherRef {
  journalNumber: number | null;
  accountingYear: string;
  voucherNumber: number;
}

/**
 * The day once in e-conomic, as the reconciliation compares it with the day: its voucher, or
 * the vouchers e-conomic split it over (one writing, counted once).
 */
export interface FoundVoucher {
  parts: VoucherRef[];
  /** What the payment methods took in: the parts' amounts on the day's clearing accounts, together. */
  gross: Dec;
}

interface JournalEntry extends EntryInEconomic {
  date: string;
  voucher?: { voucherNumber: number; accountingYear?: { year: string } };
}

interface YearEntry extends EntryInEconomic {
  date: string;
  voucherNumber: number;
}

type Candidate = VoucherRef & VoucherInEconomic;

/**
 * The vouchers of a date range in e-conomic, read once: every entry still in the journals the
 * days were written to (`/journals/{n}/entries`), and every entry on the accounts of the
 * accounting years the range touches (`/accounting-years/{y}/entries`), where a voucher goes
 * when the accountant books the journal — one side per account (clearing, sales, VAT).
 */
export class VouchersInEconomic {
  private constructor(private readonly candidates: Candidate[]) {}

  static async read(client: EconomicClient, range: { from: string; to: string }, journals: number[]): Promise<VouchersInEconomic> {
    const filter = `date$gte:${range.from}$and:date$lte:${range.to}`;
    const byKey = new Map<string, Candidate>();
    const candidate = (journalNumber: number | null, accountingYear: string, voucherNumber: number, date: string): Candidate => {
      const key = `${journalNumber ?? 'booked'}|${accountingYear}|${voucherNumber}|${date}`;
      let found = byKey.get(key);
      if (!found) byKey.set(key, (found = { journalNumber, accountingYear, voucherNumber, date, sides: [] }));
      return found;
    };
    for (const journalNumber of new Set(journals)) {
      for (const e of await client.listAll<JournalEntry>(`/journals/${journalNumber}/entries`, { filter })) {
        if (!e.voucher?.accountingYear) continue;
        candidate(journalNumber, e.voucher.accountingYear.year, e.voucher.voucherNumber, e.date).sides.push(sideOf(e));
      }
    }
    const years = (await client.accountingYears()).filter((y) => y.fromDate <= range.to && range.from <= y.toDate);
    for (const year of years) {
      for (const e of await client.listAll<YearEntry>(`/accounting-years/${encodeProductNumber(year.year)}/entries`, { filter })) {
        candidate(null, year.year, e.voucherNumber, e.date).sides.push(sideOf(e));
      }
    }
    return new VouchersInEconomic([...byKey.values()]);
  }

  /**
   * Where the day is in e-conomic: first the voucher e-conomic answered — all of its parts, as
   * one, found by their numbers, journal entry numbers, or date, clearing accounts and amounts
   * whatever the accountant made of its texts (see day-voucher-match.ts) — then any other
   * voucher of that date with one of its entry texts as written (the day entered again by
   * hand). More than one is the day written twice. `others`: the other days' vouchers (see dayVoucherParts).
   */
  of(row: DayVoucherRow, others: DayVoucherRow[]): FoundVoucher[] {
    const inJournalOrBooked = (c: Candidate) => c.journalNumber === null || c.journalNumber === row.journalNumber;
    const parts = dayVoucherParts(row, this.candidates.filter(inJournalOrBooked), others);
    const copies = this.candidates
      .filter((c) => !parts.includes(c) && carriesDayTexts(row, c))
      .sort(byYearAndNumber);
    const found = (vouchers: Candidate[]): FoundVoucher => ({ parts: vouchers.map(voucherRef), gross: clearingGross(row, vouchers) });
    return [...(parts.length > 0 ? [found(parts)] : []), ...copies.map((c) => found([c]))];
  }
}

/** A voucher's reference as it leaves the reconciliation (the amount goes into the finding). */
export const voucherRef = ({ journalNumber, accountingYear, voucherNumber }: VoucherRef): VoucherRef => ({ journalNumber, accountingYear, voucherNumber });
