import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money } from '../../../shared/domain/money';
import type { Runtime } from '../../../main/runtime/runtime';
import { client } from '../sandbox/economic/helpers';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { wooLineArb, wooOrder, type WooLineSpec, type WooOrderSpec } from '../../helpers/woo-order';

/**
 * Property: every generated shop order — VAT rates, discounts, prices incl. or excl. VAT,
 * quantities, shipping, currencies — is booked in e-conomic at exactly the shop's total, to
 * the øre, whichever way e-conomic rounds VAT (per line or on the invoice). The only orders
 * that may be held are those generated on purpose to miss by more than the tolerance (a
 * product the owner keeps in e-conomic's VAT-free group while the shop charges 25 %), and
 * those must be held with both totals and never booked.
 *
 * The seed is random and printed; re-run a failure with PROPERTY_SEED=<seed>. PROPERTY_RUNS
 * sets the number of cases (default: 125 per rounding mode under CI, 30 otherwise). The
 * sandboxes and the engine are started once per mode and reused by every case (and by
 * every shrinking step): a case adds its orders to the shop and runs one sync.
 */
const SEED = Number(process.env.PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.PROPERTY_RUNS ?? (process.env.CI ? 125 : 30));
console.log(`property seed ${SEED}, ${RUNS} cases per VAT rounding mode (re-run: PROPERTY_SEED=${SEED} npx vitest run test/main/engine/property.test.ts)`);

/** In e-conomic's VAT-free product group, while the shop charges 25 % on it. */
const MISGROUPED = 'FEJL-06';
const TOLERANCE = '0.05';

interface CaseOrder extends WooOrderSpec {
  /** True when the order carries the misgrouped product: e-conomic's gross then misses by more than the tolerance. */
  missesOnPurpose: boolean;
}

// At 5.00 or more, even a third off leaves VAT of 0.67 or more: well beyond the tolerance.
const misgroupedArb: fc.Arbitrary<WooLineSpec> = fc.record({ unitOre: fc.integer({ min: 500, max: 100_000 }), quantity: fc.integer({ min: 1, max: 3 }) }).map((l) => ({ ...l, sku: MISGROUPED, rate: 25 }));

const orderArb: fc.Arbitrary<CaseOrder> = fc
  .record({
    lines: fc.array(wooLineArb, { minLength: 1, maxLength: 5 }),
    misgrouped: fc.oneof({ arbitrary: fc.constant(null), weight: 7 }, { arbitrary: misgroupedArb, weight: 1 }),
    pricesIncludeTax: fc.boolean(),
    discountPercent: fc.constantFrom(0, 0, 10, 15, 33),
    shippingOre: fc.constantFrom(0, 3900, 4900, 2995),
    currency: fc.constantFrom<'DKK' | 'EUR'>('DKK', 'DKK', 'EUR'),
  })
  .map(({ misgrouped, lines, ...rest }) => ({ ...rest, lines: misgrouped ? [...lines, misgrouped] : lines, missesOnPurpose: misgrouped !== null }));

type Invoice = { grossAmount: number; netAmount: number; vatAmount: number; references?: { other?: string } };

for (const vatRounding of ['line', 'invoice'] as const) {
  describe(`booked invoices equal the shop to the øre when e-conomic rounds VAT per ${vatRounding} (property)`, () => {
    let harness: SandboxHarness;
    let runtime: Runtime;
    let nextId = 10_000;

    beforeAll(async () => {
      harness = await startSandboxHarness({ orders: [], economic: { vatRounding }, profile: { invoiceSource: 'shop', rules: [] } });
      await client(harness.economic)('POST', '/products', { productNumber: MISGROUPED, name: 'Forkert momsgruppe', productGroup: { productGroupNumber: 2 }, salesPrice: 0 });
      runtime = await harness.open();
      walkSupervisedPeriod(runtime);
    });
    afterAll(async () => {
      runtime?.close();
      await harness?.close();
    });

    async function bookCase(specs: CaseOrder[]): Promise<void> {
      // Only this case's orders are in the shop, so the sync reads nothing else.
      await fetch(`${harness.shop.url}/_sandbox/reset`, { method: 'POST' });
      const orders = specs.map((spec) => ({ spec, raw: wooOrder(spec, nextId++) }));
      for (const { raw } of orders) harness.shop.upsertOrder(raw);
      await runtime.syncOnce();

      const state = harness.economic.state() as unknown as { booked: Invoice[]; drafts: Invoice[] };
      for (const { spec, raw } of orders) {
        const reference = `wc:${raw.id}`;
        const row = runtime.ledger.orders.get(String(raw.id))!;
        const booked = state.booked.filter((b) => b.references?.other === reference);
        const drafts = state.drafts.filter((d) => d.references?.other === reference);
        if (!spec.missesOnPurpose) {
          expect({ order: raw.id, state: row.state, reason: row.reasonCode }).toEqual({ order: raw.id, state: 'done', reason: null });
          expect(booked, `order ${raw.id} booked exactly once`).toHaveLength(1);
          expect(drafts).toEqual([]);
          const [invoice] = booked;
          expect(money(dec(String(invoice.grossAmount))), `order ${raw.id}: booked gross`).toBe(raw.total);
          expect(money(dec(String(invoice.netAmount)).plus(String(invoice.vatAmount)))).toBe(raw.total);
          expect(dec(String(invoice.vatAmount)).minus(String(raw.total_tax)).abs().lte(TOLERANCE), `order ${raw.id}: VAT ${invoice.vatAmount} against the shop's ${raw.total_tax}`).toBe(true);
        } else {
          expect({ order: raw.id, state: row.state, reason: row.reasonCode }).toEqual({ order: raw.id, state: 'needs-attention', reason: 'LB-3001' });
          expect(booked, `order ${raw.id} is never booked`).toEqual([]);
          expect(drafts).toHaveLength(1);
          const params = (row.reasonDetail as { params: { shopTotal: string; economicTotal: string } }).params;
          expect(params.shopTotal).toBe(raw.total);
          expect(params.economicTotal).toBe(money(dec(String(drafts[0].grossAmount))));
          expect(dec(params.shopTotal).minus(params.economicTotal).abs().gt(TOLERANCE)).toBe(true);
        }
      }
    }

    it(`holds for generated orders (seed ${SEED})`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(orderArb, { minLength: 1, maxLength: 3 }), bookCase),
        { numRuns: RUNS, seed: SEED + (vatRounding === 'line' ? 0 : 1) },
      );
    }, 600_000);
  });
}
