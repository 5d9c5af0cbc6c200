import { dec, money, sum, type Dec } from '../../../shared/domain/money';
import type { AnsweredVoucher } from './day-voucher-answer';
import type { DayVoucherRow } from './day-voucher-store';

/*
 * How a day's finance voucher (dayBooking "journal") is recognised in e-conomic, for the crash
 * recovery of book-day-voucher.ts and the reconciliation of moneyflows/day-vouchers-in-economic.ts.
 *
 * The day is where e-conomic's answer put it: under the numbers it answered (which need not be
 * the one sent; the entries may be split over several vouchers, found as the sum of their parts).
 * Accountants rewrite the entries' texts in the journal before they book it (normal work) and
 * may renumber a voucher there, so neither the texts nor, by itself, a number identifies it:
 *  - under an answered number, on the day's date, moving money on one of the day's clearing
 *    accounts: ours, whatever its texts and amounts now say;
 *  - in the journal, an entry whose journal entry number e-conomic answered: ours, renumbered
 *    or not (the journal keeps an entry's number; it is gone once the journal is booked);
 *  - renumbered and rewritten and booked since: what is left is the date, the clearing accounts
 *    and the amounts; it is ours when exactly one voucher of that date carries exactly the day's
 *    amounts on the day's clearing accounts and no other day's answer names it (two such
 *    vouchers cannot be told apart, and neither is claimed).
 * While the answer is not known (a run died during the call) the day is looked for under the
 * number sent, with its amounts or its texts, and under any number with its texts as written
 * (each names the day, its orders and a method): e-conomic may have kept it under another.
 * Elsewhere texts only find a voucher under another number: the day's entries entered again by hand.
 */

/** One entry of e-conomic's: in the journal (its own account), or one side of a booked entry on the year's accounts. */
export interface VoucherSide {
  text?: string;
  /** Signed, as e-conomic writes it. */
  amount: string;
  account: number | null;
  /** The entry's number in the journal; null on the year's accounts. */
  journalEntryNumber: number | null;
}

/** What every entry e-conomic lists for a voucher carries, in the journal or on the year's accounts. */
export interface EntryInEconomic {
  text?: string;
  amount: number;
  account?: { accountNumber: number };
  /** Only in the journal. */
  journalEntryNumber?: number;
}

/** An entry of e-conomic's as a side of its voucher. */
const sideOf = (e: EntryInEconomic): VoucherSide => ({ text: e.text, amount: String(e.amount), account: e.account?.accountNumber ?? null, journalEntryNumber: e.journalEntryNumber ?? null });

/** An entry as the journal (`/journals/{n}/entries`) or the year's accounts (`/accounting-years/{y}/entries`) list it. */
export interface ListedEntry extends EntryInEconomic {
  date: string;
  /** In the journal. e-conomic's schema does not require the year. */
  voucher?: { voucherNumber: number; accountingYear?: { year: string } };
  /** On the year's accounts (the year is the one read). */
  voucherNumber?: number;
}

/**
 * Listed entries grouped into the vouchers they belong to — a voucher is its accounting year,
 * number and date — each with its entries as listed. An entry's year is the one its voucher
 * names, else `yearOfDate(date)`: the accounting year that holds the entry's date (a voucher's
 * entries lie in its year). An entry with no number, or a date in no year, belongs to none.
 */
export function vouchersOfListed(entries: ListedEntry[], yearOfDate: (date: string) => string | undefined): Array<VoucherInEconomic & { listed: ListedEntry[] }> {
  const byKey = new Map<string, VoucherInEconomic & { listed: ListedEntry[] }>();
  for (const e of entries) {
    const voucherNumber = e.voucher?.voucherNumber ?? e.voucherNumber;
    const accountingYear = e.voucher?.accountingYear?.year ?? yearOfDate(e.date);
    if (voucherNumber === undefined || accountingYear === undefined) continue;
    const key = `${accountingYear}|${voucherNumber}|${e.date}`;
    const voucher = byKey.get(key) ?? { accountingYear, voucherNumber, date: e.date, sides: [], listed: [] };
    voucher.sides.push(sideOf(e));
    voucher.listed.push(e);
    byKey.set(key, voucher);
  }
  return [...byKey.values()];
}

/** A voucher as e-conomic has it: where, when, and its entries (or sides). */
export interface VoucherInEconomic {
  accountingYear: string;
  voucherNumber: number;
  date: string;
  sides: VoucherSide[];
}

const clearingAccounts = (row: DayVoucherRow) => new Set(row.entries.map((e) => e.account.accountNumber));
const dateOf = (row: DayVoucherRow) => row.entries[0]?.date;
const onClearing = (row: DayVoucherRow, voucher: VoucherInEconomic) => {
  const clearing = clearingAccounts(row);
  return voucher.sides.filter((s) => s.account !== null && clearing.has(s.account));
};

