import { dec, money, sum } from '../../../shared/domain/money';
import { orderListPdf } from '../../../shared/days/order-list-pdf';
import { CODES, problem } from '../../../shared/errors';
import { DOCUMENT_TEXTS } from '../../../shared/i18n/document-texts';
import { EconomicError } from '../../connectors/economic/errors';
import { openAccountingYearOf } from '../../connectors/economic/accounting-years';
import { encodeProductNumber } from '../../connectors/economic/encoding';
import type { AccountingYear, FinanceVoucherInput, VoucherAddress } from '../../connectors/economic/types';
import type { DayEntry, DayRow } from '../../ledger';
import type { EngineContext } from '../context';
import { failureFor } from '../failures';
import { operationKey } from '../idempotency';
import { journalled } from '../journal';
import { VoucherNumbers } from '../voucher-numbers';
import { accountsOff, amountOn, answeredOrSent, answeredVouchers, entriesAsAnswered, voucherKey, type AnsweredVoucher } from './day-voucher-answer';
import { dayVoucherParts, vouchersOfListed, type ListedEntry } from './day-voucher-match';
import { DayVoucherStore, firstVoucher, type DayVoucherRow } from './day-voucher-store';
import { orderListDocument } from './order-list-document';
import { paidPartsOf } from './parts';
import { DayVoucherAccounts, SetupProblem, dayAndRange, voucherEntries } from './day-voucher-accounts';
import { planDayVoucher, type PlannedDayVoucher } from './plan-day-voucher';
import { voucherSubject } from './subjects';

/*
 * A day booked as one finance voucher in a journal (dayBooking "journal"), beside the day
 * invoice of book-days.ts. Its life, per day, each step exactly once:
 *
 *   closing ──(accounts resolved, number chosen, row 'sending' stored)──▶ voucher sent
 *      │                                                                    │
 *      │   row 'posted' + answered ◀──(answer, or found in e-conomic after a crash)┘
 *      │             │
 *      │             └──(per voucher answered: attachment_key stored)──▶ order list PDF sent ──▶ row 'attached'
 *      │                                                                     │
 *      └──────────────────────── day 'done', its orders 'done' ◀─────────────┘
 *
 * e-conomic answers with an array of vouchers: the entries sent under one number may come back
 * under another, or split over several (day-voucher-answer.ts). What it answered is recorded
 * beside what was sent, the order list goes to each voucher answered, and a number that differs
 * is no problem by itself; an answer whose entries do not move on the accounts what the day's
 * entries move is logged (LB-7024). A run that dies while the voucher is out looks for it in the
 * journal (and on the year's accounts, should the accountant have booked the journal meanwhile)
 * on its date and clearing accounts — under the number sent with its amounts or texts, or under
 * any number with its texts (day-voucher-match.ts) — before it sends anything again; one that
 * dies while the PDF is out asks e-conomic whether the voucher has an attachment. The journal is
 * left for the accountant to book.
 */

/**
 * The subject of a day voucher's attachment keys. A voucher written again after the first was
 * deleted from the journal by hand (the day's generation 2 on) has keys of its own, so the
 * first voucher's completed uploads are not taken for the new one's.
 */
function attachmentSubject(day: Pick<DayRow, 'day' | 'currency' | 'zone' | 'generation'>): string {
  return day.generation > 1 ? `${voucherSubject(day)}:g${day.generation}` : voucherSubject(day);
}

/** The plan of a frozen journal-mode day: the voucher it becomes, from its orders and refunds with their payment methods. */
export function planDayAsVoucher(ctx: Pick<EngineContext, 'ledger' | 'profile' | 'reference'>, day: DayRow, entries: DayEntry[]): PlannedDayVoucher {
  return planDayVoucher({ profileName: ctx.profile.name, date: day.day, currency: day.currency, zone: day.zone }, paidPartsOf(ctx, entries), ctx.profile);
}

/** The voucher's entries as e-conomic takes them: the resolved entries (see voucherEntries) under the voucher's number. */
async function entriesOf(ctx: EngineContext, accounts: DayVoucherAccounts, day: DayRow, plan: PlannedDayVoucher, voucherNumber: number): Promise<FinanceVoucherInput[]> {
  return (await voucherEntries(accounts, day, plan, ctx.profile, ctx.referenceQualifier)).map((e) => ({
    account: { accountNumber: e.clearingAccountNumber },
    contraAccount: { accountNumber: e.revenue.accountNumber },
    amount: e.amount,
    ...(e.revenue.vatCode ? { contraVatAccount: { vatCode: e.revenue.vatCode }, contraVatAmount: e.vat } : {}),
    currency: { code: day.currency },
    date: day.day,
    text: e.text,
    voucher: { voucherNumber },
  }));
}


