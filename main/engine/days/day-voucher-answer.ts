import { dec, money, type Dec } from '../../../shared/domain/money';
import type { WireDecimal } from '../../connectors/economic/amounts';
import type { FinanceVoucherInput } from '../../connectors/economic/types';

/*
 * What e-conomic answered to a day's finance voucher (POST /journals/{n}/vouchers): an array of
 * vouchers, each keyed `{accountingYear}-{voucherNumber}` — the entries sent under one number
 * may come back split over several, under numbers that are not the one sent (live behaviour
 * quoted in docs/decisions/0005-economic-sandbox-fidelity.md: "answers with an array (entries may
 * be split over several vouchers)"). The answer, not the number sent, says where the day is.
 */

/** One entry of a voucher as e-conomic answered it. */
export interface AnsweredEntry {
  /** The entry's number in the journal (e-conomic sends it though its schema omits it); it stays while the entry is in the journal. */
  journalEntryNumber: number | null;
  account: number | null;
  contraAccount: number | null;
  /** As e-conomic wrote it, in money form ("299.00"). */
  amount: string;
  vatCode: string | null;
  contraVatAmount: string | null;
  text?: string;
  date: string;
}

/** One voucher of e-conomic's answer. */
export interface AnsweredVoucher {
  accountingYear: string;
  voucherNumber: number;
  entries: AnsweredEntry[];
}

interface WireEntry {
  journalEntryNumber?: number;
  account?: { accountNumber?: number };
  contraAccount?: { accountNumber?: number };
  contraVatAccount?: { vatCode?: string };
  amount?: WireDecimal;
  contraVatAmount?: WireDecimal;
  text?: string;
  date?: string;
}

interface WireVoucher {
  voucherNumber?: number;
  accountingYear?: { year?: string };
  entries?: { financeVouchers?: WireEntry[] };
}

const amountOf = (value: WireDecimal | undefined): string | null => (value === undefined || value === null ? null : money(dec(String(value))));

/**
 * The vouchers of e-conomic's answer, in its order; the year sent where a voucher names none.
 * Empty when the answer names no voucher number (then nothing in it says where the day is).
 */
export function answeredVouchers(answer: unknown, sentYear: string): AnsweredVoucher[] {
  const vouchers = (Array.isArray(answer) ? answer : [answer]) as WireVoucher[];
  return vouchers
    .filter((v) => typeof v?.voucherNumber === 'number')
    .map((v) => ({
      accountingYear: v.accountingYear?.year ?? sentYear,
      voucherNumber: v.voucherNumber!,
      entries: (v.entries?.financeVouchers ?? []).map(answeredEntryOf),
    }));
}

/** One entry of e-conomic's wire shape (an answer's, or one as sent: the same fields) as an answered entry. */
function answeredEntryOf(e: WireEntry): AnsweredEntry {
  return {
    journalEntryNumber: typeof e.journalEntryNumber === 'number' ? e.journalEntryNumber : null,
    account: e.account?.accountNumber ?? null,
    contraAccount: e.contraAccount?.accountNumber ?? null,
    amount: amountOf(e.amount) ?? '0.00',
    vatCode: e.contraVatAccount?.vatCode ?? null,
    contraVatAmount: amountOf(e.contraVatAmount),
    ...(e.text !== undefined ? { text: e.text } : {}),
    date: e.date ?? '',
  };
}

/** The entries as sent, read as e-conomic would answer them (no journal entry numbers yet). */
export function entriesAsAnswered(sent: FinanceVoucherInput[]): AnsweredEntry[] {
  return (sent as WireEntry[]).map(answeredEntryOf);
}

/** Where e-conomic's answer puts the voucher: its vouchers, or the voucher sent when it names none. */
export function answeredOrSent(answer: unknown, sent: { accountingYear: string; voucherNumber: number; entries: FinanceVoucherInput[] }): AnsweredVoucher[] {
  const read = answeredVouchers(answer, sent.accountingYear);
  return read.length > 0 ? read : sentAsAnswered(sent);
}

/** The voucher as sent, read as if e-conomic had kept it so (the strict reading: its number, its entries). */
export function sentAsAnswered(sent: { accountingYear: string; voucherNumber: number; entries: FinanceVoucherInput[] }): AnsweredVoucher[] {
  return [{ accountingYear: sent.accountingYear, voucherNumber: sent.voucherNumber, entries: entriesAsAnswered(sent.entries) }];
}

type Sides = Map<string, Dec>;

/**
 * What entries move on each account, as booking the journal puts them on the accounts: the
 * amount on the entry's account, the amount less its VAT off the contra account, the VAT off
 * the VAT code's account (keyed by the code, which names that account).
 */
function sidesOf(entries: Array<Pick<AnsweredEntry, 'account' | 'contraAccount' | 'amount' | 'vatCode' | 'contraVatAmount'>>): Sides {
  const sides: Sides = new Map();
  const add = (key: string, amount: Dec) => sides.set(key, (sides.get(key) ?? dec(0)).plus(amount));
  for (const e of entries) {
    const vat = dec(e.contraVatAmount ?? '0');
    if (e.account !== null) add(`account ${e.account}`, dec(e.amount));
    if (e.contraAccount !== null) add(`account ${e.contraAccount}`, dec(e.amount).minus(vat).neg());
    if (e.vatCode !== null && !vat.isZero()) add(`vatCode ${e.vatCode}`, vat.neg());
  }
  return sides;
}

/**
 * The accounts on which the answer's entries, all vouchers together, do not move what the day's
 * entries as sent move: account numbers, then VAT codes; empty when the answer adds up to the
 * day, whatever its numbers.
 */
export function accountsOff(sent: FinanceVoucherInput[], answered: AnsweredVoucher[]): string[] {
  const want = sidesOf(entriesAsAnswered(sent));
  const got = sidesOf(answered.flatMap((v) => v.entries));
  const keys = new Set([...want.keys(), ...got.keys()]);
  const off = [...keys].filter((k) => !(want.get(k) ?? dec(0)).eq(got.get(k) ?? dec(0)));
  // Accounts by number, then VAT codes, each as e-conomic names it ("1010", "U25").
  return off.sort().map((k) => k.slice(k.indexOf(' ') + 1));
}

/** The sum of the entries' amounts on the given accounts (what the payment methods took in). */
export function amountOn(accounts: Set<number>, entries: Array<Pick<AnsweredEntry, 'account' | 'amount'>>): Dec {
  return entries.filter((e) => e.account !== null && accounts.has(e.account)).reduce((total, e) => total.plus(dec(e.amount)), dec(0));
}

/** e-conomic's key of a voucher: `2026-17`. */
export const voucherKey = (v: Pick<AnsweredVoucher, 'accountingYear' | 'voucherNumber'>): string => `${v.accountingYear}-${v.voucherNumber}`;
