import { dec, type Dec } from '../../../../shared/domain/money';
import { collectionResponse } from '../collection';
import { created, ok, type Ctx, type Reply } from '../context';
import { ApiError, notFound, type Validation } from '../errors';
import { num } from '../json';
import type { EntryRecord, Json, VoucherRecord } from '../records';
import { ACCOUNTS, CURRENCIES, CUSTOMER_GROUPS, JOURNALS, VAT_ACCOUNTS } from '../seed';
import { decodeProductNumber } from '../product-number';
import type { Store } from '../store';
import { defaultExchangeRate } from '../validation/draft-invoice';
import { date, decimal, int, isObj, missingRef, refId, requireObjectBody, str, type Obj } from '../validation/common';

/**
 * POST /journals/:n/vouchers (restdocs "Journals", TT-jr): entries wait in the journal
 * (GET /journals/:n/entries) until a person books the journal (POST /_sandbox/journals/:n/book).
 * Booking moves them onto the accounts of their accounting year (GET /accounting-years/:y/entries)
 * and only then does a customerPayment with `customerInvoice` settle that invoice, as in
 * e-conomic, where a cash journal changes nothing until it is booked.
 *
 * Sign convention: `amount` is the debit (+) or credit (−) of the entry's own account — for a
 * customerPayment the customer. A payment received credits the customer, so it is NEGATIVE and
 * lowers the invoice's remainder by |amount|; a positive amount (a repayment to the customer)
 * raises it.
 *
 * A voucher names its accounting year (`"2026"`, or `"2026/2027"` where the agreement's year is
 * not the calendar year); the year must exist and contain every entry's date.
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

/** `2026/2027` in a URL: e-conomic's self-link encoding writes `/` as `_6_`. */
export const yearSegment = (year: string) => year.replace(/\//g, '_6_');

function entryDoc(ctx: Ctx, e: EntryRecord) {
  const base = ctx.base;
  return {
    ...e.fields,
    // live: the server sends journalEntryNumber on entries although the schema omits it
    journalEntryNumber: e.entryNumber,
    entryType: e.entryType,
    amount: num(e.amount, 2),
    ...(e.contraVatAmount !== undefined ? { contraVatAmount: num(e.contraVatAmount, 2) } : {}),
    date: e.date,
    currency: { code: e.currency, self: `${base}/currencies/${e.currency}` },
    voucher: { voucherNumber: e.voucherNumber, accountingYear: { year: e.accountingYear }, self: `${base}/journals/${e.journalNumber}/vouchers/${yearSegment(e.accountingYear)}-${e.voucherNumber}` },
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
    accountingYear: { year: v.accountingYear, self: `${ctx.base}/accounting-years/${yearSegment(v.accountingYear)}` },
    journal: { journalNumber: v.journalNumber, self: `${ctx.base}/journals/${v.journalNumber}` },
    entries,
    self: `${ctx.base}/journals/${v.journalNumber}/vouchers/${yearSegment(v.accountingYear)}-${v.voucherNumber}`,
  };
}

interface PendingEntry { list: string; index: number; e: Obj; amount: string; date: string; currency: string; voucherNumber?: number; customerNumber?: number; customerInvoice?: number; accountNumber?: number; contraAccountNumber?: number; contraVatCode?: string; contraVatAmount?: string }

/**
 * The VAT on a finance voucher's contra account (`contraVatAccount`, `contraVatAmount`). As in
 * the e-conomic journal ("kassekladde"), an amount on an account with a VAT code includes the
 * VAT: without `contraVatAmount` the VAT is worked out of the amount, rate / (100 + rate) of it,
 * rounded to øre. A given `contraVatAmount` is the VAT of the entry: it needs a VAT code, has the
 * amount's sign and is less than the amount (the stricter reading; the docs say only that it is
 * "the amount of VAT on the entry on the contra account").
 */
function contraVat(v: Validation, e: Obj, p: Array<string | number>, amount: string | undefined): { contraVatCode?: string; contraVatAmount?: string } {
  const code = e.contraVatAccount === undefined ? undefined : refId<string>(v, e, 'contraVatAccount', p, 'vatCode', 'string', { resourcePath: 'vat-accounts' });
  const vatAccount = VAT_ACCOUNTS.find((x) => x.vatCode === code);
  if (code !== undefined && !vatAccount) missingRef(v, [...p, 'contraVatAccount'], 'contraVatAccount', code, 'vat-accounts');
  const given = decimal(v, e, 'contraVatAmount', p, { maxDecimals: 2 });
  if (given !== undefined && e.contraVatAccount === undefined) v.add([...p, 'contraVatAmount'], 'E04300', 'contraVatAmount needs a contraVatAccount: VAT is booked on a VAT code.', given);
  if (!vatAccount || amount === undefined) return {};
  if (given === undefined) {
    const rate = dec(vatAccount.ratePercentage);
    return { contraVatCode: vatAccount.vatCode, contraVatAmount: dec(amount).times(rate).div(rate.plus(100)).toDecimalPlaces(2).toFixed(2) };
  }
  const a = dec(amount);
  const g = dec(given);
  if (!g.isZero() && (g.isNegative() !== a.isNegative() || g.abs().gte(a.abs()))) {
    v.add([...p, 'contraVatAmount'], 'E04300', `The VAT ${given} does not fit the amount ${amount}: it must have the amount's sign and be less than it.`, given);
    return {};
  }
  return { contraVatCode: vatAccount.vatCode, contraVatAmount: g.toFixed(2) };
}

/**
 * The sandbox mode `voucherNumbers` (settings.ts): the numbers e-conomic keeps instead of the
 * ones sent, counting from one above both the journal's highest number and the highest sent.
 * "renumbered" gives each voucher sent a number of its own; "split" leaves the first ⌈k/2⌉ of a
 * voucher's k ≥ 2 entries under the number sent and moves the rest under a new number.
 */
function renumber(pending: PendingEntry[], mode: Store['settings']['voucherNumbers'], nextInJournal: number): void {
  if (mode === 'as-sent') return;
  const sent = new Map<number, PendingEntry[]>();
  for (const p of pending) if (p.voucherNumber !== undefined) sent.set(p.voucherNumber, [...(sent.get(p.voucherNumber) ?? []), p]);
  let next = Math.max(nextInJournal, ...[...sent.keys()].map((n) => n + 1));
  for (const group of sent.values()) {
    if (mode === 'renumbered') {
      const own = next++;
      for (const p of group) p.voucherNumber = own;
    } else if (group.length >= 2) {
      const own = next++;
      for (const p of group.slice(Math.ceil(group.length / 2))) p.voucherNumber = own;
    }
  }
}

export function postVouchers(ctx: Ctx): Reply {
  const journal = journalOf(ctx);
  const b = requireObjectBody(ctx.body);
  const v = ctx.validation;
  const year = refId<string>(v, b, 'accountingYear', [], 'year', 'string', { required: true, resourcePath: 'accounting-years', decodeSelf: decodeProductNumber });
  const accountingYear = year === undefined ? undefined : ctx.store.settings.accountingYears.find((y) => y.year === year);
  if (year !== undefined && !accountingYear) {
    v.add(['accountingYear'], 'E06000', `Accounting year '${year}' does not exist.`, year, 'Find a list of accounting years at /accounting-years.');
  } else if (accountingYear?.closed) {
    // The year's `closed`: "closed for further transactions" (accounting-years schema).
    v.add(['accountingYear'], 'E04300', `Accounting year '${year}' is closed; no voucher can be entered in it.`, year, 'Find a list of accounting years at /accounting-years.');
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
      if (entryDate && accountingYear && (entryDate < accountingYear.fromDate || entryDate > accountingYear.toDate)) {
        v.add([...p, 'date'], 'E04300', `The date ${entryDate} is outside accounting year ${accountingYear.year} (${accountingYear.fromDate} to ${accountingYear.toDate}).`, entryDate);
      }
      str(v, e, 'text', p, { max: 250 });
      let currency = ctx.options.baseCurrency;
      if (e.currency !== undefined) {
        const code = refId<string>(v, e, 'currency', p, 'code', 'string', { resourcePath: 'currencies' });
        if (code !== undefined && !CURRENCIES.some((c) => c.code === code)) missingRef(v, [...p, 'currency'], 'currency', code, 'currencies');
        else if (code) currency = code;
      }
      const accounts: Partial<Record<'account' | 'contraAccount', number>> = {};
      for (const key of ['account', 'contraAccount'] as const) {
        const n = refId<number>(v, e, key, p, 'accountNumber', 'int', { resourcePath: 'accounts' });
        const known = ACCOUNTS.find((a) => a.accountNumber === n);
        if (n !== undefined && !known) missingRef(v, [...p, key], key, n, 'accounts');
        // live: both accounts of a finance voucher must accept direct entries
        else if (known?.blockDirectEntries && list === 'financeVouchers') v.add([...p, key], 'E04300', `Account ${n} does not accept direct entries.`, n, 'Post on an account without "blockDirectEntries".');
        else accounts[key] = n;
      }
      const vat = list === 'financeVouchers' ? contraVat(v, e, p, amount) : {};
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
      if (amount !== undefined && entryDate !== undefined) pending.push({ list, index, e, amount, date: entryDate, currency, voucherNumber, customerNumber, customerInvoice, accountNumber: accounts.account, contraAccountNumber: accounts.contraAccount, ...vat });
    });
  }
  if (v.ok && pending.length === 0) v.add(['entries'], 'E04300', 'A voucher needs at least one entry.');
  v.throwIfAny();

  renumber(pending, ctx.store.settings.voucherNumbers, ctx.store.nextVoucherNumber(journal.journalNumber));
  // entries sharing a voucher number form one voucher; the others get a fresh number each
  const vouchers = new Map<number, VoucherRecord>();
  let next = ctx.store.nextVoucherNumber(journal.journalNumber);
  for (const p of pending) {
    const voucherNumber = p.voucherNumber ?? next++;
    if (voucherNumber >= next) next = voucherNumber + 1;
    let voucher = vouchers.get(voucherNumber) ?? ctx.store.vouchers.find((x) => x.journalNumber === journal.journalNumber && x.voucherNumber === voucherNumber && x.accountingYear === year && !x.booked);
    if (!voucher) {
      voucher = { voucherNumber, journalNumber: journal.journalNumber, accountingYear: year!, entryNumbers: [] };
      ctx.store.vouchers.push(voucher);
    }
    vouchers.set(voucherNumber, voucher);
    const entryNumber = ++ctx.store.seq.entry;
    const { self: _self, voucher: _voucher, amount: _amount, date: _date, currency: _currency, contraVatAmount: _vat, ...fields } = p.e;
    ctx.store.entries.push({ entryNumber, journalNumber: journal.journalNumber, voucherNumber, accountingYear: year!, entryType: ENTRY_TYPES[p.list], amount: p.amount, date: p.date, currency: p.currency, fields: fields as Record<string, Json>, customerNumber: p.customerNumber, customerInvoice: p.customerInvoice, accountNumber: p.accountNumber, contraAccountNumber: p.contraAccountNumber, contraVatAmount: p.contraVatAmount, contraVatCode: p.contraVatCode });
    voucher.entryNumbers.push(entryNumber);
  }
  ctx.store.dirty = true;
  const docs = [...vouchers.values()].map((x) => voucherDoc(ctx, x));
  return created(docs, `${ctx.base}/journals/${journal.journalNumber}/vouchers`);
}

