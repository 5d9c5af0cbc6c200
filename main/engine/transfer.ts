import type { NormalizedOrder, Order } from '../../shared/domain/order';
import { dec, money } from '../../shared/domain/money';
import { describe as describeProblem } from '../../shared/errors';
import type { ProblemReport } from '../../shared/errors';
import { EconomicError } from '../connectors/economic/errors';
import type { AccountingYear, DraftInvoice } from '../connectors/economic/types';
import type { OrderFacts, OrderRow } from '../ledger/orders';
import { blockingProblemsFor } from './validate';
import type { EngineContext } from './context';
import { checkEligibility } from './eligibility';
import { crashPoint } from './crash-points';
import { failureFor } from './failures';
import { operationKey } from './idempotency';
import { draftInvoiceBody } from './plan/draft-body';
import { planInvoice, PlanError } from './plan/plan-invoice';
import type { PlannedInvoice } from './plan/types';
import { REASON } from './reasons';
import { decideRules, type RuleDecision } from './rules';
import { seenBookedAt } from './manual-bookings';
import { DraftBookedElsewhere, DraftDeletedElsewhere, requireOwnDraft } from './own-draft';
import { orderReference } from './plan/references';
import { mailGetsItsAddress, waitForWithheldDetails, withheldDetailsNeeded } from './withheld-customer-data';

export type TransferOutcome =
  | 'unchanged'
  | 'waiting'
  | 'skipped'
  | 'failed'
  | 'needs-attention'
  | 'held'
  /** A draft was created or updated and waits for the owner (supervised period or a rule). */
  | 'held-as-draft'
  | 'drafted'
  | 'booked'
  /** Checked and in its day's summary (postingUnit "day"); booked when the day is. */
  | 'in-day';

import { DONE_STATES } from './record-seen';
import { journalled } from './journal';
import { settleTotals, type WrittenDraft } from './totals-check';
import { keptBooked, keptDraft } from './kept-answers';
import { dayZoneOf, lateIntoAnotherYear, needsOwnInvoice, placeEntry, saleDay } from './days/placement';

/**
 * Moves one order as far along seen → eligible → drafted → booked as the profile, the
 * rules and the posting gates allow. One bad order never stops the others: every
 * failure ends as a state with a reason and a log entry, not an exception.
 */
export async function transferOrder(ctx: EngineContext, normalized: NormalizedOrder, accountingYears: () => Promise<AccountingYear[]> = () => ctx.client.accountingYears()): Promise<TransferOutcome> {
  const { order } = normalized;
  const row = ctx.ledger.orders.facts(order.id);
  if (!row) throw new Error(`order ${order.id} must be recorded before transfer`);
  if (row.state === 'booked' || mailGetsItsAddress(row, order)) {
    // Booked, but the after-booking work (PDF, mail, payment) did not finish: finish it.
    await finishBooked(ctx, order, row.bookedNumber!);
    return 'unchanged';
  }
  if (DONE_STATES.has(row.state)) return 'unchanged';
  // In a day that is being booked: the day's summary is written from what was frozen.
  if (row.state === 'in-day' && ctx.ledger.days.entryOf(ctx.profile.name, 'order', order.id)?.day.state !== 'open') return 'unchanged';
  try {
    return await advance(ctx, normalized, row, accountingYears);
  } catch (error) {
    return settleFailure(ctx, order, error);
  }
}

/** A draft booked by hand is adopted, one deleted by hand waits for the owner; anything else is a failure. */
function settleFailure(ctx: EngineContext, order: Order, error: unknown): Promise<TransferOutcome> | TransferOutcome {
  if (error instanceof DraftBookedElsewhere) return adoptManualBooking(ctx, order, error.bookedInvoiceNumber);
  if (error instanceof DraftDeletedElsewhere) return draftDeletedByHand(ctx, order, error.draftNumber);
  return recordFailure(ctx, order, error);
}

function recordFailure(ctx: EngineContext, order: Order, error: unknown): TransferOutcome {
  const failure = failureFor(error, order);
  const row = ctx.ledger.orders.facts(order.id)!;
  const state = failure.retry ? 'failed' : 'needs-attention';
  const attempts = row.attempts + (state === 'failed' ? 1 : 0);
  const nextRetryAt = failure.retry ? new Date(ctx.clock().getTime() + backoffMs(attempts, failure.retryAfterMs)) : null;
  ctx.ledger.orders.transition(order.id, state, {
    reasonCode: failure.problem.code,
    reasonDetail: { params: failure.problem.params, technical: failure.problem.technical },
    nextRetryAt,
    by: 'engine',
  });
  ctx.log.report({ ...failure.problem, orderId: order.id, profile: ctx.profile.name });
  return state;
}

