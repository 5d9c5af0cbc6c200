import { orderListCsvOf, summariseOrderList } from '../../shared/days/order-list';
import { orderListPdf } from '../../shared/days/order-list-pdf';
import { dec, money, sum } from '../../shared/domain/money';
import { describe } from '../../shared/errors';
import { dayStatusOf } from '../../shared/i18n/day-status';
import { orderStatusOf } from '../../shared/i18n/order-status';
import { ORDER_LIST_WORDS } from '../../shared/i18n/order-list-words';
import type { Request, Response } from '../../shared/ipc/contract';
import type { DayRowView } from '../../shared/ipc/schemas/days';
import { dayBookedAs } from '../engine/days/accountant-mail';
import { retryDay } from '../operations/retry-day';
import { orderListDocument } from '../engine/days/order-list-document';
import type { DayRow, Ledger } from '../ledger';
import { OutboxStateError, OWNER_STATUSES, type OutboxRow } from '../mail';
import { REASON } from '../engine/reasons';
import type { ServiceContext } from './context';
import { SERVICE_CODES, serviceError, translated } from './errors';
import type { SyncLoop } from './sync-loop';
import type { Lang } from '../../shared/i18n/lang';
import type { AccountantMailView } from '../../shared/ipc/schemas/days';

/**
 * The daily summaries (postingUnit "day") in the app, as `ledgerbridge days` shows them: each
 * day and currency with its status, orders, gross and e-conomic invoice, which orders a closed
 * day waits for, and its order list as it was fixed (rows, CSV and PDF).
 */
