import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { normalizeWooOrder } from '../../../../../main/connectors/shops/woocommerce/normalize';
import { dec, money } from '../../../../../shared/domain/money';
import type { Order } from '../../../../../shared/domain/order';
import { WOO_REFERENCE_DIR, wooReference, wooReferenceOrders } from './reference';
import { generateWooOrders } from '../../../../../main/sandbox/shops/woocommerce';

const keys = { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' };

/** Orders SOURCES.md marks as reconciling ("yes"); #963 in the list file is the documented exception. */
const RECONCILING: Record<string, string[]> = {
  'docs-order-727-retrieve.json': ['727'],
  'docs-orders-list-727-723.json': ['727', '723'],
  'ios-order-211-prices-include-tax.json': ['211'],
  'ios-order-324-partially-refunded.json': ['324'],
  'ios-order-609-fully-refunded.json': ['609'],
  'ios-orders-list-4-orders.json': ['961', '960', '560'],
};
const NOT_RECONCILING: Record<string, string[]> = {
  'ios-order-963-alternative-types.json': ['963'],
  'ios-order-963-coupon-fee-compound-tax.json': ['963'],
  'ios-orders-list-4-orders.json': ['963'],
};

function invariant(order: Order): string {
  const t = order.totals;
  return money(dec(t.itemsSubtotal).plus(t.shipping).plus(t.fees).minus(t.discount).plus(t.tax).minus(t.giftCards));
}

function orderFrom(file: string, id: string): Record<string, unknown> {
  const found = wooReferenceOrders(file).find((o) => String(o.id) === id);
  if (!found) throw new Error(`order ${id} not in ${file}`);
  return found;
}

describe('normalizeWooOrder on real WooCommerce payloads', () => {
  it('normalizes every order in the reference folder without throwing', () => {
    const files = readdirSync(WOO_REFERENCE_DIR).filter((f) => f.endsWith('.json'));
    let orders = 0;
    for (const file of files) {
      for (const raw of wooReferenceOrders(file)) {
        if (!Array.isArray(raw.line_items) || 'amount' in raw) continue; // refunds and status lists
        const { order } = normalizeWooOrder(raw, keys);
        expect(order.id).toBe(String(raw.id));
        orders++;
      }
    }
    expect(orders).toBe(12);
  });

  for (const [file, ids] of Object.entries(RECONCILING)) {
    for (const id of ids) {
      it(`${file} #${id}: lines + shipping + fees − discounts + tax − gift cards = total, no totals findings`, () => {
        const { order, findings } = normalizeWooOrder(orderFrom(file, id), keys);
        expect(invariant(order)).toBe(order.totals.total);
        expect(findings.filter((f) => f.code === 'totals-mismatch' || f.code === 'tax-mismatch')).toEqual([]);
        const lineSum = [...order.lines, ...order.shippingLines, ...order.feeLines].reduce((s, l) => s.plus(l.total).plus(l.tax), dec(0));
        expect(money(lineSum.minus(order.totals.giftCards))).toBe(order.totals.total);
      });
    }
  }

  for (const [file, ids] of Object.entries(NOT_RECONCILING)) {
    for (const id of ids) {
      it(`${file} #${id}: reports the mismatch with both numbers instead of crashing`, () => {
        const { order, findings } = normalizeWooOrder(orderFrom(file, id), keys);
        const mismatch = findings.find((f) => f.code === 'totals-mismatch');
        expect(mismatch).toMatchObject({ expected: '31.20', actual: invariant(order) });
        expect(mismatch?.actual).toBe('156.70');
      });
    }
  }

  it('keeps net line amounts and the tax beside them when prices include tax (order 211)', () => {
    const { order } = normalizeWooOrder(wooReference('ios-order-211-prices-include-tax.json'), keys);
    expect(order.pricesIncludeTax).toBe(true);
    expect(order.lines[0]).toMatchObject({ sku: 'woo-beanie', subtotal: '17.65', total: '17.65', tax: '0.35', taxRate: '2', unitPrice: '17.65' });
    expect(order.lines[0].taxes).toEqual([{ rate: '2', rateId: '2', label: 'Tax', amount: '0.35' }]);
    expect(order.shippingLines[0]).toMatchObject({ kind: 'shipping', methodId: 'flat_rate', total: '15.00', tax: '0.30' });
    expect(order.taxSummary).toEqual([{ rate: '2', rateId: '2', label: 'Tax', amount: '0.65' }]);
    expect(order.payment).toEqual({ id: 'woocommerce_payments', title: 'Credit card / debit card', transactionId: 'pi_3KMuym2EdyGr1FMV0TtJrfac' });
    expect(order.dates).toEqual({ created: '2022-01-28T13:59:07Z', modified: '2022-01-28T13:59:09Z', paid: '2022-01-28T13:59:09Z', completed: null });
    expect(order.stage).toEqual({ paid: true, fulfilled: false, cancelled: false, refunded: false });
  });

  it('writes a line, a shipping line and their tax portions with their members in the stored documents\' order (order 211)', () => {
    // The ledger keeps this JSON and hashes it (engine/content-hash.ts): the order of the members is part of it.
    const { order } = normalizeWooOrder(wooReference('ios-order-211-prices-include-tax.json'), keys);
    expect(JSON.stringify(order.lines[0])).toBe(
      '{"id":"302","kind":"product","sku":"woo-beanie","productId":"16","variantId":null,"name":"Beanie","quantity":"1","unitPrice":"17.65","subtotal":"17.65","discount":"0.00","total":"17.65",' +
        '"tax":"0.35","taxes":[{"rate":"2","rateId":"2","label":"Tax","amount":"0.35"}],"taxRate":"2"}',
    );
    expect(JSON.stringify(order.shippingLines[0])).toBe(
      '{"id":"303","kind":"shipping","sku":null,"productId":null,"variantId":null,"name":"Flat rate","quantity":"1","unitPrice":"15.00","subtotal":"15.00","discount":"0.00","total":"15.00",' +
        '"methodId":"flat_rate","tax":"0.30","taxes":[{"rate":"2","rateId":"2","label":"Tax","amount":"0.30"}],"taxRate":"2"}',
    );
  });

  it('uses the GMT dates, decodes HTML names and derives a missing rate_percent (docs order 727)', () => {
    const { order, findings } = normalizeWooOrder(wooReference('docs-order-727-retrieve.json'), keys);
    expect(order.dates.created).toBe('2017-03-22T19:28:02Z');
    expect(order.lines[1].name).toBe('Ship Your Idea – Color: Black, Size: M Test');
    expect(order.lines[0].sku).toBeNull();
    expect(order.lines[1]).toMatchObject({ sku: 'Bar3', variantId: '23', productId: '22', taxRate: '7.5', tax: '0.90' });
    expect(order.taxSummary).toEqual([{ rate: '7.5', rateId: '75', label: 'State Tax', amount: '1.35' }]);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'missing-field', field: 'tax_lines[0].rate_percent' }));
  });

  it('reads SKUs and ids sent as numbers by plugins (alternative types)', () => {
    const raw = wooReference('ios-order-963-alternative-types.json') as Record<string, unknown>;
    const { order } = normalizeWooOrder(raw, keys);
    expect(order.lines.map((l) => l.sku)).toContain('123');
    expect(order.lines.find((l) => l.quantity === '1.5')).toMatchObject({ subtotal: '10.00', total: '0.00', discount: '10.00', unitPrice: '6.666667' });
    expect(order.discounts).toEqual([{ code: '30$off', kind: 'coupon', amount: '30.00', tax: '1.20' }]);
    expect(order.feeLines[0]).toMatchObject({ kind: 'fee', name: '$125.50 fee', total: '125.50' });
    expect(order.taxSummary[0]).toMatchObject({ rate: '4.5', rateId: '6' });
  });

  it('turns the refunds[] summary into amount-only refunds when no refund details were fetched (order 723)', () => {
    const { order } = normalizeWooOrder(orderFrom('docs-orders-list-727-723.json', '723'), keys);
    expect(order.refunds.map((r) => [r.id, r.amount, r.amountOnly])).toEqual([
      ['726', '10.00', true],
      ['724', '9.00', true],
    ]);
    expect(order.totals.refunded).toBe('19.00');
    // No date_paid, but a completed order counts as paid.
    expect(order.stage).toMatchObject({ paid: true, fulfilled: true });
  });

  it('maps fetched refunds: amount-only 726 and the line refund 724 pointing at line 311', () => {
    const refunds = wooReference('docs-refunds-list-order-723.json') as unknown[];
    const { order } = normalizeWooOrder(orderFrom('docs-orders-list-727-723.json', '723'), { ...keys, refunds });
    const byId = Object.fromEntries(order.refunds.map((r) => [r.id, r]));
    expect(byId['726']).toMatchObject({ amount: '10.00', amountOnly: true, lines: [], createdAt: '2017-03-21T20:07:11Z', reason: null });
    expect(byId['724']).toMatchObject({ amount: '9.00', amountOnly: false, shipping: '0.00' });
    expect(byId['724'].lines).toEqual([{ lineId: '311', sku: null, name: 'Woo Album #2', quantity: '1', total: '9.00', tax: '0.00', taxRate: null }]);
  });

  it('maps a single fetched refund (726) the same as the one in the list', () => {
    const { order } = normalizeWooOrder(orderFrom('docs-orders-list-727-723.json', '723'), { ...keys, refunds: [wooReference('docs-refund-726-retrieve.json')] });
    expect(order.refunds.find((r) => r.id === '726')).toMatchObject({ amount: '10.00', amountOnly: true });
    expect(order.refunds.find((r) => r.id === '724')).toMatchObject({ amount: '9.00', amountOnly: true });
  });

  it('maps the fetched refunds of order 560 and refund 562 with a refunded line and refunded shipping', () => {
    const list = wooReference('ios-refunds-list-order-560.json') as unknown[];
    const fromList = normalizeWooOrder(orderFrom('ios-orders-list-4-orders.json', '560'), { ...keys, refunds: list }).order;
    expect(fromList.refunds.map((r) => [r.id, r.amount, r.lines.length])).toEqual([
      ['1172', '63.00', 1],
      ['1025', '117.00', 3],
      ['590', '18.00', 1],
      ['562', '27.00', 1],
    ]);
    expect(fromList.totals.refunded).toBe('225.00');

    const { order } = normalizeWooOrder(orderFrom('ios-orders-list-4-orders.json', '560'), { ...keys, refunds: [wooReference('ios-refund-562-with-shipping.json')] });
    const r562 = order.refunds.find((r) => r.id === '562');
    expect(r562).toMatchObject({ amount: '27.00', shipping: '7.00', shippingTax: '0.62', amountOnly: false, createdAt: '2019-10-01T19:33:46Z' });
    expect(r562?.reason).toMatch(/hamster/);
    expect(r562?.lines).toEqual([{ lineId: '65', sku: 'HOODIE-SHIP-YOUR-IDEA-BLUE-XL', name: 'Ship Your Idea - Blue, XL', quantity: '1', total: '27.00', tax: '0.00', taxRate: null }]);
    // The other three are known only from the order's summary here, and are still kept.
    expect(order.refunds.filter((r) => r.amountOnly).map((r) => r.id)).toEqual(['1172', '1025', '590']);
    expect(order.totals.refunded).toBe('225.00');
  });

  it('marks a fully refunded order as refunded (order 609)', () => {
    const { order } = normalizeWooOrder(wooReference('ios-order-609-fully-refunded.json'), keys);
    expect(order.stage.refunded).toBe(true);
    expect(order.totals.refunded).toBe(order.totals.total);
  });
});

