import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, money } from '../../../shared/domain/money';
import { orderArb, wooOrder } from '../../helpers/generated-orders';
import { enableAutomaticPosting, startHarness } from '../../helpers/engine-harness';

/**
 * Property: for generated shop orders — VAT rates, discounts, prices incl. or excl. VAT,
 * quantities, currencies — every booked invoice's gross equals the shop's total to the øre,
 * and its VAT matches the shop's within the rounding tolerance, whichever way e-conomic
 * rounds VAT (per line or on the invoice).
 */
type Booked = { grossAmount: number; vatAmount: number; references?: { other?: string } };

describe('booked invoices equal the shop to the øre (property)', () => {
  for (const vatRounding of ['line', 'invoice'] as const) {
    it(`holds for generated orders when e-conomic rounds VAT per ${vatRounding}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(orderArb, { minLength: 4, maxLength: 10 }), async (specs) => {
          const orders = specs.map((s, i) => wooOrder(s, 5000 + i));
          const harness = await startHarness({ orders, vatRounding, profile: { invoiceSource: 'shop', rules: [] } });
          try {
            const runtime = await harness.open();
            try {
              enableAutomaticPosting(runtime, harness);
              await runtime.syncOnce();
              const booked = (harness.economic.state() as unknown as { booked: Booked[] }).booked;
              for (const raw of orders) {
                const row = runtime.ledger.orders.get(String(raw.id))!;
                if (row.state === 'done') {
                  const invoice = booked.find((b) => b.references?.other === `wc:${raw.id}`)!;
                  expect(money(dec(String(invoice.grossAmount)))).toBe(raw.total);
                  expect(dec(String(invoice.vatAmount)).minus(String(raw.total_tax)).abs().lte('0.05')).toBe(true);
                } else {
                  // The only acceptable hold is a real difference beyond the tolerance, shown with both totals.
                  expect(row.state).toBe('needs-attention');
                  expect(row.reasonCode).toBe('LB-3001');
                  const p = (row.reasonDetail as { params: { shopTotal: string; economicTotal: string } }).params;
                  expect(dec(p.shopTotal).minus(p.economicTotal).abs().gt('0.05')).toBe(true);
                }
              }
              expect(booked.length, 'orders were booked at all').toBeGreaterThan(0);
              const refs = booked.map((b) => b.references?.other);
              expect(new Set(refs).size).toBe(refs.length);
            } finally {
              runtime.close();
            }
          } finally {
            await harness.close();
          }
        }),
        { numRuns: 8, seed: vatRounding === 'line' ? 20261127 : 20261128 },
      );
    }, 120_000);
  }
});