export class DaysArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly loop: SyncLoop,
  ) {}

  async list(req: Request<'days.list'>): Promise<Response<'days.list'>> {
    const runtime = this.ctx.requireRuntime();
    const { items, total } = runtime.ledger.days.list(runtime.profile.name, req.limit, req.offset);
    return { postingUnit: runtime.profile.postingUnit, total, days: items.map((day) => this.view(day)) };
  }

  async orderList(req: Request<'days.orderList'>): Promise<Response<'days.orderList'>> {
    const { day, document } = this.fixed(req.id);
    const summary = summariseOrderList(document.rows);
    const lang = this.ctx.language();
    return {
      id: day.id,
      day: day.day,
      currency: day.currency,
      rows: [...document.rows],
      total: summary.total,
      vat: summary.vat,
      firstNumber: summary.firstNumber,
      lastNumber: summary.lastNumber,
      // Written again from the fixed rows in the app's language (the stored CSV is in the language of the day it closed).
      csv: { fileName: `${ORDER_LIST_WORDS[lang].fileName(day.day, day.currency, document.abroad)}.csv`, csv: orderListCsvOf(document.rows, lang) },
    };
  }

  async pdf(req: Request<'days.pdf'>): Promise<Response<'days.pdf'>> {
    const { day, document } = this.fixed(req.id);
    const lang = this.ctx.language();
    const bytes = await orderListPdf(document, lang);
    return { fileName: `${ORDER_LIST_WORDS[lang].fileName(day.day, day.currency, document.abroad)}.pdf`, base64: Buffer.from(bytes).toString('base64') };
  }

  /**
   * "Send to accountant": mails a booked day's order list to the accountant now — the first time
   * for a day booked before the address was set, else again (to the address as it is now).
   */
  async sendToAccountant(req: Request<'days.sendToAccountant'>): Promise<Response<'days.sendToAccountant'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    const day = runtime.ledger.days.get(req.id);
    if (!day || day.profile !== runtime.profile.name || !dayBookedAs(runtime.ledger, day) || day.orderList === null) {
      throw serviceError(SERVICE_CODES.dayListMissing, lang, { date: day?.day ?? `#${req.id}` });
    }
    const to = runtime.profile.accountantEmail;
    if (!to) throw serviceError(SERVICE_CODES.accountantMissing, lang, { date: day.day });
    const queued = runtime.outbox.getForDay(day.id);
    try {
      if (!queued) runtime.queueAccountantMail(day);
      else if (queued.to !== to) runtime.outbox.updateRecipient({ dayId: day.id }, to, BY_APP);
      else runtime.outbox.confirmResend({ dayId: day.id }, BY_APP);
    } catch (error) {
      if (error instanceof OutboxStateError) throw serviceError(SERVICE_CODES.accountantMailBeingSent, lang, { date: day.day, currency: day.currency });
      throw error;
    }
    await translated(lang, () => this.loop.exclusive(() => runtime.processMail()));
    this.loop.afterChange(runtime);
    return this.view(runtime.ledger.days.get(day.id)!);
  }

  /**
   * "Retry the day": a day whose draft was deleted by hand in e-conomic (LB-7025) gets one new
   * draft with the same orders, after any running sync. A day not stopped so is left as it is
   * and shown as it stands, so a second press changes nothing.
   */
  async retry(req: Request<'days.retry'>): Promise<Response<'days.retry'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    const day = runtime.ledger.days.get(req.id);
    if (!day || day.profile !== runtime.profile.name) throw serviceError(SERVICE_CODES.dayListMissing, lang, { date: `#${req.id}` });
    const result = await translated(lang, () => this.loop.exclusive(() => retryDay(runtime, day.id)));
    this.loop.afterChange(runtime);
    return this.view(result.day);
  }

  private fixed(id: number) {
    const runtime = this.ctx.requireRuntime();
    const day = runtime.ledger.days.get(id);
    const document = day && day.profile === runtime.profile.name ? orderListDocument(runtime.ledger, runtime.profile, day) : null;
    if (!day || !document) throw serviceError(SERVICE_CODES.dayListMissing, this.ctx.language(), { date: day?.day ?? `#${id}` });
    return { day, document };
  }

  private view(day: DayRow): DayRowView {
    const { ledger } = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    const entries = ledger.days.entries(day.id);
    const detail = (day.reasonDetail ?? {}) as { params?: Record<string, string | number> };
    const waitingFor =
      day.state === 'open' && day.reasonCode === REASON.dayWaitsForOrders
        ? entries
            .filter((e) => e.kind === 'order')
            .map((e) => ({ entry: e, order: ledger.orders.get(e.orderId) }))
            .filter(({ order }) => order && order.state !== 'in-day')
            .map(({ entry, order }) => ({
              orderId: entry.orderId,
              number: entry.number,
              status: orderStatusOf(order!.state, order!.reasonCode),
              reason: order!.reasonCode ? describe(order!.reasonCode, {}, lang).title : null,
            }))
        : [];
    const problem = day.reasonCode && day.state !== 'held' ? describe(day.reasonCode, (detail.params ?? {}) as never, lang) : null;
    return {
      id: day.id,
      day: day.day,
      currency: day.currency,
      abroad: day.zone === 'abroad',
      status: dayStatusOf(day.state, day.reasonCode),
      orders: entries.filter((e) => e.kind === 'order').length,
      refunds: entries.filter((e) => e.kind === 'refund').length,
      gross: day.gross ?? money(sum(entries.map((e) => dec(e.gross)))),
      draftNumber: day.draftNumber,
      invoiceNumber: day.bookedNumber,
      // A voucher deleted from the journal is no longer where the day is.
      voucher: day.reasonCode === REASON.dayVoucherGone ? null : voucherOf(ledger, day),
      bookedAt: day.bookedAt,
      problem: problem && { code: problem.code, title: problem.title, message: problem.message },
      waitingFor,
      orderListFixed: day.orderList !== null,
      accountantMail: accountantMailView(this.ctx.requireRuntime().outbox.getForDay(day.id), lang),
    };
  }
}

/** A day booked as a voucher in a journal: where the voucher is (the Days screen names it where an invoice's number would be). */
function voucherOf(ledger: Ledger, day: DayRow): DayRowView['voucher'] {
  const bookedAs = dayBookedAs(ledger, day);
  return bookedAs && 'voucherNumber' in bookedAs ? bookedAs : null;
}

/** Who the outbox records for an owner's action taken in the app. */
const BY_APP = 'app';

/** A day's mail to the accountant as the owner follows it; what to do when it waits for them. */
function accountantMailView(row: OutboxRow | null, lang: Lang): AccountantMailView | null {
  if (!row) return null;
  const failed = OWNER_STATUSES.includes(row.status);
  const problem = failed && row.lastError ? describe(row.lastError.errorCode, row.lastError.params as never, lang) : null;
  return {
    status: row.status === 'sent' ? 'sent' : failed ? 'failed' : 'pending',
    to: row.to,
    sentAt: row.sentAt,
    problem: problem && { code: problem.code, title: problem.title, message: problem.message, fix: problem.fix },
  };
}