/** Per run: what is read once and counted on (voucher numbers, accounting years, the chart of accounts). */
export class DayVoucherWriter {
  private readonly numbers: VoucherNumbers;
  private readonly accounts: DayVoucherAccounts;
  private years: Promise<AccountingYear[]> | null = null;
  private readonly store: DayVoucherStore;

  constructor(private readonly ctx: EngineContext) {
    this.numbers = new VoucherNumbers(ctx);
    this.accounts = new DayVoucherAccounts(ctx);
    this.store = new DayVoucherStore(ctx.ledger.db, ctx.clock);
  }

  /** Writes a frozen day's voucher and its order list, each exactly once; true when the day is done. */
  async write(day: DayRow): Promise<boolean> {
    const { ctx } = this;
    const subject = voucherSubject(day);
    try {
      let row = this.store.get(day.id);
      if (row?.state === 'sending') row = await this.settleInterrupted(row);
      if (!row) row = await this.send(day);
      if (row.state === 'posted') row = await this.attach(day, row);
      finishDay(ctx, day.id, row);
      return true;
    } catch (error) {
      // Named for the owner by the day's order numbers and date, not the journal's subject.
      const reported = error instanceof SetupProblem ? error.problem : failureFor(error, { number: dayAndRange(day, (day.plan as PlannedDayVoucher).range) }).problem;
      if (error instanceof EconomicError) this.numbers.forget(this.store.get(day.id)?.journalNumber ?? ctx.profile.dayJournalNumber ?? 0);
      ctx.ledger.days.transition(day.id, ctx.ledger.days.get(day.id)!.state, { reasonCode: reported.code, reasonDetail: { params: reported.params, technical: reported.technical } });
      ctx.log.report({ ...reported, profile: ctx.profile.name, subject });
      return false;
    }
  }

  /** Resolves the accounts, picks the journal's next number, stores it all, then sends the voucher. */
  private async send(day: DayRow): Promise<DayVoucherRow> {
    const { ctx } = this;
    const plan = day.plan as PlannedDayVoucher;
    const { journalNumber } = await this.accounts.journal(day);
    // A year the accountant closed takes no voucher either: said here, before any number is taken.
    const year = openAccountingYearOf(await this.accountingYears(), day.day);
    if (!year) throw new SetupProblem(problem(CODES.accountingYearClosed, { orderNumber: dayAndRange(day, plan.range), date: day.day }));
    return this.numbers.one(async () => {
      const voucherNumber = await this.numbers.next(journalNumber, year);
      const entries = await entriesOf(ctx, this.accounts, day, plan, voucherNumber);
      // Generation 1's key is g0, as every day voucher was sent under before days had generations.
      const key = operationKey(ctx.profile.name, voucherSubject(day), 'day-voucher', day.generation - 1);
      const row = this.store.sending({ dayId: day.id, profile: ctx.profile.name, journalNumber, accountingYear: year.year, voucherNumber, voucherKey: key, entries });
      const body = { accountingYear: { year: year.year }, journal: { journalNumber }, entries: { financeVouchers: entries } };
      const answer = await journalled(ctx, key, voucherSubject(day), 'day-voucher', (attempt) => ctx.client.postJournalVouchers(journalNumber, body, attempt), (a) => this.answered(day, row, a));
      if (this.store.get(row.dayId)!.state === 'sending') this.answered(day, row, answer);
      return this.store.get(row.dayId)!;
    });
  }

  /**
   * Records where e-conomic put the voucher, as it answered (the voucher sent, should the answer
   * name no voucher), counts on the numbers it used, and logs LB-7024 when the answer's entries
   * do not move on the accounts what the day's entries move. A number that differs is no problem.
   */
  private answered(day: DayRow, row: DayVoucherRow, answer: unknown): void {
    const { ctx } = this;
    const answered = answeredOrSent(answer, row);
    this.store.posted(row.dayId, answered);
    for (const v of answered) this.numbers.used(row.journalNumber, v.accountingYear, v.voucherNumber);
    const off = accountsOff(row.entries, answered);
    if (off.length === 0) return;
    const clearing = new Set(row.entries.map((e) => e.account.accountNumber));
    ctx.log.report({
      code: CODES.dayVoucherAnswerDiffers,
      profile: ctx.profile.name,
      subject: voucherSubject(day),
      params: {
        date: day.day,
        currency: day.currency,
        journalNumber: row.journalNumber,
        // The numbers the journal shows ("Bilag 6"); one day's vouchers share its date, so its year.
        vouchers: answered.map((v) => v.voucherNumber).join(', '),
        shopTotal: money(amountOn(clearing, entriesAsAnswered(row.entries))),
        economicTotal: money(amountOn(clearing, answered.flatMap((v) => v.entries))),
        accounts: off.join(', '),
      },
    });
  }