describe('normalizeWooOrder on odd data', () => {
  const base = (): Record<string, unknown> => structuredClone(wooReference('ios-order-211-prices-include-tax.json')) as Record<string, unknown>;

  it('keeps ids beyond 2^53 exactly as the string they arrived as', () => {
    const raw = { ...base(), id: '9007199254740993', number: '9007199254740993' };
    expect(normalizeWooOrder(raw, keys).order.id).toBe('9007199254740993');
  });

  it('reads amounts sent as numbers', () => {
    const raw = base();
    raw.total = 33.3;
    raw.total_tax = 0.65;
    raw.shipping_total = 15;
    const items = raw.line_items as Record<string, unknown>[];
    items[0].subtotal = 17.65;
    items[0].total = 17.65;
    items[0].sku = 4711;
    const { order, findings } = normalizeWooOrder(raw, keys);
    expect(order.totals).toMatchObject({ total: '33.30', tax: '0.65', shipping: '15.00', itemsSubtotal: '17.65' });
    expect(order.lines[0].sku).toBe('4711');
    expect(findings.filter((f) => f.code === 'totals-mismatch')).toEqual([]);
  });

  it('reports an unreadable amount and reads it as 0', () => {
    const raw = { ...base(), shipping_total: 'fifteen' };
    const { findings } = normalizeWooOrder(raw, keys);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'invalid-amount', field: 'shipping_total' }));
    expect(findings).toContainEqual(expect.objectContaining({ code: 'totals-mismatch', expected: '33.30', actual: '18.30' }));
  });

  it('moves an øre of tax rounding to the line that lost most, so lines add up to total_tax', () => {
    // Three lines of 1.666667 net + 0.333333 tax each: rounded line taxes say 0.99, the shop 1.00.
    const line = (id: number) => ({ id, name: `Item ${id}`, product_id: id, variation_id: 0, quantity: 1, subtotal: '1.67', subtotal_tax: '0.33', total: '1.67', total_tax: '0.33', taxes: [{ id: 1, total: id === 2 ? '0.334' : '0.333333', subtotal: '' }], sku: `S${id}`, price: 1.67 });
    const raw = {
      ...base(),
      line_items: [line(1), line(2), line(3)],
      shipping_lines: [],
      shipping_total: '0.00',
      total_tax: '1.00',
      total: '6.01',
      tax_lines: [{ id: 9, rate_id: 1, label: 'Moms', compound: false, tax_total: '1.00', shipping_tax_total: '0.00', rate_percent: 20 }],
    };
    const { order, findings } = normalizeWooOrder(raw, keys);
    expect(order.lines.map((l) => l.tax)).toEqual(['0.33', '0.34', '0.33']);
    expect(order.lines[1].taxes[0].amount).toBe('0.34');
    expect(findings).toEqual([]);
  });

  it('reports a tax difference larger than rounding', () => {
    const raw = { ...base(), total_tax: '0.95', total: '33.60' };
    const { findings } = normalizeWooOrder(raw, keys);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'tax-mismatch', expected: '0.95', actual: '0.65' }));
  });

  it('keeps an unknown status, reports it, and never treats it as paid or cancelled', () => {
    const raw = { ...base(), status: 'pre-ordered', date_paid: null, date_paid_gmt: null };
    const { order, findings } = normalizeWooOrder(raw, keys);
    expect(order.status).toBe('pre-ordered');
    expect(order.stage).toEqual({ paid: false, fulfilled: false, cancelled: false, refunded: false });
    expect(findings).toContainEqual(expect.objectContaining({ code: 'unknown-status', actual: 'pre-ordered' }));
  });

  it('takes negative fees, gift cards, VAT number and EAN from the order', () => {
    const raw = {
      ...base(),
      fee_lines: [{ id: 70, name: 'Rabat', tax_class: '', tax_status: 'none', total: '-5.00', total_tax: '0.00', taxes: [] }],
      gift_cards: [{ id: 3, code: 'GAVE-1', amount: '10.00' }],
      total: '18.30',
      meta_data: [
        { id: 1, key: '_vat_number', value: 'DK 12 34 56 78' },
        { id: 2, key: '_billing_ean', value: '5790001234567' },
        { id: 3, key: 'kilde', value: 'instagram' },
        { id: 4, key: 'complex', value: { a: 1 } },
      ],
      billing: { ...(base().billing as object), company: 'Hansen ApS', country: 'dk' },
    };
    const { order, findings } = normalizeWooOrder(raw, keys);
    expect(order.totals).toMatchObject({ fees: '-5.00', giftCards: '10.00', total: '18.30' });
    expect(order.giftCards).toEqual([{ id: '3', code: 'GAVE-1', amount: '10.00' }]);
    expect(order.billing).toMatchObject({ vatNumber: 'DK12345678', ean: '5790001234567', company: 'Hansen ApS', country: 'DK' });
    expect(order.shipping?.vatNumber).toBeNull();
    expect(order.meta).not.toHaveProperty('complex');
    expect(order.tags).toEqual(['kilde=instagram']);
    expect(findings.filter((f) => f.code === 'totals-mismatch')).toEqual([]);
  });

  it('survives garbage without throwing', () => {
    for (const junk of [null, 42, 'order', [], { line_items: 'x', billing: 7, refunds: [null] }]) {
      const { order, findings } = normalizeWooOrder(junk, keys);
      expect(order.platform).toBe('woocommerce');
      expect(findings.length).toBeGreaterThan(0);
    }
  });
});

