import type { NormalizedOrder } from '../../../../shared/domain/order';
import { SHOPIFY_API_VERSION } from '../../../../shared/profile/schema';
import { ShopError, type PollPage, type ShopConnector, type ShopIdentity, type ShopPaymentMethod, type ShopStatus } from '../types';
import { QueryTooCostlyError, ShopifyGraphQLClient } from './graphql-client';
import { normalizeShopifyOrder, type ShopifyNormalizeOptions } from './normalize';
import { markWithheld, withheldDetails } from './withheld';
import { ACCESS_SCOPES_QUERY, orderQueries, RECENT_GATEWAYS_QUERY, RECENT_STATUSES_QUERY, SHOP_QUERY, type OrderQueries } from './order-query';

/**
 * Shopify through the Admin GraphQL API (REST is legacy since 2024-10). Changed orders
 * are read with `orders(sortKey: UPDATED_AT, query: "updated_at:>='…'")` and cursor
 * paging; an order's nested lists are completed page by page before it is normalized,
 * so no line or refund is ever cut off. The page size shrinks by itself when Shopify
 * prices a page above its single-query limit.
 */

export interface ShopifyConnectorOptions {
  url: string;
  apiVersion?: string;
  accessToken?: string;
  clientId?: string;
  clientSecret?: string;
  moneySet?: 'shop' | 'presentment';
  vatNumberMetaKey?: string;
  eanMetaKey?: string;
  sleep?: (ms: number) => Promise<void>;
  maxAttempts?: number;
  /** Orders per page at most; fewer when the shop's cost limit demands it. */
  pageSize?: number;
  timeoutMs?: number;
  now?: () => number;
  /** Told once per distinct reason when Shopify says the query uses deprecated fields (not an error: they still answer). */
  onDeprecated?: (reason: string) => void;
}

type Json = Record<string, unknown>;
interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
interface Conn {
  nodes: Json[];
  pageInfo?: PageInfo;
}

const RECENT_ORDERS = 250;
/** How far back Shopify shows orders to an app without `read_all_orders`. */
const READ_ALL_ORDERS_WINDOW_DAYS = 60;
const FINANCIAL_NAMES: Record<string, string> = {
  pending: 'Pending',
  authorized: 'Authorized',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  partially_refunded: 'Partially refunded',
  refunded: 'Refunded',
  voided: 'Voided',
  expired: 'Expired',
};

