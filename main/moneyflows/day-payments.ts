import { dec, money, type Dec } from '../../shared/domain/money';
import type { Order } from '../../shared/domain/order';
import { DOCUMENT_TEXTS } from '../../shared/i18n/document-texts';
import { encodeProductNumber } from '../connectors/economic/encoding';
import { openAccountingYearOf } from '../connectors/economic/accounting-years';
import { CODES } from '../../shared/errors';
import type { AccountingYear, CustomerPaymentInput } from '../connectors/economic/types';
import type { EngineContext } from '../engine/context';
import { failureFor } from '../engine/failures';
import { operationKey } from '../engine/idempotency';
import { journalled } from '../engine/journal';
import { restorePending } from '../engine/after-restore';
import type { PlannedInvoice } from '../engine/plan/types';
import { cleanText } from '../engine/plan/text';
import type { DayRow } from '../ledger';
import { VoucherNumbers } from '../engine/voucher-numbers';
import { answeredVouchers } from '../engine/days/day-voucher-answer';
import { DayPaymentsStore, type DayPaymentLine, type DayPaymentRow } from './day-payments-store';
import { customerPaymentEntry, entryIdentity, noteJournalLeftForOwner, reportMissingYear, yearOf, type PaymentsOutcome } from './payments';

export { DayPaymentsStore, type DayPaymentLine, type DayPaymentRow } from './day-payments-store';

/**
 * The payments of a day summary (postingUnit "day"), registered per day in ONE voucher: when
 * the day's invoice is booked, every payment method mapped to a journal
 * (`paymentMethods[id].registerPayment`) gets one customer-payment entry on the day invoice —
 * what the day's customers paid with it, minus what was paid back with it that day — with the
 * method's clearing account as contra account. Queued in the transaction that books the day,
 * so a day's payments are queued exactly once; methods in different journals make one voucher
 * per journal. Returns how many vouchers were queued.
 */
export function queueDayPayments(ctx: EngineContext, day: DayRow): number {
  if (day.bookedNumber === null) throw new Error(`day ${day.day} ${day.currency} is not booked`);
  const byJournal = new Map<number, Map<string, { amount: Dec; contraAccount: number; title: string }>>();
  for (const entry of ctx.ledger.days.entries(day.id)) {
    const order = ctx.ledger.orders.get(entry.orderId)?.order as Order | undefined;
    const mapping = order ? ctx.profile.paymentMethods[order.payment.id] : undefined;
    if (!order || !mapping?.registerPayment) continue;
    const { journalNumber, contraAccountNumber } = mapping.registerPayment;
    const methods = byJournal.get(journalNumber) ?? new Map();
    byJournal.set(journalNumber, methods);
    const line = methods.get(order.payment.id) ?? { amount: dec(0), contraAccount: contraAccountNumber, title: mapping.title || order.payment.title || order.payment.id };
    line.amount = line.amount.plus(dec(entry.gross));
    methods.set(order.payment.id, line);
  }
  const store = new DayPaymentsStore(ctx.ledger.db, ctx.clock);
  const texts = DOCUMENT_TEXTS[ctx.profile.language];
  const customerNumber = ((day.plan as PlannedInvoice).customer as { customerNumber: number }).customerNumber;
  let queued = 0;
  for (const [journalNumber, methods] of byJournal) {
    const lines: DayPaymentLine[] = [...methods]
      .filter(([, l]) => !l.amount.isZero())
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([method, l]) => ({ method, amount: money(l.amount), contraAccount: l.contraAccount, text: cleanText(texts.dayPaymentEntry(day.day, day.bookedNumber!, l.title), 250) }));
    if (lines.length === 0) continue;
    const row = { dayId: day.id, journalNumber, profile: ctx.profile.name, day: day.day, bookedNumber: day.bookedNumber, customerNumber, currency: day.currency, lines };
    if (store.queue(row)) queued++;
  }
  return queued;
}

/**
 * Posts every queued day voucher, each exactly once. All entries of a voucher carry the same
 * voucher number — the journal's next free one — because e-conomic gives entries without one a
 * voucher each. The number and the operation key are stored before the call; a voucher whose
 * outcome was never recorded is looked up in e-conomic by its number, date and texts (in the
 * journal, or on the year's accounts once the owner booked the journal) before it is sent
 * again. The journal is left for the owner to book, as for the payments of single orders.
 */