/** Entries still in the journal: once the journal is booked they are gone from here. */
export function listEntries(ctx: Ctx): Reply {
  const journal = journalOf(ctx);
  const items = ctx.store.entries.filter((e) => e.journalNumber === journal.journalNumber && !e.booked).map((e) => entryDoc(ctx, e));
  return ok(collectionResponse(items, ctx.query, { schema: 'journals.journalNumber.entries.get', defaultSort: 'journalEntryNumber' }, `${ctx.base}/journals/${journal.journalNumber}/entries`));
}

export function listVouchers(ctx: Ctx): Reply {
  const journal = journalOf(ctx);
  const items = ctx.store.vouchers.filter((x) => x.journalNumber === journal.journalNumber && !x.booked).map((x) => voucherDoc(ctx, x));
  return ok(collectionResponse(items, ctx.query, { schema: 'journals.journalNumber.vouchers.get', defaultSort: 'voucherNumber' }, `${ctx.base}/journals/${journal.journalNumber}/vouchers`));
}

/** The account a customer's entries land on: its customer group's (debtor) account. */
function debtorAccount(store: Store, customerNumber: number | undefined): number {
  const group = CUSTOMER_GROUPS.find((g) => g.customerGroupNumber === store.customers.get(customerNumber ?? -1)?.customerGroupNumber);
  return group?.accountNumber ?? CUSTOMER_GROUPS[0].accountNumber;
}

