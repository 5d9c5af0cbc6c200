import { dec, money } from '../../shared/domain/money';
import type { Order, Refund } from '../../shared/domain/order';
import { filterValue } from '../connectors/economic/client';
import { EconomicError } from '../connectors/economic/errors';
import type { AccountingYear, BookedInvoice } from '../connectors/economic/types';
import { openAccountingYearOf } from '../connectors/economic/accounting-years';
import { CODES } from '../../shared/errors';
import type { EngineContext } from '../engine/context';
import { failureFor } from '../engine/failures';
import { operationKey } from '../engine/idempotency';
import { draftInvoiceBody } from '../engine/plan/draft-body';
import { roundingLine } from '../engine/plan/plan-invoice';
import { refundReference } from '../engine/plan/references';
import { REASON } from '../engine/reasons';
import { decideRules, type RuleDecision } from '../engine/rules';
import { journalled } from '../engine/journal';
import { keptBooked, keptDraft, type KeptDraft } from '../engine/kept-answers';
import { restorePending } from '../engine/after-restore';
import { refundsToCredit } from '../engine/plan/refund-lines';
import { draftStatus } from '../engine/own-draft';
import { CreditNotePlanError, creditNoteDateOf, ossCountryOf, planCreditNote, type CreditNotePlan } from './credit-note-plan';
import { CreditNotesStore, type CreditNoteRow } from './credit-notes-store';

export { refundsToCredit } from '../engine/plan/refund-lines';
export { planCreditNote, cancellationRefund, CANCELLATION_REFUND_ID, CreditNotePlanError, type CreditNotePlan, type CreditNoteContext } from './credit-note-plan';
export { creditNotesForOrder, CreditNotesStore, type CreditNoteRow, type CreditNoteState } from './credit-notes-store';

export interface RefundsOutcome {
  /** Credit note drafts created in e-conomic by this call. */
  created: number;
  /** Credit notes booked by this call (by us, or found booked by the owner). */
  booked: number;
  /**
   * Every refund is settled: credited, or waiting for the owner (held as a draft, or needing
   * attention). False while one must be tried again (a failure that is retried, or a crash).
   */
  settled: boolean;
}

const FINAL = new Set(['booked', 'needs-attention']);
/** States in which a credit note waits for nobody but the owner. */
const SETTLED = new Set([...FINAL, 'held']);

/**
 * Turns every refund of a booked order into exactly one credit note in e-conomic: created
 * as a draft under the operations journal, totals-checked against minus the money
 * refunded, and booked under the same rules as invoices (only with automatic posting in
 * effect and no rule keeping the order as a draft; otherwise left for the owner). A
 * refund that was started before a crash is first looked up in e-conomic by its
 * reference, so one refund never becomes two credit notes.
 */
export async function processRefunds(ctx: EngineContext, order: Order): Promise<RefundsOutcome> {
  const outcome: RefundsOutcome = { created: 0, booked: 0, settled: true };
  if (!ctx.profile.refunds.creditNotes) return outcome;
  const row = ctx.ledger.orders.get(order.id);
  if (!row || (row.state !== 'booked' && row.state !== 'done') || !row.bookedNumber) return { ...outcome, settled: false };
  const store = new CreditNotesStore(ctx.ledger.db, ctx.clock);
  const toCredit = refundsToCredit(order, ctx.profile.language);
  const open = toCredit.filter((r) => !FINAL.has(store.get(order.id, r.id)?.state ?? ''));
  if (open.length === 0) return outcome;

  let invoice: BookedInvoice | null;
  try {
    invoice = await ctx.client.getBookedInvoice(row.bookedNumber);
  } catch (error) {
    const failure = failureFor(error, order);
    ctx.log.report({ ...failure.problem, orderId: order.id, profile: ctx.profile.name });
    return { ...outcome, settled: false };
  }
  if (!invoice) return outcome; // the lead's reconciliation reports a vanished invoice; nothing to credit against
  const decision = decideRules(order, ctx.profile.rules);
  for (const refund of open) {
    try {
      const result = await creditOne(ctx, { order, refund, invoice, decision, store });
      outcome.created += result.created;
      outcome.booked += result.booked;
    } catch (error) {
      const failure = failureFor(error, order);
      ctx.log.report({ ...failure.problem, orderId: order.id, profile: ctx.profile.name });
      if (failure.retry) continue; // the next call tries again with the same keys
      markAttention(ctx, store, { order, refund, invoice }, failure.problem.code);
    }
  }
  outcome.settled = toCredit.every((r) => SETTLED.has(store.get(order.id, r.id)?.state ?? ''));
  return outcome;
}

/**
 * Credit notes e-conomic would not book for want of an open accounting year (LB-3002: a refund
 * made on 2 January, before the accountant created 2027) go on by themselves once the year of
 * their date is open: back to 'drafted' (their draft is kept, and checked before booking) with
 * the order's refunds handed on again, as orders waiting for their year are (engine/year-opened.ts).
 * `years` is read only when such a credit note waits.
 */
