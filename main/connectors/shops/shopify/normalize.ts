import { money } from '../../../../shared/domain/money';
import type { NormalizedOrder, Order, Party } from '../../../../shared/domain/order';
import { obj, text, textOrNull, type Json } from '../shop-json';
import { discountsOf } from './discounts';
import { readProductLines, readShippingLines } from './lines';
import { partiesOf } from './party';
import { giftCardsOf, paidAtOf, paymentMethodOf, transactionsOf } from './payments';
import { AmountReader, legacyId } from './read';
import { refundedOf, refundsOf } from './refunds';
import { statusOf } from './status';
import { taxSummaryOf, totalsOf } from './totals';

/**
 * Shopify Admin GraphQL Order → the shared Order model. Pure: reads only its input,
 * never throws; whatever does not add up becomes a finding with the numbers.
 *
 * Amounts come from one side of every MoneyBag (`shopMoney` or `presentmentMoney`,
 * chosen by the profile). The model's line amounts are net (./lines.ts says how they are
 * derived when the shop's prices include tax), refunds likewise (./refunds.ts).
 * Gift-card payments (./payments.ts) are a way of paying, so the model's `totals.total` is
 * the order total minus them, and itemsSubtotal + shipping − discount + tax − giftCards =
 * total holds (./totals.ts checks it).
 */

export interface ShopifyNormalizeOptions {
  moneySet: 'shop' | 'presentment';
  vatNumberMetaKey: string;
  eanMetaKey: string;
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
    // Defensive: the readers are total, but a shop payload must never stop a sync.
    const order = emptyOrder();
    order.id = legacyId(obj(node).legacyResourceId ?? obj(node).id);
    return { order, findings: [{ code: 'missing-field', message: `order could not be read: ${(err as Error).message}` }] };
  }
}

function normalize(o: Json, opts: ShopifyNormalizeOptions): NormalizedOrder {
  const r = new AmountReader(opts.moneySet === 'shop' ? 'shopMoney' : 'presentmentMoney');
  const findings = r.findings;
  const taxesIncluded = o.taxesIncluded === true;
  const id = textOrNull(o.legacyResourceId) ?? legacyId(o.id);
  if (!id) findings.push({ code: 'missing-field', message: 'order has no id', field: 'id' });

  // The order of the reads below is the order of the findings they report.
  const built = readProductLines(o, taxesIncluded, r);
  const builtShipping = readShippingLines(o, taxesIncluded, r);
  const lines = built.map((b) => b.line);
  const shippingLines = builtShipping.map((b) => b.line);
  const discounts = discountsOf(o, [...built, ...builtShipping].flatMap((b) => b.shares));
  const transactions = transactionsOf(o);
  const giftCards = giftCardsOf(transactions, r);
  const payment = paymentMethodOf(o, transactions);
  const totals = totalsOf(o, lines, shippingLines, giftCards, taxesIncluded, r);
  const refunds = refundsOf(o, lines, taxesIncluded, r);
  const refunded = refundedOf(o, refunds, r);
  const { status, stage } = statusOf(o, findings);
  const parties = partiesOf(o, opts);

  const order: Order = {
    platform: 'shopify',
    id,
    number: text(o.name) || id,
    status,
    stage,
    currency: text(opts.moneySet === 'shop' ? o.currencyCode : (o.presentmentCurrencyCode ?? o.currencyCode)),
    pricesIncludeTax: taxesIncluded,
    lines,
    shippingLines,
    feeLines: [],
    discounts,
    giftCards,
    taxSummary: taxSummaryOf([...lines, ...shippingLines]),
    totals: {
      itemsSubtotal: money(totals.itemsSubtotal),
      shipping: money(totals.shipping),
      fees: '0.00',
      discount: money(totals.discount),
      tax: money(totals.tax),
      giftCards: money(totals.giftCards),
      total: money(totals.total),
      refunded: money(refunded),
    },
    billing: parties.billing,
    shipping: parties.shipping,
    payment,
    customerNote: textOrNull(o.note),
    tags: parties.tags,
    meta: parties.meta,
    dates: {
      created: text(o.createdAt),
      modified: text(o.updatedAt),
      paid: paidAtOf(o, transactions, stage.paid),
      completed: textOrNull(o.closedAt),
    },
    refunds,
  };
  return { order, findings };
}
