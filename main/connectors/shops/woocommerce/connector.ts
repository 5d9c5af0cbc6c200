import type { NormalizedOrder } from '../../../../shared/domain/order';
import { ShopError, type PollPage, type ShopConnector, type ShopIdentity, type ShopPaymentMethod, type ShopStatus } from '../types';
import { WooHttp, type WooResponse } from './http';
import { normalizeWooOrder } from './normalize';
import { arr, idText, obj, text, type Json } from '../shop-json';
import { gmtIso } from './read';
import { isLoopback } from '../redirects';
import { changeQueryOf, readShopRelease, type ChangeQuery } from './release';
import { isWooCoreStatus, isWooDraftStatus } from './statuses';

export interface WooCommerceConnectorOptions {
  /** The shop address, e.g. https://butik.dk. */
  url: string;
  consumerKey: string;
  consumerSecret: string;
  vatNumberMetaKey?: string;
  eanMetaKey?: string;
  timeoutMs?: number;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Orders per request, 1–100 (WooCommerce's maximum and the default). */
  pageSize?: number;
}

/** In legacy (orderby=id) walks, re-read this many orders before the offset in case some vanished. */
const LEGACY_OVERLAP = 10;

/**
 * WooCommerce REST API (wc/v3) connector. Polls orders by modification time, fetches full
 * refunds for orders that have any, and turns every order into the shared Order model.
 */
export class WooCommerceConnector implements ShopConnector {
  readonly platform = 'woocommerce' as const;
  private readonly http: WooHttp | null;
  private readonly configError: ShopError | null;
  private readonly pageSize: number;
  private readonly keys: { vatNumberMetaKey: string; eanMetaKey: string };
  /** How this shop's release lets us ask for changed orders; learnt on the first poll (release.ts). */
  private query: ChangeQuery | null = null;

  constructor(opts: WooCommerceConnectorOptions) {
    this.pageSize = Math.min(100, Math.max(1, Math.floor(opts.pageSize ?? 100)));
    this.keys = { vatNumberMetaKey: opts.vatNumberMetaKey ?? '_vat_number', eanMetaKey: opts.eanMetaKey ?? '_billing_ean' };
    const site = checkSiteUrl(opts.url);
    this.configError = typeof site === 'string' ? null : site;
    this.http =
      typeof site === 'string'
        ? new WooHttp({
            siteUrl: site,
            consumerKey: opts.consumerKey,
            consumerSecret: opts.consumerSecret,
            timeoutMs: opts.timeoutMs ?? 30_000,
            maxAttempts: Math.max(1, opts.maxAttempts ?? 5),
            sleep: opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
          })
        : null;
  }

  async testConnection(): Promise<ShopIdentity> {
    const http = this.client();
    let index: WooResponse;
    try {
      index = await http.get('');
    } catch (err) {
      if (err instanceof ShopError && (err.kind === 'bad-response' || err.kind === 'not-found')) {
        throw new ShopError('config', `${err.message} The address should be the WordPress site itself, e.g. https://butik.dk.`, { ...err.detail, cause: 'notWordPress' });
      }
      throw err;
    }
    const site = obj(index.body);
    if (!Array.isArray(index.body) && typeof site.name !== 'string') {
      throw new ShopError('config', 'The address does not lead to a WordPress site with the REST API switched on; check the shop URL.', { status: index.status, cause: 'notWordPress' });
    }
    const namespaces = arr(site.namespaces).map(text);
    if (namespaces.length > 0 && !namespaces.includes('wc/v3')) {
      throw new ShopError('config', 'WordPress answered, but WooCommerce\'s REST API (wc/v3) is missing: is WooCommerce installed and active (version 3.5 or newer)?', { status: index.status, cause: 'wooCommerceMissing' });
    }
    let currency: string | null = null;
    try {
      const setting = await http.get('wc/v3/settings/general/woocommerce_currency');
      currency = text(obj(setting.body).value).trim().toUpperCase() || null;
    } catch (err) {
      // Settings need manage_woocommerce; a read-only key of a shop manager may still read orders.
      if (!(err instanceof ShopError) || !(err.kind === 'not-found' || (err.kind === 'auth' && err.detail.status === 403))) throw err;
      const probe = await http.get('wc/v3/orders', { per_page: '1' });
      currency = text(obj(arr(probe.body)[0]).currency).trim().toUpperCase() || null;
    }
    return { name: text(site.name), url: text(site.home) || text(site.url), currency };
  }