/** The owner approved this version of the order (a later change in the shop needs a new approval): no rule holds it back. */
function approvedAsItIs(row: Pick<OrderFacts, 'approvedGeneration' | 'generation'>): boolean {
  return row.approvedGeneration !== null && row.approvedGeneration === row.generation;
}

/** 1 min, 2, 4 … capped at 6 h, or what e-conomic asked for. */
export function backoffMs(attempts: number, retryAfterMs?: number): number {
  const exponential = Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000);
  return Math.max(exponential, retryAfterMs ?? 0);
}

async function advance(ctx: EngineContext, normalized: NormalizedOrder, row: OrderFacts, accountingYears: () => Promise<AccountingYear[]>): Promise<TransferOutcome> {
  const { order } = normalized;
  const { ledger, profile } = ctx;
  const eligibility = checkEligibility(order, profile.orderStages);

  if (!eligibility.eligible) {
    if (eligibility.reason !== 'cancelled') return 'waiting';
    // In a day whose booking has begun (its own, or a refund's): the cancellation is credited in a later day.
    if (!ledger.days.removeOrder(profile.name, order.id) && ledger.days.entryOf(profile.name, 'order', order.id)) return 'unchanged';
    if (row.draftNumber) {
      const key = operationKey(profile.name, order.id, 'delete-draft', row.generation);
      await journalled(ctx, key, order.id, 'delete-draft', (attempt) => ctx.client.deleteDraftInvoice(row.draftNumber!, attempt));
      ledger.orders.transition(order.id, 'skipped', { reasonCode: REASON.draftDeletedCancelled, draftNumber: null, by: 'engine' });
      ctx.log.info({ code: REASON.draftDeletedCancelled, orderId: order.id, profile: profile.name, params: { orderNumber: order.number, draftNumber: row.draftNumber } });
    } else if (row.state !== 'skipped') {
      ledger.orders.transition(order.id, 'skipped', { reasonCode: REASON.cancelledSkipped, by: 'engine' });
      ctx.log.info({ code: REASON.cancelledSkipped, orderId: order.id, profile: profile.name, params: { orderNumber: order.number } });
    }
    ctx.log.resolveForOrder(order.id);
    return 'skipped';
  }

  // The owner deleted our draft by hand: a change in the shop does not bring it back, only "Retry".
  if (row.state === 'needs-attention' && row.reasonCode === REASON.draftGone) return 'needs-attention';
  // A seen order becomes eligible. On the way to an invoice of its own nothing is written
  // before the rules' decision (the checks in between are pure), so the two share one statement.
  const intoDay = !row.draftNumber && (profile.postingUnit === 'day' || ledger.days.entryOf(profile.name, 'order', order.id) !== null);
  let becomesEligible = row.state === 'seen';
  if (becomesEligible && intoDay) {
    ledger.orders.transition(order.id, 'eligible', { by: 'engine' });
    becomesEligible = false;
  }

  if (intoDay) {
    const decision = decideRules(order, profile.rules);
    if (!needsOwnInvoice(order, decision) && !(await lateIntoAnotherYear(ctx, order, accountingYears))) return joinDay(ctx, normalized, decision);
    // Now needs its own invoice (a VAT number was added, a rule changed): out of its open day.
    if (ledger.days.entryOf(profile.name, 'order', order.id) && !ledger.days.removeOrder(profile.name, order.id)) return 'unchanged';
  }

  const problems = blockingProblems(ctx, normalized);
  if (problems.length > 0) {
    if (becomesEligible) ledger.orders.transition(order.id, 'eligible', { by: 'engine' });
    return needsAttention(ctx, order, problems);
  }

  const decision = decideRules(order, profile.rules);
  const ruleDecision = { ruleId: decision.matched[0]?.id ?? null, ruleName: decision.matched[0]?.name ?? null, actions: [], ...decision };
  if (becomesEligible) ledger.orders.transition(order.id, 'eligible', { by: 'engine', ruleDecision });
  else ledger.orders.setRuleDecision(order.id, ruleDecision);
  if (decision.skip) {
    ledger.orders.transition(order.id, 'skipped', { reasonCode: REASON.skippedByRule, reasonDetail: { rules: decision.matched }, by: 'engine' });
    ctx.log.resolveForOrder(order.id);
    return 'skipped';
  }
  // The owner's approval of this version of the order overrides the rule that holds it.
  const approved = approvedAsItIs(row);
  const ruleParams = { orderNumber: order.number, rule: decision.matched.map((m) => m.name).join(', ') };
  if (decision.holdForReview && !row.draftNumber && !approved) {
    ledger.orders.transition(order.id, 'held', { reasonCode: REASON.keptByRule, reasonDetail: { params: ruleParams, rules: decision.matched, review: true }, by: 'engine' });
    return 'held';
  }
  const withheld = withheldDetailsNeeded(order, profile, decision.customerNumber);
  if (withheld.length > 0) {
    waitForWithheldDetails(ctx, order, withheld);
    return 'needs-attention';
  }

  const current = ledger.orders.facts(order.id)!;
  let draft: Pick<DraftInvoice, 'draftInvoiceNumber'> | null;
  if (current.state === 'held' && current.draftNumber && draftIsCurrent(ctx, order.id, current.generation)) {
    // The draft already matches this version of the order and passed the totals check:
    // only the posting decision may have changed (a status change, a retry, activation).
    // It waited, so a person may have booked or deleted it meanwhile.
    draft = await requireOwnDraft(ctx.client, current.draftNumber, orderReference(order.platform, order.id, ctx.referenceQualifier));
  } else {
    const plan = await planFor(ctx, order, decision);
    await ctx.products.ensure(plan.productsToCreate, order.id);
    const written = await writeDraft(ctx, order, plan, ledger.orders.facts(order.id)!);
    draft = await settleTotals(ctx, { order, plan, written, generation: ledger.orders.facts(order.id)!.generation, customerNumber: customerNumberOf(plan) });
    if (!draft) return 'needs-attention';
  }

  const posting = ctx.posting();
  const holdReason = approved
    ? null
    : decision.holdForReview || decision.keepAsDraft
      ? REASON.keptByRule
      : current.state === 'held' && current.reasonCode === REASON.leftForOwner
        ? REASON.leftForOwner
        : posting.effectiveMode !== 'automatic'
          ? REASON.awaitingManualBooking
          : null;
  if (holdReason) {
    const draftParams = { orderNumber: order.number, draftNumber: draft.draftInvoiceNumber };
    ledger.orders.transition(order.id, 'held', {
      reasonCode: holdReason,
      reasonDetail:
        holdReason === REASON.keptByRule
          ? { params: ruleParams, rules: decision.matched }
          : { params: draftParams, gates: posting.gates.filter((g) => !g.met).map((g) => g.id) },
      draftNumber: draft.draftInvoiceNumber,
      by: 'engine',
    });
    ctx.log.resolveForOrder(order.id);
    return 'held-as-draft';
  }
  await bookDraft(ctx, order, draft.draftInvoiceNumber, ledger.orders.facts(order.id)!.generation);
  return 'booked';
}

