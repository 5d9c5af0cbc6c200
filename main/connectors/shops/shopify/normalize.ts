import { dec, money, plain, sum, type Dec } from '../../../../shared/domain/money';
import type {
  Discount,
  GiftCardRedemption,
  NormalizationFinding,
  NormalizedOrder,
  Order,
  OrderLine,
  Party,
  PaymentMethod,
  Refund,
  RefundLine,
  TaxPortion,
} from '../../../../shared/domain/order';
import { list, obj, text, textOrNull, type Json } from '../shop-json';

/**
 * Shopify Admin GraphQL Order → the shared Order model. Pure: reads only its input,
 * never throws; whatever does not add up becomes a finding with the numbers.
 *
 * Amounts come from one side of every MoneyBag (`shopMoney` or `presentmentMoney`,
 * chosen by the profile). The model's line amounts are net; when the shop's prices
 * include tax (`taxesIncluded`) the rules are:
 * - line net total = (unit × quantity − discount allocations) − the line's tax lines;
 * - each discount allocation's net part = allocation / (1 + Σ rates of the line's
 *   taxed tax lines), rounded to øre; its tax part is the rest. The line's net
 *   discount is the sum of those net parts, and net subtotal = net total + net discount;
 * - refund line `subtotalSet` and refund shipping `subtotalAmountSet` are gross like
 *   the order's prices, so their net amount is subtotal − tax.
 * Without included taxes the shop's amounts are already net and the discount's tax is
 * allocation × rate.
 * Gift-card payments (transactions through the `gift_card` gateway) are a way of
 * paying, so the model's `totals.total` is the order total minus them, and
 * itemsSubtotal + shipping − discount + tax − giftCards = total holds.
 */

export interface ShopifyNormalizeOptions {
  moneySet: 'shop' | 'presentment';
  vatNumberMetaKey: string;
  eanMetaKey: string;
}

/** Items of a connection, whether the query asked for `nodes` or `edges { node }`. */
function nodes(connection: unknown): Json[] {
  const c = obj(connection);
  if (Array.isArray(c.nodes)) return list(c.nodes);
  if (Array.isArray(c.edges)) return list(c.edges).map((e) => obj(e.node));
  return Array.isArray(connection) ? list(connection) : [];
}
/** "gid://shopify/Order/123" → "123" (kept as text: ids exceed 2^53). */
export function legacyId(gidOrId: unknown): string {
  const s = text(gidOrId);
  const m = /^gid:\/\/shopify\/[^/]+\/([^?]+)/.exec(s);
  return m ? m[1] : s;
}

class Reader {
  readonly findings: NormalizationFinding[] = [];
  constructor(private readonly side: 'shopMoney' | 'presentmentMoney') {}

  amount(bag: unknown, field: string): Dec {
    if (bag === null || bag === undefined) return dec(0);
    const m = obj(obj(bag)[this.side]);
    if (m.amount === undefined || m.amount === null) {
      this.findings.push({ code: 'missing-field', message: `${field} has no ${this.side} amount`, field });
      return dec(0);
    }
    return this.decimal(m.amount, field);
  }

  decimal(value: unknown, field: string): Dec {
    try {
      const d = dec(typeof value === 'number' ? String(value) : (value as string));
      if (d.isFinite()) return d;
    } catch {
      // reported below
    }
    this.findings.push({ code: 'invalid-amount', message: `${field} is not a number: ${JSON.stringify(value)}`, field, actual: String(value) });
    return dec(0);
  }
}

interface TaxLineIn {
  rate: Dec;
  title: string;
  amount: Dec;
}

function taxLinesOf(value: unknown, r: Reader, field: string): TaxLineIn[] {
  return list(value).map((t, i) => {
    const pct = t.ratePercentage ?? null;
    const rate = pct !== null ? r.decimal(pct, `${field}.taxLines[${i}].ratePercentage`).dividedBy(100) : r.decimal(t.rate ?? 0, `${field}.taxLines[${i}].rate`);
    return { rate, title: text(t.title), amount: r.amount(t.priceSet, `${field}.taxLines[${i}].priceSet`) };
  });
}

