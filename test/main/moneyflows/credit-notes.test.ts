import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money, sum } from '../../../shared/domain/money';
import type { Order } from '../../../shared/domain/order';
import { draftInvoiceBody } from '../../../main/engine/plan/draft-body';
import { operationKey } from '../../../main/engine/idempotency';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { creditNotesForOrder, planCreditNote, processRefunds } from '../../../main/moneyflows/credit-notes';
import { admin, bookedDocs, draftDocs, startHarness, type Harness } from './harness';
import { shopReference } from './reference';
import { wooAmountRefund, wooLineRefund, wooShippingRefund } from './refund-fixtures';

/**
 * Refunds in the shop become credit notes in e-conomic (the real sandboxes over HTTP, a
 * real SQLite ledger): what is left booked — invoice minus credit notes — is exactly what
 * the shop says the customer kept.
 */

type Json = Record<string, unknown>;

const PROFILE = {
  rules: [],
  enabledCurrencies: ['DKK', 'EUR', 'USD'],
  customers: { mode: 'collective' as const, collective: { DKK: 1, EUR: 2, '*': 3 }, customerGroupNumber: 1 },
  products: { shipping: 'FRAGT', fee: 'GEBYR', giftCard: 'GAVEKORT', discount: 'RABAT', rounding: 'AFRUNDING', fallback: 'DIVERSE' },
};

/** The reference orders as they were before anything was refunded. */
function beforeRefunds(file: string, id: number): Json {
  const order = (shopReference('woocommerce', file) as Json[]).find((o) => o.id === id)!;
  return { ...order, refunds: [], status: 'processing' };
}

/**
 * Order 560 has SKUs longer than e-conomic's 25-character product numbers, so its invoice
 * is held with LB-1011 until the owner shortens them in the shop; this is the order after
 * that fix (the refunds that follow are the unchanged reference payloads).
 */
function withShortSkus(order: Json): Json {
  return { ...order, line_items: (order.line_items as Json[]).map((l) => ({ ...l, sku: String(l.sku).slice(0, 25) })) };
}

const generated = generateWooOrders({ count: 12, seed: 77, start: new Date(Date.now() - 3 * 86_400_000) });
const booked = generated.filter((o) => o.status === 'processing' || o.status === 'completed');
const withShipping = booked.find((o) => (o.shipping_lines as Json[]).some((s) => dec(String(s.total)).gt(0)) && (o.line_items as Json[]).length >= 2)!;
const others = booked.filter((o) => o !== withShipping);

let h: Harness;

async function shopOrder(id: string): Promise<Order> {
  const normalized = await (await h.runtime.shop()).getOrder(id);
  return normalized!.order;
}

function economicTotals(orderId: string): { invoice: string; credits: string[] } {
  const booked = bookedDocs(h.economic);
  const gross = (reference: string) => booked.filter((b) => b.references?.other === reference).map((b) => money(dec(String(b.grossAmount))));
  const credits = booked.filter((b) => String(b.references?.other ?? '').startsWith(`wc:${orderId}:refund:`)).map((b) => money(dec(String(b.grossAmount))));
  const [invoice] = gross(`wc:${orderId}`);
  return { invoice, credits };
}

function keptInEconomic(orderId: string): string {
  const { invoice, credits } = economicTotals(orderId);
  return money(dec(invoice).plus(sum(credits.map((c) => dec(c)))));
}

function keptInShop(order: Order): string {
  return money(dec(order.totals.total).minus(sum(order.refunds.map((r) => dec(r.amount)))));
}

beforeAll(async () => {
  h = await startHarness({
    orders: [beforeRefunds('docs-orders-list-727-723.json', 723), withShortSkus(beforeRefunds('ios-orders-list-4-orders.json', 560)), ...generated],
    automatic: true,
    profile: PROFILE,
  });
  const client = await h.runtime.economic();
  await client.createProduct({ productNumber: 'DIVERSE', name: 'Diverse varer', productGroup: { productGroupNumber: 2 } }, 'test-create-diverse');
  await h.runtime.syncOnce();
}, 30_000);
afterAll(() => h.close());

