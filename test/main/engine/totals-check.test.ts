/**
 * The totals check of docs/architecture.md, "One sync cycle and the order states": e-conomic's own gross for the draft must equal the shop's
 * total. A difference within the tolerance (0.05) is settled with a rounding line; a larger
 * one holds the order with both totals and the draft is never booked. e-conomic here rounds
 * VAT once per rate on the invoice, while the shop rounds per line, so øre differences are real.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../main/runtime/runtime';
import { retryOrders } from '../../../main/operations/retry';
import { client } from '../sandbox/economic/helpers';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { wooOrder, type WooLineSpec } from '../../helpers/woo-order';

type Invoice = { grossAmount: number; lines: Array<{ product?: { productNumber: string }; unitNetPrice: number }>; references?: { other?: string } };

describe('the totals check', () => {
  let harness: SandboxHarness;
  let runtime: Runtime;
  let economic: ReturnType<typeof client>;
  const invoices = (kind: 'drafts' | 'booked', orderId: number) =>
    (harness.economic.state() as unknown as Record<'drafts' | 'booked', Invoice[]>)[kind].filter((i) => i.references?.other === `wc:${orderId}`);
  const sync = async (id: number, lines: WooLineSpec[]) => {
    harness.shop.upsertOrder(wooOrder({ lines, pricesIncludeTax: false }, id));
    await runtime.syncOnce();
    return runtime.ledger.orders.get(String(id))!;
  };

  beforeAll(async () => {
    harness = await startSandboxHarness({ orders: [], economic: { vatRounding: 'invoice' }, profile: { invoiceSource: 'shop', rules: [] } });
    economic = client(harness.economic);
    // Products the owner keeps in e-conomic's VAT-free group although the shop charges 25 % on them.
    for (const productNumber of ['AVIS-01', 'AVIS-02', 'AVIS-03']) {
      await economic('POST', '/products', { productNumber, name: 'Avis', productGroup: { productGroupNumber: 2 }, salesPrice: 0 });
    }
    runtime = await harness.open();
    walkSupervisedPeriod(runtime);
  });
  afterAll(async () => {
    runtime?.close();
    await harness?.close();
  });

  it('holds a draft whose e-conomic gross differs beyond the tolerance, shows both totals, and never books it', async () => {
    // 100.00 + 25 % = 125.00 in the shop; e-conomic charges no VAT on the product: 100.00
    const row = await sync(7101, [{ sku: 'AVIS-01', quantity: 1, unitOre: 10_000, rate: 25 }]);
    expect(row.state).toBe('needs-attention');
    expect(row.reasonCode).toBe('LB-3001');
    expect(row.reasonDetail).toMatchObject({ params: { shopTotal: '125.00', economicTotal: '100.00', currency: 'DKK' } });
    expect(invoices('booked', 7101)).toEqual([]);
    expect(invoices('drafts', 7101).map((d) => d.grossAmount)).toEqual([100]);
  });

  it('holds a difference of 0.06, one øre beyond the tolerance', async () => {
    // 0.24 + 0.06 VAT = 0.30 in the shop; 0.24 in e-conomic
    const row = await sync(7102, [{ sku: 'AVIS-02', quantity: 1, unitOre: 24, rate: 25 }]);
    expect(row).toMatchObject({ state: 'needs-attention', reasonCode: 'LB-3001' });
    expect(invoices('booked', 7102)).toEqual([]);
  });

  it('settles a difference of exactly the tolerance (0.05) with a rounding line and books the shop total', async () => {
    // 0.20 + 0.05 VAT = 0.25 in the shop; 0.20 in e-conomic, so a rounding line of +0.05
    const row = await sync(7103, [{ sku: 'AVIS-03', quantity: 1, unitOre: 20, rate: 25 }]);
    expect(row.state).toBe('done');
    const [invoice] = invoices('booked', 7103);
    expect(invoice.grossAmount).toBe(0.25);
    expect(invoice.lines.filter((l) => l.product?.productNumber === 'AFRUNDING').map((l) => l.unitNetPrice)).toEqual([0.05]);
  });

  it('adds a rounding line of the difference, with its sign, when e-conomic rounds VAT on the total', async () => {
    // 3 × 39.90: the shop rounds VAT per line, 9.975 → 9.98, three times 29.94: 149.64;
    // e-conomic rounds 119.70 × 25 % = 29.925 → 29.93 once: 149.63. The line is +0.01.
    const row = await sync(7104, [
      { sku: 'KAFFE-01', quantity: 1, unitOre: 3990, rate: 25 },
      { sku: 'KAFFE-02', quantity: 1, unitOre: 3990, rate: 25 },
      { sku: 'KAFFE-03', quantity: 1, unitOre: 3990, rate: 25 },
    ]);
    expect(row.state).toBe('done');
    const [invoice] = invoices('booked', 7104);
    expect(invoice.grossAmount).toBe(149.64);
    expect(invoice.lines.filter((l) => l.product?.productNumber === 'AFRUNDING').map((l) => l.unitNetPrice)).toEqual([0.01]);
  });

  it('keeps the rounding line when the booking was refused and is retried after the owner fixed the cause', async () => {
    // The owner has barred the product in e-conomic: the settled draft cannot be booked.
    await economic('POST', '/products', { productNumber: 'TE-01', name: 'Te', productGroup: { productGroupNumber: 1 }, salesPrice: 39.9, barred: true });
    const lines = ['TE-01', 'TE-02', 'TE-03'].map((sku) => ({ sku, quantity: 1, unitOre: 3990, rate: 25 }));
    const held = await sync(7105, lines);
    expect(held.state).toBe('needs-attention');
    expect(invoices('booked', 7105)).toEqual([]);

    await economic('PUT', '/products/TE-01', { productNumber: 'TE-01', name: 'Te', productGroup: { productGroupNumber: 1 }, salesPrice: 39.9, barred: false });
    await retryOrders(runtime, ['7105']);
    expect(runtime.ledger.orders.get('7105')!.state).toBe('done');
    const [invoice] = invoices('booked', 7105);
    expect(invoice.grossAmount).toBe(149.64);
  });
});