  /**
   * A voucher sent by a run that died before it learned the outcome: posted when its entries
   * are in e-conomic (in the journal, or on the year's accounts once booked), as found there,
   * else released so that it is sent again, under a new attempt and a fresh number. Null when released.
   */
  private async settleInterrupted(row: DayVoucherRow): Promise<DayVoucherRow | null> {
    const { ctx } = this;
    const operation = ctx.ledger.operations.get(row.voucherKey);
    const found = operation?.status === 'completed' ? answeredOrSent(operation.result, row) : await this.inEconomic(row);
    ctx.ledger.transaction(() => {
      if (found) this.store.posted(row.dayId, found);
      else this.store.release(row.dayId);
      const latest = ctx.ledger.operations.get(row.voucherKey);
      if (latest && latest.status !== 'completed' && latest.status !== 'failed') {
        if (found) ctx.ledger.operations.complete(latest.key, { reconciled: found.map(voucherKey) });
        else ctx.ledger.operations.markFailed(latest.key, { reconciled: 'the voucher is not in e-conomic; it is sent again' });
      }
    });
    if (!found) this.numbers.forget(row.journalNumber);
    else for (const v of found) this.numbers.used(row.journalNumber, v.accountingYear, v.voucherNumber);
    return found ? this.store.get(row.dayId) : null;
  }

  /**
   * The voucher's parts as e-conomic has them, or null when it is not there: every voucher of
   * the day's date in the journal and on the year's accounts, matched by day-voucher-match.ts
   * (under the number sent with its amounts or texts, or under any number with its texts).
   */
  private async inEconomic(row: DayVoucherRow): Promise<AnsweredVoucher[] | null> {
    const date = row.entries[0]?.date;
    const inJournal = await this.ctx.client.listAll<ListedEntry>(`/journals/${row.journalNumber}/entries`, { filter: `date$eq:${date}` });
    const onAccounts = await this.ctx.client.listAll<ListedEntry>(`/accounting-years/${encodeProductNumber(row.accountingYear)}/entries`, { filter: `date$eq:${date}` });
    // Every entry read is of the day's date, so of the day's accounting year. Another shop's day on the agreement is never this one.
    // A voucher in the journal and one on the year's accounts are two, whatever their numbers.
    const candidates = [...vouchersOfListed(inJournal, () => row.accountingYear), ...vouchersOfListed(onAccounts, () => row.accountingYear)].filter(
      (v) => v.accountingYear === row.accountingYear && !this.numbers.heldByAnother(row.journalNumber, v.accountingYear, v.voucherNumber),
    );
    const parts = dayVoucherParts(row, candidates, this.store.othersOnDate(row));
    if (parts.length === 0) return null;
    // Recorded as if e-conomic had answered them so (on the year's accounts: their sides).
    return answeredVouchers(parts.map((p) => ({ voucherNumber: p.voucherNumber, accountingYear: { year: p.accountingYear }, entries: { financeVouchers: p.listed } })), row.accountingYear);
  }

  /**
   * Attaches the day's order list (the same PDF the Days screen and the accountant's mail give)
   * to each voucher e-conomic answered, in turn, each once: after a crash during an upload,
   * e-conomic is asked first whether that voucher has its file. A voucher the accountant booked
   * before the file got there cannot take it: that is said in the log, and the day is done all the same.
   */
  private async attach(day: DayRow, row: DayVoucherRow): Promise<DayVoucherRow> {
    let pdf: Promise<Uint8Array> | null = null;
    const file = () => {
      const document = orderListDocument(this.ctx.ledger, this.ctx.profile, day);
      if (!document) throw new Error(`day ${day.day} ${day.currency} has no order list`);
      return (pdf ??= orderListPdf(document, this.ctx.profile.language));
    };
    // A posted row always has its answer (day-voucher-store.ts).
    for (const [part, answered] of row.answered!.entries()) {
      await this.attachTo(day, row, { journalNumber: row.journalNumber, accountingYear: answered.accountingYear, voucherNumber: answered.voucherNumber }, part, file);
    }
    this.store.attached(row.dayId);
    return this.store.get(row.dayId)!;
  }