export async function postDayPayments(ctx: EngineContext): Promise<PaymentsOutcome> {
  const store = new DayPaymentsStore(ctx.ledger.db, ctx.clock);
  const outcome: PaymentsOutcome = { posted: 0, vouchers: 0 };
  if (store.queued(ctx.profile.name).length === 0) return outcome;
  const years = await ctx.client.accountingYears();
  const numbers = new VoucherNumbers(ctx);
  const afterRestore = restorePending(ctx.ledger);
  for (const row of store.queued(ctx.profile.name)) {
    const subject = daySubjectOf(row);
    const key = operationKey(ctx.profile.name, subject, 'payment', 0);
    try {
      if ((row.voucherKey !== null || afterRestore) && (await settleInterrupted(ctx, store, row, years))) {
        outcome.posted++;
        continue;
      }
      // A year the accountant closed takes no payment either: said here, and nothing is sent.
      const year = openAccountingYearOf(years, row.day);
      if (!year) {
        reportMissingYear(ctx, { subject, orderNumber: row.day, paymentDate: row.day });
        continue;
      }
      await numbers.one(async () => {
        const voucherNumber = await numbers.next(row.journalNumber, year);
        store.markSending(row, key, voucherNumber);
        const body = { accountingYear: { year: year.year }, journal: { journalNumber: row.journalNumber }, entries: { customerPayments: row.lines.map((l) => paymentEntry(row, l, voucherNumber)) } };
        const answer = await journalled(ctx, key, subject, 'payment', (attempt) => ctx.client.postJournalVouchers(row.journalNumber, body, attempt), () => store.markPosted(row));
        for (const v of answeredVouchers(answer, year.year)) numbers.used(row.journalNumber, v.accountingYear, v.voucherNumber);
      });
    } catch (error) {
      // The voucher stays queued for the next run; the other days still go out.
      numbers.forget(row.journalNumber);
      const failure = failureFor(error, { number: row.day });
      ctx.log.report({ ...failure.problem, profile: ctx.profile.name, subject });
      continue;
    }
    outcome.vouchers++;
    outcome.posted++;
    // The day's payments waited for their year (LB-3002) and are in now: that problem is over.
    ctx.log.resolveSubject(ctx.profile.name, CODES.accountingYearClosed, subject);
    noteJournalLeftForOwner(ctx, row.journalNumber, row.lines.length);
  }
  return outcome;
}

/** The journal's subject for a day voucher. */
function daySubjectOf(row: Pick<DayPaymentRow, 'dayId' | 'day' | 'currency' | 'journalNumber'>): string {
  return `day-payments:${row.day}:${row.currency}:${row.dayId}:journal:${row.journalNumber}`;
}

function paymentEntry(row: DayPaymentRow, line: DayPaymentLine, voucherNumber: number): CustomerPaymentInput {
  return customerPaymentEntry({ customerNumber: row.customerNumber, bookedNumber: row.bookedNumber, amount: line.amount, contraAccount: line.contraAccount, currency: row.currency, date: row.day, text: line.text, voucherNumber });
}

const identityOf = (row: DayPaymentRow, line: DayPaymentLine) => entryIdentity(row.customerNumber, money(dec(line.amount).neg()), line.text);

/**
 * A voucher sent by a run that died before it learned the outcome (or, after a restore, any
 * queued voucher): posted when its entries are in e-conomic, else released to be sent again
 * under a new attempt. True when it is posted.
 */
async function settleInterrupted(ctx: EngineContext, store: DayPaymentsStore, row: DayPaymentRow, years: AccountingYear[]): Promise<boolean> {
  const op = row.voucherKey ? ctx.ledger.operations.get(row.voucherKey) : null;
  if (op?.status === 'completed') {
    store.markPosted(row);
    return true;
  }
  const found = await entriesInEconomic(ctx, row, years);
  const present = row.lines.some((l) => found.has(identityOf(row, l)));
  ctx.ledger.transaction(() => {
    if (present) store.markPosted(row);
    else store.release(row);
    if (op && op.status !== 'failed') {
      if (present) ctx.ledger.operations.complete(op.key, { reconciled: row.voucherNumber });
      else ctx.ledger.operations.markFailed(op.key, { reconciled: 'the voucher is not in e-conomic; it is sent again' });
    }
  });
  return present;
}

/** The customer-payment entries of the day's date (and of the voucher number, when known) in the journal and on the accounts. */
async function entriesInEconomic(ctx: EngineContext, row: DayPaymentRow, years: AccountingYear[]): Promise<Set<string>> {
  const inJournal = [`entryType$eq:customerPayment`, `date$eq:${row.day}`, ...(row.voucherNumber ? [`voucher.voucherNumber$eq:${row.voucherNumber}`] : [])].join('$and:');
  const onAccounts = [`entryType$eq:customerPayment`, `date$eq:${row.day}`, ...(row.voucherNumber ? [`voucherNumber$eq:${row.voucherNumber}`] : [])].join('$and:');
  const sources: Array<[string, string]> = [[`/journals/${row.journalNumber}/entries`, inJournal]];
  const year = yearOf(years, row.day);
  if (year) sources.push([`/accounting-years/${encodeProductNumber(year.year)}/entries`, onAccounts]);
  const found = new Set<string>();
  for (const [path, filter] of sources) {
    for await (const e of ctx.client.iterate<{ customer?: { customerNumber?: number }; amount?: number; text?: string }>(path, { filter })) {
      found.add(entryIdentity(e.customer?.customerNumber, e.amount, e.text));
    }
  }
  return found;
}