  async *pollChanged(since: string | null, options: { signal?: AbortSignal } = {}): AsyncIterable<PollPage> {
    const signal = options.signal;
    const poll = new PollState(since === null ? null : secondOf(since));
    this.query ??= changeQueryOf((await readShopRelease(this.client(), signal)) ?? '') ?? 'modified-after';
    for (;;) {
      try {
        if (this.query === 'modified-after') yield* this.walkByModified(since, poll, signal);
        else if (this.query === 'modified-order' && since !== null) yield* this.walkNewestFirst(poll, signal);
        else yield* this.walkByOffset(this.query === 'modified-order' ? 'modified' : 'id', poll, signal);
        return;
      } catch (err) {
        // The release said one thing, the answers another: believe the answers, and go on with this poll.
        if (err instanceof RejectedOrderby && this.query !== 'id-order') this.query = 'id-order';
        else if (err instanceof IgnoredModifiedFilter && this.query === 'modified-after') this.query = 'modified-order';
        else throw err;
      }
    }
  }

  async getOrder(id: string): Promise<NormalizedOrder | null> {
    try {
      const res = await this.client().get(`wc/v3/orders/${encodeURIComponent(id)}`);
      return this.normalize(obj(res.body));
    } catch (err) {
      if (err instanceof ShopError && err.kind === 'not-found') return null;
      throw err;
    }
  }

  async latestOrders(limit: number, options: { signal?: AbortSignal } = {}): Promise<NormalizedOrder[]> {
    const orders: NormalizedOrder[] = [];
    const seen = new Set<string>();
    const perPage = Math.min(this.pageSize, Math.max(1, limit));
    for (let page = 1; orders.length < limit; page++) {
      // Shops before WooCommerce 4.5 refuse orderby=modified; newest created is the nearest they have.
      const byId = this.query === 'id-order';
      const query = { ...this.baseQuery(byId ? 'date' : 'modified'), order: 'desc', per_page: String(perPage), page: String(page) };
      let list: Json[];
      try {
        list = await this.listOrders(query, options.signal, !byId);
      } catch (err) {
        if (!(err instanceof RejectedOrderby)) throw err;
        this.query = 'id-order';
        page--;
        continue;
      }
      for (const raw of list) {
        const id = idText(raw.id);
        // An order that changed while we read moves to the front and may show up twice.
        if (seen.has(id) || isWooDraftStatus(text(raw.status)) || orders.length >= limit) continue;
        seen.add(id);
        orders.push(await this.normalize(raw, options.signal));
      }
      if (list.length < perPage) break;
    }
    return orders;
  }

  async discoverStatuses(): Promise<ShopStatus[]> {
    const res = await this.client().get('wc/v3/reports/orders/totals');
    return arr(res.body).map((s) => {
      const status = obj(s);
      const slug = text(status.slug);
      const count = Number(status.total);
      return { slug, name: text(status.name) || slug, count: Number.isFinite(count) ? count : null, custom: !isWooCoreStatus(slug) };
    });
  }

  async discoverPaymentMethods(): Promise<ShopPaymentMethod[]> {
    const res = await this.client().get('wc/v3/payment_gateways');
    return arr(res.body).map((g) => {
      const gateway = obj(g);
      return { id: text(gateway.id), title: text(gateway.title) || text(gateway.method_title) || text(gateway.id), enabled: gateway.enabled === true };
    });
  }

