import type { Dec } from '../../shared/domain/money';
import type { EconomicClient } from '../connectors/economic/client';
import { encodeProductNumber } from '../connectors/economic/encoding';
import { byYearAndNumber, carriesDayTexts, clearingGross, dayVoucherParts, vouchersOfListed, type ListedEntry, type VoucherInEconomic } from '../engine/days/day-voucher-match';
import type { DayVoucherRow } from '../engine/days/day-voucher-store';
import { yearOf } from './payments';

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
    const years = await client.accountingYears();
    const candidates: Candidate[] = [];
    const add = (journalNumber: number | null, vouchers: VoucherInEconomic[]) => {
      for (const { accountingYear, voucherNumber, date, sides } of vouchers) candidates.push({ journalNumber, accountingYear, voucherNumber, date, sides });
    };
    // An entry in the journal whose voucher names no year is in the year that holds its date.
    const yearOfDate = (date: string) => yearOf(years, date)?.year;
    for (const journalNumber of new Set(journals)) {
      add(journalNumber, vouchersOfListed(await client.listAll<ListedEntry>(`/journals/${journalNumber}/entries`, { filter }), yearOfDate));
    }
    for (const year of years.filter((y) => y.fromDate <= range.to && range.from <= y.toDate)) {
      add(null, vouchersOfListed(await client.listAll<ListedEntry>(`/accounting-years/${encodeProductNumber(year.year)}/entries`, { filter }), () => year.year));
    }
    return new VouchersInEconomic(candidates);
  }

  /**
   * Where the day is in e-conomic: first the voucher e-conomic answered — all of its parts, as
   * one, found by their numbers, journal entry numbers, or date, clearing accounts and amounts
   * whatever the accountant made of its texts (see day-voucher-match.ts) — then any other
   * voucher of that date with one of its entry texts as written (the day entered again by
   * hand). More than one is the day written twice. `others`: the other days' vouchers (see
   * dayVoucherParts); `heldByAnotherShop`: vouchers of another shop on the agreement, never this day's.
   */
  of(row: DayVoucherRow, others: DayVoucherRow[], heldByAnotherShop: (journalNumber: number, accountingYear: string, voucherNumber: number) => boolean = () => false): FoundVoucher[] {
    // A voucher booked from the journal no longer names it: it was the day's journal's, if anyone's here.
    const ours = this.candidates.filter((c) => !heldByAnotherShop(c.journalNumber ?? row.journalNumber, c.accountingYear, c.voucherNumber));
    const inJournalOrBooked = (c: Candidate) => c.journalNumber === null || c.journalNumber === row.journalNumber;
    const parts = dayVoucherParts(row, ours.filter(inJournalOrBooked), others);
    const copies = ours
      .filter((c) => !parts.includes(c) && carriesDayTexts(row, c))
      .sort(byYearAndNumber);
    const found = (vouchers: Candidate[]): FoundVoucher => ({ parts: vouchers.map(voucherRef), gross: clearingGross(row, vouchers) });
    return [...(parts.length > 0 ? [found(parts)] : []), ...copies.map((c) => found([c]))];
  }
}

/** A voucher's reference as it leaves the reconciliation (the amount goes into the finding). */
export const voucherRef = ({ journalNumber, accountingYear, voucherNumber }: VoucherRef): VoucherRef => ({ journalNumber, accountingYear, voucherNumber });
