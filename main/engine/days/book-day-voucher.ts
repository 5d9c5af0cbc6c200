import { dec, money, sum } from '../../../shared/domain/money';
import { orderListPdf } from '../../../shared/days/order-list-pdf';
import { CODES, problem } from '../../../shared/errors';
import { DOCUMENT_TEXTS } from '../../../shared/i18n/document-texts';
import { EconomicError } from '../../connectors/economic/errors';
import { encodeProductNumber } from '../../connectors/economic/encoding';
import type { AccountingYear, FinanceVoucherInput, VoucherAddress } from '../../connectors/economic/types';
import type { DayEntry, DayRow } from '../../ledger';
import type { EngineContext } from '../context';
import { failureFor } from '../failures';
import { operationKey } from '../idempotency';
import { journalled } from '../journal';
import { VoucherNumbers } from '../voucher-numbers';
import { carriesDayTexts, carriesSentAmounts, isWrittenVoucher, sideOf, type EntryInEconomic, type VoucherSide } from './day-voucher-match';
import { DayVoucherStore, type DayVoucherRow } from './day-voucher-store';
import { orderListDocument } from './order-list-document';
import { paidPartsOf } from './parts';
import { DayVoucherAccounts, SetupProblem, dayAndRange, voucherEntries } from './day-voucher-accounts';
import { planDayVoucher, type PlannedDayVoucher } from './plan-day-voucher';

/*
 * A day booked as one finance voucher in a journal (dayBooking "journal"), beside the day
 * invoice of book-days.ts. Its life, per day, each step exactly once:
 *
 *   closing ──(accounts resolved, number chosen, row 'sending' stored)──▶ voucher sent
 *      │                                                                    │
 *      │        row 'posted' ◀──(answer, or found in e-conomic after a crash)┘
 *      │             │
 *      │             └──(attachment_key stored)──▶ order list PDF sent ──▶ row 'attached'
 *      │                                                                     │
 *      └──────────────────────── day 'done', its orders 'done' ◀─────────────┘
 *
 * A run that dies while the voucher is out looks for it in the journal (and on the year's
 * accounts, should the accountant have booked the journal meanwhile) by its number, date and
 * clearing accounts, with its amounts or its texts, before it sends anything again; one that dies while the PDF is out asks e-conomic
 * whether the voucher has an attachment. The journal is left for the accountant to book.
 */

/** The journal's subject for a day voucher's writes. */
function voucherSubject(day: Pick<DayRow, 'day' | 'currency' | 'zone'>): string {
  return `day-voucher:${day.day}:${day.currency}:${day.zone}`;
}

/** The plan of a frozen journal-mode day: the voucher it becomes, from its orders and refunds with their payment methods. */
export function planDayAsVoucher(ctx: Pick<EngineContext, 'ledger' | 'profile' | 'reference'>, day: DayRow, entries: DayEntry[]): PlannedDayVoucher {
  return planDayVoucher({ profileName: ctx.profile.name, date: day.day, currency: day.currency, zone: day.zone }, paidPartsOf(ctx, entries), ctx.profile);
}

