import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeShopifyOrder } from '../../../../../main/connectors/shops/shopify/normalize';

/** GraphQL Order JSON the way the connector's query returns it (shop money side). */
const m = (amount: string) => ({ shopMoney: { amount, currencyCode: 'DKK' } });
const vat = (amount: string) => ({ title: 'Moms', rate: 0.25, ratePercentage: 25, priceSet: m(amount) });
const OPTS = { moneySet: 'shop', vatNumberMetaKey: 'vat_number', eanMetaKey: 'ean' } as const;

function danishOrder(overrides: Record<string, unknown> = {}) {
  return {
    id: 'gid://shopify/Order/9007199254740993123',
    legacyResourceId: '9007199254740993123',
    name: '#1042',
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:05:00Z',
    processedAt: '2026-03-01T10:00:00Z',
    closedAt: null,
    cancelledAt: null,
    displayFinancialStatus: 'PAID',
    displayFulfillmentStatus: 'FULFILLED',
    currencyCode: 'DKK',
    presentmentCurrencyCode: 'DKK',
    taxesIncluded: true,
    email: 'mette@example.com',
    phone: null,
    note: 'Ring på',
    tags: ['vip'],
    customAttributes: [{ key: 'ean', value: '5790000000001' }],
    metafields: { nodes: [{ namespace: 'custom', key: 'vat_number', value: 'DK12345678' }], pageInfo: { hasNextPage: false, endCursor: null } },
    billingAddress: { firstName: 'Mette', lastName: 'Nielsen', company: 'Nielsen Design ApS', address1: 'Vestergade 1', address2: null, zip: '8000', city: 'Aarhus C', province: null, provinceCode: null, countryCodeV2: 'DK', phone: '+45 20 30 40 50' },
    shippingAddress: null,
    customer: { id: 'gid://shopify/Customer/5', firstName: 'Mette', lastName: 'Nielsen', defaultEmailAddress: { emailAddress: 'mette@example.com' }, defaultPhoneNumber: null },
    lineItems: {
      nodes: [
        {
          id: 'gid://shopify/LineItem/9007199254740993999',
          sku: 'KOP-STEN-01',
          name: 'Kaffekop',
          quantity: 2,
          taxable: true,
          variant: { id: 'gid://shopify/ProductVariant/10101' },
          product: { id: 'gid://shopify/Product/101' },
          originalUnitPriceSet: m('125.00'),
          // 10 % code: 25.00 incl. VAT off 250.00; tax is on the discounted 225.00
          discountAllocations: [{ allocatedAmountSet: m('25.00'), discountApplication: { __typename: 'DiscountCodeApplication', index: 0 } }],
          taxLines: [vat('45.00')],
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
    shippingLines: { nodes: [{ id: 'gid://shopify/ShippingLine/3', title: 'GLS Pakkeshop', code: 'gls-pakkeshop', originalPriceSet: m('49.00'), discountAllocations: [], taxLines: [vat('9.80')] }] },
    discountApplications: { nodes: [{ __typename: 'DiscountCodeApplication', index: 0, code: 'SOMMER10' }] },
    discountCodes: ['SOMMER10'],
    subtotalPriceSet: m('225.00'),
    totalPriceSet: m('274.00'),
    totalTaxSet: m('54.80'),
    totalRefundedSet: m('0.00'),
    paymentGatewayNames: ['gift_card', 'MobilePay'],
    transactions: [
      { id: 'gid://shopify/OrderTransaction/1', kind: 'SALE', status: 'SUCCESS', gateway: 'gift_card', processedAt: '2026-03-01T10:00:01Z', amountSet: m('100.00') },
      { id: 'gid://shopify/OrderTransaction/2', kind: 'SALE', status: 'FAILURE', gateway: 'Dankort', processedAt: '2026-03-01T10:00:01Z', amountSet: m('174.00') },
      { id: 'gid://shopify/OrderTransaction/3', kind: 'SALE', status: 'SUCCESS', gateway: 'MobilePay', processedAt: '2026-03-01T10:00:02Z', amountSet: m('174.00') },
    ],
    refunds: [],
    ...overrides,
  };
}

describe('normalizeShopifyOrder', () => {
  it('keeps ids above 2^53 as the exact digits', () => {
    const { order } = normalizeShopifyOrder(danishOrder(), OPTS);
    expect(order.id).toBe('9007199254740993123');
    expect(order.lines[0].id).toBe('9007199254740993999');
    expect(order.number).toBe('#1042');
  });

  it('turns tax-inclusive prices into net amounts with the discount net of its VAT share', () => {
    const { order, findings } = normalizeShopifyOrder(danishOrder(), OPTS);
    expect(findings).toEqual([]);
    expect(order.pricesIncludeTax).toBe(true);
    expect(order.lines[0]).toMatchObject({ quantity: '2', unitPrice: '100.00', subtotal: '200.00', discount: '20.00', total: '180.00', tax: '45.00', taxRate: '25', sku: 'KOP-STEN-01', productId: '101', variantId: '10101' });
    expect(order.shippingLines[0]).toMatchObject({ kind: 'shipping', methodId: 'gls-pakkeshop', subtotal: '39.20', total: '39.20', tax: '9.80' });
    expect(order.discounts).toEqual([{ code: 'SOMMER10', kind: 'coupon', amount: '20.00', tax: '5.00' }]);
    expect(order.taxSummary).toEqual([{ rate: '25', label: 'Moms', amount: '54.80' }]);
  });

  it('books gift-card payments as redemptions and the first successful other gateway as the payment method', () => {
    const { order } = normalizeShopifyOrder(danishOrder(), OPTS);
    expect(order.giftCards).toEqual([{ id: '1', code: null, amount: '100.00' }]);
    expect(order.payment).toEqual({ id: 'MobilePay', title: 'MobilePay', transactionId: '3' });
    expect(order.totals).toEqual({ itemsSubtotal: '200.00', shipping: '39.20', fees: '0.00', discount: '20.00', tax: '54.80', giftCards: '100.00', total: '174.00', refunded: '0.00' });
  });

  it('reads status, stages, parties and meta', () => {
    const { order } = normalizeShopifyOrder(danishOrder(), OPTS);
    expect(order.status).toBe('paid:fulfilled');
    expect(order.stage).toEqual({ paid: true, fulfilled: true, cancelled: false, refunded: false });
    expect(order.billing).toMatchObject({ name: 'Mette Nielsen', company: 'Nielsen Design ApS', country: 'DK', email: 'mette@example.com', vatNumber: 'DK12345678', ean: '5790000000001' });
    expect(order.shipping).toBeNull();
    expect(order.tags).toEqual(['vip', 'ean=5790000000001']);
    expect(order.meta).toMatchObject({ ean: '5790000000001', 'custom.vat_number': 'DK12345678' });
    expect(order.customerNote).toBe('Ring på');
    expect(order.dates.paid).toBe('2026-03-01T10:00:01Z');
    const cancelled = normalizeShopifyOrder(danishOrder({ cancelledAt: '2026-03-02T09:00:00Z', displayFinancialStatus: 'REFUNDED' }), OPTS).order;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.stage).toMatchObject({ cancelled: true, refunded: true, paid: true });
  });

  it("takes the customer's default e-mail address and phone number when the order has none of its own", () => {
    const customer = { id: 'gid://shopify/Customer/5', firstName: 'Mette', lastName: 'Nielsen', defaultEmailAddress: { emailAddress: 'mette@nielsen.dk' }, defaultPhoneNumber: { phoneNumber: '+4520304050' } };
    const billing = (overrides: Record<string, unknown>) => normalizeShopifyOrder(danishOrder({ billingAddress: { ...danishOrder().billingAddress as object, phone: null }, ...overrides }), OPTS).order.billing;
    expect(billing({ email: null, phone: null, customer })).toMatchObject({ email: 'mette@nielsen.dk', phone: '+4520304050' });
    // The order's own contact details come first: they are the ones the buyer gave at checkout.
    expect(billing({ email: 'bestilling@nielsen.dk', phone: '+4511223344', customer })).toMatchObject({ email: 'bestilling@nielsen.dk', phone: '+4511223344' });
    // A customer without a default address or number (the fields are null): none.
    expect(billing({ email: null, phone: null, customer: { ...customer, defaultEmailAddress: null, defaultPhoneNumber: null } })).toMatchObject({ email: null, phone: null });
  });

  it('reads refunds: lines net of tax, shipping refunds, and amount-only refunds', () => {
    const refunds = [
      {
        id: 'gid://shopify/Refund/71',
        createdAt: '2026-03-05T09:00:00Z',
        note: 'Knust',
        totalRefundedSet: m('112.50'),
        refundLineItems: { nodes: [{ lineItem: { id: 'gid://shopify/LineItem/9007199254740993999', sku: 'KOP-STEN-01', name: 'Kaffekop' }, quantity: 1, subtotalSet: m('112.50'), totalTaxSet: m('22.50') }] },
        refundShippingLines: { nodes: [] },
        orderAdjustments: { nodes: [] },
      },
      { id: 'gid://shopify/Refund/72', createdAt: '2026-03-06T09:00:00Z', note: null, totalRefundedSet: m('49.00'), refundLineItems: { nodes: [] }, refundShippingLines: { nodes: [{ subtotalAmountSet: m('49.00'), taxAmountSet: m('9.80') }] } },
      { id: 'gid://shopify/Refund/73', createdAt: '2026-03-07T09:00:00Z', note: 'Goodwill', totalRefundedSet: m('20.00'), refundLineItems: { nodes: [] }, refundShippingLines: { nodes: [] }, orderAdjustments: { nodes: [] } },
    ];
    const { order } = normalizeShopifyOrder(danishOrder({ refunds, totalRefundedSet: m('181.50'), displayFinancialStatus: 'PARTIALLY_REFUNDED' }), OPTS);
    expect(order.refunds).toEqual([
      { id: '71', createdAt: '2026-03-05T09:00:00Z', reason: 'Knust', amount: '112.50', lines: [{ lineId: '9007199254740993999', sku: 'KOP-STEN-01', name: 'Kaffekop', quantity: '1', total: '90.00', tax: '22.50', taxRate: '25' }], shipping: '0.00', shippingTax: '0.00', amountOnly: false },
      { id: '72', createdAt: '2026-03-06T09:00:00Z', reason: null, amount: '49.00', lines: [], shipping: '39.20', shippingTax: '9.80', amountOnly: false },
      { id: '73', createdAt: '2026-03-07T09:00:00Z', reason: 'Goodwill', amount: '20.00', lines: [], shipping: '0.00', shippingTax: '0.00', amountOnly: true },
    ]);
    expect(order.totals.refunded).toBe('181.50');
    expect(order.status).toBe('partially_refunded:fulfilled');
  });

  it('reports totals that do not add up, with the numbers', () => {
    const { findings } = normalizeShopifyOrder(danishOrder({ totalPriceSet: m('300.00') }), OPTS);
    expect(findings).toEqual([expect.objectContaining({ code: 'totals-mismatch', expected: '200.00', actual: '174.00' })]);
    expect(findings[0].message).toContain('200.00');
  });

  it('uses the presentment side of every amount when told to', () => {
    const p = (shop: string, presentment: string) => ({ shopMoney: { amount: shop, currencyCode: 'DKK' }, presentmentMoney: { amount: presentment, currencyCode: 'EUR' } });
    const node = danishOrder({
      presentmentCurrencyCode: 'EUR',
      taxesIncluded: false,
      lineItems: { nodes: [{ id: 'gid://shopify/LineItem/1', sku: 'A', name: 'A', quantity: 1, taxable: true, originalUnitPriceSet: p('74.60', '10.00'), discountAllocations: [], taxLines: [{ title: 'Moms', rate: 0.25, priceSet: p('18.65', '2.50') }] }] },
      shippingLines: { nodes: [] },
      subtotalPriceSet: p('74.60', '10.00'),
      totalPriceSet: p('93.25', '12.50'),
      totalTaxSet: p('18.65', '2.50'),
      totalRefundedSet: p('0.00', '0.00'),
      transactions: [],
    });
    const { order, findings } = normalizeShopifyOrder(node, { ...OPTS, moneySet: 'presentment' });
    expect(findings).toEqual([]);
    expect(order.currency).toBe('EUR');
    expect(order.totals).toMatchObject({ itemsSubtotal: '10.00', tax: '2.50', total: '12.50' });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const result = normalizeShopifyOrder(junk, OPTS);
        expect(result.order.platform).toBe('shopify');
      }),
      { numRuns: 300 },
    );
    const broken = normalizeShopifyOrder(danishOrder({ totalPriceSet: { shopMoney: { amount: 'lots' } } }), OPTS);
    expect(broken.findings.map((f) => f.code)).toContain('invalid-amount');
  });
});
