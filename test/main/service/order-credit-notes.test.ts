import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppService, type DesktopService } from '../../../main/service/app-service';
import { MemorySecretStore } from '../../../main/secrets';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { Response } from '../../../shared/ipc/contract';
import { admin, bookedDocs, startShopHarness, type ShopHarness } from '../moneyflows/harness';
import { krusOrder, krusOrderId, unitRefund } from '../../helpers/refund-cases';

/**
 * The order's panel shows the credit notes LedgerBridge made for its refunds: a Krus order
 * (299.00 = 2 × 125.00 + 49.00 shipping) booked, then one krus refunded in the shop, gives one
 * credit note of 125.00 in e-conomic, and the panel names it by its number there.
 */
let h: ShopHarness;
let service: DesktopService;
const n = 7400;
const id = krusOrderId('woocommerce', n);

beforeAll(async () => {
  h = await startShopHarness('woocommerce', { automatic: true });
  await admin(h.shop.url, 'orders', krusOrder('woocommerce', n));
  await h.runtime.syncOnce();
  await admin(h.shop.url, `orders/${id}/refunds`, unitRefund('woocommerce', n));
  await h.runtime.syncOnce();
  h.runtime.close();
  service = await createAppService({ dataDir: h.dataDir, onEvent: () => undefined, secrets: new MemorySecretStore(), economicUrl: h.economic.url, autoSync: false });
}, 60_000);

afterAll(async () => {
  await service?.dispose();
  await h.close();
});

describe("an order's credit notes in its panel", () => {
  it('names the booked credit note of a refund by its number in e-conomic, with the amount given back', async () => {
    const notes = bookedDocs(h.economic).filter((b) => String(b.references?.other ?? '').startsWith(`wc:${id}:refund:`));
    expect(notes.map((b) => b.grossAmount)).toEqual([-125]);
    const result = await dispatch(service, 'orders.get', { id }, { validateResponses: true });
    if (!result.ok) throw new Error(result.error.message);
    const order = result.value as Response<'orders.get'>;
    expect(order.creditNotes).toEqual([
      { refundId: expect.any(String), state: 'booked', kind: 'booked', number: notes[0].bookedInvoiceNumber, amount: '125.00', currency: 'DKK', at: expect.any(String) },
    ]);
    expect(order.bookedInvoiceNumber).not.toBe(notes[0].bookedInvoiceNumber);
  });
});