function portions(taxes: TaxLineIn[]): TaxPortion[] {
  return taxes.map((t) => ({ rate: plain(t.rate.times(100)), label: t.title || undefined, amount: money(t.amount) }));
}

/** The one rate that applies, or null when untaxed or mixed. */
function singleRate(taxes: TaxLineIn[], taxable: boolean): string | null {
  if (!taxable) return null;
  // A tax line that collected nothing (e.g. a 10 % line at price 0 on a tax-exempt order) applies no rate.
  const charged = taxes.filter((t) => !t.amount.isZero());
  const rates = new Set(charged.map((t) => plain(t.rate.times(100))));
  return rates.size === 1 ? [...rates][0] : null;
}

interface DiscountShare {
  index: number;
  allocated: Dec;
  application: Json;
  net: Dec;
  tax: Dec;
}

interface BuiltLine {
  line: OrderLine;
  shares: DiscountShare[];
}

function buildLine(
  raw: { id: string; kind: OrderLine['kind']; sku: string | null; productId: string | null; variantId: string | null; name: string; quantity: Dec; unit: Dec; taxable: boolean; methodId?: string | null },
  allocationsIn: unknown,
  taxes: TaxLineIn[],
  taxesIncluded: boolean,
  r: Reader,
  field: string,
): BuiltLine {
  const grossOrNetSubtotal = raw.unit.times(raw.quantity);
  const taxSum = sum(taxes.map((t) => t.amount));
  const rateSum = sum(taxes.filter((t) => !t.amount.isZero()).map((t) => t.rate));
  const shares: DiscountShare[] = list(allocationsIn).map((a, i) => {
    const allocated = r.amount(a.allocatedAmountSet, `${field}.discountAllocations[${i}]`);
    const application = obj(a.discountApplication);
    const index = typeof application.index === 'number' ? application.index : -1;
    if (taxesIncluded) {
      const net = dec(money(allocated.dividedBy(dec(1).plus(rateSum))));
      return { index, allocated, application, net, tax: allocated.minus(net) };
    }
    return { index, allocated, application, net: allocated, tax: dec(money(allocated.times(rateSum))) };
  });
  const allocatedTotal = sum(shares.map((s) => s.allocated));
  const netDiscount = sum(shares.map((s) => s.net));
  let subtotal: Dec;
  let total: Dec;
  if (taxesIncluded) {
    total = grossOrNetSubtotal.minus(allocatedTotal).minus(taxSum);
    subtotal = total.plus(netDiscount);
  } else {
    subtotal = grossOrNetSubtotal;
    total = subtotal.minus(netDiscount);
  }
  const unitPrice = raw.quantity.isZero() ? raw.unit : subtotal.dividedBy(raw.quantity).toDecimalPlaces(6);
  const line: OrderLine = {
    id: raw.id,
    kind: raw.kind,
    sku: raw.sku,
    productId: raw.productId,
    variantId: raw.variantId,
    name: raw.name,
    quantity: plain(raw.quantity),
    unitPrice: unitPrice.decimalPlaces() <= 2 ? money(unitPrice) : plain(unitPrice),
    subtotal: money(subtotal),
    discount: money(netDiscount),
    total: money(total),
    tax: money(taxSum),
    taxes: portions(taxes),
    taxRate: singleRate(taxes, raw.taxable),
  };
  if (raw.kind === 'shipping') line.methodId = raw.methodId ?? null;
  return { line, shares };
}

function party(address: unknown, fallbackName: { first: string; last: string }, email: string | null, phone: string | null): Party {
  const a = obj(address);
  const firstName = text(a.firstName ?? fallbackName.first);
  const lastName = text(a.lastName ?? fallbackName.last);
  const company = textOrNull(a.company);
  const person = [firstName, lastName].filter((s) => s.trim() !== '').join(' ');
  return {
    firstName,
    lastName,
    name: person || company || text(a.name),
    company,
    email,
    phone: textOrNull(a.phone) ?? phone,
    address1: text(a.address1),
    address2: textOrNull(a.address2),
    zip: text(a.zip),
    city: text(a.city),
    state: textOrNull(a.provinceCode) ?? textOrNull(a.province),
    country: text(a.countryCodeV2).toUpperCase(),
    vatNumber: null,
    ean: null,
  };
}