/** On the day's date, moving money on one of the day's clearing accounts. */
function onTheDay(row: DayVoucherRow, voucher: VoucherInEconomic): boolean {
  return voucher.date === dateOf(row) && onClearing(row, voucher).length > 0;
}

const under = (voucher: VoucherInEconomic, at: Pick<AnsweredVoucher, 'accountingYear' | 'voucherNumber'>) => voucher.voucherNumber === at.voucherNumber && voucher.accountingYear === at.accountingYear;

/** Under one of the numbers e-conomic answered, on the day's date and clearing accounts. Its texts and amounts may have been changed since. */
export function isAnsweredVoucher(row: DayVoucherRow, voucher: VoucherInEconomic): boolean {
  return (row.answered ?? []).some((a) => under(voucher, a)) && onTheDay(row, voucher);
}

/** In the journal, holding an entry e-conomic answered (by its journal entry number): the voucher renumbered there. */
export function holdsAnsweredEntry(row: DayVoucherRow, voucher: VoucherInEconomic): boolean {
  const numbers = new Set((row.answered ?? []).flatMap((a) => a.entries.map((e) => e.journalEntryNumber)).filter((n): n is number => n !== null));
  return onTheDay(row, voucher) && voucher.sides.some((s) => s.journalEntryNumber !== null && numbers.has(s.journalEntryNumber));
}

/** A voucher on the day's date carrying one of the day's entry texts as LedgerBridge wrote them (each names the day, its orders and a method). */
export function carriesDayTexts(row: DayVoucherRow, voucher: VoucherInEconomic): boolean {
  const texts = new Set(row.entries.map((e) => e.text));
  return voucher.date === dateOf(row) && voucher.sides.some((s) => s.text !== undefined && texts.has(s.text));
}

/** What the payment methods took in by the vouchers: their amounts on the day's clearing accounts. */
export function clearingGross(row: DayVoucherRow, vouchers: VoucherInEconomic[]): Dec {
  return sum(vouchers.flatMap((v) => onClearing(row, v)).map((s) => dec(s.amount)));
}

/** The day's amounts on its clearing accounts: as e-conomic answered them, else as sent. */
function dayAmounts(row: DayVoucherRow): string[] {
  const clearing = clearingAccounts(row);
  const amounts = row.answered ? row.answered.flatMap((a) => a.entries.filter((e) => e.account !== null && clearing.has(e.account)).map((e) => e.amount)) : row.entries.map((e) => String(e.amount));
  return amounts.map((a) => money(dec(a))).sort();
}

/** The vouchers together have, on the day's clearing accounts, exactly the day's amounts (in any order). */
export function carriesDayAmounts(row: DayVoucherRow, vouchers: VoucherInEconomic[]): boolean {
  const want = dayAmounts(row);
  const found = vouchers.flatMap((v) => onClearing(row, v)).map((s) => money(dec(s.amount))).sort();
  return found.length === want.length && found.every((a, i) => a === want[i]);
}

/** Vouchers by accounting year, then number: the order a day's parts and its copies are listed in. */
export const byYearAndNumber = (a: VoucherInEconomic, b: VoucherInEconomic): number => a.accountingYear.localeCompare(b.accountingYear) || a.voucherNumber - b.voucherNumber;

/**
 * The day's voucher among e-conomic's vouchers: its parts (one, or several when e-conomic split
 * it), by year and number, or none when it is not there. See the rules at the top of this file.
 * `others`: the other days' vouchers of the date, whose own vouchers are not taken for this one's
 * by their amounts.
 */
export function dayVoucherParts<V extends VoucherInEconomic>(row: DayVoucherRow, vouchers: V[], others: DayVoucherRow[] = []): V[] {
  const onDay = vouchers.filter((v) => onTheDay(row, v)).sort(byYearAndNumber);
  if (row.answered) {
    const answered = onDay.filter((v) => isAnsweredVoucher(row, v) || holdsAnsweredEntry(row, v));
    if (answered.length > 0) return answered;
  } else {
    const parts = onDay.filter((v) => under(v, row) || carriesDayTexts(row, v));
    if (parts.length > 0 && (carriesDayAmounts(row, parts) || parts.some((v) => carriesDayTexts(row, v)))) return parts;
  }
  // Another day's voucher (named by its answer) is never this day's, whatever its amounts.
  const claimed = (v: V) => others.some((o) => o.dayId !== row.dayId && (isAnsweredVoucher(o, v) || holdsAnsweredEntry(o, v)));
  const byAmounts = onDay.filter((v) => carriesDayAmounts(row, [v]) && !claimed(v));
  return byAmounts.length === 1 ? byAmounts : [];
}
