import { dec, type Dec } from '../../../../shared/domain/money';
import { enumValues } from './admin-schema';
import { paginateById, type ConnectionArgs } from './connection';
import { obj, type Json } from '../shared/json-values';

/**
 * Turns Shopify REST order JSON (what the reference payloads and webhooks carry) into
 * the objects the GraphQL schema serves. Shopify's REST and GraphQL APIs read the same
 * order records; this file is the mapping between their two spellings. It accepts the
 * legacy shapes too: plain amounts without `*_set` bags, `gateway` instead of
 * `payment_gateway_names`, string ids, zero-decimal currencies.
 *
 * Connection fields are functions: graphql-js calls a function-valued property with the
 * field's arguments, which is all the resolving this read-only schema needs. A field of
 * Shopify's schema that an object here does not carry is one the sandbox does not model.
 */


// Shopify's CurrencyCode and CountryCode enums, read from its schema on first use.
let codes: { currency: Set<string>; country: Set<string> } | null = null;
function knownCodes() {
  codes ??= { currency: enumValues('CurrencyCode'), country: enumValues('CountryCode') };
  return codes;
}

export interface MoneyV2 {
  __typename: 'MoneyV2';
  amount: string;
  currencyCode: string;
}
export interface MoneyBag {
  shopMoney: MoneyV2;
  presentmentMoney: MoneyV2;
}

interface Currencies {
  shop: string;
  presentment: string;
}

function arr(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(obj) : [];
}
function str(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return null;
}
function nonEmpty(value: unknown): string | null {
  const s = str(value);
  return s === null || s.trim() === '' ? null : s;
}
function num(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : fallback;
}

export function gid(type: string, id: string): string {
  return `gid://shopify/${type}/${id}`;
}

/** Decimals a currency uses (JPY 0, DKK 2), from the ICU data. */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

function currencyCode(code: unknown, fallback: string): string {
  const c = str(code)?.toUpperCase();
  return c && knownCodes().currency.has(c) ? c : fallback;
}

function amountText(value: unknown): string {
  const s = str(value);
  if (s === null || s.trim() === '') return '0';
  try {
    return dec(s).isFinite() ? s.trim() : '0';
  } catch {
    return '0';
  }
}

function money(amount: unknown, currency: string): MoneyV2 {
  return { __typename: 'MoneyV2', amount: amountText(amount), currencyCode: currency };
}

/** A `*_set` bag when the payload has one, otherwise the plain amount in both currencies. */
function bag(set: unknown, plain: unknown, cur: Currencies): MoneyBag {
  const s = obj(set);
  const shop = obj(s.shop_money);
  const pres = obj(s.presentment_money);
  if (shop.amount !== undefined || pres.amount !== undefined) {
    return {
      shopMoney: money(shop.amount ?? pres.amount, currencyCode(shop.currency_code ?? shop.currency, cur.shop)),
      presentmentMoney: money(pres.amount ?? shop.amount, currencyCode(pres.currency_code ?? pres.currency, cur.presentment)),
    };
  }
  return { shopMoney: money(plain, cur.shop), presentmentMoney: money(plain, cur.presentment) };
}

function fmt(value: Dec, currency: string): string {
  return value.toFixed(currencyDecimals(currency));
}

function mapBag(b: MoneyBag, f: (amount: Dec) => Dec): MoneyBag {
  return {
    shopMoney: money(fmt(f(dec(b.shopMoney.amount)), b.shopMoney.currencyCode), b.shopMoney.currencyCode),
    presentmentMoney: money(fmt(f(dec(b.presentmentMoney.amount)), b.presentmentMoney.currencyCode), b.presentmentMoney.currencyCode),
  };
}

function sumBags(bags: MoneyBag[], cur: Currencies): MoneyBag {
  let shop = dec(0);
  let pres = dec(0);
  for (const b of bags) {
    shop = shop.plus(dec(b.shopMoney.amount));
    pres = pres.plus(dec(b.presentmentMoney.amount));
  }
  return { shopMoney: money(fmt(shop, cur.shop), cur.shop), presentmentMoney: money(fmt(pres, cur.presentment), cur.presentment) };
}