  /**
   * Keyset walk on the modification time instead of page numbers: every request asks for
   * orders modified after the newest second already read, so orders that move to the end while
   * we walk (because they changed) cannot push unread ones onto a page we have passed. When one
   * second holds a whole page of orders, that second is drained on its own (see drainSecond).
   */
  private async *walkByModified(since: string | null, poll: PollState, signal?: AbortSignal): AsyncGenerator<PollPage> {
    // modified_after is exclusive and whole-second; one second earlier includes `since` itself.
    let after: number | null = since === null ? null : secondOf(since) - 1;
    for (;;) {
      const query: Record<string, string> = { ...this.baseQuery('modified'), page: '1' };
      if (after !== null) query.modified_after = wooTime(after);
      const list = await this.listOrders(query, signal, true);
      if (after !== null) expectModifiedWithin(list, after, null);
      const out = await this.page(list, poll, signal);
      if (out.orders.length > 0) yield out;
      if (list.length < this.pageSize) return;
      const seconds = list.map(modifiedSecond);
      const newest = Math.max(...seconds);
      if (Math.min(...seconds) < newest) {
        // Orders of the newest second may continue past this page: re-read from that second.
        after = newest - 1;
        continue;
      }
      yield* this.drainSecond(newest, poll, signal);
      after = newest;
    }
  }

  /**
   * All orders last modified within one second. Page numbers are safe here only if nobody
   * leaves the second while we read, so the second is walked again until a whole walk brings
   * nothing new; an order that leaves it has a later time and is read after it.
   */
  private async *drainSecond(second: number, poll: PollState, signal?: AbortSignal): AsyncGenerator<PollPage> {
    for (;;) {
      let fresh = 0;
      for (let page = 1; ; page++) {
        const query = { ...this.baseQuery('modified'), modified_after: wooTime(second - 1), modified_before: wooTime(second + 1), page: String(page) };
        const res = await this.client().get('wc/v3/orders', query, signal);
        const list = arr(res.body).map(obj);
        expectModifiedWithin(list, second - 1, second + 1);
        const out = await this.page(list, poll, signal);
        fresh += out.orders.length + out.skippedDrafts;
        if (out.orders.length > 0) yield out;
        const totalPages = Number(res.headers.get('x-wp-totalpages') ?? page);
        if (list.length < this.pageSize || page >= totalPages) break;
      }
      if (fresh === 0) return;
    }
  }

  /**
   * For shops that cannot filter by modification time: the whole list in a stable order (id
   * order, or modification order), by offset. An order's place in id order does not move when it
   * changes; in modification order a changed order moves to the end, where this walk still reads
   * it. Either way a few orders are re-read at each step in case some left the part already read
   * (changed or trashed). What is older than `since` is left out here, as the shop does not.
   * Changes made during the walk to orders already passed are not in this walk, so the watermark
   * stays at the walk's start.
   */
  private async *walkByOffset(orderby: 'id' | 'modified', poll: PollState, signal?: AbortSignal): AsyncGenerator<PollPage> {
    let position = 0;
    let startedAt: number | null = null;
    for (;;) {
      const query: Record<string, string> = { ...this.baseQuery(orderby), offset: String(Math.max(0, position - LEGACY_OVERLAP)) };
      const res = await this.client().get('wc/v3/orders', query, signal);
      startedAt ??= serverSecond(res);
      poll.cap = wooIso(startedAt - 1);
      const list = arr(res.body).map(obj);
      const out = await this.page(list, poll, signal);
      if (out.orders.length > 0) yield out;
      position = Math.max(0, position - LEGACY_OVERLAP) + list.length;
      if (list.length < this.pageSize) return;
    }
  }

