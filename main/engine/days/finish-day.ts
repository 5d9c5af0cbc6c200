import { dec, money } from '../../../shared/domain/money';
import { CODES } from '../../../shared/errors';
import type { EngineContext } from '../context';
import { operationKey } from '../idempotency';
import { journalled } from '../journal';
import { REASON } from '../reasons';
import { daySubject } from './subjects';


/** Books a day's draft exactly once (under the day's generation) and closes the day. */
export async function bookDayDraft(ctx: EngineContext, dayId: number, draftNumber: number): Promise<void> {
  const day = ctx.ledger.days.get(dayId)!;
  const key = operationKey(ctx.profile.name, daySubject(day), 'book', day.generation);
  const invoice = await journalled(ctx, key, daySubject(day), 'book', (attempt) => ctx.client.bookDraftInvoice(draftNumber, attempt), (booked) => {
    finishDay(ctx, dayId, booked.bookedInvoiceNumber, 'engine');
  });
  if (ctx.ledger.days.get(dayId)!.state !== 'done') finishDay(ctx, dayId, invoice.bookedInvoiceNumber, 'engine');
}

/** The day is booked: it and every order in it are done, under the day's invoice number. */
export function finishDay(ctx: EngineContext, dayId: number, bookedNumber: number, by: string): void {
  const { ledger, profile } = ctx;
  ledger.transaction(() => {
    const day = ledger.days.transition(dayId, 'done', { bookedNumber, booked: true });
    const entries = ledger.days.entries(dayId);
    for (const entry of entries) {
      if (entry.kind !== 'order') continue;
      ledger.orders.transition(entry.orderId, 'done', { draftNumber: day.draftNumber, bookedNumber, reasonDetail: { day: day.day, currency: day.currency }, by });
    }
    ctx.moneyFlows.queueDayPayments(day);
    ctx.queueAccountantMail(day);
    for (const code of [REASON.dayTotalMismatch, REASON.dayDraftGone]) ctx.log.resolveSubject(profile.name, code, daySubject(day));
    // Booked once the accountant created or reopened the day's year: that problem is over.
    ctx.log.resolveSubject(profile.name, CODES.accountingYearClosed, daySubject(day));
    ctx.log.info({ code: REASON.dayBooked, profile: profile.name, params: { date: day.day, currency: day.currency, invoiceNumber: bookedNumber, count: entries.length, shopTotal: money(dec(day.gross)) } });
  });
}
