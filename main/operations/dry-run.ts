import type { Lang } from '../../shared/i18n/lang';
import type { NormalizedOrder } from '../../shared/domain/order';
import { describe as describeProblem } from '../../shared/errors';
import { validateForTransfer } from '../engine/validate';
import { checkEligibility } from '../engine/eligibility';
import { planInvoice, PlanError } from '../engine/plan/plan-invoice';
import type { PlannedInvoice } from '../engine/plan/types';
import { decideRules, type RuleDecision } from '../engine/rules';
import { EconomicReference } from '../engine/reference-data';
import { Runtime } from '../runtime/runtime';
import { pollSince } from '../engine/cycle';
import { needsOwnInvoice } from '../engine/days/placement';
import { previewDayOf, previewDays, type DayPreview, type OrderForDay } from '../engine/days/preview-days';
import { previewDayVouchers } from '../engine/days/preview-day-voucher';

export interface DryRunProblem {
  code: string;
  title: string;
  message: string;
  fix: string;
  blocks: boolean;
}

export interface DryRunEntry {
  orderId: string;
  orderNumber: string;
  status: string;
  /** The shop's total and the customer, so a list of entries reads without the invoice. */
  total: string;
  currency: string;
  customer: string;
  outcome: 'invoice' | 'skipped-by-rule' | 'held-for-review' | 'blocked';
  decision: RuleDecision;
  problems: DryRunProblem[];
  invoice: PlannedInvoice | null;
  /** Would it be booked at once (automatic posting) or left as a draft? */
  wouldBook: boolean;
  /**
   * With postingUnit "day": the day summary the order goes into (YYYY-MM-DD) instead of an
   * invoice of its own; `invoice` then holds the lines it brings into the day's invoice.
   */
  day: string | null;
}

export interface DryRunResult {
  at: string;
  entries: DryRunEntry[];
  /** With postingUnit "day": the day invoices the previewed orders go into (per day and currency), with what those days already hold. */
  days: DayPreview[];
}

export type { DayPreview, DayVoucherPreview, VoucherEntryPreview } from '../engine/days/preview-days';

const ALREADY_HANDLED = new Set(['drafted', 'booked', 'done', 'held', 'skipped']);

/** What previewing needs once per run: e-conomic's reference data and whether posting is automatic. */
export interface PreviewContext {
  runtime: Runtime;
  reference: EconomicReference;
  automaticPosting: boolean;
  lang: Lang;
}

export async function previewContext(runtime: Runtime, lang: Lang = runtime.profile.language): Promise<PreviewContext> {
  const reference = await EconomicReference.load(await runtime.economic(), runtime.profile);
  return { runtime, reference, automaticPosting: runtime.postingStatus().effectiveMode === 'automatic', lang };
}

/**
 * The exact e-conomic invoice one order would become, with totals, VAT and rounding, or
 * the problems that would stop it; null when the order is not at a transfer stage or was
 * handled already. Writes nothing anywhere.
 */
export function previewOrder(ctx: PreviewContext, normalized: NormalizedOrder): DryRunEntry | null {
  const { profile, ledger } = ctx.runtime;
  const { order } = normalized;
  const row = ledger.orders.get(order.id);
  if (row && ALREADY_HANDLED.has(row.state)) return null;
  if (!checkEligibility(order, profile.orderStages).eligible) return null;
  const problems = validateForTransfer(normalized, profile, ctx.reference).map((p) => {
    const d = describeProblem(p.code, p.params ?? {}, ctx.lang);
    return { code: p.code, title: d.title, message: d.message, fix: d.fix, blocks: d.blocksOrder };
  });
  const decision = decideRules(order, profile.rules);
  const customer = order.billing.company || order.billing.name || order.billing.email || '';
  const base = { orderId: order.id, orderNumber: order.number, status: order.status, total: order.totals.total, currency: order.currency, customer, decision, problems, day: null };
  if (problems.some((p) => p.blocks)) return { ...base, outcome: 'blocked', invoice: null, wouldBook: false };
  if (decision.skip) return { ...base, outcome: 'skipped-by-rule', invoice: null, wouldBook: false };
  if (decision.holdForReview) return { ...base, outcome: 'held-for-review', invoice: null, wouldBook: false };
  try {
    const invoice = planInvoice(order, {
      profile,
      decision,
      knownProducts: ctx.reference.productNumbers,
      buyerCustomerNumber: null,
      ossProductGroups: ctx.reference.ossProductGroups,
      referenceQualifier: ctx.runtime.referenceQualifier,
    });
    const wouldBook = ctx.automaticPosting && !decision.keepAsDraft;
    if (profile.postingUnit === 'day' && !needsOwnInvoice(order, decision)) return { ...base, outcome: 'invoice', invoice, wouldBook, day: previewDayOf(ctx.runtime, order, ctx.runtime.clock()) };
    return { ...base, outcome: 'invoice', invoice, wouldBook };
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    const d = describeProblem(error.code === 'missing-sku' ? 'LB-1001' : 'LB-2004', { orderNumber: order.number, ...error.params }, ctx.lang);
    return { ...base, problems: [...problems, { code: d.code, title: d.title, message: d.message, fix: d.fix, blocks: true }], outcome: 'blocked', invoice: null, wouldBook: false };
  }
}

/**
 * The exact e-conomic invoices the next eligible orders would become (the orders the
 * next sync takes, oldest first). Reads the shop and e-conomic; writes nothing anywhere.
 */
export async function previewOrders(runtime: Runtime, limit: number, lang: Lang = runtime.profile.language): Promise<DryRunResult> {
  const ctx = await previewContext(runtime, lang);
  const shop = await runtime.shop();
  const since = pollSince(runtime.profile, runtime.ledger.watermarks.get(runtime.profile.name, 'orders'), runtime.clock());
  const entries: DryRunEntry[] = [];
  const forDays: OrderForDay[] = [];
  for await (const page of shop.pollChanged(since)) {
    for (const normalized of page.orders) {
      if (entries.length >= limit) break;
      const entry = previewOrder(ctx, normalized);
      if (entry) entries.push(entry);
      if (entry?.day && entry.invoice) forDays.push({ order: normalized.order, lines: entry.invoice.lines });
    }
    if (entries.length >= limit) break;
  }
  return { at: runtime.clock().toISOString(), entries, days: await previewDaysOf(ctx, forDays) };
}

/**
 * The days the previewed orders go into (postingUnit "day"), with what those days hold already:
 * each as its invoice, or in journal mode as its voucher on the agreement's accounts.
 */
export async function previewDaysOf(ctx: PreviewContext, forDays: OrderForDay[]): Promise<DayPreview[]> {
  const { runtime } = ctx;
  if (runtime.profile.postingUnit !== 'day') return [];
  const days = previewDays({ ledger: runtime.ledger, profile: runtime.profile, reference: ctx.reference }, forDays, runtime.clock());
  if (runtime.profile.dayBooking !== 'journal') return days;
  return previewDayVouchers({ client: await runtime.economic(), profile: runtime.profile, referenceQualifier: runtime.referenceQualifier }, days);
}
