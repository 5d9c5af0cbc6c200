import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money, sum } from '../../../shared/domain/money';
import type { Platform } from '../../../shared/domain/order';
import { admin, bookedDocs, draftDocs, startShopHarness, type ShopHarness } from '../moneyflows/harness';
import { amountRefund, krusOrder, krusOrderId, KRUS_TOTAL, shippingRefund, unitRefund } from '../../helpers/refund-cases';
import { runCrashChild } from '../../helpers/crash-child';

/**
 * A refund made in the shop after the order's invoice was booked reaches the credit-note
 * step through the ordinary sync, whatever else changed: a WooCommerce order stays
 * `completed` after a partial refund, a Shopify order stays `partially_refunded` after its
 * second. Each refund becomes exactly one credit note, and what is left booked in e-conomic
 * (invoice − credit notes) is what the shop kept, worked out by hand from the order
 * (test/helpers/refund-cases.ts: 299.00 = 2 × 125.00 Krus + 49.00 shipping, 25 % VAT).
 */

const PLATFORMS: Platform[] = ['woocommerce', 'shopify'];
const PREFIX: Record<Platform, string> = { woocommerce: 'wc', shopify: 'shopify' };

interface Note {
  gross: string;
  net: string;
  vat: string;
}

function invoiceOf(h: ShopHarness, platform: Platform, orderId: string): Note[] {
  return bookedDocs(h.economic)
    .filter((b) => b.references?.other === `${PREFIX[platform]}:${orderId}`)
    .map((b) => ({ gross: money(dec(String(b.grossAmount))), net: money(dec(String(b.netAmount))), vat: money(dec(String(b.vatAmount))) }));
}

function creditNotesOf(h: ShopHarness, platform: Platform, orderId: string): Note[] {
  return bookedDocs(h.economic)
    .filter((b) => String(b.references?.other ?? '').startsWith(`${PREFIX[platform]}:${orderId}:refund:`))
    .map((b) => ({ gross: money(dec(String(b.grossAmount))), net: money(dec(String(b.netAmount))), vat: money(dec(String(b.vatAmount))) }))
    .sort((a, b) => a.gross.localeCompare(b.gross));
}

function keptInEconomic(h: ShopHarness, platform: Platform, orderId: string): string {
  const [invoice] = invoiceOf(h, platform, orderId);
  return money(dec(invoice.gross).plus(sum(creditNotesOf(h, platform, orderId).map((c) => dec(c.gross)))));
}

async function refund(h: ShopHarness, orderId: string, body: Record<string, unknown>): Promise<void> {
  await admin(h.shop.url, `orders/${orderId}/refunds`, body);
}

/** The order's status word as the shop now reports it (the refund must not have changed what matters). */
async function shopStatus(h: ShopHarness, orderId: string): Promise<string> {
  const normalized = await (await h.runtime.shop()).getOrder(orderId);
  return normalized!.order.status;
}

