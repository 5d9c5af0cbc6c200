import type { NormalizedOrder, Platform } from '../../../shared/domain/order';
import type { ShopConfigCause } from '../../../shared/i18n/shop-config-words';

/** A status the shop knows, for the setup wizard's order-stage step. */
export interface ShopStatus {
  /** WooCommerce slug, or Shopify "financial:fulfillment" combination. */
  slug: string;
  name: string;
  /** Orders currently in this status, when the shop can tell. */
  count: number | null;
  /** True for statuses a plugin added (not in the platform's core list). */
  custom: boolean;
}

export interface ShopPaymentMethod {
  id: string;
  title: string;
  enabled: boolean;
}

export interface ShopIdentity {
  name: string;
  url: string;
  currency: string | null;
}

export interface PollPage {
  orders: NormalizedOrder[];
  /** Highest modification time (ISO 8601, UTC) seen so far in this poll. */
  watermark: string | null;
  /**
   * Buyer fields the shop withheld from these orders (Shopify without protected-customer-data
   * approval answers them null), e.g. "billingAddress.address1"; absent or empty when none.
   */
  withheldFields?: string[];
}

/**
 * What the engine needs from a shop. Implemented by the WooCommerce and Shopify
 * connectors; both turn platform JSON into the shared Order model.
 */
export interface ShopConnector {
  readonly platform: Platform;
  /** Throws a ShopError with a clear code when the URL or keys are wrong. */
  testConnection(): Promise<ShopIdentity>;
  /**
   * Every order modified at or after `since` (null = from the beginning), oldest
   * modification first, a page at a time. Drafts the platform creates during checkout
   * are left out. The same order may appear again in a later poll when it changed.
   */
  pollChanged(since: string | null, options?: { signal?: AbortSignal }): AsyncIterable<PollPage>;
  getOrder(id: string): Promise<NormalizedOrder | null>;
  /**
   * The most recently modified orders, newest first, at most `limit`, whatever their
   * dates (checkout drafts left out): what the setup maps, writes rules for and dry-runs.
   */
  latestOrders(limit: number, options?: { signal?: AbortSignal }): Promise<NormalizedOrder[]>;
  discoverStatuses(): Promise<ShopStatus[]>;
  discoverPaymentMethods(): Promise<ShopPaymentMethod[]>;
  /**
   * The oldest creation time of an order the shop lets this app see, or null when it shows
   * them all. Shopify without the `read_all_orders` scope silently returns only the last 60
   * days, so an import reaching further back must be warned about before it starts.
   */
  oldestVisibleOrder?(now: Date): Promise<Date | null>;
}

/** A failure talking to the shop, with the kind the engine needs to decide what to do. */
export class ShopError extends Error {
  constructor(
    readonly kind: 'auth' | 'not-found' | 'unreachable' | 'rate-limited' | 'server' | 'bad-response' | 'config',
    message: string,
    /**
     * moved: the shop address set up and the one its redirect named, when it was not followed
     * (redirects.ts). denied: what the shop's settings refuse the app (a scope, or protected
     * customer data altogether), which only the owner can change in the shop. cause: why the
     * settings are not valid ('config'), for the owner's text in their language (LB-2009).
     */
    readonly detail: {
      status?: number;
      url?: string;
      body?: string;
      moved?: { platform: string; address: string; to: string };
      denied?: { scope: string } | { protectedCustomerData: true };
      cause?: ShopConfigCause;
    } = {},
  ) {
    super(message);
    this.name = 'ShopError';
  }
}