/** Holds an order with the problems a person must solve first, in the log as the owner needs them. */
function needsAttention(ctx: EngineContext, order: Order, problems: ProblemReport[]): TransferOutcome {
  const [first] = problems;
  const mapThis = problems.every((p) => describeProblem(p.code, p.params ?? {}, 'en').mapThis);
  ctx.ledger.orders.transition(order.id, 'needs-attention', {
    reasonCode: first.code,
    reasonDetail: { params: first.params, others: problems.slice(1).map((p) => p.code), mapThis },
    by: 'engine',
  });
  if (mapThis) {
    // One "map this" entry per new payment method / VAT rate / shipping method, not one per order.
    for (const p of problems) ctx.log.report({ ...p, profile: ctx.profile.name, subject: mappingSubject(p) });
  } else {
    ctx.log.reportOrderProblems({ profile: ctx.profile.name, orderId: order.id, problems });
  }
  return 'needs-attention';
}

/**
 * An order booked in its day's summary (postingUnit "day"): it joins its day first, so that a
 * day never closes while one of its orders is held; then it must pass the same checks as an
 * order with its own invoice, and its lines must plan to its total, because the day's lines
 * are its lines. It is booked when its day is.
 */
function joinDay(ctx: EngineContext, normalized: NormalizedOrder, decision: RuleDecision): TransferOutcome {
  const { order } = normalized;
  const { ledger, profile } = ctx;
  const day = placeEntry(ledger, profile, { kind: 'order', orderId: order.id, number: order.number, gross: order.totals.total, currency: order.currency, zone: dayZoneOf(order, profile), day: saleDay(order, profile) }, ctx.clock());

  const problems = blockingProblems(ctx, normalized);
  if (problems.length > 0) return needsAttention(ctx, order, problems);
  ledger.orders.setRuleDecision(order.id, { ruleId: decision.matched[0]?.id ?? null, ruleName: decision.matched[0]?.name ?? null, actions: [], ...decision });
  if (decision.skip && ledger.days.removeOrder(profile.name, order.id)) {
    ledger.orders.transition(order.id, 'skipped', { reasonCode: REASON.skippedByRule, reasonDetail: { rules: decision.matched }, by: 'engine' });
    ctx.log.resolveForOrder(order.id);
    return 'skipped';
  }
  if (decision.holdForReview && !approvedAsItIs(ledger.orders.facts(order.id)!)) {
    ledger.orders.transition(order.id, 'held', { reasonCode: REASON.keptByRule, reasonDetail: { rules: decision.matched, review: true, day: day.day }, by: 'engine' });
    return 'held';
  }
  let plan: PlannedInvoice;
  try {
    if (profile.customers.collective[order.currency] === undefined && profile.customers.collective['*'] === undefined) {
      throw new PlanError('no-collective-customer', `no collective customer for ${order.currency}`, { currency: order.currency });
    }
    plan = planInvoice(order, { profile, decision, knownProducts: ctx.reference.productNumbers, buyerCustomerNumber: null });
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    return needsAttention(ctx, order, [failureFor(error, order).problem]);
  }
  if (!dec(plan.predicted.gross).eq(dec(plan.shopTotal))) {
    const params = { orderNumber: order.number, shopTotal: money(dec(plan.shopTotal)), economicTotal: money(dec(plan.predicted.gross)), currency: order.currency, difference: money(dec(plan.shopTotal).minus(dec(plan.predicted.gross)).abs()), tolerance: profile.roundingTolerance };
    return needsAttention(ctx, order, [{ code: REASON.linesDoNotAddUp, params }]);
  }
  ledger.orders.transition(order.id, 'in-day', { reasonDetail: { dayId: day.id, day: day.day, currency: day.currency }, by: 'engine' });
  ctx.log.resolveForOrder(order.id);
  return 'in-day';
}

