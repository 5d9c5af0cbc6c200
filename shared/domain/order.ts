import type { Amount } from './money';

/**
 * The platform-independent order every connector produces.
 *
 * Conventions:
 * - ids are strings (Shopify ids exceed 2^53);
 * - every amount is a decimal string; line and document amounts are net (excl. tax)
 *   with tax carried beside them, whatever the shop's display mode;
 * - `totals` obey: itemsSubtotal + shipping + fees − discount + tax − giftCards = total.
 */
export type Platform = 'woocommerce' | 'shopify';

export interface TaxPortion {
  /** Rate in percent as a decimal string, e.g. "25" or "7.5". */
  rate: string;
  /** The platform's id of the tax rate, when it has one. */
  rateId?: string;
  label?: string;
  amount: Amount;
}

export interface OrderLine {
  id: string;
  kind: 'product' | 'shipping' | 'fee';
  sku: string | null;
  productId: string | null;
  variantId: string | null;
  name: string;
  quantity: string;
  /** Net unit price before discounts. */
  unitPrice: Amount;
  /** quantity × unitPrice (net, before discounts). */
  subtotal: Amount;
  /** Net discount on this line (subtotal − total). */
  discount: Amount;
  /** Net line total after discounts. */
  total: Amount;
  /** Tax on `total`. */
  tax: Amount;
  taxes: TaxPortion[];
  /** The single effective tax rate in percent, or null when untaxed or mixed. */
  taxRate: string | null;
  /** Shipping method id for shipping lines. */
  methodId?: string | null;
}

export interface Discount {
  code: string;
  kind: 'coupon' | 'automatic' | 'manual';
  /** Net amount the discount took off. */
  amount: Amount;
  tax: Amount;
}

export interface GiftCardRedemption {
  id: string;
  code: string | null;
  /** Gross amount paid with the gift card. */
  amount: Amount;
}

export interface Party {
  firstName: string;
  lastName: string;
  /** "First Last", or the company when no person is named. */
  name: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  address1: string;
  address2: string | null;
  zip: string;
  city: string;
  state: string | null;
  /** ISO 3166-1 alpha-2, upper case, or "" when the shop sent none. */
  country: string;
  vatNumber: string | null;
  ean: string | null;
}

export interface PaymentMethod {
  /** Gateway id (WooCommerce payment_method, Shopify gateway name). */
  id: string;
  title: string;
  transactionId: string | null;
}

export interface RefundLine {
  /** The original order line this refund line credits. */
  lineId: string;
  sku: string | null;
  name: string;
  /** Positive quantity credited. */
  quantity: string;
  /** Positive net amount credited. */
  total: Amount;
  /** Positive tax credited. */
  tax: Amount;
  taxRate: string | null;
}

export interface Refund {
  id: string;
  createdAt: string;
  reason: string | null;
  /** Positive gross amount refunded to the customer. */
  amount: Amount;
  lines: RefundLine[];
  /** Positive net shipping credited. */
  shipping: Amount;
  shippingTax: Amount;
  /** True when nothing itemised was refunded: only an amount. */
  amountOnly: boolean;
}

export interface OrderTotals {
  itemsSubtotal: Amount;
  shipping: Amount;
  fees: Amount;
  discount: Amount;
  tax: Amount;
  giftCards: Amount;
  total: Amount;
  refunded: Amount;
}

export interface StageFacts {
  paid: boolean;
  fulfilled: boolean;
  cancelled: boolean;
  refunded: boolean;
}

export interface Order {
  platform: Platform;
  id: string;
  number: string;
  /** The platform's own status word (WooCommerce slug, Shopify "financial/fulfillment"). */
  status: string;
  stage: StageFacts;
  currency: string;
  pricesIncludeTax: boolean;
  lines: OrderLine[];
  shippingLines: OrderLine[];
  feeLines: OrderLine[];
  discounts: Discount[];
  giftCards: GiftCardRedemption[];
  taxSummary: TaxPortion[];
  totals: OrderTotals;
  billing: Party;
  shipping: Party | null;
  payment: PaymentMethod;
  customerNote: string | null;
  /** Flattened tags and selected meta, for rules ("key=value" and bare tags). */
  tags: string[];
  meta: Record<string, string>;
  dates: {
    created: string;
    modified: string;
    paid: string | null;
    completed: string | null;
  };
  refunds: Refund[];
  /**
   * Buyer details the shop withheld from this order (Shopify without protected-customer-data
   * approval answers them null): empty because the shop would not say, not because the buyer
   * left them out. Absent when nothing was withheld.
   */
  withheld?: BuyerDetail[];
}

/** The buyer details a shop may withhold as protected customer data (shopify.dev protected-customer-data). */
export type BuyerDetail = 'name' | 'address' | 'email' | 'phone';

/** Something in a shop order that does not add up; reported, never thrown. */
export interface NormalizationFinding {
  code: 'totals-mismatch' | 'line-mismatch' | 'tax-mismatch' | 'invalid-amount' | 'missing-field' | 'unknown-status';
  message: string;
  field?: string;
  expected?: string;
  actual?: string;
}

export interface NormalizedOrder {
  order: Order;
  findings: NormalizationFinding[];
}