/** The voucher's entries as e-conomic takes them: the resolved entries (see voucherEntries) under the voucher's number. */
async function entriesOf(ctx: EngineContext, accounts: DayVoucherAccounts, day: DayRow, plan: PlannedDayVoucher, voucherNumber: number): Promise<FinanceVoucherInput[]> {
  return (await voucherEntries(accounts, day, plan, ctx.profile)).map((e) => ({
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

/** An entry as the journal (`/journals/{n}/entries`) or the year's accounts (`/accounting-years/{y}/entries`) list it. */
interface JournalEntry extends EntryInEconomic {
  voucher?: { accountingYear?: { year: string } };
}

const yearOf = (years: AccountingYear[], date: string) => years.find((y) => y.fromDate <= date && date <= y.toDate);

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
      const reported = error instanceof SetupProblem ? error.problem : failureFor(error, { number: subject }).problem;
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
    const year = yearOf(await this.accountingYears(), day.day);
    if (!year) throw new SetupProblem(problem(CODES.accountingYearClosed, { orderNumber: dayAndRange(day, plan.range), date: day.day }));
    const voucherNumber = await this.numbers.next(journalNumber, year);
    const entries = await entriesOf(ctx, this.accounts, day, plan, voucherNumber);
    const key = operationKey(ctx.profile.name, voucherSubject(day), 'day-voucher', 0);
    const row = this.store.sending({ dayId: day.id, profile: ctx.profile.name, journalNumber, accountingYear: year.year, voucherNumber, voucherKey: key, entries });
    const body = { accountingYear: { year: year.year }, journal: { journalNumber }, entries: { financeVouchers: entries } };
    await journalled(ctx, key, voucherSubject(day), 'day-voucher', (attempt) => ctx.client.postJournalVouchers(journalNumber, body, attempt), () => this.store.posted(day.id));
    return this.store.get(row.dayId)!;
  }

  /**
   * A voucher sent by a run that died before it learned the outcome: posted when its entries
   * are in e-conomic (in the journal, or on the year's accounts once booked), else released so
   * that it is sent again, under a new attempt and a fresh number. Null when released.
   */
  private async settleInterrupted(row: DayVoucherRow): Promise<DayVoucherRow | null> {
    const { ctx } = this;
    const present = ctx.ledger.operations.get(row.voucherKey)?.status === 'completed' || (await this.inEconomic(row));
    ctx.ledger.transaction(() => {
      if (present) this.store.posted(row.dayId);
      else this.store.release(row.dayId);
      const latest = ctx.ledger.operations.get(row.voucherKey);
      if (latest && latest.status !== 'completed' && latest.status !== 'failed') {
        if (present) ctx.ledger.operations.complete(latest.key, { reconciled: row.voucherNumber });
        else ctx.ledger.operations.markFailed(latest.key, { reconciled: 'the voucher is not in e-conomic; it is sent again' });
      }
    });
    if (!present) this.numbers.forget(row.journalNumber);
    return present ? this.store.get(row.dayId) : null;
  }

  /**
   * Whether e-conomic has the voucher: under its number and date, in the journal or on the
   * year's accounts, on the day's clearing accounts with the amounts sent or one of the texts
   * sent (an accountant may have rewritten the texts meanwhile; see day-voucher-match.ts).
   */
  private async inEconomic(row: DayVoucherRow): Promise<boolean> {
    const date = row.entries[0]?.date;
    const found = (sides: VoucherSide[]): boolean => {
      const voucher = { accountingYear: row.accountingYear, voucherNumber: row.voucherNumber, date, sides };
      return isWrittenVoucher(row, voucher) && (carriesSentAmounts(row, voucher) || carriesDayTexts(row, voucher));
    };
    const inJournal = `/journals/${row.journalNumber}/entries`;
    const journalSides: VoucherSide[] = [];
    for await (const e of this.ctx.client.iterate<JournalEntry>(inJournal, { filter: `date$eq:${date}$and:voucher.voucherNumber$eq:${row.voucherNumber}` })) {
      if (e.voucher?.accountingYear?.year === undefined || e.voucher.accountingYear.year === row.accountingYear) journalSides.push(sideOf(e));
    }
    if (found(journalSides)) return true;
    const onAccounts = `/accounting-years/${encodeProductNumber(row.accountingYear)}/entries`;
    const yearSides: VoucherSide[] = [];
    for await (const e of this.ctx.client.iterate<EntryInEconomic>(onAccounts, { filter: `date$eq:${date}$and:voucherNumber$eq:${row.voucherNumber}` })) yearSides.push(sideOf(e));
    return found(yearSides);
  }

  /**
   * Attaches the day's order list (the same PDF the Days screen and the accountant's mail give)
   * to the voucher. After a crash during the upload, e-conomic is asked first whether the voucher
   * has its file. A voucher the accountant booked before the file got there cannot take it: that
   * is said in the log, and the day is done all the same.
   */
  private async attach(day: DayRow, row: DayVoucherRow): Promise<DayVoucherRow> {
    const { ctx } = this;
    const voucher: VoucherAddress = { journalNumber: row.journalNumber, accountingYear: row.accountingYear, voucherNumber: row.voucherNumber };
    const key = operationKey(ctx.profile.name, voucherSubject(day), 'voucher-attachment', 0);
    if (row.attachmentKey !== null) {
      const latest = ctx.ledger.operations.get(key);
      const present = latest?.status === 'completed' || (await this.attachmentOrGone(voucher)) !== 'none';
      ctx.ledger.transaction(() => {
        if (latest && latest.status !== 'completed' && latest.status !== 'failed') {
          if (present) ctx.ledger.operations.complete(latest.key, { reconciled: 'the voucher has its attachment' });
          else ctx.ledger.operations.markFailed(latest.key, { reconciled: 'no attachment in e-conomic; it is sent again' });
        }
        if (present) this.store.attached(row.dayId);
      });
      if (present) return this.store.get(row.dayId)!;
    }
    const document = orderListDocument(ctx.ledger, ctx.profile, day);
    if (!document) throw new Error(`day ${day.day} ${day.currency} has no order list`);
    const pdf = await orderListPdf(document, ctx.profile.language);
    this.store.attaching(row.dayId, key);
    try {
      await journalled(ctx, key, voucherSubject(day), 'voucher-attachment', (attempt) => ctx.client.attachVoucherPdf(voucher, pdf, DOCUMENT_TEXTS[ctx.profile.language].dayVoucherAttachment(day.day, day.currency), attempt), () => this.store.attached(row.dayId));
    } catch (error) {
      if (!(error instanceof EconomicError && error.detail.status === 404) || (await this.attachmentOrGone(voucher)) !== 'gone') throw error;
      // The accountant booked the journal first: the voucher has left it and takes no file here.
      ctx.log.report({ code: 'LB-7023', profile: ctx.profile.name, subject: voucherSubject(day), params: { date: day.day, currency: day.currency, journalNumber: row.journalNumber, voucherNumber: row.voucherNumber } });
      this.store.attached(row.dayId);
    }
    return this.store.get(row.dayId)!;
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

/** The day is in the journal with its order list: it and every order in it are done. */
function finishDay(ctx: EngineContext, dayId: number, row: DayVoucherRow): void {
  const { ledger, profile } = ctx;
  ledger.transaction(() => {
    const day = ledger.days.transition(dayId, 'done', { booked: true, reasonDetail: { journalNumber: row.journalNumber, accountingYear: row.accountingYear, voucherNumber: row.voucherNumber } });
    const entries = ledger.days.entries(dayId);
    for (const entry of entries) {
      if (entry.kind !== 'order') continue;
      ledger.orders.transition(entry.orderId, 'done', { reasonDetail: { day: day.day, currency: day.currency, journalNumber: row.journalNumber, voucherNumber: row.voucherNumber }, by: 'engine' });
    }
    ctx.queueAccountantMail(day);
    ctx.log.info({ code: 'LB-7022', profile: profile.name, params: { date: day.day, currency: day.currency, journalNumber: row.journalNumber, voucherNumber: row.voucherNumber, count: entries.length, shopTotal: money(sum(row.entries.map((e) => dec(String(e.amount))))) } });
  });
}

