import { dec, money } from '../../../shared/domain/money';
import type { Order } from '../../../shared/domain/order';
import { dayClosesAt } from '../../../shared/domain/local-day';
import { filterValue } from '../../connectors/economic/client';
import type { DayRow } from '../../ledger';
import type { EngineContext } from '../context';
import { crashPoint } from '../crash-points';
import { failureFor } from '../failures';
import { operationKey } from '../idempotency';
import { journalled } from '../journal';
import { draftInvoiceBody } from '../plan/draft-body';
import { PlanError } from '../plan/plan-invoice';
import type { PlannedInvoice } from '../plan/types';
import { REASON } from '../reasons';
import { settleDraft } from '../totals-check';
import { orderListCsv } from './order-list';
import { holdingEntries, partsOf, waitParams } from './parts';
import { numberRange, planDay } from './plan-day';
import { dayAndRange } from './day-voucher-accounts';
import { DayVoucherWriter, planDayAsVoucher } from './book-day-voucher';
import { bookDayDraft, finishDay } from './finish-day';
import { daySubject } from './subjects';
import { bookHeldDays, settleDaysOnDraft } from './held-days';
import { settleDayVouchersInJournal } from './vouchers-in-journal';
import { isDayVoucher, type PlannedDayVoucher } from './plan-day-voucher';

export interface DaysOutcome {
  /** Days booked in e-conomic by this call (by us, or found booked by the owner). */
  booked: number;
  /** Days left as drafts for the owner. */
  held: number;
  /** Closed days that wait for one of their orders. */
  waiting: number;
}

export { daySubject } from './subjects';

/**
 * Books the days that have closed (postingUnit "day"), each exactly once: a day closes at the
 * next local midnight plus the grace period; it waits while one of its orders is not ready
 * (held, needs attention, failed) and says which; otherwise it is frozen — its entries and its
 * planned invoice fixed in the ledger — and written to e-conomic under the operations journal
 * like an order: a draft, the totals check against the sum of its orders, and booking when
 * automatic posting is in effect, else a draft for the owner. A frozen day takes no more
 * entries: orders and refunds that arrive later go into a day that is still open.
 */
export async function bookDays(ctx: EngineContext): Promise<DaysOutcome> {
  const outcome: DaysOutcome = { booked: 0, held: 0, waiting: 0 };
  const { ledger, profile } = ctx;
  const now = ctx.clock();
  for (const day of ledger.days.inState(profile.name, 'open')) {
    if (dayClosesAt(day.day, profile.daySummary.timeZone, profile.dayClosesAfterMinutes) > now) continue;
    if (!freeze(ctx, day)) outcome.waiting++;
    else crashPoint('after-day-frozen');
  }
  // Drafts that waited for a person: booked or deleted by hand meanwhile?
  const onDraft = await settleDaysOnDraft(ctx);
  outcome.booked += onDraft.booked;
  // Vouchers that wait in the journal for the accountant: still there?
  await settleDayVouchersInJournal(ctx);
  const vouchers = new DayVoucherWriter(ctx);
  for (const day of [...ledger.days.inState(profile.name, 'closing'), ...ledger.days.inState(profile.name, 'drafted')]) {
    const result = await writeFrozenDay(ctx, day, vouchers);
    if (result === 'booked') outcome.booked++;
    if (result === 'held') outcome.held++;
  }
  outcome.booked += await bookHeldDays(ctx, onDraft.waiting);
  return outcome;
}

/** Writes one frozen day to e-conomic: its invoice, or its voucher in the journal. */
export async function writeFrozenDay(ctx: EngineContext, day: DayRow, vouchers = new DayVoucherWriter(ctx)): Promise<'booked' | 'held' | 'needs-attention' | 'failed'> {
  // A day frozen as a journal voucher stays one, whatever the setting says now.
  if (isDayVoucher(day.plan)) return (await vouchers.write(day)) ? 'booked' : 'failed';
  return writeDay(ctx, day);
}

/**
 * Freezes a closed day when every one of its orders is ready; else records on the day, and in
 * the log, which orders it waits for. True when frozen.
 */
function freeze(ctx: EngineContext, day: DayRow): boolean {
  const { ledger, profile } = ctx;
  const entries = ledger.days.entries(day.id);
  const holding = holdingEntries(ctx, entries);
  const subject = daySubject(day);
  if (holding.length > 0) {
    const params = waitParams({ date: day.day, currency: day.currency }, holding);
    ledger.days.transition(day.id, 'open', { reasonCode: REASON.dayWaitsForOrders, reasonDetail: { params, orderIds: holding.map((e) => e.orderId) } });
    ctx.log.report({ code: REASON.dayWaitsForOrders, profile: profile.name, subject, params });
    return false;
  }
  const customerNumber = profile.customers.collective[day.currency] ?? profile.customers.collective['*'];
  let plan: PlannedInvoice | PlannedDayVoucher;
  try {
    if (profile.dayBooking === 'journal') plan = planDayAsVoucher(ctx, day, entries);
    else {
      if (customerNumber === undefined) throw new PlanError('no-collective-customer', `no collective customer for ${day.currency}`, { currency: day.currency });
      const parts = partsOf(ctx, entries);
      plan = planDay({ profileName: profile.name, date: day.day, currency: day.currency, zone: day.zone, customerNumber, vatZoneNumber: profile.vatZones[day.zone] }, parts, { profile, knownProducts: ctx.reference.productNumbers });
    }
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    // Named for the owner as the day's voucher problems are: its order numbers and its date.
    const orders = entries.filter((e) => e.kind === 'order');
    const problem = failureFor(error, { number: dayAndRange(day, numberRange(orders.length > 0 ? orders : entries)) }).problem;
    ledger.days.transition(day.id, 'open', { reasonCode: problem.code, reasonDetail: { params: problem.params } });
    ctx.log.report({ ...problem, profile: profile.name, subject });
    return false;
  }
  // Every order the list names: a refund's order is often one booked in an earlier day.
  const orders = [...new Set(entries.map((e) => e.orderId))].map((id) => ledger.orders.get(id)!.order as Order);
  const refunds = partsOf(ctx, entries.filter((e) => e.kind === 'refund'));
  ledger.transaction(() => {
    ledger.days.transition(day.id, 'closing', { plan, gross: plan.kind === 'day-voucher' ? plan.gross : plan.shopTotal, orderList: orderListCsv(entries, orders, refunds, profile), frozen: true });
    ctx.log.resolveSubject(profile.name, REASON.dayWaitsForOrders, subject);
  });
  return true;
}