describe('refunds of a booked order become credit notes', () => {
  it('books every WooCommerce reference refund as a credit note, leaving what the shop says was kept', async () => {
    for (const refund of shopReference('woocommerce', 'docs-refunds-list-order-723.json') as Json[]) await admin(h.shop.url, 'orders/723/refunds', refund);
    const list560 = (shopReference('woocommerce', 'ios-refunds-list-order-560.json') as Json[]).filter((r) => r.id !== 562);
    for (const refund of [...list560, shopReference('woocommerce', 'ios-refund-562-with-shipping.json')]) await admin(h.shop.url, 'orders/560/refunds', refund);

    const ctx = await h.runtime.context();
    for (const id of ['723', '560']) {
      const order = await shopOrder(id);
      const outcome = await processRefunds(ctx, order);
      expect(outcome).toEqual({ created: order.refunds.length, booked: order.refunds.length, settled: true });
      expect(keptInEconomic(id)).toBe(keptInShop(order));
      expect(creditNotesForOrder(h.runtime.ledger.db, id).map((c) => c.state)).toEqual(order.refunds.map(() => 'booked'));
    }
    expect(keptInEconomic('723')).toBe('20.00'); // 39.00 − 10.00 (amount only, 726) − 9.00 (one album, 724)
    expect(keptInEconomic('560')).toBe('973.50'); // 1198.50 − 63 − 117 − 18 − 27
    // 562 says 27.00 was refunded while its items and shipping come to more: the money decides.
    const notes = creditNotesForOrder(h.runtime.ledger.db, '560');
    expect(notes.find((c) => c.refundId === '562')).toMatchObject({ basis: 'amount', amount: '27.00' });
    expect(notes.filter((c) => c.refundId !== '562').every((c) => c.basis === 'lines')).toBe(true);
  });

  it('credits refunded lines, shipping and an amount with Danish VAT, to the øre, as e-conomic computes it', async () => {
    const id = String(withShipping.id);
    const firstLine = Number((withShipping.line_items as Json[])[0].id);
    await admin(h.shop.url, `orders/${id}/refunds`, wooLineRefund(withShipping, [firstLine]));
    await admin(h.shop.url, `orders/${id}/refunds`, wooShippingRefund(withShipping));
    await admin(h.shop.url, `orders/${id}/refunds`, wooAmountRefund('12.35'));
    const order = await shopOrder(id);
    expect(order.refunds).toHaveLength(3);

    const outcome = await processRefunds(await h.runtime.context(), order);
    expect(outcome).toEqual({ created: 3, booked: 3, settled: true });
    expect(keptInEconomic(id)).toBe(keptInShop(order));

    const booked = bookedDocs(h.economic).filter((b) => String(b.references?.other).startsWith(`wc:${id}:refund:`));
    for (const note of booked) {
      expect(dec(String(note.grossAmount)).isNegative()).toBe(true);
      expect(note.lines!.every((l) => Number(l.quantity) < 0 || l.product?.productNumber === 'AFRUNDING')).toBe(true);
      expect(note.notes?.heading).toMatch(/^Kreditnota for faktura \d+ \/ ordre /);
    }
    // 25 % VAT is credited too: the credit notes' VAT is a quarter of their net, within the øre of each line
    const vat = sum(booked.map((b) => dec(String(b.vatAmount))));
    const net = sum(booked.map((b) => dec(String(b.netAmount))));
    expect(vat.minus(net.times('0.25')).abs().lte('0.05')).toBe(true);
  });

  it('credits the rest of an order that is cancelled after its invoice was booked', async () => {
    const order = others[0];
    const id = String(order.id);
    await admin(h.shop.url, `orders/${id}/refunds`, wooAmountRefund('20.00', 'Delvis kompensation'));
    await admin(h.shop.url, 'orders', { ...order, status: 'cancelled', refunds: undefined });
    const cancelled = await shopOrder(id);
    expect(cancelled.stage.cancelled).toBe(true);

    const outcome = await processRefunds(await h.runtime.context(), cancelled);
    expect(outcome.booked).toBe(2);
    expect(keptInEconomic(id)).toBe('0.00');
    expect(creditNotesForOrder(h.runtime.ledger.db, id).map((c) => c.refundId).sort()).toEqual(['cancellation', cancelled.refunds[0].id].sort());
  });

  it('never makes a second credit note for a refund, also when the run died after e-conomic created it', async () => {
    const order = others[1];
    const id = String(order.id);
    await admin(h.shop.url, `orders/${id}/refunds`, wooAmountRefund('50.00'));
    const refunded = await shopOrder(id);
    const refund = refunded.refunds[0];
    const ctx = await h.runtime.context();
    const invoice = (await ctx.client.getBookedInvoice(h.runtime.ledger.orders.get(id)!.bookedNumber!))!;

    // The state a crash leaves: the journal says "started", e-conomic already has the draft,
    // and so much time has passed that the idempotency key no longer helps.
    const key = operationKey(h.runtime.profile.name, `${id}:refund:${refund.id}`, 'credit-note', 0);
    h.runtime.ledger.operations.begin({ key, orderId: id, step: 'credit-note' });
    const plan = planCreditNote(refunded, refund, { profile: ctx.profile, knownProducts: ctx.reference.productNumbers, bookedInvoiceNumber: invoice.bookedInvoiceNumber, customerNumber: invoice.customer.customerNumber });
    await ctx.client.createDraftInvoice(draftInvoiceBody(plan, invoice.customer.customerNumber) as never, 'an-expired-key');

    const first = await processRefunds(ctx, refunded);
    const again = await processRefunds(ctx, await shopOrder(id));
    expect(first).toEqual({ created: 0, booked: 1, settled: true });
    expect(again).toEqual({ created: 0, booked: 0, settled: true });
    const reference = `wc:${id}:refund:${refund.id}`;
    expect(bookedDocs(h.economic).filter((b) => b.references?.other === reference)).toHaveLength(1);
    expect(draftDocs(h.economic).filter((d) => d.references?.other === reference)).toHaveLength(0);
    expect(keptInEconomic(id)).toBe(keptInShop(refunded));
  });

  it('leaves credit notes as drafts for the owner while automatic posting is not in effect, and notices when the owner books them', async () => {
    const order = others[2];
    const id = String(order.id);
    h.runtime.saveProfile({ ...h.runtime.profile, bookingMode: 'drafts' });
    try {
      await admin(h.shop.url, `orders/${id}/refunds`, wooAmountRefund('30.00'));
      const refunded = await shopOrder(id);
      const ctx = await h.runtime.context();
      expect(await processRefunds(ctx, refunded)).toEqual({ created: 1, booked: 0, settled: true });
      const [note] = creditNotesForOrder(h.runtime.ledger.db, id);
      expect(note).toMatchObject({ state: 'held', reasonCode: 'LB-7001', bookedNumber: null });

      h.economic.bookDraft(note.draftNumber!); // the owner books it in e-conomic
      expect(await processRefunds(ctx, refunded)).toEqual({ created: 0, booked: 1, settled: true });
      expect(creditNotesForOrder(h.runtime.ledger.db, id)[0].state).toBe('booked');
    } finally {
      h.runtime.saveProfile({ ...h.runtime.profile, bookingMode: 'automatic' });
    }
  });

  it('does nothing when the profile turns credit notes off', async () => {
    const order = others[3];
    const id = String(order.id);
    h.runtime.saveProfile({ ...h.runtime.profile, refunds: { creditNotes: false } });
    try {
      await admin(h.shop.url, `orders/${id}/refunds`, wooAmountRefund('10.00'));
      expect(await processRefunds(await h.runtime.context(), await shopOrder(id))).toEqual({ created: 0, booked: 0, settled: true });
      expect(creditNotesForOrder(h.runtime.ledger.db, id)).toEqual([]);
    } finally {
      h.runtime.saveProfile({ ...h.runtime.profile, refunds: { creditNotes: true } });
    }
  });
});
