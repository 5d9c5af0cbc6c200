import { createHash } from 'node:crypto';
import { dec, money } from '../../shared/domain/money';
import type { Order } from '../../shared/domain/order';
import { CODES, isErrorCode } from '../../shared/errors';
import { encodeProductNumber } from '../connectors/economic/encoding';
import type { AccountingYear, BookedInvoice, CustomerPaymentInput } from '../connectors/economic/types';
import { openAccountingYearOf } from '../connectors/economic/accounting-years';
import type { KeptBooked } from '../engine/kept-answers';
import type { EngineContext } from '../engine/context';
import { failureFor } from '../engine/failures';
import { operationKey } from '../engine/idempotency';
import { cleanText } from '../engine/plan/text';
import { journalled } from '../engine/journal';
import { restorePending } from '../engine/after-restore';
import { answeredVouchers } from '../engine/days/day-voucher-answer';
import { VoucherNumbers } from '../engine/voucher-numbers';
import { PaymentsStore, type PaymentRow } from './payments-store';
import { DOCUMENT_TEXTS } from '../../shared/i18n/document-texts';

export { PaymentsStore, type PaymentRow } from './payments-store';

/** The log code for "payments posted; book the journal in e-conomic" (info), once the catalogue has it. */
export const PAYMENTS_POSTED_CODE = 'LB-7008';

/**
 * Queues the customer payment of a just-booked invoice when the order's payment method is
 * mapped to a journal (`paymentMethods[id].registerPayment`). One payment per booked
 * invoice, ever; false when the method is not registered or the payment is already known.
 */
export async function queuePayment(ctx: EngineContext, order: Order, bookedInvoice: KeptBooked): Promise<boolean> {
  const mapping = ctx.profile.paymentMethods[order.payment.id];
  const register = mapping?.registerPayment;
  if (!register) return false;
  const store = new PaymentsStore(ctx.ledger.db, ctx.clock);
  if (store.get(bookedInvoice.bookedInvoiceNumber)) return false;
  const invoice = bookedInvoice.grossAmount !== undefined && bookedInvoice.customer && bookedInvoice.date ? { ...bookedInvoice, customer: bookedInvoice.customer } : await fetchBooked(ctx, bookedInvoice.bookedInvoiceNumber);
  // What is still owed on the invoice is what the payment settles (remainder → 0).
  const owed = dec(String(invoice.remainder ?? invoice.grossAmount));
  if (owed.lte(0)) return false;
  const method = mapping.title || order.payment.title || order.payment.id;
  // The invoice number makes the text unique on the agreement: recovery after a crash finds the entry by it.
  const n = invoice.bookedInvoiceNumber;
  const text = DOCUMENT_TEXTS[ctx.profile.language].paymentEntry(order.number, n, method);
  return store.queue({
    bookedNumber: invoice.bookedInvoiceNumber,
    orderId: order.id,
    orderNumber: order.number,
    customerNumber: invoice.customer.customerNumber,
    amount: money(owed),
    currency: invoice.currency,
    paymentDate: invoice.date,
    text: cleanText(text, 250),
    journalNumber: register.journalNumber,
    contraAccount: register.contraAccountNumber,
  });
}

/** The invoice as e-conomic holds it, for a booking of which the ledger knows only the number (one resumed after a restart). */
async function fetchBooked(ctx: EngineContext, bookedNumber: number): Promise<BookedInvoice> {
  const fetched = await ctx.client.getBookedInvoice(bookedNumber);
  if (!fetched) throw new Error(`booked invoice ${bookedNumber} was not found in e-conomic`);
  return fetched;
}

export interface PaymentsOutcome {
  /** Payments now known to be in e-conomic (posted by this run or found there after a crash). */
  posted: number;
  /** POST /journals/{n}/vouchers calls made. */
  vouchers: number;
}

/**
 * Posts every queued payment: one voucher call per journal and accounting year with all
 * its payments as `customerPayments` entries, exactly once. The accounting year is the one
 * of the agreement's years (GET /accounting-years) that contains the payment date — a year
 * need not be the calendar year ("2026/2027"). The batch is journalled under one key (the
 * hash of its booked invoice numbers) and its payments are marked with that key before the
 * call; if a run dies after the call, the next run looks for the entries in e-conomic before
 * it sends anything again. The journal itself is left for the owner to book (docs/architecture.md, "What e-conomic does not document").
 */