/**
 * What a person does with "Bogfør" on a journal: every entry still in it goes onto the accounts
 * of its accounting year (entry account and contra account, opposite signs), leaves the journal,
 * and a customer payment naming an invoice settles it. Returns how many entries were booked.
 */
export function bookJournal(store: Store, journalNumber: number, baseCurrency: string): number {
  const open = store.entries.filter((e) => e.journalNumber === journalNumber && !e.booked);
  for (const e of open) {
    const rate = e.customerInvoice !== undefined ? store.booked.get(e.customerInvoice)!.exchangeRate : defaultExchangeRate(e.currency, baseCurrency);
    const onCustomer = e.entryType === 'customerPayment' || e.entryType === 'manualCustomerInvoice';
    // the VAT in the amount on the contra account goes to its VAT code's account
    const vat = dec(e.contraVatAmount ?? 0);
    const sides: Array<{ accountNumber: number | undefined; amount: Dec; customerNumber?: number }> = [
      { accountNumber: onCustomer ? debtorAccount(store, e.customerNumber) : e.accountNumber, amount: dec(e.amount), customerNumber: onCustomer ? e.customerNumber : undefined },
      { accountNumber: e.contraAccountNumber, amount: dec(e.amount).minus(vat).neg() },
      ...(vat.isZero() ? [] : [{ accountNumber: VAT_ACCOUNTS.find((x) => x.vatCode === e.contraVatCode)?.accountNumber, amount: vat.neg() }]),
    ];
    for (const side of sides) {
      if (side.accountNumber === undefined) continue;
      store.ledger.push({
        entryNumber: ++store.seq.ledger,
        accountingYear: e.accountingYear,
        accountNumber: side.accountNumber,
        entryType: e.entryType,
        amount: side.amount.toFixed(2),
        amountInBaseCurrency: side.amount.times(rate).div(100).toDecimalPlaces(2).toFixed(2),
        currency: e.currency,
        date: e.date,
        text: typeof e.fields.text === 'string' ? e.fields.text : undefined,
        voucherNumber: e.voucherNumber,
        customerNumber: side.customerNumber,
      });
    }
    if (e.customerInvoice !== undefined) {
      const inv = store.booked.get(e.customerInvoice)!;
      // the remainder moves by the signed amount: a payment (credit, negative) lowers it
      store.booked.set(e.customerInvoice, {
        ...inv,
        remainder: dec(inv.remainder).plus(e.amount).toFixed(2),
        remainderInBaseCurrency: dec(inv.remainderInBaseCurrency).plus(dec(e.amount).times(inv.exchangeRate).div(100)).toDecimalPlaces(2).toFixed(2),
      });
    }
    e.booked = true;
  }
  for (const voucher of store.vouchers) if (voucher.journalNumber === journalNumber) voucher.booked = true;
  store.dirty = true;
  return open.length;
}

