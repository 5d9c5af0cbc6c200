import { dec } from '../../../../shared/domain/money';
import { collectionResponse } from '../collection';
import { created, ok, type Ctx, type Reply } from '../context';
import { notFound, Validation } from '../errors';
import { num } from '../json';
import type { EntryRecord, Json, VoucherRecord } from '../records';
import { ACCOUNTS, CURRENCIES, JOURNALS } from '../seed';
import { date, decimal, int, isObj, missingRef, refId, requireObjectBody, str, type Obj } from '../validation/common';

/**
 * POST /journals/:n/vouchers (restdocs "Journals", TT-jr). Entries are stored as journal entries;
 * a customerPayment with `customerInvoice` settles that booked invoice immediately (how a journal
 * is booked through the API is not documented, see README).
 *
 * Sign convention: `amount` is the debit (+) or credit (−) of the entry's own account — for a
 * customerPayment the customer. A payment received credits the customer, so it is NEGATIVE and
 * lowers the invoice's remainder by |amount|; a positive amount (a repayment to the customer)
 * raises it. The restdocs example posts +100 with no customerInvoice; it is accepted and settles
 * nothing.
 */

const ENTRY_TYPES: Record<string, string> = {
  customerPayments: 'customerPayment',
  financeVouchers: 'financeVoucher',
  manualCustomerInvoices: 'manualCustomerInvoice',
  supplierInvoices: 'supplierInvoice',
  supplierPayments: 'supplierPayment',
};

function journalOf(ctx: Ctx) {
  const j = JOURNALS.find((x) => String(x.journalNumber) === ctx.params.journalNumber);
  if (!j) throw notFound('Journal', 'Find a list at /journals.');
  return j;
}

function entryDoc(ctx: Ctx, e: EntryRecord) {
  const base = ctx.base;
  return {
    ...e.fields,
    entryNumber: e.entryNumber,
    entryType: e.entryType,
    amount: num(e.amount, 2),
    date: e.date,
    currency: { code: e.currency, self: `${base}/currencies/${e.currency}` },
    voucher: { voucherNumber: e.voucherNumber, accountingYear: { year: e.accountingYear }, self: `${base}/journals/${e.journalNumber}/vouchers/${e.accountingYear}-${e.voucherNumber}` },
    journal: { journalNumber: e.journalNumber, self: `${base}/journals/${e.journalNumber}` },
    self: `${base}/journals/${e.journalNumber}/entries/${e.entryNumber}`,
  };
}

function voucherDoc(ctx: Ctx, v: VoucherRecord) {
  const entries: Record<string, unknown[]> = {};
  for (const n of v.entryNumbers) {
    const e = ctx.store.entries.find((x) => x.entryNumber === n)!;
    const listName = Object.keys(ENTRY_TYPES).find((k) => ENTRY_TYPES[k] === e.entryType)!;
    (entries[listName] ??= []).push(entryDoc(ctx, e));
  }
  return {
    voucherNumber: v.voucherNumber,
    accountingYear: { year: v.accountingYear, self: `${ctx.base}/accounting-years/${v.accountingYear}` },
    journal: { journalNumber: v.journalNumber, self: `${ctx.base}/journals/${v.journalNumber}` },
    entries,
    self: `${ctx.base}/journals/${v.journalNumber}/vouchers/${v.accountingYear}-${v.voucherNumber}`,
  };
}

interface PendingEntry { list: string; index: number; e: Obj; amount: string; date: string; currency: string; voucherNumber?: number; customerNumber?: number; customerInvoice?: number }