export async function postPendingPayments(ctx: EngineContext): Promise<PaymentsOutcome> {
  const store = new PaymentsStore(ctx.ledger.db, ctx.clock);
  const outcome: PaymentsOutcome = { posted: 0, vouchers: 0 };
  if (store.queued().length === 0) return outcome;
  const years = await ctx.client.accountingYears();
  outcome.posted += await settleInterruptedBatches(ctx, store, years);

  const voucherNumbers = new VoucherNumbers(ctx);
  const groups = new Map<string, { year: string; rows: PaymentRow[] }>();
  for (const row of store.queued()) {
    // A year the accountant closed takes no payment either: said here, and nothing is sent.
    const year = openAccountingYearOf(years, row.paymentDate);
    if (!year) {
      reportMissingYear(ctx, row);
      continue;
    }
    const group = `${row.journalNumber}|${year.year}`;
    groups.set(group, { year: year.year, rows: [...(groups.get(group)?.rows ?? []), row] });
  }
  for (const { year, rows } of groups.values()) {
    const { journalNumber } = rows[0];
    const numbers = rows.map((r) => r.bookedNumber).sort((a, b) => a - b);
    const key = batchKey(ctx.profile.name, journalNumber, numbers);
    store.markSending(numbers, key);
    const body = {
      accountingYear: { year },
      journal: { journalNumber },
      entries: { customerPayments: rows.map(paymentEntry) },
    };
    try {
      // e-conomic numbers these vouchers itself: not while another profile on the agreement has a number picked and not yet sent.
      await voucherNumbers.one(async () => {
        const answer = await journalled(ctx, key, batchSubject(journalNumber), 'payment', (attempt) => ctx.client.postJournalVouchers(journalNumber, body, attempt), () => store.markPosted(numbers, key));
        for (const v of answeredVouchers(answer, year)) voucherNumbers.used(journalNumber, v.accountingYear, v.voucherNumber);
      });
    } catch (error) {
      // The batch stays queued (and marked) for the next run; other journals still go out.
      const failure = failureFor(error, { number: rows.map((r) => r.orderNumber).join(', ') } as Order);
      ctx.log.report({ ...failure.problem, profile: ctx.profile.name, subject: batchSubject(journalNumber) });
      continue;
    }
    outcome.vouchers++;
    outcome.posted += numbers.length;
    // Payments that waited for their year (LB-3002) are in now: that problem is over.
    for (const row of rows) resolveMissingYear(ctx, row.orderId);
    noteJournalLeftForOwner(ctx, journalNumber, numbers.length);
  }
  return outcome;
}

function paymentEntry(row: PaymentRow): CustomerPaymentInput {
  return customerPaymentEntry({ ...row, date: row.paymentDate });
}

/**
 * A `customerPayments` journal entry of money received with a payment method (an order's payment
 * or a day's payments of one method): `amount` is what was received, negative when it was paid back.
 */
export function customerPaymentEntry(p: {
  customerNumber: number;
  bookedNumber: number;
  amount: string;
  contraAccount: number;
  currency: string;
  date: string;
  text: string;
  voucherNumber?: number;
}): CustomerPaymentInput {
  return {
    customer: { customerNumber: p.customerNumber },
    customerInvoice: p.bookedNumber,
    // The entry's amount is the customer's debit (+) or credit (−): a payment received credits the customer.
    amount: money(dec(p.amount).neg()),
    contraAccount: { accountNumber: p.contraAccount },
    currency: { code: p.currency },
    date: p.date,
    text: p.text,
    ...(p.voucherNumber === undefined ? {} : { voucher: { voucherNumber: p.voucherNumber } }),
  };
}

function batchSubject(journalNumber: number): string {
  return `payments:journal:${journalNumber}`;
}

function batchKey(profile: string, journalNumber: number, bookedNumbers: number[]): string {
  const hash = createHash('sha256').update(bookedNumbers.join(',')).digest('hex').slice(0, 16);
  return operationKey(profile, `${batchSubject(journalNumber)}:${hash}`, 'payment', 0);
}

export const yearOf = (years: AccountingYear[], date: string) => years.find((y) => y.fromDate <= date && date <= y.toDate);

/** No accounting year in e-conomic holds the payment date (e.g. the new year is not created yet): say so, keep it queued. */
export function reportMissingYear(ctx: EngineContext, row: Pick<PaymentRow, 'orderNumber' | 'paymentDate'> & { orderId?: string; subject?: string }): void {
  ctx.log.report({
    code: CODES.accountingYearClosed,
    orderId: row.orderId,
    subject: row.subject,
    profile: ctx.profile.name,
    params: { orderNumber: row.orderNumber, date: row.paymentDate },
  });
}