  /**
   * For WooCommerce 4.5 – 5.7 (orderby=modified without modified_after): newest change first
   * until the first order older than `since`, then delivered oldest first like every poll. A
   * change during the walk moves an order to the front, so the rest shift back and are read
   * twice at worst, never skipped; the changed order itself comes with the next poll, as the
   * watermark stays at the walk's start. Holds the orders changed since the last poll.
   */
  private async *walkNewestFirst(poll: PollState, signal?: AbortSignal): AsyncGenerator<PollPage> {
    const changed = new Map<string, Json>();
    let startedAt: number | null = null;
    for (let page = 1; ; page++) {
      const query = { ...this.baseQuery('modified'), order: 'desc', page: String(page) };
      const res = await this.client().get('wc/v3/orders', query, signal);
      startedAt ??= serverSecond(res);
      const list = arr(res.body).map(obj);
      const newer = list.filter((raw) => !poll.before(raw));
      for (const raw of newer) changed.set(`${idText(raw.id)}\u0000${text(raw.date_modified_gmt)}`, raw);
      if (newer.length < list.length || list.length < this.pageSize) break;
    }
    if (startedAt !== null) poll.cap = wooIso(startedAt - 1);
    const oldestFirst = [...changed.values()].sort((a, b) => modifiedSecond(a) - modifiedSecond(b));
    for (let i = 0; i < oldestFirst.length; i += this.pageSize) {
      const out = await this.page(oldestFirst.slice(i, i + this.pageSize), poll, signal);
      if (out.orders.length > 0) yield out;
    }
  }

  private baseQuery(orderby: 'modified' | 'id' | 'date'): Record<string, string> {
    return { status: 'any', dates_are_gmt: 'true', orderby, order: 'asc', per_page: String(this.pageSize) };
  }

  private async listOrders(query: Record<string, string>, signal: AbortSignal | undefined, modifiedOrder: boolean): Promise<Json[]> {
    let res: WooResponse;
    try {
      res = await this.client().get('wc/v3/orders', query, signal);
    } catch (err) {
      if (modifiedOrder && err instanceof ShopError && err.detail.status === 400 && /rest_invalid_param/.test(err.detail.body ?? '')) throw new RejectedOrderby();
      throw err;
    }
    if (!Array.isArray(res.body)) throw new ShopError('bad-response', 'The shop answered the order list with something that is not a list of orders.', { status: res.status });
    return res.body.map(obj);
  }

  /** Normalizes the orders of one answer that this poll has not delivered yet. */
  private async page(list: Json[], poll: PollState, signal?: AbortSignal): Promise<PollPage & { skippedDrafts: number }> {
    const orders: NormalizedOrder[] = [];
    let skippedDrafts = 0;
    for (const raw of list) {
      const modified = gmtIso(raw.date_modified_gmt) ?? '';
      if (poll.before(raw) || !poll.first(idText(raw.id), modified)) continue;
      poll.saw(modified);
      if (isWooDraftStatus(text(raw.status))) {
        skippedDrafts++;
        continue;
      }
      orders.push(await this.normalize(raw, signal));
    }
    return { orders, watermark: poll.watermark(), skippedDrafts };
  }

  private async normalize(raw: Json, signal?: AbortSignal): Promise<NormalizedOrder> {
    const refunds = arr(raw.refunds).length > 0 ? await this.refundsOf(idText(raw.id), signal) : undefined;
    return normalizeWooOrder(raw, { ...this.keys, refunds });
  }

  /** Full refunds of an order; undefined when the order vanished meanwhile (the summary then suffices). */
  private async refundsOf(orderId: string, signal?: AbortSignal): Promise<unknown[] | undefined> {
    const all: unknown[] = [];
    try {
      for (let page = 1; ; page++) {
        const res = await this.client().get(`wc/v3/orders/${encodeURIComponent(orderId)}/refunds`, { per_page: '100', page: String(page) }, signal);
        const list = arr(res.body);
        all.push(...list);
        const totalPages = Number(res.headers.get('x-wp-totalpages') ?? page);
        if (list.length < 100 || page >= totalPages) return all;
      }
    } catch (err) {
      if (err instanceof ShopError && err.kind === 'not-found') return undefined;
      throw err;
    }
  }