function title(slug: string): string {
  const s = slug.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export class ShopifyConnector implements ShopConnector {
  readonly platform = 'shopify' as const;
  private readonly client: ShopifyGraphQLClient;
  private readonly queries: OrderQueries;
  private readonly normalizeOptions: ShopifyNormalizeOptions;
  private pageSize: number;
  private readonly deprecationsTold = new Set<string>();

  constructor(private readonly opts: ShopifyConnectorOptions) {
    this.client = new ShopifyGraphQLClient({
      url: opts.url,
      apiVersion: opts.apiVersion ?? SHOPIFY_API_VERSION,
      accessToken: opts.accessToken,
      clientId: opts.clientId,
      clientSecret: opts.clientSecret,
      sleep: opts.sleep,
      maxAttempts: opts.maxAttempts,
      timeoutMs: opts.timeoutMs,
      now: opts.now,
    });
    const moneySet = opts.moneySet ?? 'shop';
    this.queries = orderQueries(moneySet);
    this.normalizeOptions = { moneySet, vatNumberMetaKey: opts.vatNumberMetaKey ?? 'vat_number', eanMetaKey: opts.eanMetaKey ?? 'ean' };
    this.pageSize = Math.max(1, Math.min(250, opts.pageSize ?? 50));
  }

  async testConnection(): Promise<ShopIdentity> {
    const { data } = await this.client.query<{ shop: { name: string; currencyCode: string } }>('shop', SHOP_QUERY);
    return { name: data.shop.name, url: this.opts.url, currency: data.shop.currencyCode ?? null };
  }

  async *pollChanged(since: string | null, options: { signal?: AbortSignal } = {}): AsyncIterable<PollPage> {
    const query = since ? `status:any updated_at:>='${since}'` : 'status:any';
    let after: string | null = null;
    let watermark: string | null = null;
    for (;;) {
      const { page, withheld } = await this.ordersPage(query, after, options.signal);
      const details = withheldDetails(withheld);
      const orders: NormalizedOrder[] = [];
      for (const node of page.nodes) {
        await this.completeOrder(node, options.signal);
        orders.push(markWithheld(normalizeShopifyOrder(node, this.normalizeOptions), details));
        const updated = typeof node.updatedAt === 'string' ? node.updatedAt : null;
        if (updated && (watermark === null || Date.parse(updated) > Date.parse(watermark))) watermark = updated;
      }
      yield withheld.length > 0 ? { orders, watermark, withheldFields: withheld } : { orders, watermark };
      if (!page.pageInfo?.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }

  async latestOrders(limit: number, options: { signal?: AbortSignal } = {}): Promise<NormalizedOrder[]> {
    const orders: NormalizedOrder[] = [];
    let after: string | null = null;
    while (orders.length < limit) {
      const { page, withheld } = await this.ordersPage('status:any', after, options.signal, true);
      const details = withheldDetails(withheld);
      for (const node of page.nodes) {
        if (orders.length >= limit) break;
        await this.completeOrder(node, options.signal);
        orders.push(markWithheld(normalizeShopifyOrder(node, this.normalizeOptions), details));
      }
      if (!page.pageInfo?.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    return orders;
  }

  async getOrder(id: string): Promise<NormalizedOrder | null> {
    const gid = id.startsWith('gid://') ? id : `gid://shopify/Order/${id.trim()}`;
    const { data, notes } = await this.client.query<{ order: Json | null }>('order', this.queries.order, { id: gid });
    if (!data.order) return null;
    await this.completeOrder(data.order);
    return markWithheld(normalizeShopifyOrder(data.order, this.normalizeOptions), withheldDetails(notes.withheld));
  }

  async discoverStatuses(): Promise<ShopStatus[]> {
    const { data } = await this.client.query<{ orders: { nodes: Json[] } }>('statuses', RECENT_STATUSES_QUERY, { first: RECENT_ORDERS });
    const counts = new Map<string, number>([['cancelled', 0]]);
    for (const o of data.orders.nodes) {
      const slug = o.cancelledAt
        ? 'cancelled'
        : `${String(o.displayFinancialStatus ?? 'unknown').toLowerCase()}:${String(o.displayFulfillmentStatus ?? 'UNFULFILLED').toLowerCase()}`;
      counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort(([a], [b]) => (a === 'cancelled' ? 1 : b === 'cancelled' ? -1 : a.localeCompare(b)))
      .map(([slug, count]) => {
        if (slug === 'cancelled') return { slug, name: 'Cancelled', count, custom: false };
        const [financial, fulfillment] = slug.split(':');
        return { slug, name: `${FINANCIAL_NAMES[financial] ?? title(financial)} · ${title(fulfillment)}`, count, custom: false };
      });
  }

  /** Without `read_all_orders` Shopify returns only orders created in the last 60 days, and says nothing (shopify.dev access scopes). */
  async oldestVisibleOrder(now: Date): Promise<Date | null> {
    const { data } = await this.client.query<{ currentAppInstallation: { accessScopes: Array<{ handle: string }> } }>('scopes', ACCESS_SCOPES_QUERY);
    if (data.currentAppInstallation.accessScopes.some((s) => s.handle === 'read_all_orders')) return null;
    return new Date(now.getTime() - READ_ALL_ORDERS_WINDOW_DAYS * 86_400_000);
  }

  /** Gateways seen in recent orders. Gift cards are left out: they are booked as gift-card redemptions, not a payment method. */
  async discoverPaymentMethods(): Promise<ShopPaymentMethod[]> {
    const { data } = await this.client.query<{ orders: { nodes: Json[] } }>('gateways', RECENT_GATEWAYS_QUERY, { first: RECENT_ORDERS });
    const seen = new Map<string, string>();
    for (const o of data.orders.nodes) {
      for (const t of Array.isArray(o.transactions) ? (o.transactions as Json[]) : []) {
        const gateway = typeof t.gateway === 'string' ? t.gateway : '';
        if (gateway && !seen.has(gateway)) seen.set(gateway, typeof t.formattedGateway === 'string' && t.formattedGateway ? t.formattedGateway : gateway);
      }
      for (const g of Array.isArray(o.paymentGatewayNames) ? o.paymentGatewayNames : []) {
        if (typeof g === 'string' && g && !seen.has(g)) seen.set(g, g);
      }
    }
    return [...seen.entries()]
      .filter(([id]) => id.toLowerCase().replace(/[\s-]+/g, '_') !== 'gift_card')
      .map(([id, name]) => ({ id, title: name, enabled: true }));
  }

  /**
   * One page of changed orders, with the buyer fields Shopify withheld from it (they are null
   * in the orders, which are read with what is there); shrinks the page when Shopify says it
   * costs too much.
   */
  private async ordersPage(query: string, after: string | null, signal?: AbortSignal, newestFirst = false): Promise<{ page: Conn; withheld: string[] }> {
    for (;;) {
      try {
        const { data, notes } = await this.client.query<{ orders: Conn }>('orders', this.queries.orders, { first: this.pageSize, after, query, reverse: newestFirst }, signal);
        if (notes.deprecated && !this.deprecationsTold.has(notes.deprecated)) {
          this.deprecationsTold.add(notes.deprecated);
          this.opts.onDeprecated?.(`Shopify API ${this.opts.apiVersion ?? SHOPIFY_API_VERSION}: the order query uses deprecated fields (${notes.deprecated}); they still answer`);
        }
        return { page: data.orders, withheld: notes.withheld };
      } catch (err) {
        if (!(err instanceof QueryTooCostlyError)) throw err;
        const perOrder = Math.max(1, (err.cost - 2) / this.pageSize);
        const fits = Math.max(1, Math.floor((err.maxCost - 2) / perOrder));
        if (this.pageSize === 1 || fits >= this.pageSize) {
          throw new ShopError('bad-response', `even one order costs more (${err.cost}) than Shopify allows per query (${err.maxCost})`);
        }
        this.pageSize = fits;
      }
    }
  }

  /** Fetches the remaining pages of every nested connection that was cut off. */
  private async completeOrder(order: Json, signal?: AbortSignal): Promise<void> {
    const id = String(order.id);
    for (const field of ['lineItems', 'shippingLines', 'discountApplications', 'metafields'] as const) {
      await this.completeConnection(order, field, 'order', id, this.queries.orderConnection[field], signal);
    }
    for (const refund of Array.isArray(order.refunds) ? (order.refunds as Json[]) : []) {
      for (const field of ['refundLineItems', 'refundShippingLines', 'orderAdjustments'] as const) {
        await this.completeConnection(refund, field, 'refund', String(refund.id), this.queries.refundConnection[field], signal);
      }
    }
  }

  private async completeConnection(owner: Json, field: string, root: 'order' | 'refund', id: string, document: string, signal?: AbortSignal): Promise<void> {
    const conn = owner[field] as Conn | undefined;
    if (!conn || !Array.isArray(conn.nodes)) return;
    let info = conn.pageInfo;
    while (info?.hasNextPage && info.endCursor) {
      const { data } = await this.client.query<Record<string, Record<string, Conn> | null>>(`${root}.${field}`, document, { id, after: info.endCursor }, signal);
      const more = data[root]?.[field];
      if (!more) throw new ShopError('bad-response', `Shopify lost ${root} ${id} while reading its ${field}`);
      conn.nodes.push(...more.nodes);
      info = more.pageInfo;
    }
    conn.pageInfo = { hasNextPage: false, endCursor: info?.endCursor ?? null };
  }
}