/** Writes a frozen day's invoice: draft (adopted after a crash), totals check, booking or a draft for the owner. */
async function writeDay(ctx: EngineContext, day: DayRow): Promise<'booked' | 'held' | 'needs-attention' | 'failed'> {
  const { ledger, profile } = ctx;
  const plan = day.plan as PlannedInvoice;
  const subject = daySubject(day);
  const customerNumber = (plan.customer as { customerNumber: number }).customerNumber;
  try {
    if (ledger.operations.openForOrder(subject).length > 0) {
      const adopted = await adoptAfterCrash(ctx, day);
      if (adopted === 'booked') return 'booked';
      day = ledger.days.get(day.id)!;
    }
    await ctx.products.ensure(plan.productsToCreate, subject);
    const createKey = operationKey(profile.name, subject, 'create-draft', day.generation);
    const draft = await journalled(ctx, createKey, subject, 'create-draft', (attempt) => ctx.client.createDraftInvoice(draftInvoiceBody(plan, customerNumber) as never, attempt), (created) => {
      ledger.days.transition(day.id, 'drafted', { draftNumber: created.draftInvoiceNumber });
    });
    if (ledger.days.get(day.id)!.state !== 'drafted') ledger.days.transition(day.id, 'drafted', { draftNumber: draft.draftInvoiceNumber });
    const settled = await settleDraft(ctx, { subject, plan, written: { draft, by: 'create-draft' }, generation: day.generation, customerNumber });
    if (!settled.difference.isZero()) {
      const params = { date: day.day, currency: day.currency, shopTotal: money(dec(plan.shopTotal)), economicTotal: money(dec(String(settled.draft.grossAmount))), difference: money(settled.difference.abs()), tolerance: profile.roundingTolerance, draftNumber: draft.draftInvoiceNumber };
      ledger.days.transition(day.id, 'needs-attention', { reasonCode: REASON.dayTotalMismatch, reasonDetail: { params } });
      ctx.log.report({ code: REASON.dayTotalMismatch, profile: profile.name, subject, params });
      return 'needs-attention';
    }
    const supervised = ledger.supervised.forProfile(profile.name);
    if (supervised.get().firstAutomaticDraftAt === null) supervised.recordAutomaticDraft(ctx.clock());
    if (ctx.posting().effectiveMode !== 'automatic') {
      const posting = ctx.posting();
      ledger.days.transition(day.id, 'held', { reasonCode: REASON.awaitingManualBooking, reasonDetail: { gates: posting.gates.filter((g) => !g.met).map((g) => g.id) } });
      ctx.log.resolveSubject(profile.name, REASON.dayTotalMismatch, subject);
      return 'held';
    }
    await bookDayDraft(ctx, day.id, draft.draftInvoiceNumber);
    return 'booked';
  } catch (error) {
    // Named for the owner as the day's other problems are (its order numbers and date), not by the journal's subject.
    const failure = failureFor(error, { number: dayAndRange(day, plan.orderNumber) });
    ledger.days.transition(day.id, ledger.days.get(day.id)!.state, { reasonCode: failure.problem.code, reasonDetail: { params: failure.problem.params, technical: failure.problem.technical } });
    ctx.log.report({ ...failure.problem, profile: profile.name, subject });
    return 'failed';
  }
}

/**
 * After a crash between a write and its journal row: what e-conomic holds under the day's
 * reference decides. A booked invoice closes the day; a draft is adopted; a write that never
 * happened is released and repeated.
 */
async function adoptAfterCrash(ctx: EngineContext, day: DayRow): Promise<'booked' | 'drafted' | 'released'> {
  const { ledger } = ctx;
  const reference = filterValue((day.plan as PlannedInvoice).referenceOther);
  const [booked] = await ctx.client.findBookedInvoices(`references.other$eq:${reference}`);
  const drafts = booked ? [] : await ctx.client.findDraftInvoices(`references.other$eq:${reference}`);
  const open = ledger.operations.openForOrder(daySubject(day));
  let result: 'booked' | 'drafted' | 'released' = 'released';
  ledger.transaction(() => {
    for (const op of open) {
      if (booked) ledger.operations.complete(op.key, op.step === 'book' ? booked : (drafts[0] ?? { draftInvoiceNumber: day.draftNumber }));
      else if (op.step === 'create-draft' && drafts.length > 0) ledger.operations.complete(op.key, drafts[0]);
      else ledger.operations.markFailed(op.key, { reconciled: 'not found in e-conomic; will be repeated' });
    }
    if (booked) {
      finishDay(ctx, day.id, booked.bookedInvoiceNumber, 'reconcile');
      result = 'booked';
    } else if (drafts.length > 0) {
      ledger.days.transition(day.id, 'drafted', { draftNumber: drafts[0].draftInvoiceNumber });
      result = 'drafted';
    }
  });
  return result;
}