  private client(): WooHttp {
    if (this.configError || !this.http) throw this.configError;
    return this.http;
  }
}

class RejectedOrderby extends Error {}

/** The shop answered as if modified_after/modified_before were not there (WooCommerce before 5.8). */
class IgnoredModifiedFilter extends Error {}

/**
 * Never trust that a parameter was applied: an old WooCommerce ignores what it does not know
 * and answers with the whole list. Orders outside the asked window (exclusive bounds, in
 * seconds) show that it did.
 */
function expectModifiedWithin(list: Json[], after: number, before: number | null): void {
  const outside = list.some((raw) => {
    const second = modifiedSecond(raw);
    return second <= after || (before !== null && second >= before);
  });
  if (outside) throw new IgnoredModifiedFilter();
}

/** What one poll has delivered, so an order re-read at a page seam is delivered once per version. */
class PollState {
  private readonly delivered = new Set<string>();

  /** `from`: the second of the poll's `since`; older changes are not this poll's, whatever the shop sends. */
  constructor(private readonly from: number | null) {}

  /** True for an order last changed before the poll's `since`. */
  before(raw: Json): boolean {
    const iso = gmtIso(raw.date_modified_gmt);
    return this.from !== null && iso !== null && secondOf(iso) < this.from;
  }

  private newest: string | null = null;
  /** Upper bound for the watermark (legacy walks cannot vouch for changes after they started). */
  cap: string | null = null;

  first(id: string, modified: string): boolean {
    const key = `${id}\u0000${modified}`;
    if (this.delivered.has(key)) return false;
    this.delivered.add(key);
    return true;
  }

  saw(modified: string): void {
    if (modified && (this.newest === null || modified > this.newest)) this.newest = modified;
  }

  watermark(): string | null {
    if (this.newest === null || this.cap === null) return this.newest;
    return this.newest < this.cap ? this.newest : this.cap;
  }
}

function checkSiteUrl(raw: string): string | ShopError {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return new ShopError('config', `"${raw}" is not a web address; enter the shop's address, e.g. https://butik.dk.`, { cause: 'notAnAddress' });
  }
  if (url.protocol === 'http:' && !isLoopback(url)) {
    return new ShopError(
      'config',
      `The shop address uses http://, which would send the WooCommerce API keys unencrypted (WooCommerce only accepts them over HTTPS). Use https://${url.host}${url.pathname === '/' ? '' : url.pathname}.`,
      { cause: 'insecureAddress' },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return new ShopError('config', `The shop address must start with https:// (got ${url.protocol}//).`, { cause: 'insecureAddress' });
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function modifiedSecond(order: Json): number {
  const iso = gmtIso(order.date_modified_gmt);
  if (iso === null) throw new ShopError('bad-response', `Order ${idText(order.id)} came without date_modified_gmt; the shop's REST API looks incomplete (WooCommerce 3.5 or newer is needed).`);
  return secondOf(iso);
}

function secondOf(iso: string): number {
  const ms = Date.parse(/(Z|[+-]\d\d:?\d\d)$/i.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(ms)) throw new ShopError('config', `Not a point in time: "${iso}".`);
  return Math.floor(ms / 1000);
}

/** WooCommerce's own date form, GMT when sent with dates_are_gmt=true. */
function wooTime(second: number): string {
  return new Date(second * 1000).toISOString().slice(0, 19);
}

function wooIso(second: number): string {
  return `${wooTime(second)}Z`;
}

function serverSecond(res: WooResponse): number {
  const date = Date.parse(res.headers.get('date') ?? '');
  return Math.floor((Number.isNaN(date) ? Date.now() : date) / 1000);
}