export async function reopenCreditNotesWhenYearOpens(ctx: EngineContext, years: () => Promise<AccountingYear[]>): Promise<number> {
  const store = new CreditNotesStore(ctx.ledger.db, ctx.clock);
  const waiting = store.waitingWith(CODES.accountingYearClosed);
  if (waiting.length === 0) return 0;
  const open = await years();
  let reopened = 0;
  ctx.ledger.transaction(() => {
    for (const row of waiting) {
      const order = ctx.ledger.orders.get(row.orderId)?.order as Order | undefined;
      const refund = order ? refundsToCredit(order, ctx.profile.language).find((r) => r.id === row.refundId) : undefined;
      if (!order || !refund || !openAccountingYearOf(open, creditNoteDateOf(order, refund))) continue;
      store.save({ ...row, state: 'drafted', reasonCode: null });
      ctx.ledger.orders.reopenRefunds(row.orderId);
      ctx.log.resolveForOrder(row.orderId);
      reopened++;
    }
  });
  return reopened;
}

interface Work {
  order: Order;
  refund: Refund;
  invoice: BookedInvoice;
  decision: RuleDecision;
  store: CreditNotesStore;
}

function subjectOf(order: Order, refund: Refund): string {
  return `${order.id}:refund:${refund.id}`;
}

function base(w: Pick<Work, 'order' | 'refund' | 'invoice'>, plan?: CreditNotePlan): Pick<CreditNoteRow, 'orderId' | 'refundId' | 'invoiceNumber' | 'amount' | 'currency' | 'basis'> {
  return {
    orderId: w.order.id,
    refundId: w.refund.id,
    invoiceNumber: w.invoice.bookedInvoiceNumber,
    amount: money(dec(w.refund.amount)),
    currency: w.order.currency,
    basis: plan?.basis ?? (w.refund.amountOnly ? 'amount' : 'lines'),
  };
}

function markAttention(ctx: EngineContext, store: CreditNotesStore, w: Pick<Work, 'order' | 'refund' | 'invoice'>, code: string, plan?: CreditNotePlan): void {
  store.save({ ...base(w, plan), state: 'needs-attention', reasonCode: code });
}