/**
 * The amounts of an order read the same however the shop writes them: as money() writes them
 * ("279.20"), as JSON numbers (plugins), or with blanks around them. Each form takes another
 * way through the reader (the written amounts are taken in whole øre, the others as decimals),
 * so the three must agree on every generated order, the reference orders and the odd ones.
 */
describe('normalizeWooOrder reads an amount the same in every form it is sent', () => {
  const AMOUNT_FIELDS = ['subtotal', 'subtotal_tax', 'total', 'total_tax', 'discount', 'discount_tax', 'amount', 'tax_total', 'shipping_tax_total', 'discount_total', 'shipping_total', 'cart_tax', 'shipping_tax'];
  /** The order with every amount text rewritten by `form`, in lines, taxes, coupons and totals. */
  const rewritten = (raw: unknown, form: (text: string) => unknown): unknown => {
    if (Array.isArray(raw)) return raw.map((item) => rewritten(item, form));
    if (raw === null || typeof raw !== 'object') return raw;
    return Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key, AMOUNT_FIELDS.includes(key) && typeof value === 'string' && value !== '' ? form(value) : key === 'refunds' ? value : rewritten(value, form)]),
    );
  };
  const orders = [
    ...generateWooOrders({ count: 300, seed: 23 }),
    ...readdirSync(WOO_REFERENCE_DIR).filter((f) => f.endsWith('.json')).flatMap((file) => wooReferenceOrders(file)),
  ];

  it('as JSON numbers and with blanks around them, for generated and reference orders alike', () => {
    expect(orders.length).toBeGreaterThan(300);
    for (const raw of orders) {
      const written = normalizeWooOrder(raw, keys);
      expect(normalizeWooOrder(rewritten(raw, Number), keys), `order ${String((raw as { id: unknown }).id)} with numbers`).toEqual(written);
      expect(normalizeWooOrder(rewritten(raw, (text) => ` ${text} `), keys), `order ${String((raw as { id: unknown }).id)} with blanks`).toEqual(written);
    }
  });

  /** The order with each whole-number quantity rewritten by `form` (WooCommerce sends it as a JSON number). */
  const withQuantities = (raw: unknown, form: (quantity: number) => unknown): unknown => {
    const order = raw as { line_items?: Array<Record<string, unknown>> };
    return { ...order, line_items: (order.line_items ?? []).map((line) => (Number.isInteger(line.quantity) ? { ...line, quantity: form(line.quantity as number) } : line)) };
  };

  it('reads a quantity sent as text, with decimals or blanks like the whole number it is', () => {
    for (const raw of orders) {
      const written = normalizeWooOrder(raw, keys);
      for (const form of [String, (q: number) => `${q}.0`, (q: number) => ` ${q} `]) {
        expect(normalizeWooOrder(withQuantities(raw, form), keys), `order ${String((raw as { id: unknown }).id)}`).toEqual(written);
      }
    }
  });

  it('gives the unit price before discount to six decimals, rounded half away from zero, for any subtotal and quantity', () => {
    // 100.00 over 3 = 33.333333…; 0.05 over 8 = 0.00625 (exact); 0.01 over 3 = 0.0033333… → 0.003333;
    // 0.05 over 3 000 000 = 0.0000000166… → 0.000000 → "0.00"; 1.00 over 1 600 000 = 0.000000625 → 0.000001.
    const raw = generateWooOrders({ count: 1, seed: 3 })[0] as { line_items: Array<Record<string, unknown>> };
    const unitPrice = (subtotal: string, quantity: unknown) => normalizeWooOrder({ ...raw, line_items: [{ ...raw.line_items[0], subtotal, total: subtotal, quantity }] }, keys).order.lines[0].unitPrice;
    expect([unitPrice('100.00', 3), unitPrice('0.05', 8), unitPrice('0.01', 3), unitPrice('0.05', 3_000_000), unitPrice('1.00', 1_600_000), unitPrice('-10.00', 4), unitPrice('90.00', 2)]).toEqual(['33.333333', '0.00625', '0.003333', '0.00', '0.000001', '-2.50', '45.00']);
    // As a JSON number (read in øre) and as text (read as a decimal): the same price.
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 1e9 }), (oere, quantity) => {
        const subtotal = money(dec(oere).div(100));
        expect(unitPrice(subtotal, quantity)).toBe(unitPrice(subtotal, String(quantity)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a tax rate sent as a whole JSON number like the same rate sent as text', () => {
    const withRates = (raw: unknown, form: (percent: number) => unknown): unknown => {
      const order = raw as { tax_lines?: Array<Record<string, unknown>> };
      return { ...order, tax_lines: (order.tax_lines ?? []).map((t) => (Number.isInteger(t.rate_percent) ? { ...t, rate_percent: form(t.rate_percent as number) } : t)) };
    };
    let rated = 0;
    for (const raw of orders) {
      const written = normalizeWooOrder(raw, keys);
      rated += written.order.taxSummary.length;
      for (const form of [String, (p: number) => `${p}.0000`]) expect(normalizeWooOrder(withRates(raw, form), keys), `order ${String((raw as { id: unknown }).id)}`).toEqual(written);
    }
    expect(rated).toBeGreaterThan(300);
  });

  it('reports a quantity it cannot read and counts the line as none, wherever the line is', () => {
    const raw = generateWooOrders({ count: 1, seed: 5 })[0] as { line_items: Array<Record<string, unknown>> };
    const { order, findings } = normalizeWooOrder(withQuantities(raw, () => 'two'), keys);
    expect(order.lines.map((l) => l.quantity)).toEqual(raw.line_items.map(() => '0'));
    expect(findings.filter((f) => f.code === 'invalid-amount').map((f) => f.field)).toEqual(raw.line_items.map((_, i) => `line_items[${i}].quantity`));
  });
});