function discountKind(typename: unknown): Discount['kind'] {
  if (typename === 'DiscountCodeApplication') return 'coupon';
  if (typename === 'ManualDiscountApplication') return 'manual';
  return 'automatic';
}

const PAID = new Set(['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED']);
const PAYMENT_KINDS = new Set(['SALE', 'CAPTURE']);

function isGiftCardGateway(gateway: unknown): boolean {
  return text(gateway).toLowerCase().replace(/[\s-]+/g, '_') === 'gift_card';
}

function emptyOrder(): Order {
  const zero = '0.00';
  const blankParty: Party = { firstName: '', lastName: '', name: '', company: null, email: null, phone: null, address1: '', address2: null, zip: '', city: '', state: null, country: '', vatNumber: null, ean: null };
  return {
    platform: 'shopify',
    id: '',
    number: '',
    status: '',
    stage: { paid: false, fulfilled: false, cancelled: false, refunded: false },
    currency: '',
    pricesIncludeTax: false,
    lines: [],
    shippingLines: [],
    feeLines: [],
    discounts: [],
    giftCards: [],
    taxSummary: [],
    totals: { itemsSubtotal: zero, shipping: zero, fees: zero, discount: zero, tax: zero, giftCards: zero, total: zero, refunded: zero },
    billing: blankParty,
    shipping: null,
    payment: { id: '', title: '', transactionId: null },
    customerNote: null,
    tags: [],
    meta: {},
    dates: { created: '', modified: '', paid: null, completed: null },
    refunds: [],
  };
}

export function normalizeShopifyOrder(node: unknown, opts: ShopifyNormalizeOptions): NormalizedOrder {
  try {
    return normalize(obj(node), opts);
  } catch (err) {
    // Defensive: the reader above is total, but a shop payload must never stop a sync.
    const order = emptyOrder();
    order.id = legacyId(obj(node).legacyResourceId ?? obj(node).id);
    return { order, findings: [{ code: 'missing-field', message: `order could not be read: ${(err as Error).message}` }] };
  }
}

