import fc from 'fast-check';
import type { NormalizedOrder } from '../../shared/domain/order';
import { describe as describeProblem, isErrorCode, type ProblemReport } from '../../shared/errors';
import { normalizeWooOrder } from '../../main/connectors/shops/woocommerce/normalize';
import { failureFor } from '../../main/engine/failures';
import { planInvoice, PlanError } from '../../main/engine/plan/plan-invoice';
import { draftInvoiceBody } from '../../main/engine/plan/draft-body';
import { decideRules } from '../../main/engine/rules';
import { validateOrder, type ValidationContext } from '../../main/validation';
import { generateWooOrders } from '../../main/sandbox/shops/woocommerce';
import { badOrders } from './bad-orders/corpus';
import { benchValidationSetup } from '../bench/engine-work';

export interface BadInputResult {
  cases: number;
  corpusCases: number;
  fuzzCases: number;
  seed: number;
  /** An exception out of normalize, validate or plan (other than a PlanError), or a check that tripped (LB-9001). */
  crashes: number;
  /** Orders stopped with at least one code, every one of them in the error catalogue. */
  rejectedWithCode: number;
  /** Orders stopped without a catalogue code (must be 0). */
  rejectedWithoutCode: number;
  /** Fuzzed orders that were still valid and were planned. */
  planned: number;
  /** Corpus orders that got the code the corpus expects. */
  corpusExpectedCode: number;
  /** Corpus orders with no problem reported at all (must be 0: each has exactly one fault). */
  corpusWithoutCode: number;
  crashSamples: string[];
  codes: Record<string, number>;
}

type Outcome = { kind: 'crash'; detail: string } | { kind: 'rejected'; codes: string[]; all: string[] } | { kind: 'planned'; all: string[] };

/** One order through the engine's pure steps, as transferOrder runs them. */
function throughPipeline(normalized: NormalizedOrder, ctx: ValidationContext): Outcome {
  let problems: ProblemReport[];
  try {
    problems = validateOrder(normalized.order, { ...ctx, findings: normalized.findings });
  } catch (error) {
    return { kind: 'crash', detail: `validate threw: ${String(error)}` };
  }
  const tripped = problems.find((p) => p.code === 'LB-9001');
  if (tripped) return { kind: 'crash', detail: `validation check tripped: ${JSON.stringify(tripped.technical ?? tripped.params)}` };
  const blocking = problems.filter((p) => !isErrorCode(p.code) || describeProblem(p.code, p.params ?? {}, 'en').blocksOrder);
  const all = problems.map((p) => p.code);
  if (blocking.length > 0) return { kind: 'rejected', codes: blocking.map((p) => p.code), all };
  try {
    const decision = decideRules(normalized.order, ctx.profile.rules);
    const plan = planInvoice(normalized.order, { profile: ctx.profile, decision, knownProducts: ctx.knownProducts });
    draftInvoiceBody(plan, plan.customer.customerNumber ?? 1);
    return { kind: 'planned', all };
  } catch (error) {
    if (error instanceof PlanError) return { kind: 'rejected', codes: [failureFor(error, normalized.order).problem.code], all };
    return { kind: 'crash', detail: `plan threw: ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' ') : String(error)}` };
  }
}

// Where fuzzed values go in a WooCommerce order: the fields the normalizer and validation read.
const PATHS = [
  'status', 'currency', 'total', 'total_tax', 'discount_total', 'discount_tax', 'shipping_total', 'prices_include_tax', 'payment_method',
  'payment_method_title', 'id', 'number', 'customer_note', 'date_created_gmt', 'date_modified_gmt', 'date_paid_gmt', 'billing',
  'billing.email', 'billing.country', 'billing.first_name', 'billing.last_name', 'billing.company', 'billing.postcode', 'billing.address_1',
  'shipping', 'shipping.country', 'line_items', 'line_items.0', 'line_items.0.sku', 'line_items.0.quantity', 'line_items.0.price',
  'line_items.0.total', 'line_items.0.total_tax', 'line_items.0.subtotal', 'line_items.0.subtotal_tax', 'line_items.0.taxes',
  'line_items.0.taxes.0.total', 'line_items.0.name', 'line_items.0.tax_class', 'shipping_lines', 'shipping_lines.0.total',
  'shipping_lines.0.total_tax', 'shipping_lines.0.method_id', 'fee_lines', 'coupon_lines', 'tax_lines', 'tax_lines.0.rate_percent',
  'tax_lines.0.rate_id', 'meta_data', 'refunds',
];