/** True when a draft was created or updated for this generation of the order. */
function draftIsCurrent(ctx: EngineContext, orderId: string, generation: number): boolean {
  const done = (step: 'create-draft' | 'update-draft') => ctx.ledger.operations.get(operationKey(ctx.profile.name, orderId, step, generation))?.status === 'completed';
  return done('create-draft') || done('update-draft');
}

function mappingSubject(problem: ProblemReport): string {
  const p = problem.params as Record<string, unknown>;
  return String(p.paymentMethod ?? p.shippingMethod ?? p.rate ?? p.currency ?? problem.code);
}

function blockingProblems(ctx: EngineContext, normalized: NormalizedOrder): ProblemReport[] {
  return blockingProblemsFor(normalized, ctx.profile, ctx.reference);
}

async function planFor(ctx: EngineContext, order: Order, decision: RuleDecision): Promise<PlannedInvoice> {
  const buyerCustomerNumber =
    ctx.profile.customers.mode === 'perBuyer' && !decision.customerNumber ? await ctx.customers.resolve(order) : null;
  return planInvoice(order, {
    profile: ctx.profile,
    decision,
    knownProducts: ctx.reference.productNumbers,
    buyerCustomerNumber,
    ossProductGroups: ctx.reference.ossProductGroups,
    referenceQualifier: ctx.referenceQualifier,
  });
}

function customerNumberOf(plan: PlannedInvoice): number {
  if (plan.customer.customerNumber === null) throw new PlanError('no-collective-customer', 'customer not resolved');
  return plan.customer.customerNumber;
}

async function writeDraft(ctx: EngineContext, order: Order, plan: PlannedInvoice, row: OrderFacts): Promise<WrittenDraft> {
  const { profile, client, ledger } = ctx;
  const body = draftInvoiceBody(plan, customerNumberOf(plan));
  if (row.draftNumber) {
    // e-conomic's PUT creates a number that does not exist and replaces whatever draft holds
    // it now: write only to a draft that is still ours, never re-create or overwrite one.
    const ours = await requireOwnDraft(client, row.draftNumber, plan.referenceOther);
    const key = operationKey(profile.name, order.id, 'update-draft', row.generation);
    if (ledger.operations.get(key)?.status === 'completed') return { draft: ours, by: 'update-draft' };
    const draft = await journalled(ctx, key, order.id, 'update-draft', (attempt) => client.updateDraftInvoice(row.draftNumber!, body as never, attempt), undefined, keptDraft);
    return { draft, by: 'update-draft' };
  }
  const generation = ledger.orders.facts(order.id)!.generation;
  const key = operationKey(profile.name, order.id, 'create-draft', generation);
  const isFirstDraft = ctx.ledger.supervised.forProfile(profile.name).get().firstAutomaticDraftAt === null;
  const draft = await journalled(ctx, key, order.id, 'create-draft', (attempt) => client.createDraftInvoice(body as never, attempt), (created) => {
    ledger.orders.transition(order.id, 'drafted', { draftNumber: created.draftInvoiceNumber, by: 'engine' });
    // The period starts at e-conomic's time of the draft (its answer just brought it), never the PC's.
    const at = ctx.economicTime();
    if (isFirstDraft && at) ledger.supervised.forProfile(profile.name).recordAutomaticDraft(at);
  }, keptDraft);
  if (ledger.orders.facts(order.id)!.draftNumber !== draft.draftInvoiceNumber) {
    ledger.orders.transition(order.id, 'drafted', { draftNumber: draft.draftInvoiceNumber, by: 'engine' });
  }
  return { draft, by: 'create-draft' };
}