function normalize(o: Json, opts: ShopifyNormalizeOptions): NormalizedOrder {
  const r = new Reader(opts.moneySet === 'shop' ? 'shopMoney' : 'presentmentMoney');
  const findings = r.findings;
  const taxesIncluded = o.taxesIncluded === true;
  const id = textOrNull(o.legacyResourceId) ?? legacyId(o.id);
  if (!id) findings.push({ code: 'missing-field', message: 'order has no id', field: 'id' });

  const built: BuiltLine[] = nodes(o.lineItems).map((l, i) => {
    const field = `lineItems[${i}]`;
    return buildLine(
      {
        id: legacyId(l.id),
        kind: 'product',
        sku: textOrNull(l.sku),
        productId: textOrNull(legacyId(obj(l.product).id)),
        variantId: textOrNull(legacyId(obj(l.variant).id)),
        name: text(l.name ?? l.title),
        quantity: r.decimal(l.quantity ?? 0, `${field}.quantity`),
        unit: r.amount(l.originalUnitPriceSet, `${field}.originalUnitPriceSet`),
        taxable: l.taxable !== false,
      },
      l.discountAllocations,
      taxLinesOf(l.taxLines, r, field),
      taxesIncluded,
      r,
      field,
    );
  });
  const builtShipping: BuiltLine[] = nodes(o.shippingLines).map((s, i) => {
    const field = `shippingLines[${i}]`;
    return buildLine(
      {
        id: legacyId(s.id) || `shipping-${i + 1}`,
        kind: 'shipping',
        sku: null,
        productId: null,
        variantId: null,
        name: text(s.title),
        quantity: dec(1),
        unit: r.amount(s.originalPriceSet, `${field}.originalPriceSet`),
        taxable: true,
        methodId: textOrNull(s.code),
      },
      s.discountAllocations,
      taxLinesOf(s.taxLines, r, field),
      taxesIncluded,
      r,
      field,
    );
  });
  const lines = built.map((b) => b.line);
  const shippingLines = builtShipping.map((b) => b.line);
  const allLines = [...lines, ...shippingLines];

  // Discounts: one entry per discount application, summed over its allocations.
  const byApplication = new Map<number, { application: Json; net: Dec; tax: Dec }>();
  for (const share of [...built, ...builtShipping].flatMap((b) => b.shares)) {
    const entry = byApplication.get(share.index) ?? { application: share.application, net: dec(0), tax: dec(0) };
    entry.net = entry.net.plus(share.net);
    entry.tax = entry.tax.plus(share.tax);
    byApplication.set(share.index, entry);
  }
  const applicationsByIndex = new Map(nodes(o.discountApplications).map((a) => [a.index as number, a]));
  const codes = Array.isArray(o.discountCodes) ? o.discountCodes.map(text).filter((c) => c !== '') : [];
  const discounts: Discount[] = [...byApplication.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, d]) => {
      const app = { ...d.application, ...obj(applicationsByIndex.get(index)) };
      const code = textOrNull(app.code) ?? textOrNull(app.title) ?? codes[0] ?? 'discount';
      return { code, kind: discountKind(app.__typename), amount: money(d.net), tax: money(d.tax) };
    });

  // Payments.
  const transactions = list(o.transactions);
  const giftCards: GiftCardRedemption[] = transactions
    .filter((t) => isGiftCardGateway(t.gateway) && PAYMENT_KINDS.has(text(t.kind)) && t.status === 'SUCCESS')
    .map((t, i) => ({ id: legacyId(t.id), code: null, amount: money(r.amount(t.amountSet, `transactions[${i}].amountSet`)) }));
  // The gateway that took the money: a sale or capture, else the authorisation still waiting for capture.
  const usable = (t: Json) => !isGiftCardGateway(t.gateway) && t.status === 'SUCCESS' && textOrNull(t.gateway) !== null;
  const paying =
    transactions.find((t) => usable(t) && PAYMENT_KINDS.has(text(t.kind))) ?? transactions.find((t) => usable(t) && t.kind === 'AUTHORIZATION');
  const gatewayNames = (Array.isArray(o.paymentGatewayNames) ? o.paymentGatewayNames : []).map(text).filter((g) => g !== '' && !isGiftCardGateway(g));
  const payment: PaymentMethod = paying
    ? { id: text(paying.gateway), title: text(paying.formattedGateway ?? paying.gateway), transactionId: legacyId(paying.id) || null }
    : // Shopify names orders created without a payment (Admin, API, draft orders) "manual".
      { id: gatewayNames[0] ?? 'manual', title: gatewayNames[0] ?? 'manual', transactionId: null };

  // Totals and the invariant.
  const itemsSubtotal = sum(lines.map((l) => l.subtotal));
  const shipping = sum(shippingLines.map((l) => l.subtotal));
  const discount = sum(allLines.map((l) => l.discount));
  const tax = sum(allLines.map((l) => l.tax));
  const giftCardTotal = sum(giftCards.map((g) => g.amount));
  const shopTotal = r.amount(o.totalPriceSet, 'totalPriceSet');
  const total = shopTotal.minus(giftCardTotal);
  const computed = itemsSubtotal.plus(shipping).minus(discount).plus(tax).minus(giftCardTotal);
  if (!dec(money(computed)).eq(dec(money(total)))) {
    findings.push({
      code: 'totals-mismatch',
      message: `items ${money(itemsSubtotal)} + shipping ${money(shipping)} − discount ${money(discount)} + tax ${money(tax)} − gift cards ${money(giftCardTotal)} = ${money(computed)}, but the order total is ${money(total)}`,
      field: 'totalPriceSet',
      expected: money(total),
      actual: money(computed),
    });
  }
  if (o.subtotalPriceSet) {
    // Shopify's subtotal is the line items after discounts, before shipping; gross when prices include tax.
    const shopSubtotal = r.amount(o.subtotalPriceSet, 'subtotalPriceSet');
    const lineSubtotal = sum(lines.map((l) => (taxesIncluded ? dec(l.total).plus(l.tax) : dec(l.total))));
    if (!dec(money(shopSubtotal)).eq(dec(money(lineSubtotal)))) {
      findings.push({
        code: 'line-mismatch',
        message: `the order lines add up to ${money(lineSubtotal)} after discounts, but the order's subtotal is ${money(shopSubtotal)}`,
        field: 'subtotalPriceSet',
        expected: money(shopSubtotal),
        actual: money(lineSubtotal),
      });
    }
  }
  if (o.totalTaxSet) {
    const shopTax = r.amount(o.totalTaxSet, 'totalTaxSet');
    if (!dec(money(shopTax)).eq(dec(money(tax)))) {
      findings.push({ code: 'tax-mismatch', message: `line and shipping taxes add up to ${money(tax)}, but the order's tax is ${money(shopTax)}`, field: 'totalTaxSet', expected: money(shopTax), actual: money(tax) });
    }
  }

  // Tax summary by rate and label.
  const summary = new Map<string, TaxPortion>();
  for (const portion of allLines.flatMap((l) => l.taxes)) {
    const key = `${portion.rate}|${portion.label ?? ''}`;
    const prev = summary.get(key);
    summary.set(key, { ...portion, amount: money(dec(prev?.amount ?? 0).plus(portion.amount)) });
  }

  // Refunds.
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const refunds: Refund[] = list(o.refunds).map((rf, ri) => {
    const field = `refunds[${ri}]`;
    const refundLines: RefundLine[] = nodes(rf.refundLineItems).map((rl, i) => {
      const li = obj(rl.lineItem);
      const lineId = legacyId(li.id);
      const subtotal = r.amount(rl.subtotalSet, `${field}.refundLineItems[${i}].subtotalSet`);
      const lineTax = r.amount(rl.totalTaxSet, `${field}.refundLineItems[${i}].totalTaxSet`);
      const original = lineById.get(lineId);
      return {
        lineId,
        sku: textOrNull(li.sku) ?? original?.sku ?? null,
        name: text(li.name) || original?.name || '',
        quantity: plain(r.decimal(rl.quantity ?? 0, `${field}.refundLineItems[${i}].quantity`)),
        total: money(taxesIncluded ? subtotal.minus(lineTax) : subtotal),
        tax: money(lineTax),
        taxRate: original?.taxRate ?? null,
      };
    });
    const shippingRefunds = nodes(rf.refundShippingLines);
    let shippingNet = dec(0);
    let shippingTax = dec(0);
    if (shippingRefunds.length > 0) {
      shippingRefunds.forEach((s, i) => {
        const sub = r.amount(s.subtotalAmountSet, `${field}.refundShippingLines[${i}].subtotalAmountSet`);
        const stax = r.amount(s.taxAmountSet, `${field}.refundShippingLines[${i}].taxAmountSet`);
        shippingNet = shippingNet.plus(taxesIncluded ? sub.minus(stax) : sub);
        shippingTax = shippingTax.plus(stax);
      });
    } else {
      // Older refunds record shipping only as an order adjustment (negative amounts).
      nodes(rf.orderAdjustments)
        .filter((a) => a.reason === 'SHIPPING_REFUND')
        .forEach((a, i) => {
          shippingNet = shippingNet.plus(r.amount(a.amountSet, `${field}.orderAdjustments[${i}].amountSet`).abs());
          shippingTax = shippingTax.plus(r.amount(a.taxAmountSet, `${field}.orderAdjustments[${i}].taxAmountSet`).abs());
        });
    }
    return {
      id: legacyId(rf.legacyResourceId ?? rf.id),
      createdAt: text(rf.createdAt),
      reason: textOrNull(rf.note),
      amount: money(r.amount(rf.totalRefundedSet, `${field}.totalRefundedSet`)),
      lines: refundLines,
      shipping: money(shippingNet),
      shippingTax: money(shippingTax),
      amountOnly: refundLines.length === 0 && shippingNet.isZero() && shippingTax.isZero(),
    };
  });
  const refunded = o.totalRefundedSet ? r.amount(o.totalRefundedSet, 'totalRefundedSet') : sum(refunds.map((x) => x.amount));

  // Status and stages.
  const financial = textOrNull(o.displayFinancialStatus);
  const fulfillment = textOrNull(o.displayFulfillmentStatus) ?? 'UNFULFILLED';
  const cancelled = textOrNull(o.cancelledAt) !== null;
  if (!financial && !cancelled) findings.push({ code: 'unknown-status', message: 'order has no financial status', field: 'displayFinancialStatus' });
  const status = cancelled ? 'cancelled' : `${(financial ?? 'unknown').toLowerCase()}:${fulfillment.toLowerCase()}`;

  // Parties and meta.
  const attributes = list(o.customAttributes).map((a) => ({ key: text(a.key), value: text(a.value) }));
  const metafields = nodes(o.metafields).map((m) => ({ namespace: text(m.namespace), key: text(m.key), value: text(m.value) }));
  const lookup = (key: string): string | null => {
    const k = key.toLowerCase();
    const attr = attributes.find((a) => a.key.toLowerCase() === k && a.value.trim() !== '');
    if (attr) return attr.value.trim();
    const field = metafields.find((m) => (m.key.toLowerCase() === k || `${m.namespace}.${m.key}`.toLowerCase() === k) && m.value.trim() !== '');
    return field ? field.value.trim() : null;
  };
  const customer = obj(o.customer);
  const email = textOrNull(o.email) ?? textOrNull(customer.email);
  const phone = textOrNull(o.phone) ?? textOrNull(customer.phone);
  const names = { first: text(customer.firstName), last: text(customer.lastName) };
  const billingSource = o.billingAddress ?? o.shippingAddress ?? null;
  const billing = party(billingSource, names, email, phone);
  billing.vatNumber = lookup(opts.vatNumberMetaKey);
  billing.ean = lookup(opts.eanMetaKey);
  const shippingParty = o.shippingAddress ? party(o.shippingAddress, names, null, null) : null;
  const meta: Record<string, string> = {};
  for (const a of attributes) meta[a.key] = a.value;
  for (const m of metafields) {
    meta[`${m.namespace}.${m.key}`] = m.value;
    meta[m.key] ??= m.value;
  }
  const tags = [
    ...(Array.isArray(o.tags) ? o.tags.map(text).filter((t) => t !== '') : []),
    ...attributes.map((a) => `${a.key}=${a.value}`),
  ];

  const paidTx = transactions.find((t) => PAYMENT_KINDS.has(text(t.kind)) && t.status === 'SUCCESS');
  const isPaid = financial !== null && PAID.has(financial);
  const order: Order = {
    platform: 'shopify',
    id,
    number: text(o.name) || id,
    status,
    stage: { paid: isPaid, fulfilled: fulfillment === 'FULFILLED', cancelled, refunded: financial === 'REFUNDED' },
    currency: text(opts.moneySet === 'shop' ? o.currencyCode : (o.presentmentCurrencyCode ?? o.currencyCode)),
    pricesIncludeTax: taxesIncluded,
    lines,
    shippingLines,
    feeLines: [],
    discounts,
    giftCards,
    taxSummary: [...summary.values()],
    totals: {
      itemsSubtotal: money(itemsSubtotal),
      shipping: money(shipping),
      fees: '0.00',
      discount: money(discount),
      tax: money(tax),
      giftCards: money(giftCardTotal),
      total: money(total),
      refunded: money(refunded),
    },
    billing,
    shipping: shippingParty,
    payment,
    customerNote: textOrNull(o.note),
    tags,
    meta,
    dates: {
      created: text(o.createdAt),
      modified: text(o.updatedAt),
      paid: textOrNull(paidTx?.processedAt) ?? (isPaid ? textOrNull(o.processedAt) : null),
      completed: textOrNull(o.closedAt),
    },
    refunds,
  };
  return { order, findings };
}