const odd = fc.oneof(
  fc.constantFrom(null, undefined, '', ' ', '0', '-1', '-0.01', '0.005', '1e309', 'NaN', 'Infinity', '12,50', '1.234,56', 'DK', 'dk', 'XX', '😀'.repeat(300), 'a\u0000b', '<script>', '&amp;&#8211;'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ minLength: 300, maxLength: 3000 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.object({ maxDepth: 2 }),
  fc.anything(),
);

const mutation = fc.tuple(fc.constantFrom(...PATHS), odd);

function setPath(target: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (!next || typeof next !== 'object') return;
    node = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Valid orders with 1–4 fields replaced by odd values (or removed), plus some entirely random documents. */
export function fuzzedRaws(count: number, seed: number): unknown[] {
  const bases = generateWooOrders({ count: 40, seed: seed + 1 });
  const mutated = fc.tuple(fc.nat(bases.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([i, changes]) => {
    const raw = structuredClone(bases[i]);
    for (const [path, value] of changes) setPath(raw, path, value);
    return raw as unknown;
  });
  // The connector hands the normalizer parsed JSON, so the fuzzed documents go through JSON too.
  const asJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  const arbitrary = fc.oneof({ arbitrary: mutated, weight: 19 }, { arbitrary: fc.anything(), weight: 1 });
  return fc.sample(arbitrary, { numRuns: count, seed }).map(asJson);
}

/**
 * The bad-order corpus through validate and plan, and `fuzzCount` fuzzed WooCommerce
 * orders through normalize, validate and plan: nothing may throw, and every order that
 * is stopped must be stopped with codes from the error catalogue.
 */
export function runBadInput(fuzzCount: number, seed = 4242): BadInputResult {
  const result: BadInputResult = {
    cases: 0,
    corpusCases: 0,
    fuzzCases: 0,
    seed,
    crashes: 0,
    rejectedWithCode: 0,
    rejectedWithoutCode: 0,
    planned: 0,
    corpusExpectedCode: 0,
    corpusWithoutCode: 0,
    crashSamples: [],
    codes: {},
  };
  const tally = (outcome: Outcome, name: string): void => {
    result.cases++;
    if (outcome.kind === 'crash') {
      result.crashes++;
      if (result.crashSamples.length < 10) result.crashSamples.push(`${name}: ${outcome.detail}`);
    } else if (outcome.kind === 'rejected') {
      if (outcome.codes.length > 0 && outcome.codes.every(isErrorCode)) result.rejectedWithCode++;
      else result.rejectedWithoutCode++;
      for (const code of outcome.codes) result.codes[code] = (result.codes[code] ?? 0) + 1;
    } else {
      result.planned++;
    }
  };

  for (const bad of badOrders()) {
    result.corpusCases++;
    const outcome = throughPipeline({ order: bad.order, findings: bad.findings }, bad.context);
    if (outcome.kind !== 'crash' && outcome.all.includes(bad.expectedCode)) result.corpusExpectedCode++;
    if (outcome.kind === 'planned' && outcome.all.length === 0) result.corpusWithoutCode++;
    tally(outcome, `corpus "${bad.name}"`);
  }

  const { validation } = benchValidationSetup();
  const ctx: ValidationContext = { ...validation, requireEmail: true, findings: [] };
  fuzzedRaws(fuzzCount, seed).forEach((raw, i) => {
    result.fuzzCases++;
    let normalized: NormalizedOrder;
    try {
      normalized = normalizeWooOrder(raw, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' });
    } catch (error) {
      const where = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 3).map((l) => l.trim()).join(' ') : '';
      tally({ kind: 'crash', detail: `normalize threw: ${String(error)} ${where} — input ${JSON.stringify(raw)?.slice(0, 200)}` }, `fuzz #${i}`);
      return;
    }
    tally(throughPipeline(normalized, ctx), `fuzz #${i}`);
  });
  return result;
}