/** Books a draft exactly once and hands the invoice to the after-booking work (PDF, mail). */
export async function bookDraft(ctx: EngineContext, order: Order, draftNumber: number, generation: number): Promise<void> {
  const key = operationKey(ctx.profile.name, order.id, 'book', generation);
  const booked = await journalled(ctx, key, order.id, 'book', (attempt) => ctx.client.bookDraftInvoice(draftNumber, attempt), (invoice) => {
    ctx.ledger.orders.transition(order.id, 'booked', { draftNumber, bookedNumber: invoice.bookedInvoiceNumber, by: 'engine' });
  }, keptBooked);
  const row = ctx.ledger.orders.facts(order.id)!;
  if (row.state !== 'booked' && row.state !== 'done') {
    ctx.ledger.orders.transition(order.id, 'booked', { draftNumber, bookedNumber: booked.bookedInvoiceNumber, by: 'engine' });
  }
  ctx.log.resolveForOrder(order.id);
  crashPoint('after-booking');
  await ctx.afterBooking.run(order, booked);
}

/** Books a draft that waited for the gates, once automatic posting is on. */
export async function bookHeldDraft(ctx: EngineContext, row: OrderRow): Promise<TransferOutcome> {
  const order = row.order as Order;
  try {
    // The draft waited for the gates: book it only while it is still ours.
    await requireOwnDraft(ctx.client, row.draftNumber!, orderReference(order.platform, order.id, ctx.referenceQualifier));
    await bookDraft(ctx, order, row.draftNumber!, row.generation);
    return 'booked';
  } catch (error) {
    return settleFailure(ctx, order, error);
  }
}

/** A person booked our draft in e-conomic while the order changed in the shop: the booking stands. */
async function adoptManualBooking(ctx: EngineContext, order: Order, bookedNumber: number): Promise<TransferOutcome> {
  const row = ctx.ledger.orders.facts(order.id)!;
  ctx.ledger.transaction(() => {
    ctx.ledger.orders.transition(order.id, 'booked', { bookedNumber, by: 'e-conomic (manual booking)' });
    if (row.draftNumber) ctx.ledger.supervised.forProfile(ctx.profile.name).recordManualBooking(order.id, row.draftNumber, bookedNumber, seenBookedAt(ctx));
  });
  await ctx.afterBooking.resume(order, bookedNumber);
  return 'booked';
}

/**
 * A person deleted our draft in e-conomic: that is a decision about the order, so no new
 * draft is made by itself. The order waits for the owner (LB-3010); "Retry" makes a new draft
 * under a new generation, so neither the journal nor e-conomic replays the deleted one.
 */
function draftDeletedByHand(ctx: EngineContext, order: Order, draftNumber: number): TransferOutcome {
  const params = { orderNumber: order.number, draftNumber };
  ctx.ledger.transaction(() => {
    ctx.ledger.orders.bumpGeneration(order.id);
    ctx.ledger.orders.transition(order.id, 'needs-attention', { reasonCode: REASON.draftGone, reasonDetail: { params }, draftNumber: null, by: 'e-conomic (draft deleted)' });
  });
  ctx.log.report({ code: REASON.draftGone, orderId: order.id, profile: ctx.profile.name, params });
  return 'needs-attention';
}

/** Finishes an order left 'booked'; a failure is logged and the order stays booked for the next cycle. */
export async function finishBooked(ctx: EngineContext, order: Order, bookedNumber: number): Promise<void> {
  try {
    await ctx.afterBooking.resume(order, bookedNumber);
  } catch (error) {
    const technical = error instanceof EconomicError ? { httpStatus: error.detail.status, logId: error.detail.logId ?? undefined, message: error.message } : { message: String(error) };
    ctx.log.report({ code: 'LB-6005', orderId: order.id, profile: ctx.profile.name, params: { orderNumber: order.number, invoiceNumber: bookedNumber }, technical });
  }
}
