import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { invoiceContentHash, seenDocument } from '../../../main/engine/content-hash';
import { normalizeWooOrder } from '../../../main/connectors/shops/woocommerce/normalize';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import type { NormalizationFinding, Order } from '../../../shared/domain/order';
import { buildOrder, grossLine } from '../../helpers/orders';

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * The content hash decides whether a known order changed its invoice, and the ledger holds the
 * hashes of every order seen: its definition is the SHA-256 of one JSON text, written out here,
 * and may never change without every stored order looking changed.
 */
describe('the content hash and the stored document of a seen order', () => {
  const order = buildOrder({ id: '501', lines: [grossLine('1', 'MUG-1', 2, '100.00')] });

  it('hashes the parts that make the invoice, in their fixed order, the totals without the refunded amount', () => {
    const { refunded: _refunded, ...totals } = order.totals;
    const text =
      `{"currency":${JSON.stringify(order.currency)},"pricesIncludeTax":${JSON.stringify(order.pricesIncludeTax)}` +
      `,"lines":${JSON.stringify(order.lines)},"shippingLines":${JSON.stringify(order.shippingLines)},"feeLines":${JSON.stringify(order.feeLines)}` +
      `,"giftCards":${JSON.stringify(order.giftCards)},"totals":${JSON.stringify(totals)}` +
      `,"billing":${JSON.stringify(order.billing)},"shipping":${JSON.stringify(order.shipping)},"payment":${JSON.stringify(order.payment)}}`;
    expect(invoiceContentHash(order)).toBe(sha(text));
    expect(seenDocument({ order, findings: [] }).contentHash).toBe(sha(text));
  });

  it('leaves out what the credit-note step and eligibility follow: refunds and the status', () => {
    const refunded: Order = { ...order, status: 'refunded', totals: { ...order.totals, refunded: '50.00' }, refunds: [{ id: 'r1', amount: '50.00' } as Order['refunds'][number]] };
    expect(invoiceContentHash(refunded)).toBe(invoiceContentHash(order));
    const changed = buildOrder({ id: '501', lines: [grossLine('1', 'MUG-1', 3, '100.00')] });
    expect(invoiceContentHash(changed)).not.toBe(invoiceContentHash(order));
  });

  it('leaves a member without a value out of both texts, as JSON.stringify does', () => {
    const withoutShipping = { ...order, shipping: undefined } as unknown as Order;
    const findings: NormalizationFinding[] = [{ code: 'invalid-amount', field: 'total', message: 'total is not a number', actual: 'x' } as NormalizationFinding];
    const document = seenDocument({ order: withoutShipping, findings });
    expect(document.orderJson).toBe(JSON.stringify({ ...withoutShipping, findings }));
    expect(Object.keys(JSON.parse(document.orderJson) as object)).not.toContain('shipping');
    expect(document.contentHash).toBe(invoiceContentHash(withoutShipping));
  });

  it('writes every member name as JSON.stringify does, also names that need escaping, asked again and again', () => {
    const odd = { ...order, 'quote"d': 1, 'back\\slash': 2, 'tab\tname': 3, 'æøå': 4 } as unknown as Order;
    for (let round = 0; round < 3; round++) expect(seenDocument({ order: odd, findings: [] }).orderJson).toBe(JSON.stringify({ ...odd, findings: [] }));
  });

  it('stores exactly the JSON of the order with its findings and the same hash for 300 generated shop orders', () => {
    for (const raw of generateWooOrders({ count: 300, seed: 17 })) {
      const normalized = normalizeWooOrder(raw as never, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' });
      const document = seenDocument(normalized);
      expect(document.orderJson).toBe(JSON.stringify({ ...normalized.order, findings: normalized.findings }));
      expect(JSON.parse(document.orderJson)).toEqual(JSON.parse(JSON.stringify({ ...normalized.order, findings: normalized.findings })));
      expect(document.contentHash).toBe(invoiceContentHash(normalized.order));
    }
  });
});