/** Closes an order's open LB-3002 (its payment waited for its accounting year), and nothing else of the order's. */
function resolveMissingYear(ctx: EngineContext, orderId: string): void {
  for (const entry of ctx.log.list({ orderId, code: CODES.accountingYearClosed, status: 'open' }).entries) ctx.log.resolve(entry.id);
}

/**
 * Payments sent in a batch whose outcome was never recorded (or, after a restore, any
 * queued payment): the entries that reached e-conomic are marked posted, the others go
 * back to the queue for the next batch.
 */
async function settleInterruptedBatches(ctx: EngineContext, store: PaymentsStore, years: AccountingYear[]): Promise<number> {
  // After a restore every queued payment may have been posted since the backup was taken.
  const afterRestore = restorePending(ctx.ledger);
  const interrupted = store.queued().filter((r) => r.voucherKey !== null || afterRestore);
  const byKey = new Map<string, PaymentRow[]>();
  for (const row of interrupted) {
    const key = row.voucherKey ?? `after-restore:${batchSubject(row.journalNumber)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  let posted = 0;
  for (const [key, rows] of byKey) {
    const op = ctx.ledger.operations.get(key);
    if (op?.status === 'completed') {
      store.markPosted(rows.map((r) => r.bookedNumber), key);
      posted += rows.length;
      continue;
    }
    const found = await paymentEntriesInEconomic(ctx, rows, years);
    const present = rows.filter((r) => found.has(identityOf(r)));
    const absent = rows.filter((r) => !found.has(identityOf(r)));
    ctx.ledger.transaction(() => {
      store.markPosted(present.map((r) => r.bookedNumber), key);
      store.release(absent.map((r) => r.bookedNumber));
      if (op) {
        if (absent.length === 0) ctx.ledger.operations.complete(key, { reconciled: present.map((r) => r.bookedNumber) });
        else ctx.ledger.operations.markFailed(key, { reconciled: 'some payments were not in the journal; they go out in a new batch' });
      }
    });
    posted += present.length;
  }
  return posted;
}

/** A payment entry as e-conomic shows it, in the journal or booked: customer, amount (credit, so negative) and text. */
export function entryIdentity(customerNumber: number | undefined, amount: number | string | undefined, text: string | undefined): string {
  return `${customerNumber ?? ''}|${amount === undefined ? '' : money(dec(String(amount)))}|${text ?? ''}`;
}

const identityOf = (row: PaymentRow) => entryIdentity(row.customerNumber, money(dec(row.amount).neg()), row.text);

interface PaymentEntry {
  customer?: { customerNumber?: number };
  amount?: number;
  text?: string;
}

/**
 * The payment entries of the batch's dates that are already in e-conomic: still in the journal
 * (GET /journals/{n}/entries), or — once the owner has booked the journal — on the accounts of
 * the accounting year (GET /accounting-years/{year}/entries). Only filterable fields are used
 * (entry type and date; `customerInvoice` is not one); the rows are matched by customer,
 * amount and text, whose invoice number makes it unique.
 */
async function paymentEntriesInEconomic(ctx: EngineContext, rows: PaymentRow[], years: AccountingYear[]): Promise<Set<string>> {
  const dates = rows.map((r) => r.paymentDate).sort();
  const filter = `entryType$eq:customerPayment$and:date$gte:${dates[0]}$and:date$lte:${dates[dates.length - 1]}`;
  const sources = [`/journals/${rows[0].journalNumber}/entries`];
  for (const year of years) {
    if (year.fromDate <= dates[dates.length - 1] && dates[0] <= year.toDate) sources.push(`/accounting-years/${encodeProductNumber(year.year)}/entries`);
  }
  const found = new Set<string>();
  for (const path of sources) {
    for await (const e of ctx.client.iterate<PaymentEntry>(path, { filter })) found.add(entryIdentity(e.customer?.customerNumber, e.amount, e.text));
  }
  return found;
}

export function noteJournalLeftForOwner(ctx: EngineContext, journalNumber: number, count: number): void {
  const note = { journalNumber, payments: count, at: ctx.clock().toISOString() };
  ctx.ledger.kv.set(`payments:lastBatch:${ctx.profile.name}`, note);
  if (isErrorCode(PAYMENTS_POSTED_CODE)) {
    // The catalogue declares its own parameter names; journalNumber and count come with the code.
    ctx.log.info({ code: PAYMENTS_POSTED_CODE, profile: ctx.profile.name, params: { journalNumber, count } });
  }
}
