import { collectionResponse } from '../collection';
import { ok, type Ctx, type Reply } from '../context';
import { notFound } from '../errors';
import { num } from '../json';
import { decodeProductNumber } from '../product-number';
import type { AccountingYear, LedgerEntryRecord } from '../records';
import { yearSegment } from './journals';

/**
 * /accounting-years: the agreement's accounting years (POST /_sandbox/settings sets them; by
 * default calendar years), and the entries booked journals put on the accounts of a year. A year
 * is addressed by its self-link-encoded name (`2026_6_2027` for `2026/2027`).
 */

function yearDoc(base: string, y: AccountingYear) {
  const self = `${base}/accounting-years/${yearSegment(y.year)}`;
  return {
    year: y.year,
    fromDate: y.fromDate,
    toDate: y.toDate,
    ...(y.closed ? { closed: true } : {}),
    entries: `${self}/entries`,
    periods: `${self}/periods`,
    totals: `${self}/totals`,
    vouchers: `${self}/vouchers`,
    self,
  };
}

function yearOf(ctx: Ctx): AccountingYear {
  const year = decodeProductNumber(ctx.params.accountingYear);
  const found = ctx.store.settings.accountingYears.find((y) => y.year === year);
  if (!found) throw notFound('Accounting year', 'Find a list at /accounting-years.');
  return found;
}

export function listAccountingYears(ctx: Ctx): Reply {
  const items = ctx.store.settings.accountingYears.map((y) => yearDoc(ctx.base, y));
  return ok(collectionResponse(items, ctx.query, { schema: 'accounting-years.get', defaultSort: 'fromDate' }, `${ctx.base}/accounting-years`));
}

export const getAccountingYear = (ctx: Ctx): Reply => ok(yearDoc(ctx.base, yearOf(ctx)));

function ledgerDoc(base: string, e: LedgerEntryRecord) {
  return {
    entryNumber: e.entryNumber,
    entryType: e.entryType,
    account: { accountNumber: e.accountNumber, self: `${base}/accounts/${e.accountNumber}` },
    amount: num(e.amount, 2),
    amountInBaseCurrency: num(e.amountInBaseCurrency, 2),
    currency: e.currency,
    date: e.date,
    ...(e.text !== undefined ? { text: e.text } : {}),
    voucherNumber: e.voucherNumber,
    ...(e.customerNumber !== undefined ? { customer: { customerNumber: e.customerNumber, self: `${base}/customers/${e.customerNumber}` } } : {}),
    self: `${base}/accounting-years/${yearSegment(e.accountingYear)}/entries/${e.entryNumber}`,
  };
}

export function listYearEntries(ctx: Ctx): Reply {
  const year = yearOf(ctx);
  const items = ctx.store.ledger.filter((e) => e.accountingYear === year.year).map((e) => ledgerDoc(ctx.base, e));
  return ok(collectionResponse(items, ctx.query, { schema: 'accounting-years.accountingYear.entries.get', defaultSort: 'entryNumber' }, `${ctx.base}/accounting-years/${yearSegment(year.year)}/entries`));
}