/** What an accountant may change on an entry in the journal before booking it ("kassekladde"): its text, its amount. */
export interface JournalEntryChange {
  text?: unknown;
  amount?: unknown;
}

/**
 * An accountant editing an entry in the journal in e-conomic's own window, before booking it
 * (the API has no PUT on journal entries: this is the UI's doing). Only entries still in the
 * journal can change: a booked entry is on the accounts and stays as it is. The text follows
 * the API's own rule (a string of at most 250 characters); an amount has at most two decimals
 * and, on an account with a VAT code, carries its VAT as the journal works it out: rate /
 * (100 + rate) of it, rounded to the øre. Returns the entry's number.
 */
export function editJournalEntry(store: Store, journalNumber: number, entryNumber: number, change: JournalEntryChange): number {
  if (!isObj(change)) throw new ApiError(400, 'The change must be a JSON object.', 'Send {"text": "…"} and/or {"amount": "…"}.');
  if (!JOURNALS.some((j) => j.journalNumber === journalNumber)) throw new ApiError(404, `Journal ${journalNumber} not found.`, 'The sandbox has journals 1 and 2.');
  const entry = store.entries.find((e) => e.entryNumber === entryNumber && e.journalNumber === journalNumber);
  if (!entry) throw new ApiError(404, `Entry ${entryNumber} is not in journal ${journalNumber}.`, 'List the journal at GET /journals/{n}/entries.');
  if (entry.booked) throw new ApiError(400, `Entry ${entryNumber} is booked: it is on the accounts and can no longer be changed.`, 'Only entries still in the journal can be edited.');
  const unknown = Object.keys(change).filter((k) => k !== 'text' && k !== 'amount');
  if (unknown.length > 0) throw new ApiError(400, `Only the text and the amount of an entry can be changed, not ${unknown.join(', ')}.`, 'Send {"text": "…"} and/or {"amount": "…"}.');
  if (change.text !== undefined && (typeof change.text !== 'string' || change.text.length > 250)) throw new ApiError(400, 'The text must be a string of at most 250 characters.', 'As POST /journals/{n}/vouchers allows.');
  if (change.amount !== undefined && (typeof change.amount !== 'string' || !/^-?\d+(\.\d{1,2})?$/.test(change.amount))) throw new ApiError(400, 'The amount must be a decimal with at most two decimals, as a string.', 'e.g. "289.00".');
  if (typeof change.text === 'string') entry.fields = { ...entry.fields, text: change.text };
  if (typeof change.amount === 'string') {
    entry.amount = dec(change.amount).toFixed(2);
    const vatAccount = VAT_ACCOUNTS.find((x) => x.vatCode === entry.contraVatCode);
    if (vatAccount) {
      const rate = dec(vatAccount.ratePercentage);
      entry.contraVatAmount = dec(change.amount).times(rate).div(rate.plus(100)).toDecimalPlaces(2).toFixed(2);
    }
  }
  store.dirty = true;
  return entryNumber;
}