export function postVouchers(ctx: Ctx): Reply {
  const journal = journalOf(ctx);
  const b = requireObjectBody(ctx.body);
  const v = new Validation();
  let year: string | undefined;
  if (!isObj(b.accountingYear)) v.add(['accountingYear'], 'E04300', 'Property accountingYear is required.');
  else {
    year = str(v, b.accountingYear, 'year', ['accountingYear'], { required: true, max: 9 });
    if (year !== undefined && !/^\d{4}(\/\d{4})?$/.test(year)) v.add(['accountingYear', 'year'], 'E04300', 'accountingYear.year must look like 2024 or 2023/2024.', year);
  }
  if (!isObj(b.entries)) v.add(['entries'], 'E04300', 'Property entries is required.');
  const pending: PendingEntry[] = [];
  const entries = isObj(b.entries) ? b.entries : {};
  for (const [list, raw] of Object.entries(entries)) {
    if (!(list in ENTRY_TYPES)) {
      v.add(['entries', list], 'E04300', `Unknown entry list '${list}'.`);
      continue;
    }
    if (!Array.isArray(raw)) {
      v.add(['entries', list], 'E04300', `${list} must be an array.`);
      continue;
    }
    if (journal.entryTypeRestrictedTo && raw.length && ENTRY_TYPES[list] !== journal.entryTypeRestrictedTo) {
      v.add(['entries', list], 'E04300', `Journal ${journal.journalNumber} only accepts ${journal.entryTypeRestrictedTo} entries.`);
      continue;
    }
    raw.forEach((item, index) => {
      const p = ['entries', list, index];
      const e = isObj(item) ? item : {};
      const amount = decimal(v, e, 'amount', p, { required: true, maxDecimals: 2 });
      const entryDate = date(v, e, 'date', p, true);
      if (entryDate && year && !year.split('/').some((y) => entryDate.startsWith(y))) {
        v.add([...p, 'date'], 'E04300', `The date ${entryDate} is outside accounting year ${year}.`, entryDate);
      }
      str(v, e, 'text', p, { max: 250 });
      let currency = ctx.options.baseCurrency;
      if (e.currency !== undefined) {
        const code = refId<string>(v, e, 'currency', p, 'code', 'string', { resourcePath: 'currencies' });
        if (code !== undefined && !CURRENCIES.some((c) => c.code === code)) missingRef(v, [...p, 'currency'], 'currency', code, 'currencies');
        else if (code) currency = code;
      }
      for (const key of ['account', 'contraAccount'] as const) {
        const n = refId<number>(v, e, key, p, 'accountNumber', 'int', { resourcePath: 'accounts' });
        if (n !== undefined && !ACCOUNTS.some((a) => a.accountNumber === n)) missingRef(v, [...p, key], key, n, 'accounts');
      }
      let customerNumber: number | undefined;
      if (list === 'customerPayments' || list === 'manualCustomerInvoices') {
        customerNumber = refId<number>(v, e, 'customer', p, 'customerNumber', 'int', { resourcePath: 'customers' });
        if (customerNumber !== undefined && !ctx.store.customers.has(customerNumber)) missingRef(v, [...p, 'customer'], 'customer', customerNumber, 'customers');
        if (e.customer === undefined && e.contraAccount === undefined) v.add([...p, 'customer'], 'E04300', "Either 'customer' or 'contraAccount' is required.");
      }
      let customerInvoice: number | undefined;
      if (list === 'customerPayments' && e.customerInvoice !== undefined) {
        customerInvoice = int(v, e, 'customerInvoice', p);
        const inv = customerInvoice !== undefined ? ctx.store.booked.get(customerInvoice) : undefined;
        if (customerInvoice !== undefined && !inv) missingRef(v, [...p, 'customerInvoice'], 'customerInvoice', customerInvoice, 'invoices/booked');
        if (inv && customerNumber !== undefined && inv.customerNumber !== customerNumber) v.add([...p, 'customerInvoice'], 'E04300', `Invoice ${customerInvoice} belongs to customer ${inv.customerNumber}, not ${customerNumber}.`, customerInvoice);
        if (inv && inv.currency !== currency) v.add([...p, 'currency'], 'E04300', `The payment is in ${currency} but invoice ${customerInvoice} is in ${inv.currency}.`, currency);
      }
      const voucherNumber = isObj(e.voucher) ? int(v, e.voucher, 'voucherNumber', [...p, 'voucher'], { min: journal.minimumVoucherNumber, max: journal.maximumVoucherNumber }) : undefined;
      if (amount !== undefined && entryDate !== undefined) pending.push({ list, index, e, amount, date: entryDate, currency, voucherNumber, customerNumber, customerInvoice });
    });
  }
  if (v.ok && pending.length === 0) v.add(['entries'], 'E04300', 'A voucher needs at least one entry.');
  v.throwIfAny();

  // entries sharing a voucher number form one voucher; the others get a fresh number each
  const vouchers = new Map<number, VoucherRecord>();
  let next = ctx.store.nextVoucherNumber(journal.journalNumber);
  for (const p of pending) {
    const voucherNumber = p.voucherNumber ?? next++;
    if (voucherNumber >= next) next = voucherNumber + 1;
    let voucher = vouchers.get(voucherNumber) ?? ctx.store.vouchers.find((x) => x.journalNumber === journal.journalNumber && x.voucherNumber === voucherNumber && x.accountingYear === year);
    if (!voucher) {
      voucher = { voucherNumber, journalNumber: journal.journalNumber, accountingYear: year!, entryNumbers: [] };
      ctx.store.vouchers.push(voucher);
    }
    vouchers.set(voucherNumber, voucher);
    const entryNumber = ++ctx.store.seq.entry;
    const { self: _self, voucher: _voucher, amount: _amount, date: _date, currency: _currency, ...fields } = p.e;
    ctx.store.entries.push({ entryNumber, journalNumber: journal.journalNumber, voucherNumber, accountingYear: year!, entryType: ENTRY_TYPES[p.list], amount: p.amount, date: p.date, currency: p.currency, fields: fields as Record<string, Json>, customerNumber: p.customerNumber, customerInvoice: p.customerInvoice });
    voucher.entryNumbers.push(entryNumber);
    if (p.customerInvoice !== undefined) {
      const inv = ctx.store.booked.get(p.customerInvoice)!;
      // remainder moves by the signed amount: a payment (credit, negative) lowers it
      ctx.store.booked.set(p.customerInvoice, {
        ...inv,
        remainder: dec(inv.remainder).plus(p.amount).toFixed(2),
        remainderInBaseCurrency: dec(inv.remainderInBaseCurrency).plus(dec(p.amount).times(inv.exchangeRate).div(100)).toDecimalPlaces(2).toFixed(2),
      });
    }
  }
  ctx.store.dirty = true;
  const docs = [...vouchers.values()].map((x) => voucherDoc(ctx, x));
  return created(docs, `${ctx.base}/journals/${journal.journalNumber}/vouchers`);
}

export function listEntries(ctx: Ctx): Reply {
  const journal = journalOf(ctx);
  const items = ctx.store.entries.filter((e) => e.journalNumber === journal.journalNumber).map((e) => entryDoc(ctx, e));
  return ok(collectionResponse(items, ctx.query, { filterable: new Set(['amount', 'date', 'entryType', 'voucher.voucherNumber', 'text', 'entryNumber', 'customerInvoice', 'customer.customerNumber']), defaultSort: 'entryNumber' }, `${ctx.base}/journals/${journal.journalNumber}/entries`));
}

export function listVouchers(ctx: Ctx): Reply {
  const journal = journalOf(ctx);
  const items = ctx.store.vouchers.filter((x) => x.journalNumber === journal.journalNumber).map((x) => voucherDoc(ctx, x));
  return ok(collectionResponse(items, ctx.query, { filterable: new Set(['voucherNumber', 'accountingYear.year']), defaultSort: 'voucherNumber' }, `${ctx.base}/journals/${journal.journalNumber}/vouchers`));
}