async function creditOne(ctx: EngineContext, w: Work): Promise<Omit<RefundsOutcome, 'settled'>> {
  const { order, refund, invoice, store } = w;
  const { profile, client } = ctx;
  const result = { created: 0, booked: 0 };
  const reference = filterValue(refundReference(order.platform, order.id, refund.id, ctx.referenceQualifier));

  let plan: CreditNotePlan;
  try {
    plan = planCreditNote(order, refund, {
      profile,
      knownProducts: ctx.reference.productNumbers,
      bookedInvoiceNumber: invoice.bookedInvoiceNumber,
      customerNumber: invoice.customer.customerNumber,
      decision: w.decision,
      invoiceOssCountry: ossCountryOf(invoice),
      referenceQualifier: ctx.referenceQualifier,
    });
  } catch (error) {
    if (!(error instanceof CreditNotePlanError)) throw error;
    markAttention(ctx, store, w, 'LB-7005');
    ctx.log.report({ code: 'LB-7005', orderId: order.id, profile: profile.name, params: { orderNumber: order.number, refundId: refund.id, shopTotal: `${money(dec(refund.amount))} ${order.currency}` }, technical: { message: error.message } });
    return result;
  }

  const adoptBooked = (booked: BookedInvoice): typeof result => {
    store.save({ ...base(w, plan), state: 'booked', bookedNumber: booked.bookedInvoiceNumber });
    result.booked++;
    return result;
  };

  let existing = store.get(order.id, refund.id);
  const createKey = operationKey(profile.name, subjectOf(order, refund), 'credit-note', 0);
  let draft: KeptDraft | null = null;

  if (!existing?.draftNumber) {
    const started = ctx.ledger.operations.get(createKey);
    if ((started && started.status !== 'completed') || restorePending(ctx.ledger)) {
      // A create was begun and its outcome is not recorded (or the ledger was restored from a
      // backup taken before it may have happened): e-conomic decides whether it happened.
      const [booked] = await client.findBookedInvoices(`references.other$eq:${reference}`);
      if (booked) {
        ctx.ledger.operations.complete(createKey, booked);
        return adoptBooked(booked);
      }
      const drafts = await client.findDraftInvoices(`references.other$eq:${reference}`);
      if (drafts.length > 1) {
        ctx.log.report({ code: 'LB-7006', orderId: order.id, profile: profile.name, params: { orderNumber: order.number, invoiceNumber: drafts.map((d) => d.draftInvoiceNumber).join(', ') } });
      }
      if (drafts.length > 0) {
        ctx.ledger.transaction(() => {
          ctx.ledger.operations.complete(createKey, keptDraft(drafts[0]));
          store.save({ ...base(w, plan), state: 'drafted', draftNumber: drafts[0].draftInvoiceNumber });
        });
        draft = drafts[0];
      }
    }
    if (!draft) {
      draft = await journalled(ctx, createKey, order.id, 'credit-note', (attempt) => client.createDraftInvoice(draftInvoiceBody(plan, invoice.customer.customerNumber) as never, attempt), (created) => {
        store.save({ ...base(w, plan), state: 'drafted', draftNumber: created.draftInvoiceNumber });
      }, keptDraft);
      if (!store.get(order.id, refund.id)?.draftNumber) store.save({ ...base(w, plan), state: 'drafted', draftNumber: draft.draftInvoiceNumber });
      result.created++;
    }
    existing = store.get(order.id, refund.id);
  }
  const draftNumber = existing!.draftNumber!;

  // A draft not read or written just now may have been booked or deleted by hand, and its
  // number reused for another draft: never PUT to or book a draft that is not ours.
  if (!draft && (existing!.state === 'drafted' || existing!.state === 'held')) {
    const status = await draftStatus(client, draftNumber, refundReference(order.platform, order.id, refund.id, ctx.referenceQualifier));
    if (status.kind === 'booked') return adoptBooked(status.invoice);
    if (status.kind === 'gone') {
      markAttention(ctx, store, w, REASON.draftGone, plan);
      ctx.log.report({ code: REASON.draftGone, orderId: order.id, profile: profile.name, params: { orderNumber: order.number, draftNumber } });
      return result;
    }
    draft = status.draft;
  }
  if (existing!.state === 'drafted' && !(await settleTotals(ctx, w, plan, draft!))) return result;

  const posting = ctx.posting();
  const hold = w.decision.keepAsDraft || w.decision.holdForReview ? REASON.keptByRule : posting.effectiveMode !== 'automatic' ? REASON.awaitingManualBooking : null;
  if (hold) {
    store.save({ ...base(w, plan), state: 'held', reasonCode: hold, draftNumber });
    return result;
  }

  const bookKey = operationKey(profile.name, subjectOf(order, refund), 'book-credit-note', 0);
  const begun = ctx.ledger.operations.get(bookKey);
  if (begun && begun.status !== 'completed') {
    const [booked] = await client.findBookedInvoices(`references.other$eq:${reference}`);
    if (booked) {
      ctx.ledger.operations.complete(bookKey, keptBooked(booked));
      return adoptBooked(booked);
    }
  }
  try {
    await journalled(ctx, bookKey, order.id, 'book-credit-note', (attempt) => client.bookDraftInvoice(draftNumber, attempt), (booked) => {
      store.save({ ...base(w, plan), state: 'booked', draftNumber, bookedNumber: booked.bookedInvoiceNumber });
    }, keptBooked);
  } catch (error) {
    if (!(error instanceof EconomicError && error.kind === 'not-found')) throw error;
    // The draft went away between our check and the booking: booked by hand, or deleted.
    const [booked] = await client.findBookedInvoices(`references.other$eq:${reference}`);
    if (!booked) throw error;
    return adoptBooked(booked);
  }
  result.booked++;
  return result;
}

/**
 * The credit note's totals check, as for invoices: e-conomic's gross must be exactly minus
 * the money refunded; a difference within the rounding tolerance is settled with a rounding
 * line, a larger one leaves the draft unbooked for the owner with both totals shown.
 */
async function settleTotals(ctx: EngineContext, w: Work, plan: CreditNotePlan, draft: KeptDraft): Promise<boolean> {
  const { order, refund, store } = w;
  const target = dec(plan.shopTotal);
  const tolerance = dec(ctx.profile.roundingTolerance);
  let gross = dec(String(draft.grossAmount));
  let difference = target.minus(gross);
  if (!difference.isZero() && difference.abs().lte(tolerance)) {
    const settled: CreditNotePlan = { ...plan, lines: [...plan.lines, roundingLine(ctx.profile, difference, ctx.profile.language)] };
    const key = operationKey(ctx.profile.name, `${subjectOf(order, refund)}:rounding`, 'credit-note', 0);
    const number = draft.draftInvoiceNumber;
    draft = await journalled(ctx, key, order.id, 'credit-note', (attempt) => ctx.client.updateDraftInvoice(number, draftInvoiceBody(settled, w.invoice.customer.customerNumber) as never, attempt), undefined, keptDraft);
    gross = dec(String(draft.grossAmount));
    difference = target.minus(gross);
  }
  if (difference.isZero()) return true;
  markAttention(ctx, store, w, REASON.totalsMismatch, plan);
  ctx.log.report({
    code: REASON.totalsMismatch,
    orderId: order.id,
    profile: ctx.profile.name,
    params: {
      orderNumber: order.number,
      shopTotal: money(target),
      economicTotal: money(gross),
      difference: money(difference.abs()),
      tolerance: ctx.profile.roundingTolerance,
      currency: order.currency,
    },
    technical: { message: `credit note draft ${draft.draftInvoiceNumber} for refund ${refund.id}` },
  });
  return false;
}
