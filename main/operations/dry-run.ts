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
}

export interface DryRunResult {
  at: string;
  entries: DryRunEntry[];
}

const ALREADY_HANDLED = new Set(['drafted', 'booked', 'done', 'held', 'skipped']);

/**
 * The exact e-conomic invoices the next eligible orders would become, with totals, VAT
 * and rounding, and the problems that would stop them. Reads the shop and e-conomic;
 * writes nothing anywhere.
 */
export async function previewOrders(runtime: Runtime, limit: number, lang: 'da' | 'en' = runtime.profile.language): Promise<DryRunResult> {
  const { profile, ledger } = runtime;
  const client = await runtime.economic();
  const reference = await EconomicReference.load(client);
  const shop = await runtime.shop();
  const posting = runtime.postingStatus();
  const watermark = ledger.watermarks.get(profile.name, 'orders');
  const since = pollSince(profile, watermark, runtime.clock());
  const entries: DryRunEntry[] = [];

  const consider = (normalized: NormalizedOrder): void => {
    const { order } = normalized;
    const row = ledger.orders.get(order.id);
    if (row && ALREADY_HANDLED.has(row.state)) return;
    if (!checkEligibility(order, profile.orderStages).eligible) return;
    const problems = validateForTransfer(normalized, profile, reference).map((p) => {
      const d = describeProblem(p.code, p.params ?? {}, lang);
      return { code: p.code, title: d.title, message: d.message, fix: d.fix, blocks: d.blocksOrder };
    });
    const decision = decideRules(order, profile.rules);
    const customer = order.billing.company || order.billing.name || order.billing.email || '';
    const base = { orderId: order.id, orderNumber: order.number, status: order.status, total: order.totals.total, currency: order.currency, customer, decision, problems };
    if (problems.some((p) => p.blocks)) return void entries.push({ ...base, outcome: 'blocked', invoice: null, wouldBook: false });
    if (decision.skip) return void entries.push({ ...base, outcome: 'skipped-by-rule', invoice: null, wouldBook: false });
    if (decision.holdForReview) return void entries.push({ ...base, outcome: 'held-for-review', invoice: null, wouldBook: false });
    try {
      const invoice = planInvoice(order, { profile, decision, knownProducts: reference.productNumbers, buyerCustomerNumber: null });
      entries.push({ ...base, outcome: 'invoice', invoice, wouldBook: posting.effectiveMode === 'automatic' && !decision.keepAsDraft });
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      const d = describeProblem(error.code === 'missing-sku' ? 'LB-1001' : 'LB-2004', { orderNumber: order.number, ...error.params }, lang);
      entries.push({ ...base, problems: [...problems, { code: d.code, title: d.title, message: d.message, fix: d.fix, blocks: true }], outcome: 'blocked', invoice: null, wouldBook: false });
    }
  };

  for await (const page of shop.pollChanged(since)) {
    for (const normalized of page.orders) {
      if (entries.length >= limit) break;
      consider(normalized);
    }
    if (entries.length >= limit) break;
  }
  return { at: runtime.clock().toISOString(), entries };
}

/** The CLI's dry run: a read-only runtime beside whatever else holds the data dir. */
export async function dryRun(options: { dataDir: string; limit: number }): Promise<DryRunResult> {
  const runtime = await Runtime.open({ dataDir: options.dataDir, lock: false });
  try {
    return await previewOrders(runtime, options.limit);
  } finally {
    runtime.close();
  }
}