function isoUtc(value: unknown): string | null {
  const s = nonEmpty(value);
  if (s === null) return null;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

function taxLine(t: Json, cur: Currencies) {
  const rate = t.rate === null || t.rate === undefined ? null : num(t.rate, 0);
  return {
    title: str(t.title) ?? '',
    rate,
    ratePercentage: rate === null ? null : Number(dec(String(rate)).times(100).toString()),
    priceSet: bag(t.price_set, t.price, cur),
    channelLiable: typeof t.channel_liable === 'boolean' ? t.channel_liable : null,
  };
}

function upperEnum(value: unknown, allowed: readonly string[], fallback: string): string {
  const s = str(value)?.toUpperCase().replace(/[^A-Z]+/g, '_');
  return s && allowed.includes(s) ? s : fallback;
}

function discountApplication(d: Json, index: number, cur: Currencies) {
  const valueType = str(d.value_type);
  const value =
    valueType === 'percentage'
      ? { __typename: 'PricingPercentageValue', percentage: num(d.value, 0) }
      : money(d.value, cur.presentment);
  const common = {
    index,
    allocationMethod: upperEnum(d.allocation_method, ['ACROSS', 'EACH', 'ONE'], 'ACROSS'),
    targetSelection: upperEnum(d.target_selection, ['ALL', 'ENTITLED', 'EXPLICIT'], 'ALL'),
    targetType: upperEnum(d.target_type, ['LINE_ITEM', 'SHIPPING_LINE'], 'LINE_ITEM'),
    value,
  };
  const title = str(d.title) ?? str(d.description) ?? str(d.code) ?? 'Discount';
  switch (str(d.type)) {
    case 'discount_code':
      return { __typename: 'DiscountCodeApplication', ...common, code: str(d.code) ?? title };
    case 'automatic':
      return { __typename: 'AutomaticDiscountApplication', ...common, title };
    case 'script':
      return { __typename: 'ScriptDiscountApplication', ...common, title };
    default:
      return { __typename: 'ManualDiscountApplication', ...common, title, description: str(d.description) };
  }
}

type DiscountApp = ReturnType<typeof discountApplication>;

function allocations(list: unknown, apps: DiscountApp[], cur: Currencies) {
  return arr(list).map((a) => {
    const index = num(a.discount_application_index, 0);
    return {
      allocatedAmountSet: bag(a.amount_set, a.amount, cur),
      discountApplication: apps[index] ?? discountApplication({ type: 'manual', value: a.amount, value_type: 'fixed_amount' }, index, cur),
    };
  });
}

function lineItem(l: Json, apps: DiscountApp[], cur: Currencies) {
  const id = str(l.id) ?? '0';
  const quantity = num(l.quantity, 0);
  const unit = bag(l.price_set, l.price, cur);
  const allocs = allocations(l.discount_allocations, apps, cur);
  const allocated = sumBags(allocs.map((a) => a.allocatedAmountSet), cur);
  const hasAllocations = allocs.length > 0;
  const totalDiscount = hasAllocations ? allocated : bag(l.total_discount_set, l.total_discount, cur);
  const original = mapBag(unit, (u) => u.times(quantity));
  const discountedUnit = {
    shopMoney: money(
      quantity === 0 ? unit.shopMoney.amount : fmt(dec(original.shopMoney.amount).minus(dec(totalDiscount.shopMoney.amount)).dividedBy(quantity), cur.shop),
      cur.shop,
    ),
    presentmentMoney: money(
      quantity === 0
        ? unit.presentmentMoney.amount
        : fmt(dec(original.presentmentMoney.amount).minus(dec(totalDiscount.presentmentMoney.amount)).dividedBy(quantity), cur.presentment),
      cur.presentment,
    ),
  };
  const taxLines = arr(l.tax_lines).map((t) => taxLine(t, cur));
  const productId = str(l.product_id);
  const variantId = str(l.variant_id);
  return {
    id: gid('LineItem', id),
    sku: nonEmpty(l.sku),
    name: str(l.name) ?? str(l.title) ?? '',
    title: str(l.title) ?? str(l.name) ?? '',
    variantTitle: str(l.variant_title),
    vendor: str(l.vendor),
    quantity,
    currentQuantity: num(l.current_quantity, quantity),
    variant: variantId ? { id: gid('ProductVariant', variantId), title: str(l.variant_title) ?? 'Default Title', sku: nonEmpty(l.sku) } : null,
    product: productId ? { id: gid('Product', productId), title: str(l.title) ?? '' } : null,
    taxable: typeof l.taxable === 'boolean' ? l.taxable : true,
    isGiftCard: l.gift_card === true,
    requiresShipping: l.requires_shipping !== false,
    customAttributes: arr(l.properties).map((p) => ({ key: str(p.name) ?? '', value: str(p.value) })),
    originalUnitPriceSet: unit,
    discountedUnitPriceSet: discountedUnit,
    originalTotalSet: original,
    totalDiscountSet: totalDiscount,
    discountAllocations: allocs,
    taxLines: () => taxLines,
  };
}

type GraphLineItem = ReturnType<typeof lineItem>;

function shippingLine(s: Json, apps: DiscountApp[], cur: Currencies, fallbackId: string) {
  const price = bag(s.price_set, s.price, cur);
  return {
    id: gid('ShippingLine', str(s.id) ?? fallbackId),
    title: str(s.title) ?? '',
    code: str(s.code),
    source: str(s.source),
    carrierIdentifier: str(s.carrier_identifier),
    isRemoved: s.is_removed === true,
    originalPriceSet: price,
    discountedPriceSet: s.discounted_price_set || s.discounted_price !== undefined ? bag(s.discounted_price_set, s.discounted_price, cur) : price,
    taxLines: arr(s.tax_lines).map((t) => taxLine(t, cur)),
    discountAllocations: allocations(s.discount_allocations, apps, cur),
  };
}

type GraphShippingLine = ReturnType<typeof shippingLine>;

function transaction(t: Json, cur: Currencies, fallbackId: string) {
  const kind = upperEnum(t.kind, ['AUTHORIZATION', 'CAPTURE', 'CHANGE', 'EMV_AUTHORIZATION', 'REFUND', 'SALE', 'SUGGESTED_REFUND', 'VOID'], 'SALE');
  const status = upperEnum(t.status, ['AWAITING_RESPONSE', 'ERROR', 'FAILURE', 'PENDING', 'SUCCESS', 'UNKNOWN'], kind === 'SUGGESTED_REFUND' ? 'UNKNOWN' : 'SUCCESS');
  const created = isoUtc(t.created_at) ?? isoUtc(t.processed_at) ?? new Date(0).toISOString();
  return {
    id: gid('OrderTransaction', str(t.id) ?? fallbackId),
    kind,
    status,
    gateway: str(t.gateway),
    formattedGateway: str(t.gateway),
    test: t.test === true,
    authorizationCode: str(t.authorization),
    amountSet: bag(t.amount_set, t.amount, { shop: currencyCode(t.currency, cur.shop), presentment: currencyCode(t.currency, cur.presentment) }),
    createdAt: created,
    processedAt: isoUtc(t.processed_at) ?? created,
    parentTransaction: null,
  };
}

type GraphTransaction = ReturnType<typeof transaction>;

function isSuccessfulRefund(t: GraphTransaction): boolean {
  return t.kind === 'REFUND' && t.status === 'SUCCESS';
}

function mailingAddress(a: unknown, id: string) {
  if (a === null || a === undefined || typeof a !== 'object') return null;
  const o = obj(a);
  const country = str(o.country_code)?.toUpperCase() ?? null;
  return {
    id: gid('MailingAddress', id),
    firstName: str(o.first_name),
    lastName: str(o.last_name),
    name: str(o.name),
    company: str(o.company),
    address1: str(o.address1),
    address2: str(o.address2),
    zip: str(o.zip),
    city: str(o.city),
    province: str(o.province),
    provinceCode: str(o.province_code),
    country: str(o.country),
    countryCodeV2: country && knownCodes().country.has(country) ? country : null,
    phone: str(o.phone),
  };
}

function refund(r: Json, order: { lines: GraphLineItem[]; shipping: GraphShippingLine[]; apps: DiscountApp[] }, cur: Currencies, orderUpdatedAt: string) {
  const id = str(r.id) ?? '0';
  const transactions = arr(r.transactions).map((t, i) => transaction(t, cur, `${id}${i}`));
  const lineItems = arr(r.refund_line_items).map((rli, i) => {
    const lineId = str(rli.line_item_id) ?? str(obj(rli.line_item).id) ?? '0';
    const known = order.lines.find((l) => l.id === gid('LineItem', lineId));
    const embedded = rli.line_item ? lineItem(obj(rli.line_item), order.apps, cur) : null;
    const line = known ?? embedded ?? lineItem({ id: lineId, quantity: rli.quantity, price: '0' }, order.apps, cur);
    const quantity = num(rli.quantity, 0);
    const lineQty = line.quantity || 1;
    // Older payloads carry no subtotal: the credited share of the line is then its
    // discounted price and tax, pro rata to the refunded quantity.
    const subtotal =
      rli.subtotal_set || rli.subtotal !== undefined
        ? bag(rli.subtotal_set, rli.subtotal, cur)
        : mapBag(line.discountedUnitPriceSet, (u) => u.times(quantity));
    const tax =
      rli.total_tax_set || rli.total_tax !== undefined
        ? bag(rli.total_tax_set, rli.total_tax, cur)
        : mapBag(sumBags(line.taxLines().map((t) => t.priceSet), cur), (t) => t.times(quantity).dividedBy(lineQty));
    return {
      id: gid('RefundLineItem', str(rli.id) ?? `${id}${i}`),
      lineItem: line,
      quantity,
      restocked: r.restock === true || (str(rli.restock_type) ?? 'no_restock') !== 'no_restock',
      restockType: upperEnum(rli.restock_type, ['CANCEL', 'LEGACY_RESTOCK', 'NO_RESTOCK', 'RETURN'], r.restock === true ? 'LEGACY_RESTOCK' : 'NO_RESTOCK'),
      priceSet: line.originalUnitPriceSet,
      subtotalSet: subtotal,
      totalTaxSet: tax,
    };
  });
  const listedShipping = arr(r.refund_shipping_lines).map((s, i) => {
    const shippingId = str(s.shipping_line_id) ?? str(obj(s.shipping_line).id);
    const known = order.shipping.find((l) => shippingId !== null && l.id === gid('ShippingLine', shippingId));
    return {
      id: gid('RefundShippingLine', str(s.id) ?? `${id}${i}`),
      shippingLine: known ?? shippingLine(obj(s.shipping_line), order.apps, cur, shippingId ?? `${id}${i}`),
      subtotalAmountSet: bag(s.subtotal_amount_set, s.subtotal_amount, cur),
      taxAmountSet: bag(s.tax_amount_set, s.tax_amount, cur),
    };
  });
  // GraphQL has no SHIPPING_REFUND adjustment reason (see OrderAdjustmentDiscrepancyReason): a
  // REST `shipping_refund` adjustment is REST's second record of a refunded shipping line. A
  // refund that has only the adjustment (older payloads) shows it as a refund shipping line.
  const restAdjustments = arr(r.order_adjustments);
  const isShippingRefund = (a: Json) => str(a.kind) === 'shipping_refund';
  const shippingFromAdjustments =
    listedShipping.length > 0
      ? []
      : restAdjustments.filter(isShippingRefund).map((a, i) => ({
          id: gid('RefundShippingLine', str(a.id) ?? `${id}${i}`),
          shippingLine: order.shipping[0] ?? shippingLine({ title: 'Shipping', price: '0' }, order.apps, cur, `${id}${i}`),
          subtotalAmountSet: mapBag(bag(a.amount_set, a.amount, cur), (v) => v.abs()),
          taxAmountSet: mapBag(bag(a.tax_amount_set, a.tax_amount, cur), (v) => v.abs()),
        }));
  const shippingLines = [...listedShipping, ...shippingFromAdjustments];
  const adjustments = restAdjustments
    .filter((a) => !isShippingRefund(a))
    .map((a, i) => ({
      id: gid('OrderAdjustment', str(a.id) ?? `${id}${i}`),
      reason: upperEnum(a.kind ?? a.reason, ['CUSTOMER', 'DAMAGE', 'FULL_RETURN_BALANCING_ADJUSTMENT', 'PENDING_REFUND_DISCREPANCY', 'REFUND_DISCREPANCY', 'RESTOCK'], 'REFUND_DISCREPANCY'),
      amountSet: bag(a.amount_set, a.amount, cur),
      taxAmountSet: bag(a.tax_amount_set, a.tax_amount, cur),
    }));
  const created = isoUtc(r.created_at) ?? isoUtc(r.processed_at);
  return {
    id: gid('Refund', id),
    legacyResourceId: id,
    createdAt: created,
    processedAt: isoUtc(r.processed_at) ?? created ?? orderUpdatedAt,
    updatedAt: isoUtc(r.processed_at) ?? created ?? orderUpdatedAt,
    note: str(r.note),
    totalRefundedSet: sumBags(transactions.filter(isSuccessfulRefund).map((t) => t.amountSet), cur),
    refundLineItems: (args: ConnectionArgs) => paginateById(lineItems, args),
    refundShippingLines: (args: ConnectionArgs) => paginateById(shippingLines, args),
    orderAdjustments: (args: ConnectionArgs) => paginateById(adjustments, args),
    transactions: (args: ConnectionArgs) => paginateById(transactions, args),
    // kept for the order's own totals and its transaction list
    _transactions: transactions,
    _shippingRefunded: sumBags(shippingLines.map((s) => s.subtotalAmountSet), cur),
  };
}

export type GraphRefund = ReturnType<typeof refund>;

const FULFILLMENT: Record<string, string> = {
  fulfilled: 'FULFILLED',
  partial: 'PARTIALLY_FULFILLED',
  restocked: 'RESTOCKED',
  unfulfilled: 'UNFULFILLED',
};

const FINANCIAL = ['AUTHORIZED', 'EXPIRED', 'PAID', 'PARTIALLY_PAID', 'PARTIALLY_REFUNDED', 'PENDING', 'REFUNDED', 'VOIDED'];

/** The GraphQL Order object for one REST order. */
export function toGraphOrder(rest: Json, shopCurrency: string) {
  const id = str(rest.id) ?? '0';
  const shopCur = currencyCode(rest.currency, shopCurrency);
  const cur: Currencies = { shop: shopCur, presentment: currencyCode(rest.presentment_currency, shopCur) };
  const apps = arr(rest.discount_applications).map((d, i) => discountApplication(d, i, cur));
  const lines = arr(rest.line_items).map((l) => lineItem(l, apps, cur));
  const shipping = arr(rest.shipping_lines).map((s, i) => shippingLine(s, apps, cur, `${id}${i}`));
  const updatedAt = isoUtc(rest.updated_at) ?? isoUtc(rest.created_at) ?? new Date(0).toISOString();
  const createdAt = isoUtc(rest.created_at) ?? updatedAt;
  const refunds = arr(rest.refunds).map((r) => refund(r, { lines, shipping, apps }, cur, updatedAt));
  const transactions = new Map<string, GraphTransaction>();
  arr(rest.transactions).forEach((t, i) => {
    const tx = transaction(t, cur, `${id}9${i}`);
    transactions.set(tx.id, tx);
  });
  for (const r of refunds) for (const tx of r._transactions) if (!transactions.has(tx.id)) transactions.set(tx.id, tx);
  const metafields = arr(rest.metafields).map((m, i) => ({
    id: gid('Metafield', str(m.id) ?? `${id}${i}`),
    namespace: str(m.namespace) ?? 'custom',
    key: str(m.key) ?? '',
    value: str(m.value) ?? '',
    type: str(m.type) ?? 'single_line_text_field',
  }));
  const customer = obj(rest.customer);
  const customerId = str(customer.id);
  const gateways = Array.isArray(rest.payment_gateway_names)
    ? rest.payment_gateway_names.map((g) => str(g) ?? '')
    : nonEmpty(rest.gateway)
      ? [str(rest.gateway) as string]
      : [];
  const totalShipping = rest.total_shipping_price_set
    ? bag(rest.total_shipping_price_set, null, cur)
    : sumBags(shipping.map((s) => s.discountedPriceSet), cur);
  const subtotal = bag(rest.subtotal_price_set, rest.subtotal_price, cur);
  const totalDiscounts = bag(rest.total_discounts_set, rest.total_discounts, cur);
  const totalTax = bag(rest.total_tax_set, rest.total_tax, cur);
  const totalPrice = bag(rest.total_price_set, rest.total_price, cur);
  const orNull = (set: unknown, plain: unknown, fallback: MoneyBag) => (set || plain !== undefined ? bag(set, plain, cur) : fallback);
  const financial = str(rest.financial_status)?.toUpperCase() ?? null;
  return {
    id: gid('Order', id),
    legacyResourceId: id,
    name: str(rest.name) ?? `#${str(rest.order_number) ?? id}`,
    createdAt,
    updatedAt,
    processedAt: isoUtc(rest.processed_at) ?? createdAt,
    closedAt: isoUtc(rest.closed_at),
    closed: nonEmpty(rest.closed_at) !== null,
    cancelledAt: isoUtc(rest.cancelled_at),
    cancelReason: rest.cancel_reason ? upperEnum(rest.cancel_reason, ['CUSTOMER', 'DECLINED', 'FRAUD', 'INVENTORY', 'OTHER', 'STAFF'], 'OTHER') : null,
    test: rest.test === true,
    displayFinancialStatus: financial && FINANCIAL.includes(financial) ? financial : null,
    displayFulfillmentStatus: FULFILLMENT[str(rest.fulfillment_status) ?? 'unfulfilled'] ?? 'UNFULFILLED',
    currencyCode: cur.shop,
    presentmentCurrencyCode: cur.presentment,
    taxesIncluded: rest.taxes_included === true,
    taxExempt: rest.tax_exempt === true,
    email: nonEmpty(rest.email) ?? nonEmpty(rest.contact_email),
    phone: nonEmpty(rest.phone),
    note: nonEmpty(rest.note),
    poNumber: str(rest.po_number),
    sourceName: str(rest.source_name),
    confirmationNumber: str(rest.confirmation_number),
    tags: (str(rest.tags) ?? '').split(',').map((t) => t.trim()).filter((t) => t !== ''),
    customAttributes: arr(rest.note_attributes).map((a) => ({ key: str(a.name) ?? '', value: str(a.value) })),
    metafields: (args: ConnectionArgs & { namespace?: string | null; keys?: string[] | null }) =>
      paginateById(
        metafields.filter((m) => (!args.namespace || m.namespace === args.namespace) && (!args.keys || args.keys.includes(`${m.namespace}.${m.key}`))),
        args,
      ),
    metafield: (args: { namespace?: string | null; key: string }) => {
      const [ns, key] = args.key.includes('.') && !args.namespace ? args.key.split('.', 2) : [args.namespace ?? null, args.key];
      return metafields.find((m) => m.key === key && (ns === null || m.namespace === ns)) ?? null;
    },
    billingAddress: mailingAddress(rest.billing_address, `${id}1`),
    shippingAddress: mailingAddress(rest.shipping_address, `${id}2`),
    customer: customerId
      ? {
          id: gid('Customer', customerId),
          legacyResourceId: customerId,
          email: nonEmpty(customer.email),
          firstName: str(customer.first_name),
          lastName: str(customer.last_name),
          displayName: [str(customer.first_name), str(customer.last_name)].filter(Boolean).join(' ') || (nonEmpty(customer.email) ?? ''),
          phone: str(customer.phone),
          defaultEmailAddress: nonEmpty(customer.email) === null ? null : { emailAddress: nonEmpty(customer.email) },
          defaultPhoneNumber: nonEmpty(customer.phone) === null ? null : { phoneNumber: nonEmpty(customer.phone) },
        }
      : null,
    lineItems: (args: ConnectionArgs) => paginateById(lines, args),
    shippingLines: (args: ConnectionArgs & { includeRemovals?: boolean | null }) =>
      paginateById(args.includeRemovals ? shipping : shipping.filter((s) => !s.isRemoved), args),
    discountApplications: (args: ConnectionArgs) =>
      paginateById(apps.map((a) => ({ ...a, id: String(a.index) })), args),
    discountCode: str(arr(rest.discount_codes)[0]?.code),
    discountCodes: arr(rest.discount_codes).map((d) => str(d.code) ?? '').filter((c) => c !== ''),
    subtotalPriceSet: subtotal,
    currentSubtotalPriceSet: orNull(rest.current_subtotal_price_set, rest.current_subtotal_price, subtotal),
    totalDiscountsSet: totalDiscounts,
    currentTotalDiscountsSet: orNull(rest.current_total_discounts_set, rest.current_total_discounts, totalDiscounts),
    totalShippingPriceSet: totalShipping,
    totalTaxSet: totalTax,
    currentTotalTaxSet: orNull(rest.current_total_tax_set, rest.current_total_tax, totalTax),
    totalPriceSet: totalPrice,
    currentTotalPriceSet: orNull(rest.current_total_price_set, rest.current_total_price, totalPrice),
    totalRefundedSet: sumBags(refunds.flatMap((r) => r._transactions.filter(isSuccessfulRefund).map((t) => t.amountSet)), cur),
    totalRefundedShippingSet: sumBags(refunds.map((r) => r._shippingRefunded), cur),
    totalOutstandingSet: bag(rest.total_outstanding_set, rest.total_outstanding, cur),
    taxLines: arr(rest.tax_lines).map((t) => taxLine(t, cur)),
    paymentGatewayNames: gateways,
    transactions: () => [...transactions.values()],
    refunds: (args: { first?: number | null }) => (args.first ? refunds.slice(0, args.first) : refunds),
  };
}

export type GraphOrder = ReturnType<typeof toGraphOrder>;

/** Shopify's "total refunded" for an order: successful refund transactions only. */
export function refundedTotal(rest: Json, shopCurrency: string): Dec {
  const order = toGraphOrder(rest, shopCurrency);
  return dec(order.totalRefundedSet.shopMoney.amount);
}