/**
 * A person deletes a voucher from the journal in e-conomic's screens before it is booked: its
 * entries and its documentation go; a booked voucher is on the accounts and cannot be deleted
 * here. Returns how many entries went.
 */
export function deleteJournalVoucher(store: Store, journalNumber: number, voucherNumber: number): number {
  if (!JOURNALS.some((j) => j.journalNumber === journalNumber)) throw new ApiError(404, `Journal ${journalNumber} not found.`, 'The sandbox has journals 1 and 2.');
  const entries = store.entries.filter((e) => e.journalNumber === journalNumber && e.voucherNumber === voucherNumber && !e.booked);
  if (entries.length === 0) {
    const booked = store.entries.some((e) => e.journalNumber === journalNumber && e.voucherNumber === voucherNumber);
    if (booked) throw new ApiError(400, `Voucher ${voucherNumber} is booked: it is on the accounts and can no longer be deleted.`, 'Only vouchers still in the journal can be deleted.');
    throw new ApiError(404, `Voucher ${voucherNumber} is not in journal ${journalNumber}.`, 'List the journal at GET /journals/{n}/entries.');
  }
  store.entries = store.entries.filter((e) => !entries.includes(e));
  store.vouchers = store.vouchers.filter((v) => !(v.journalNumber === journalNumber && v.voucherNumber === voucherNumber && !v.booked));
  store.dirty = true;
  return entries.length;
}
