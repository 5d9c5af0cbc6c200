import { describe, expect, it } from 'vitest';
import { planInvoice, PlanError } from '../../../../main/engine/plan/plan-invoice';
import { NO_RULES_MATCHED } from '../../../../main/engine/rules';
import { buildOrder, danishBuyer, grossLine } from '../../../helpers/orders';
import { testProfile } from '../../../helpers/profiles';
import { dec, sum } from '../../../../shared/domain/money';

const known = new Set(['KOP-01', 'VISK-02', 'FRAGT', 'GEBYR', 'GAVEKORT', 'AFRUNDING']);
const ctx = (overrides: Partial<Parameters<typeof planInvoice>[1]> = {}) => ({
  profile: testProfile(),
  decision: NO_RULES_MATCHED,
  knownProducts: known,
  ...overrides,
});
const lineTotal = (l: { quantity: string; unitNetPrice: string }) => dec(l.quantity).times(l.unitNetPrice);

describe('planning the e-conomic invoice for a shop order', () => {
  it('books a Danish consumer order at net prices that e-conomic turns back into the shop total', () => {
    const order = buildOrder({ lines: [grossLine('1', 'KOP-01', 2, '99.95')], shipping: [grossLine('s', null, 1, '39.00', '25', 'shipping')] });
    const plan = planInvoice(order, ctx());
    expect(plan.lines.map((l) => [l.productNumber, l.quantity, l.unitNetPrice])).toEqual([
      ['KOP-01', '2', '79.96'],
      ['FRAGT', '1', '31.20'],
    ]);
    expect(plan.predicted.gross).toBe(order.totals.total);
    expect(plan.predicted.rounding).toBe('0.00');
    expect(plan.vatZone).toBe('domestic');
    expect(plan.recipient).toMatchObject({ name: 'Mette Jensen', country: 'Danmark', vatZoneNumber: 1 });
    expect(plan.referenceOther).toBe('wc:1001');
    expect(plan.customer).toEqual({ mode: 'fixed', customerNumber: 1 });
  });

  it('names the invoice by the order when the shop gave no buyer name, and still books it to the collective customer', () => {
    // what Shopify sends an app without access to names, addresses, e-mail and phone
    const anonymous = danishBuyer({ firstName: '', lastName: '', name: '', email: null, phone: null, address1: '', zip: '', city: 'Aarhus C' });
    const order = buildOrder({ id: '1042', lines: [grossLine('1', 'KOP-01', 1, '125.00')], billing: anonymous });
    const plan = planInvoice(order, ctx());
    expect(plan.recipient).toMatchObject({ name: 'Ordre 1042', city: 'Aarhus C', country: 'Danmark' });
    expect(plan.customer).toEqual({ mode: 'fixed', customerNumber: 1 });
    expect(planInvoice(order, ctx({ profile: testProfile({ language: 'en' }) })).recipient.name).toBe('Order 1042');
  });

  it('splits a line whose total does not divide into øre so quantity × price is exact, and settles the VAT øre that the split causes', () => {
    const line = { ...grossLine('1', 'KOP-01', 3, '41.67'), total: '100.00', subtotal: '100.00', tax: '25.00', taxes: [{ rate: '25', amount: '25.00' }] };
    const plan = planInvoice(buildOrder({ lines: [line] }), ctx());
    const productLines = plan.lines.filter((l) => l.source === 'product');
    expect(productLines.map((l) => [l.quantity, l.unitNetPrice])).toEqual([
      ['2', '33.33'],
      ['1', '33.34'],
    ]);
    expect(sum(productLines.map(lineTotal)).toFixed(2)).toBe('100.00');
    // e-conomic rounds VAT per line: 16.67 + 8.34 = 25.01, one øre more than the shop charged.
    expect(plan.lines.find((l) => l.source === 'rounding')?.unitNetPrice).toBe('-0.01');
    expect(plan.predicted.gross).toBe('125.00');
  });

  it('deducts a gift card as a negative line without VAT', () => {
    const order = buildOrder({ lines: [grossLine('1', 'KOP-01', 1, '500.00')], giftCards: [{ id: 'g1', code: 'GAVE-2026', amount: '100.00' }] });
    const plan = planInvoice(order, ctx());
    const card = plan.lines.find((l) => l.source === 'gift-card')!;
    expect(card).toMatchObject({ productNumber: 'GAVEKORT', quantity: '1', unitNetPrice: '-100.00', expectedVatRate: '0' });
    expect(plan.predicted.gross).toBe('400.00');
    expect(plan.shopTotal).toBe('400.00');
  });

  it('puts an EU business with a VAT number in the EU zone (reverse charge) and an export outside the EU abroad', () => {
    const b2b = buildOrder({ lines: [{ ...grossLine('1', 'KOP-01', 1, '100.00', '0') }], currency: 'EUR', billing: danishBuyer({ country: 'DE', company: 'Muster GmbH', vatNumber: 'DE123456789' }) });
    const eu = planInvoice(b2b, ctx());
    expect(eu.vatZone).toBe('eu');
    expect(eu.recipient.vatZoneNumber).toBe(2);
    expect(eu.recipient.name).toBe('Muster GmbH');
    expect(eu.customer).toEqual({ mode: 'fixed', customerNumber: 2 });
    const export_ = planInvoice(buildOrder({ lines: [grossLine('1', 'KOP-01', 1, '100.00', '0')], billing: danishBuyer({ country: 'US' }) }), ctx());
    expect(export_.vatZone).toBe('abroad');
    const euConsumer = planInvoice(buildOrder({ lines: [grossLine('1', 'KOP-01', 1, '100.00')], billing: danishBuyer({ country: 'SE' }) }), ctx());
    expect(euConsumer.vatZone).toBe('domestic');
  });

  it('creates a missing product in the group for its VAT rate, or uses the fallback product', () => {
    const order = buildOrder({ lines: [grossLine('1', 'NY-VARE', 1, '125.00')] });
    const plan = planInvoice(order, ctx());
    expect(plan.productsToCreate).toEqual([{ productNumber: 'NY-VARE', name: 'Vare NY-VARE', productGroupNumber: 1, salesPrice: '100.00' }]);
    const withFallback = planInvoice(order, ctx({ profile: testProfile({ createMissingProducts: false, products: { shipping: 'FRAGT', fee: 'GEBYR', giftCard: 'GAVEKORT', rounding: 'AFRUNDING', fallback: 'DIVERSE' } }) }));
    expect(withFallback.lines[0].productNumber).toBe('DIVERSE');
    expect(withFallback.productsToCreate).toEqual([]);
  });

  it('creates a product met first on an EU business order in its standard-rated group, not the zero-rated one', () => {
    const b2b = buildOrder({ lines: [grossLine('1', 'NY-VARE', 1, '100.00', '0')], currency: 'EUR', billing: danishBuyer({ country: 'DE', company: 'Muster GmbH', vatNumber: 'DE123456789' }) });
    b2b.lines[0].taxRate = null;
    expect(planInvoice(b2b, ctx()).productsToCreate[0].productGroupNumber).toBe(1);
    const zeroRatedAtHome = buildOrder({ lines: [grossLine('1', 'BOG-05', 1, '100.00', '0')] });
    expect(planInvoice(zeroRatedAtHome, ctx()).productsToCreate[0].productGroupNumber).toBe(2);
  });

  it("creates it there too when the profile also maps One-Stop-Shop groups: Germany's 19 % is not a Danish rate", () => {
    const b2b = buildOrder({ lines: [grossLine('1', 'NY-VARE', 1, '100.00', '0')], currency: 'EUR', billing: danishBuyer({ country: 'DE', company: 'Muster GmbH', vatNumber: 'DE123456789' }) });
    b2b.lines[0].taxRate = null;
    const withOss = testProfile({ oss: true, productGroups: { '25': 1, '0': 2, 'DE:19': 11, 'SE:25': 16 } });
    expect(planInvoice(b2b, ctx({ profile: withOss })).productsToCreate[0].productGroupNumber).toBe(1);
  });

  it('refuses a line without SKU when no fallback product is configured', () => {
    const order = buildOrder({ lines: [grossLine('1', null, 1, '125.00')] });
    expect(() => planInvoice(order, ctx())).toThrow(PlanError);
  });

  it('uses the payment method mapping and lets a rule override layout and payment terms', () => {
    const order = buildOrder({ lines: [grossLine('1', 'KOP-01', 1, '125.00')], paymentId: 'mobilepay' });
    expect(planInvoice(order, ctx()).paymentTermsNumber).toBe(3);
    const ruled = planInvoice(order, ctx({ decision: { ...NO_RULES_MATCHED, layoutNumber: 21, paymentTermsNumber: 5 } }));
    expect([ruled.layoutNumber, ruled.paymentTermsNumber]).toEqual([21, 5]);
  });

  it('settles a one-øre difference between the shop and the VAT e-conomic will compute with a rounding line', () => {
    // The shop rounded tax on the order, not per line: 3 lines of 0.10 net at 25 % → 0.075 each.
    const small = (id: string) => ({ ...grossLine(id, 'KOP-01', 1, '0.13'), total: '0.10', subtotal: '0.10', tax: '0.025', taxes: [{ rate: '25', amount: '0.025' }] });
    const order = buildOrder({ lines: [small('1'), small('2'), small('3')] });
    order.pricesIncludeTax = false;
    order.totals.total = '0.38';
    const plan = planInvoice(order, ctx());
    const rounding = plan.lines.find((l) => l.source === 'rounding');
    expect(rounding).toMatchObject({ productNumber: 'AFRUNDING', unitNetPrice: '-0.01' });
    expect(plan.predicted.gross).toBe('0.38');
  });

  it('plans the same invoice when the shop total or the tolerance carries more decimals than øre', () => {
    // Whole øre take the planner's integer path, longer texts the decimal one: the same plan either way.
    const small = (id: string) => ({ ...grossLine(id, 'KOP-01', 1, '0.13'), total: '0.10', subtotal: '0.10', tax: '0.025', taxes: [{ rate: '25', amount: '0.025' }] });
    const withTotal = (text: string) => {
      const order = buildOrder({ lines: [small('1'), small('2'), small('3')] });
      return { ...order, pricesIncludeTax: false, totals: { ...order.totals, total: text } };
    };
    for (const [total, longer] of [['0.38', '0.380'], ['0.37', '0.3700'], ['0.45', '0.450'], ['0.00', '0.000']]) {
      expect(planInvoice(withTotal(longer), ctx()), total).toEqual(planInvoice(withTotal(total), ctx()));
      expect(planInvoice(withTotal(total), ctx({ profile: testProfile({ roundingTolerance: '0.050' }) })), total).toEqual(planInvoice(withTotal(total), ctx()));
    }
    // Net 3 × 0.10 = 0.30 and VAT 3 × 0.03 = 0.09 (e-conomic rounds per line): 0.38 is one øre
    // below, settled by a rounding line; 0.45 is 0.06 above, beyond the 0.05 tolerance, so none.
    expect(planInvoice(withTotal('0.380'), ctx()).predicted).toEqual({ net: '0.29', vat: '0.09', gross: '0.38', rounding: '-0.01' });
    expect(planInvoice(withTotal('0.450'), ctx()).predicted).toEqual({ net: '0.30', vat: '0.09', gross: '0.39', rounding: '0.00' });
  });

  it('books a discounted line at what the customer paid after the coupon, not at the price before it', () => {
    // 2 × 125.00 incl. VAT with 10 % off: 250.00 → 225.00 incl. VAT, i.e. net 200.00 → 180.00 with VAT 45.00
    const line = { ...grossLine('1', 'KOP-01', 2, '125.00'), subtotal: '200.00', discount: '20.00', total: '180.00', tax: '45.00', taxes: [{ rate: '25', amount: '45.00' }] };
    const order = buildOrder({ lines: [line] });
    order.totals = { ...order.totals, discount: '20.00', total: '225.00' };
    const plan = planInvoice(order, ctx());
    expect(plan.lines.map((l) => [l.productNumber, l.quantity, l.unitNetPrice])).toEqual([['KOP-01', '2', '90.00']]);
    expect(plan.predicted).toEqual({ net: '180.00', vat: '45.00', gross: '225.00', rounding: '0.00' });
  });

  it('books a discounted line of a shop with prices excl. VAT at its discounted net, split into whole øre', () => {
    // 3 × 33.33 = 99.99 with 15 % off: 84.9915 → 84.99 (3 × 28.33), VAT 21.2475 → 21.25, total 106.24
    const line = { ...grossLine('1', 'KOP-01', 3, '41.66'), subtotal: '99.99', discount: '15.00', total: '84.99', tax: '21.25', taxes: [{ rate: '25', amount: '21.25' }] };
    const order = buildOrder({ lines: [line] });
    order.pricesIncludeTax = false;
    order.totals = { ...order.totals, discount: '15.00', total: '106.24' };
    const plan = planInvoice(order, ctx());
    expect(plan.lines.map((l) => [l.productNumber, l.quantity, l.unitNetPrice])).toEqual([['KOP-01', '3', '28.33']]);
    expect(plan.predicted).toEqual({ net: '84.99', vat: '21.25', gross: '106.24', rounding: '0.00' });
  });

  it('strips emoji and control characters and respects e-conomic field limits', () => {
    const line = { ...grossLine('1', 'KOP-01', 1, '125.00'), name: 'Kaffekop 🎁 stentøj\u0007' };
    const plan = planInvoice(buildOrder({ lines: [line], billing: danishBuyer({ name: 'A'.repeat(300) }) }), ctx());
    expect(plan.lines[0].description).toBe('Kaffekop stentøj');
    expect(plan.recipient.name).toHaveLength(250);
  });
});
