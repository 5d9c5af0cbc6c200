import { dec, money, sum, type Dec } from '../../../shared/domain/money';
import type { DayVoucherRow } from './day-voucher-store';

/*
 * How a day's finance voucher (dayBooking "journal") is recognised in e-conomic, for the crash
 * recovery of book-day-voucher.ts and the reconciliation of moneyflows/day-vouchers-in-economic.ts.
 * Accountants rewrite the entries' texts in the journal before they book it (normal work), so
 * the texts do not identify a voucher: the number LedgerBridge wrote it under, its date and the
 * day's clearing accounts do. Texts only find a voucher under another number: the day's entries
 * entered again by hand.
 */

/** One entry of e-conomic's: in the journal (its own account), or one side of a booked entry on the year's accounts. */
export interface VoucherSide {
  text?: string;
  /** Signed, as e-conomic writes it. */
  amount: string;
  account: number | null;
}

/** What every entry e-conomic lists for a voucher carries, in the journal or on the year's accounts. */
export interface EntryInEconomic {
  text?: string;
  amount: number;
  account?: { accountNumber: number };
}

/** An entry of e-conomic's as a side of its voucher. */
export const sideOf = (e: EntryInEconomic): VoucherSide => ({ text: e.text, amount: String(e.amount), account: e.account?.accountNumber ?? null });

/** A voucher as e-conomic has it: where, when, and its entries (or sides). */
export interface VoucherInEconomic {
  accountingYear: string;
  voucherNumber: number;
  date: string;
  sides: VoucherSide[];
}

const clearingAccounts = (row: DayVoucherRow) => new Set(row.entries.map((e) => e.account.accountNumber));
const dateOf = (row: DayVoucherRow) => row.entries[0]?.date;

/**
 * The voucher LedgerBridge wrote: under its number and year, on the day's date, moving money on
 * one of the day's clearing accounts (so not another voucher that came to use the number). Its
 * texts and amounts may have been changed since; the amounts are compared by the caller.
 */
export function isWrittenVoucher(row: DayVoucherRow, voucher: VoucherInEconomic): boolean {
  if (voucher.voucherNumber !== row.voucherNumber || voucher.accountingYear !== row.accountingYear || voucher.date !== dateOf(row)) return false;
  const clearing = clearingAccounts(row);
  return voucher.sides.some((s) => s.account !== null && clearing.has(s.account));
}

/** A voucher on the day's date carrying one of the day's entry texts as LedgerBridge wrote them (each names the day, its orders and a method). */
export function carriesDayTexts(row: DayVoucherRow, voucher: VoucherInEconomic): boolean {
  const texts = new Set(row.entries.map((e) => e.text));
  return voucher.date === dateOf(row) && voucher.sides.some((s) => s.text !== undefined && texts.has(s.text));
}

/** What the payment methods took in by the voucher: its amounts on the day's clearing accounts. */
export function clearingGross(row: DayVoucherRow, voucher: VoucherInEconomic): Dec {
  const clearing = clearingAccounts(row);
  return sum(voucher.sides.filter((s) => s.account !== null && clearing.has(s.account)).map((s) => dec(s.amount)));
}

/** The voucher has, on the day's clearing accounts, exactly the amounts LedgerBridge sent (in any order). */
export function carriesSentAmounts(row: DayVoucherRow, voucher: VoucherInEconomic): boolean {
  const clearing = clearingAccounts(row);
  const sent = row.entries.map((e) => money(dec(String(e.amount)))).sort();
  const found = voucher.sides.filter((s) => s.account !== null && clearing.has(s.account)).map((s) => money(dec(s.amount))).sort();
  return found.length === sent.length && found.every((a, i) => a === sent[i]);
}
