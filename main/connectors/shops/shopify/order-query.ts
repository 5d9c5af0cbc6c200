/**
 * The GraphQL documents the connector sends. Only one side of every MoneyBag is asked
 * for (the profile's `moneySet`): it halves the query cost Shopify charges.
 * Nested connections ask for small pages; the connector fetches further pages of an
 * order's lines or refunds when `hasNextPage` says there are more.
 */

export const NESTED_PAGE = { lineItems: 10, shippingLines: 3, discountApplications: 5, metafields: 10, refundLineItems: 10, refundShippingLines: 3, orderAdjustments: 3 };
export const MORE_PAGE_SIZE = 50;

export interface OrderQueries {
  orders: string;
  order: string;
  /** Next page of one of an order's connections: variables id, after. */
  orderConnection: Record<'lineItems' | 'shippingLines' | 'discountApplications' | 'metafields', string>;
  /** Next page of one of a refund's connections: variables id, after. */
  refundConnection: Record<'refundLineItems' | 'refundShippingLines' | 'orderAdjustments', string>;
}

export function orderQueries(moneySet: 'shop' | 'presentment'): OrderQueries {
  const M = `{ ${moneySet === 'shop' ? 'shopMoney' : 'presentmentMoney'} { amount currencyCode } }`;
  const page = 'pageInfo { hasNextPage endCursor }';
  const fragments = {
    address: `fragment AddressFields on MailingAddress { firstName lastName company address1 address2 zip city province provinceCode countryCodeV2 phone }`,
    taxLine: `fragment TaxLineFields on TaxLine { title rate ratePercentage priceSet ${M} }`,
    allocation: `fragment AllocationFields on DiscountAllocation { allocatedAmountSet ${M} discountApplication { __typename index } }`,
    lineItem: `fragment LineItemFields on LineItem {
      id sku name title quantity taxable isGiftCard variant { id } product { id }
      originalUnitPriceSet ${M}
      discountAllocations { ...AllocationFields }
      taxLines { ...TaxLineFields }
    }`,
    shippingLine: `fragment ShippingLineFields on ShippingLine {
      id title code originalPriceSet ${M}
      discountAllocations { ...AllocationFields }
      taxLines { ...TaxLineFields }
    }`,
    discountApplication: `fragment DiscountApplicationFields on DiscountApplication {
      __typename index allocationMethod targetType
      ... on DiscountCodeApplication { code }
      ... on ManualDiscountApplication { title }
      ... on AutomaticDiscountApplication { title }
      ... on ScriptDiscountApplication { title }
    }`,
    metafield: `fragment MetafieldFields on Metafield { namespace key value }`,
    refundLine: `fragment RefundLineFields on RefundLineItem { lineItem { id sku name } quantity subtotalSet ${M} totalTaxSet ${M} }`,
    refundShipping: `fragment RefundShippingFields on RefundShippingLine { subtotalAmountSet ${M} taxAmountSet ${M} }`,
    adjustment: `fragment AdjustmentFields on OrderAdjustment { reason amountSet ${M} taxAmountSet ${M} }`,
  };
  const n = NESTED_PAGE;
  const order = `fragment OrderFields on Order {
    id legacyResourceId name createdAt updatedAt processedAt closedAt cancelledAt cancelReason
    displayFinancialStatus displayFulfillmentStatus currencyCode presentmentCurrencyCode taxesIncluded
    email phone note tags customAttributes { key value }
    metafields(first: ${n.metafields}) { nodes { ...MetafieldFields } ${page} }
    billingAddress { ...AddressFields } shippingAddress { ...AddressFields }
    customer { id firstName lastName defaultEmailAddress { emailAddress } defaultPhoneNumber { phoneNumber } }
    lineItems(first: ${n.lineItems}) { nodes { ...LineItemFields } ${page} }
    shippingLines(first: ${n.shippingLines}) { nodes { ...ShippingLineFields } ${page} }
    discountApplications(first: ${n.discountApplications}) { nodes { ...DiscountApplicationFields } ${page} }
    discountCodes
    subtotalPriceSet ${M} totalPriceSet ${M} totalTaxSet ${M} totalRefundedSet ${M}
    paymentGatewayNames
    transactions { id kind status gateway formattedGateway processedAt amountSet ${M} }
    refunds {
      id legacyResourceId createdAt note totalRefundedSet ${M}
      refundLineItems(first: ${n.refundLineItems}) { nodes { ...RefundLineFields } ${page} }
      refundShippingLines(first: ${n.refundShippingLines}) { nodes { ...RefundShippingFields } ${page} }
      orderAdjustments(first: ${n.orderAdjustments}) { nodes { ...AdjustmentFields } ${page} }
    }
  }`;
  const all = (...names: (keyof typeof fragments)[]) => names.map((k) => fragments[k]).join('\n');
  const orderDeps = all('address', 'taxLine', 'allocation', 'lineItem', 'shippingLine', 'discountApplication', 'metafield', 'refundLine', 'refundShipping', 'adjustment');
  const more = (root: 'order' | 'refund', field: string, fragment: string, deps: string) =>
    `query More($id: ID!, $after: String) { ${root}(id: $id) { ${field}(first: ${MORE_PAGE_SIZE}, after: $after) { nodes { ...${fragment} } ${page} } } }\n${deps}`;
  return {
    orders: `query ChangedOrders($first: Int!, $after: String, $query: String, $reverse: Boolean = false) {
      orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT, reverse: $reverse) { nodes { ...OrderFields } ${page} }
    }\n${order}\n${orderDeps}`,
    order: `query OneOrder($id: ID!) { order(id: $id) { ...OrderFields } }\n${order}\n${orderDeps}`,
    orderConnection: {
      lineItems: more('order', 'lineItems', 'LineItemFields', all('taxLine', 'allocation', 'lineItem')),
      shippingLines: more('order', 'shippingLines', 'ShippingLineFields', all('taxLine', 'allocation', 'shippingLine')),
      discountApplications: more('order', 'discountApplications', 'DiscountApplicationFields', all('discountApplication')),
      metafields: more('order', 'metafields', 'MetafieldFields', all('metafield')),
    },
    refundConnection: {
      refundLineItems: more('refund', 'refundLineItems', 'RefundLineFields', all('refundLine')),
      refundShippingLines: more('refund', 'refundShippingLines', 'RefundShippingFields', all('refundShipping')),
      orderAdjustments: more('refund', 'orderAdjustments', 'AdjustmentFields', all('adjustment')),
    },
  };
}

export const SHOP_QUERY = `query Shop { shop { name currencyCode myshopifyDomain } }`;

export const RECENT_STATUSES_QUERY = `query RecentStatuses($first: Int!) {
  orders(first: $first, sortKey: UPDATED_AT, reverse: true, query: "status:any") {
    nodes { displayFinancialStatus displayFulfillmentStatus cancelledAt }
  }
}`;

export const RECENT_GATEWAYS_QUERY = `query RecentGateways($first: Int!) {
  orders(first: $first, sortKey: UPDATED_AT, reverse: true, query: "status:any") {
    nodes { paymentGatewayNames transactions { gateway formattedGateway kind status } }
  }
}`;

/** The access scopes the shop granted this app (read_all_orders decides how far back orders can be read). */
export const ACCESS_SCOPES_QUERY = `query AccessScopes { currentAppInstallation { accessScopes { handle } } }`;