describe.each(PLATFORMS)('%s: a refund after booking becomes a credit note through the sync', (platform) => {
  let h: ShopHarness;
  let next = 7100;

  /** A new Krus order in the shop, synced and booked: its invoice is the whole 299.00. */
  async function bookedKrusOrder(): Promise<string> {
    const n = next++;
    await admin(h.shop.url, 'orders', krusOrder(platform, n));
    await h.runtime.syncOnce();
    const id = krusOrderId(platform, n);
    expect(invoiceOf(h, platform, id)).toEqual([{ gross: KRUS_TOTAL, net: '239.20', vat: '59.80' }]);
    expect(h.runtime.ledger.orders.get(id)?.state).toBe('done');
    return id;
  }

  beforeAll(async () => {
    h = await startShopHarness(platform, { automatic: true });
  }, 60_000);
  afterAll(() => h.close());

  it('credits one unit of one line, although the order kept its status: 125.00 back, 174.00 kept', async () => {
    const id = await bookedKrusOrder();
    const before = await shopStatus(h, id);
    await refund(h, id, unitRefund(platform, next - 1));
    if (platform === 'woocommerce') expect(await shopStatus(h, id)).toBe(before); // still "completed"

    const summary = await h.runtime.syncOnce();
    expect(summary.creditNotes).toBe(1);
    expect(creditNotesOf(h, platform, id)).toEqual([{ gross: '-125.00', net: '-100.00', vat: '-25.00' }]);
    expect(keptInEconomic(h, platform, id)).toBe('174.00');

    // Later syncs change nothing.
    expect((await h.runtime.syncOnce()).creditNotes).toBe(0);
    expect(creditNotesOf(h, platform, id)).toHaveLength(1);
  });

  it('credits a second partial refund in a later sync, when the status no longer changes on either platform', async () => {
    const id = await bookedKrusOrder();
    await refund(h, id, unitRefund(platform, next - 1, 1));
    await h.runtime.syncOnce();
    const status = await shopStatus(h, id);
    await refund(h, id, amountRefund(platform, next - 1, '20.00', 2));
    expect(await shopStatus(h, id)).toBe(status);

    expect((await h.runtime.syncOnce()).creditNotes).toBe(1);
    expect(creditNotesOf(h, platform, id).map((c) => c.gross)).toEqual(['-125.00', '-20.00']);
    expect(keptInEconomic(h, platform, id)).toBe('154.00'); // 299.00 − 125.00 − 20.00
  });

  it('credits the shipping alone: 49.00 back with its 9.80 VAT, 250.00 kept', async () => {
    const id = await bookedKrusOrder();
    await refund(h, id, shippingRefund(platform, next - 1));
    await h.runtime.syncOnce();
    expect(creditNotesOf(h, platform, id)).toEqual([{ gross: '-49.00', net: '-39.20', vat: '-9.80' }]);
    expect(keptInEconomic(h, platform, id)).toBe('250.00');
  });

  it('credits an amount given back without items as a price reduction at 25 %: 30.00 = 24.00 + 6.00 VAT, 269.00 kept', async () => {
    const id = await bookedKrusOrder();
    await refund(h, id, amountRefund(platform, next - 1, '30.00'));
    await h.runtime.syncOnce();
    expect(creditNotesOf(h, platform, id)).toEqual([{ gross: '-30.00', net: '-24.00', vat: '-6.00' }]);
    expect(keptInEconomic(h, platform, id)).toBe('269.00');
  });

  it('makes one credit note for each of two refunds seen in the same sync: 125.00 and 49.00, 125.00 kept', async () => {
    const id = await bookedKrusOrder();
    await refund(h, id, unitRefund(platform, next - 1, 1));
    await refund(h, id, shippingRefund(platform, next - 1, 2));
    expect((await h.runtime.syncOnce()).creditNotes).toBe(2);
    expect(creditNotesOf(h, platform, id).map((c) => c.gross)).toEqual(['-125.00', '-49.00']);
    expect(keptInEconomic(h, platform, id)).toBe('125.00');
    await h.runtime.syncOnce();
    expect(creditNotesOf(h, platform, id)).toHaveLength(2);
  });

  // WooCommerce lets the owner refund an order that waits "on hold" and complete it later.
  if (platform === 'woocommerce') it('credits a refund made before the order reached its stage, once the order is booked', async () => {
    const n = next++;
    const id = krusOrderId(platform, n);
    await admin(h.shop.url, 'orders', { ...krusOrder(platform, n), status: 'on-hold' });
    await h.runtime.syncOnce();
    await refund(h, id, amountRefund(platform, n, '10.00'));
    await h.runtime.syncOnce();
    expect(invoiceOf(h, platform, id)).toEqual([]);

    const refunded = (await (await h.runtime.shop()).getOrder(id))!;
    expect(refunded.order.refunds).toHaveLength(1);
    await admin(h.shop.url, 'orders', { ...krusOrder(platform, n), refunds: undefined });
    await h.runtime.syncOnce();
    expect(invoiceOf(h, platform, id)).toHaveLength(1);
    expect(creditNotesOf(h, platform, id).map((c) => c.gross)).toEqual(['-10.00']);
    expect(keptInEconomic(h, platform, id)).toBe('289.00');
  });
});

// ---------- a refund while the sync is killed ----------


/**
 * Where the one run after the refund dies: after the refund was recorded and the watermark
 * moved past it (nothing credited yet); after e-conomic created the credit note but before
 * the ledger knew; after e-conomic booked it but before the ledger knew.
 */
const KILLS = ['after-watermark:1', 'after-economic-write:1', 'after-economic-write:2'];

describe.each(PLATFORMS)('%s: a refund while the sync is killed', (platform) => {
  let h: ShopHarness;
  let next = 7300;
  beforeAll(async () => {
    h = await startShopHarness(platform, { automatic: true });
  }, 60_000);
  afterAll(() => h.close());

  it.each(KILLS)('still becomes exactly one credit note after a SIGKILL at %s and a restart', async (point) => {
    const n = next++;
    const id = krusOrderId(platform, n);
    await admin(h.shop.url, 'orders', krusOrder(platform, n));
    await h.runtime.syncOnce();
    await refund(h, id, unitRefund(platform, n));
    h.runtime.close(); // the data dir is the children's now

    const first = await runCrashChild(h.dataDir, { crashAt: point });
    expect(first.killed, 'the kill point was reached').toBe(true);

    // The restart: a new runtime on the same data dir, twice (the second must change nothing).
    await h.reopen();
    await h.runtime.syncOnce();
    expect((await h.runtime.syncOnce()).creditNotes).toBe(0);
    expect(creditNotesOf(h, platform, id)).toEqual([{ gross: '-125.00', net: '-100.00', vat: '-25.00' }]);
    expect(draftDocs(h.economic).filter((d) => String(d.references?.other ?? '').startsWith(`${PREFIX[platform]}:${id}:refund:`))).toEqual([]);
    expect(keptInEconomic(h, platform, id)).toBe('174.00');
    expect(h.runtime.ledger.orders.get(id)?.refundsPending).toBe(false);
  });
});
