import { afterEach, expect, it } from 'vitest';
import { generateWooDemoOrders } from '../../../main/sandbox/shops/woocommerce';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';

/** Issue 14 §4: a missing name alone never blocks an invoice to the collective customer. */

let harness: SandboxHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

type Draft = { references?: { other?: string }; customer: { customerNumber: number }; recipient: { name: string; city?: string } };

it('books an order whose buyer has no name as a draft to the collective customer, named by the order number', async () => {
  const [demo] = generateWooDemoOrders({ count: 1, seed: 11 });
  const billing: Record<string, string> = { ...(demo.billing as Record<string, string>), first_name: '', last_name: '', company: '' };
  const order: Record<string, unknown> = { ...demo, status: 'processing', billing };
  harness = await startSandboxHarness({ orders: [order] });
  const runtime = await harness.open();
  try {
    await runtime.syncOnce();
    const row = runtime.ledger.orders.get(String(order.id))!;
    expect(row.state).toBe('held'); // a draft waiting for the owner in the supervised period
    const drafts = (harness.economic.state() as unknown as { drafts: Draft[] }).drafts;
    expect(drafts).toHaveLength(1);
    // the demo profile's collective customer for DKK is customer 1
    expect(drafts[0]).toMatchObject({ customer: { customerNumber: 1 }, recipient: { name: `Ordre ${String(order.number)}` } });
    expect(drafts[0].recipient.city).toBe(billing.city);
  } finally {
    runtime.close();
  }
});
