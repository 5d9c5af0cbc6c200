import { buildSchema, type GraphQLSchema } from 'graphql';

/**
 * The part of Shopify's Admin GraphQL schema (2026 versions) an order sync reads.
 * Names, nullability and shapes follow shopify.dev so that a query written against
 * the sandbox runs unchanged against a real shop; fields an accounting sync never
 * needs are left out, and asking for them is a real validation error.
 */

// Shopify's CurrencyCode and CountryCode are enums of the ISO lists; the ICU data in
// Node gives us the same lists without hand-typing 400 codes.
function currencyCodes(): string[] {
  return [...new Set([...Intl.supportedValuesOf('currency'), 'XXX'])].sort();
}

function countryCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) codes.push(code);
    }
  }
  return codes;
}

export const CURRENCY_CODES = new Set(currencyCodes());
export const COUNTRY_CODES = new Set(countryCodes());

const SDL = /* GraphQL */ `
scalar DateTime
scalar Decimal
scalar UnsignedInt64
scalar URL

enum CurrencyCode { ${[...CURRENCY_CODES].join(' ')} }
enum CountryCode { ${[...COUNTRY_CODES].join(' ')} }

enum OrderSortKeys { CREATED_AT ID PROCESSED_AT UPDATED_AT }
enum OrderDisplayFinancialStatus { AUTHORIZED EXPIRED PAID PARTIALLY_PAID PARTIALLY_REFUNDED PENDING REFUNDED VOIDED }
enum OrderDisplayFulfillmentStatus { FULFILLED IN_PROGRESS ON_HOLD OPEN PARTIALLY_FULFILLED PENDING_FULFILLMENT REQUEST_DECLINED RESTOCKED SCHEDULED UNFULFILLED }
enum OrderCancelReason { CUSTOMER DECLINED FRAUD INVENTORY OTHER STAFF }
enum OrderTransactionKind { AUTHORIZATION CAPTURE CHANGE EMV_AUTHORIZATION REFUND SALE SUGGESTED_REFUND VOID }
enum OrderTransactionStatus { AWAITING_RESPONSE ERROR FAILURE PENDING SUCCESS UNKNOWN }
enum DiscountApplicationAllocationMethod { ACROSS EACH ONE }
enum DiscountApplicationTargetSelection { ALL ENTITLED EXPLICIT }
enum DiscountApplicationTargetType { LINE_ITEM SHIPPING_LINE }
enum RefundLineItemRestockType { CANCEL LEGACY_RESTOCK NO_RESTOCK RETURN }
enum OrderAdjustmentDiscrepancyReason { CUSTOMER DAMAGE FULL_RETURN_BALANCING_ADJUSTMENT PENDING_REFUND_DISCREPANCY REFUND_DISCREPANCY RESTOCK SHIPPING_REFUND }

type Query {
  shop: Shop!
  orders(first: Int, after: String, last: Int, before: String, query: String, sortKey: OrderSortKeys = ID, reverse: Boolean = false): OrderConnection!
  order(id: ID!): Order
  refund(id: ID!): Refund
}

type Shop { id: ID! name: String! currencyCode: CurrencyCode! myshopifyDomain: String! }

type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }

type MoneyV2 { amount: Decimal! currencyCode: CurrencyCode! }
type MoneyBag { shopMoney: MoneyV2! presentmentMoney: MoneyV2! }
type PricingPercentageValue { percentage: Float! }
union PricingValue = MoneyV2 | PricingPercentageValue

type Attribute { key: String! value: String }

type Metafield { id: ID! namespace: String! key: String! value: String! type: String! }
type MetafieldEdge { cursor: String! node: Metafield! }
type MetafieldConnection { edges: [MetafieldEdge!]! nodes: [Metafield!]! pageInfo: PageInfo! }

type MailingAddress {
  id: ID!
  firstName: String
  lastName: String
  name: String
  company: String
  address1: String
  address2: String
  zip: String
  city: String
  province: String
  provinceCode: String
  country: String
  countryCodeV2: CountryCode
  phone: String
}

type Customer { id: ID! legacyResourceId: UnsignedInt64! email: String firstName: String lastName: String displayName: String! phone: String }

type TaxLine { title: String! rate: Float ratePercentage: Float priceSet: MoneyBag! channelLiable: Boolean }

interface DiscountApplication {
  allocationMethod: DiscountApplicationAllocationMethod!
  index: Int!
  targetSelection: DiscountApplicationTargetSelection!
  targetType: DiscountApplicationTargetType!
  value: PricingValue!
}
type DiscountCodeApplication implements DiscountApplication {
  allocationMethod: DiscountApplicationAllocationMethod! index: Int! targetSelection: DiscountApplicationTargetSelection!
  targetType: DiscountApplicationTargetType! value: PricingValue! code: String!
}
type ManualDiscountApplication implements DiscountApplication {
  allocationMethod: DiscountApplicationAllocationMethod! index: Int! targetSelection: DiscountApplicationTargetSelection!
  targetType: DiscountApplicationTargetType! value: PricingValue! title: String! description: String
}
type AutomaticDiscountApplication implements DiscountApplication {
  allocationMethod: DiscountApplicationAllocationMethod! index: Int! targetSelection: DiscountApplicationTargetSelection!
  targetType: DiscountApplicationTargetType! value: PricingValue! title: String!
}
type ScriptDiscountApplication implements DiscountApplication {
  allocationMethod: DiscountApplicationAllocationMethod! index: Int! targetSelection: DiscountApplicationTargetSelection!
  targetType: DiscountApplicationTargetType! value: PricingValue! title: String!
}
type DiscountApplicationEdge { cursor: String! node: DiscountApplication! }
type DiscountApplicationConnection { edges: [DiscountApplicationEdge!]! nodes: [DiscountApplication!]! pageInfo: PageInfo! }

type DiscountAllocation { allocatedAmountSet: MoneyBag! discountApplication: DiscountApplication! }

type Product { id: ID! title: String! }
type ProductVariant { id: ID! title: String! sku: String }

type LineItem {
  id: ID!
  sku: String
  name: String!
  title: String!
  variantTitle: String
  vendor: String
  quantity: Int!
  currentQuantity: Int!
  variant: ProductVariant
  product: Product
  taxable: Boolean!
  isGiftCard: Boolean!
  requiresShipping: Boolean!
  customAttributes: [Attribute!]!
  originalUnitPriceSet: MoneyBag!
  discountedUnitPriceSet: MoneyBag!
  originalTotalSet: MoneyBag!
  totalDiscountSet: MoneyBag!
  discountAllocations: [DiscountAllocation!]!
  taxLines(first: Int): [TaxLine!]!
}
type LineItemEdge { cursor: String! node: LineItem! }
type LineItemConnection { edges: [LineItemEdge!]! nodes: [LineItem!]! pageInfo: PageInfo! }

type ShippingLine {
  id: ID
  title: String!
  code: String
  source: String
  carrierIdentifier: String
  isRemoved: Boolean!
  originalPriceSet: MoneyBag!
  discountedPriceSet: MoneyBag!
  taxLines: [TaxLine!]!
  discountAllocations: [DiscountAllocation!]!
}
type ShippingLineEdge { cursor: String! node: ShippingLine! }
type ShippingLineConnection { edges: [ShippingLineEdge!]! nodes: [ShippingLine!]! pageInfo: PageInfo! }

type OrderTransaction {
  id: ID!
  kind: OrderTransactionKind!
  status: OrderTransactionStatus!
  gateway: String
  formattedGateway: String
  test: Boolean!
  authorizationCode: String
  amountSet: MoneyBag!
  createdAt: DateTime!
  processedAt: DateTime
  parentTransaction: OrderTransaction
}
type OrderTransactionEdge { cursor: String! node: OrderTransaction! }
type OrderTransactionConnection { edges: [OrderTransactionEdge!]! nodes: [OrderTransaction!]! pageInfo: PageInfo! }

type RefundLineItem {
  id: ID
  lineItem: LineItem!
  quantity: Int!
  restocked: Boolean!
  restockType: RefundLineItemRestockType!
  priceSet: MoneyBag!
  subtotalSet: MoneyBag!
  totalTaxSet: MoneyBag!
}
type RefundLineItemEdge { cursor: String! node: RefundLineItem! }
type RefundLineItemConnection { edges: [RefundLineItemEdge!]! nodes: [RefundLineItem!]! pageInfo: PageInfo! }

type RefundShippingLine { id: ID! shippingLine: ShippingLine! subtotalAmountSet: MoneyBag! taxAmountSet: MoneyBag! }
type RefundShippingLineEdge { cursor: String! node: RefundShippingLine! }
type RefundShippingLineConnection { edges: [RefundShippingLineEdge!]! nodes: [RefundShippingLine!]! pageInfo: PageInfo! }

type OrderAdjustment { id: ID! reason: OrderAdjustmentDiscrepancyReason amountSet: MoneyBag! taxAmountSet: MoneyBag! }
type OrderAdjustmentEdge { cursor: String! node: OrderAdjustment! }
type OrderAdjustmentConnection { edges: [OrderAdjustmentEdge!]! nodes: [OrderAdjustment!]! pageInfo: PageInfo! }

type Refund {
  id: ID!
  legacyResourceId: UnsignedInt64!
  createdAt: DateTime
  updatedAt: DateTime!
  note: String
  totalRefundedSet: MoneyBag!
  refundLineItems(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): RefundLineItemConnection!
  refundShippingLines(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): RefundShippingLineConnection!
  orderAdjustments(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): OrderAdjustmentConnection!
  transactions(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): OrderTransactionConnection!
}

type Order {
  id: ID!
  legacyResourceId: UnsignedInt64!
  name: String!
  createdAt: DateTime!
  updatedAt: DateTime!
  processedAt: DateTime!
  closedAt: DateTime
  closed: Boolean!
  cancelledAt: DateTime
  cancelReason: OrderCancelReason
  test: Boolean!
  displayFinancialStatus: OrderDisplayFinancialStatus
  displayFulfillmentStatus: OrderDisplayFulfillmentStatus!
  currencyCode: CurrencyCode!
  presentmentCurrencyCode: CurrencyCode!
  taxesIncluded: Boolean!
  taxExempt: Boolean!
  email: String
  phone: String
  note: String
  poNumber: String
  sourceName: String
  confirmationNumber: String
  tags: [String!]!
  customAttributes: [Attribute!]!
  metafields(first: Int, after: String, last: Int, before: String, namespace: String, reverse: Boolean = false): MetafieldConnection!
  metafield(namespace: String, key: String!): Metafield
  billingAddress: MailingAddress
  shippingAddress: MailingAddress
  customer: Customer
  lineItems(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): LineItemConnection!
  shippingLines(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, includeRemovals: Boolean = false): ShippingLineConnection!
  discountApplications(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): DiscountApplicationConnection!
  discountCode: String
  discountCodes: [String!]!
  subtotalPriceSet: MoneyBag
  currentSubtotalPriceSet: MoneyBag!
  totalDiscountsSet: MoneyBag
  currentTotalDiscountsSet: MoneyBag!
  totalShippingPriceSet: MoneyBag!
  totalTaxSet: MoneyBag
  currentTotalTaxSet: MoneyBag!
  totalPriceSet: MoneyBag!
  currentTotalPriceSet: MoneyBag!
  totalRefundedSet: MoneyBag!
  totalRefundedShippingSet: MoneyBag!
  totalOutstandingSet: MoneyBag!
  taxLines: [TaxLine!]!
  paymentGatewayNames: [String!]!
  transactions(first: Int): [OrderTransaction!]!
  refunds(first: Int): [Refund!]!
}
type OrderEdge { cursor: String! node: Order! }
type OrderConnection { edges: [OrderEdge!]! nodes: [Order!]! pageInfo: PageInfo! }
`;

let built: GraphQLSchema | null = null;

export function shopifyAdminSchema(): GraphQLSchema {
  built ??= buildSchema(SDL);
  return built;
}