  /** The order list on one voucher of the day (its `part`-th in e-conomic's answer), once. */
  private async attachTo(day: DayRow, row: DayVoucherRow, voucher: VoucherAddress, part: number, file: () => Promise<Uint8Array>): Promise<void> {
    const { ctx } = this;
    const key = operationKey(ctx.profile.name, attachmentSubject(day), 'voucher-attachment', part);
    const latest = ctx.ledger.operations.get(key);
    if (latest?.status === 'completed') return;
    if (latest) {
      const present = (await this.attachmentOrGone(voucher)) !== 'none';
      ctx.ledger.transaction(() => {
        if (latest.status === 'failed') return;
        if (present) ctx.ledger.operations.complete(latest.key, { reconciled: 'the voucher has its attachment' });
        else ctx.ledger.operations.markFailed(latest.key, { reconciled: 'no attachment in e-conomic; it is sent again' });
      });
      if (present) return;
    }
    const pdf = await file();
    this.store.attaching(row.dayId, key);
    try {
      await journalled(ctx, key, voucherSubject(day), 'voucher-attachment', (attempt) => ctx.client.attachVoucherPdf(voucher, pdf, DOCUMENT_TEXTS[ctx.profile.language].dayVoucherAttachment(day.day, day.currency), attempt));
    } catch (error) {
      if (!(error instanceof EconomicError && error.detail.status === 404) || (await this.attachmentOrGone(voucher)) !== 'gone') throw error;
      // The accountant booked the journal first: the voucher has left it and takes no file here.
      ctx.log.report({ code: 'LB-7023', profile: ctx.profile.name, subject: voucherSubject(day), params: { date: day.day, currency: day.currency, journalNumber: voucher.journalNumber, voucherNumber: voucher.voucherNumber } });
    }
  }

  /** The voucher's attachment in e-conomic: there, not there, or the voucher is no longer in the journal. */
  private async attachmentOrGone(voucher: VoucherAddress): Promise<'present' | 'none' | 'gone'> {
    const inJournal = (await this.ctx.client.get<{ collection?: unknown[] }>(`/journals/${voucher.journalNumber}/entries`, { filter: `voucher.voucherNumber$eq:${voucher.voucherNumber}`, pagesize: 1 })).collection ?? [];
    if (inJournal.length === 0) return 'gone';
    return (await this.ctx.client.voucherAttachment(voucher)) ? 'present' : 'none';
  }

  private accountingYears(): Promise<AccountingYear[]> {
    this.years ??= this.ctx.client.accountingYears();
    return this.years;
  }
}

/**
 * The day is in the journal with its order list: it and every order in it are done, under the
 * (first) voucher e-conomic answered; every voucher it answered is in `vouchers`.
 */
function finishDay(ctx: EngineContext, dayId: number, row: DayVoucherRow): void {
  const { ledger, profile } = ctx;
  const answered = row.answered!;
  const first = firstVoucher(row);
  const where = { journalNumber: row.journalNumber, ...first, ...(answered.length > 1 ? { vouchers: answered.map(voucherKey) } : {}) };
  ledger.transaction(() => {
    const day = ledger.days.transition(dayId, 'done', { booked: true, reasonDetail: where });
    const entries = ledger.days.entries(dayId);
    for (const entry of entries) {
      if (entry.kind !== 'order') continue;
      ledger.orders.transition(entry.orderId, 'done', { reasonDetail: { day: day.day, currency: day.currency, journalNumber: row.journalNumber, voucherNumber: first.voucherNumber }, by: 'engine' });
    }
    ctx.queueAccountantMail(day);
    // The day went through once the accountant created or reopened its year: that problem is over.
    ctx.log.resolveSubject(profile.name, CODES.accountingYearClosed, voucherSubject(day));
    const voucherNumber = answered.length > 1 ? answered.map((v) => v.voucherNumber).join(', ') : first.voucherNumber;
    ctx.log.info({ code: 'LB-7022', profile: profile.name, params: { date: day.day, currency: day.currency, journalNumber: row.journalNumber, voucherNumber, count: entries.length, shopTotal: money(sum(row.entries.map((e) => dec(String(e.amount))))) } });
  });
}

