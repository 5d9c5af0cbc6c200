// `node bin/run-ts.js scripts/bench/compute-only.ts [orders] [runs]`: the engine's compute per order
// without SQLite — normalize, the seen document and content hash, validate, and rules + plan +
// draft body, as engineWork runs them — in CPU µs per order (process.cpuUsage), the best of
// `runs` passes over the same orders, each stage over all orders in turn and then every stage
// order by order. For interleaved before/after runs of a change to the hot path: CPU time, not
// wall time, as the machine is shared.
import { normalizeWooOrder } from '../../main/connectors/shops/woocommerce/normalize';
import { validateOrder } from '../../main/validation';
import { planInvoice } from '../../main/engine/plan/plan-invoice';
import { draftInvoiceBody } from '../../main/engine/plan/draft-body';
import { decideRules } from '../../main/engine/rules';
import { refundsKey, seenDocument } from '../../main/engine/content-hash';
import type { NormalizedOrder } from '../../shared/domain/order';
import { benchOrders, benchValidationSetup } from './engine-work';
import { round } from './calls-per-order';

const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const raws = benchOrders(count, 77);
const { profile, knownProducts, validation } = benchValidationSetup();
const keys = { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' };

const normalize = (raw: unknown) => normalizeWooOrder(raw, keys);
const seen = (n: NormalizedOrder) => seenDocument(n).orderJson.length + refundsKey(n.order).length;
const validate = (n: NormalizedOrder) => validateOrder(n.order, { ...validation, findings: n.findings }).length;
const plan = (n: NormalizedOrder) => {
  const decision = decideRules(n.order, profile.rules);
  const planned = planInvoice(n.order, { profile, decision, knownProducts });
  return Object.keys(draftInvoiceBody(planned, planned.customer.customerNumber ?? 1)).length;
};

/** CPU µs per order that `work` takes. */
function timed(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

const best = { normalize: Infinity, seen: Infinity, validate: Infinity, plan: Infinity, orderByOrder: Infinity };
let results = 0;
for (let run = 0; run < runs; run++) {
  let normalized: NormalizedOrder[] = [];
  best.normalize = Math.min(best.normalize, timed(() => (normalized = raws.map(normalize))));
  best.seen = Math.min(best.seen, timed(() => normalized.forEach((n) => (results += seen(n)))));
  best.validate = Math.min(best.validate, timed(() => normalized.forEach((n) => (results += validate(n)))));
  best.plan = Math.min(best.plan, timed(() => normalized.forEach((n) => (results += plan(n)))));
  best.orderByOrder = Math.min(
    best.orderByOrder,
    timed(() => {
      for (const raw of raws) {
        const n = normalize(raw);
        results += seen(n) + validate(n) + plan(n);
      }
    }),
  );
}
// `results` keeps the work from being optimised away.
const cpuMicrosecondsPerOrder = Object.fromEntries(Object.entries(best).map(([stage, us]) => [stage, round(us, 1)]));
process.stdout.write(`${JSON.stringify({ orders: count, runs, cpuMicrosecondsPerOrder, results }, null, 2)}\n`);
