import type { Order, OrderLine, Party } from '../../shared/domain/order';
import { dec, money, sum } from '../../shared/domain/money';

/** A Danish consumer, as most orders have. */
export function danishBuyer(overrides: Partial<Party> = {}): Party {
  return {
    firstName: 'Mette',
    lastName: 'Jensen',
    name: 'Mette Jensen',
    company: null,
    email: 'mette@example.dk',
    phone: '+45 20 12 34 56',
    address1: 'Nørregade 12',
    address2: null,
    zip: '8000',
    city: 'Aarhus C',
    state: null,
    country: 'DK',
    vatNumber: null,
    ean: null,
    ...overrides,
  };
}

/** A product line from a gross (incl. VAT) unit price, the way a Danish shop sells. */
export function grossLine(id: string, sku: string | null, quantity: number, grossUnit: string, rate = '25', kind: OrderLine['kind'] = 'product'): OrderLine {
  const gross = dec(grossUnit).times(quantity);
  const factor = dec(rate).div(100).plus(1);
  const net = gross.div(factor).toDecimalPlaces(2);
  const tax = gross.minus(net);
  return {
    id,
    kind,
    sku,
    productId: null,
    variantId: null,
    name: sku ? `Vare ${sku}` : 'Vare uden varenummer',
    quantity: String(quantity),
    unitPrice: money(net.div(quantity)),
    subtotal: money(net),
    discount: '0.00',
    total: money(net),
    tax: money(tax),
    taxes: [{ rate, amount: money(tax) }],
    taxRate: rate,
    methodId: kind === 'shipping' ? 'gls' : null,
  };
}

export function buildOrder(parts: { id?: string; lines: OrderLine[]; shipping?: OrderLine[]; fees?: OrderLine[]; giftCards?: Order['giftCards']; billing?: Party; currency?: string; status?: string; paymentId?: string }): Order {
  const lines = parts.lines;
  const shippingLines = parts.shipping ?? [];
  const feeLines = parts.fees ?? [];
  const giftCards = parts.giftCards ?? [];
  const all = [...lines, ...shippingLines, ...feeLines];
  const tax = sum(all.map((l) => l.tax));
  const total = sum(all.map((l) => dec(l.total).plus(l.tax))).minus(sum(giftCards.map((g) => g.amount)));
  const id = parts.id ?? '1001';
  return {
    platform: 'woocommerce',
    id,
    number: id,
    status: parts.status ?? 'processing',
    stage: { paid: true, fulfilled: false, cancelled: parts.status === 'cancelled', refunded: false },
    currency: parts.currency ?? 'DKK',
    pricesIncludeTax: true,
    lines,
    shippingLines,
    feeLines,
    discounts: [],
    giftCards,
    taxSummary: [{ rate: '25', amount: money(tax) }],
    totals: {
      itemsSubtotal: money(sum(lines.map((l) => l.subtotal))),
      shipping: money(sum(shippingLines.map((l) => l.total))),
      fees: money(sum(feeLines.map((l) => l.total))),
      discount: '0.00',
      tax: money(tax),
      giftCards: money(sum(giftCards.map((g) => g.amount))),
      total: money(total),
      refunded: '0.00',
    },
    billing: parts.billing ?? danishBuyer(),
    shipping: null,
    payment: { id: parts.paymentId ?? 'mobilepay', title: 'MobilePay', transactionId: null },
    customerNote: null,
    tags: [],
    meta: {},
    dates: { created: '2026-11-20T10:00:00Z', modified: '2026-11-20T10:05:00Z', paid: '2026-11-20T10:01:00Z', completed: null },
    refunds: [],
  };
}
