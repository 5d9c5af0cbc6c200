import axios, { type AxiosResponse } from 'axios';
import { ShopError } from '../types';
import { followableRedirect, isLoopback, MAX_REDIRECTS } from '../redirects';

/**
 * Talks to one shop's Admin GraphQL endpoint: authentication (admin API token, or
 * the client-credentials grant with its 24 h tokens), Shopify's cost-based throttling
 * (paces itself from `extensions.cost.throttleStatus`, waits out THROTTLED answers),
 * and retries with backoff for 429, 5xx, dropped connections and timeouts.
 * Secrets never appear in errors.
 */

export interface ShopifyClientOptions {
  url: string;
  apiVersion: string;
  accessToken?: string;
  clientId?: string;
  clientSecret?: string;
  sleep?: (ms: number) => Promise<void>;
  /** Attempts per request for transport errors, 429 and 5xx. */
  maxAttempts?: number;
  timeoutMs?: number;
  now?: () => number;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface QueryCost {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

/** A single query priced above the shop's bucket: the caller must ask for less. */
export class QueryTooCostlyError extends Error {
  constructor(
    readonly cost: number,
    readonly maxCost: number,
  ) {
    super(`Shopify query cost ${cost} exceeds the single-query limit ${maxCost}`);
    this.name = 'QueryTooCostlyError';
  }
}

interface GraphQLError {
  message?: string;
  path?: (string | number)[];
  extensions?: { code?: string; cost?: number; maxCost?: number; requiredAccess?: string };
}

/**
 * What an answer left out: fields Shopify answered `null` because the app is not approved for
 * that protected customer data (one `errors` entry per field, HTTP 200, the rest of `data`
 * intact), and the deprecated fields the query used (X-Shopify-API-Deprecated-Reason).
 */
export interface AnswerNotes {
  /** The field names withheld, e.g. "billingAddress.address1", "customer.firstName". */
  withheld: string[];
  deprecated: string | null;
}

/** Shopify's words for a field withheld as protected customer data (shopify.dev protected-customer-data). */
const NOT_APPROVED = /not approved to (access|use) the/i;

const MAX_THROTTLE_WAITS = 200;
const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;

export function checkShopUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ShopError('config', `"${raw}" is not a web address; use the shop address, e.g. https://butik.myshopify.com`, { cause: 'notAnAddress' });
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new ShopError('config', `the shop address must start with https:// (plain http is only allowed for 127.0.0.1 and localhost): ${url.origin}`, { cause: 'insecureAddress' });
  }
  return url;
}

export class ShopifyGraphQLClient {
  private readonly base: string;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly maxAttempts: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private token: { value: string; refreshAt: number } | null = null;
  private throttle: { status: ThrottleStatus; at: number } | null = null;
  private readonly lastCost = new Map<string, number>();

  constructor(private readonly opts: ShopifyClientOptions) {
    this.base = checkShopUrl(opts.url).origin;
    if (!opts.accessToken && !(opts.clientId && opts.clientSecret)) {
      throw new ShopError('config', 'Shopify needs an Admin API access token, or a client id and client secret for the client-credentials grant', { cause: 'missingCredentials' });
    }
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 5);
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.now = opts.now ?? Date.now;
  }

  get endpoint(): string {
    return `${this.base}/admin/api/${this.opts.apiVersion}/graphql.json`;
  }

  /** Runs one query; `kind` names the query shape so its cost can be anticipated next time. */
  async query<T>(kind: string, document: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<{ data: T; cost: QueryCost | null; notes: AnswerNotes }> {
    let attempt = 0;
    let throttleWaits = 0;
    let refreshedAfter401 = false;
    let target = this.endpoint;
    let redirects = 0;
    for (;;) {
      if (signal?.aborted) throw new ShopError('unreachable', 'the Shopify poll was cancelled');
      await this.paceFor(this.lastCost.get(kind) ?? 0);
      const token = await this.accessToken(signal);
      let response: AxiosResponse<string>;
      try {
        response = await axios.post(target, JSON.stringify({ query: document, variables }), {
          headers: { 'content-type': 'application/json', accept: 'application/json', 'x-shopify-access-token': token },
          // Never followed by axios: it would carry X-Shopify-Access-Token to any host (redirects.ts decides).
          maxRedirects: 0,
          timeout: this.timeoutMs,
          responseType: 'text',
          transformResponse: (raw: string) => raw,
          validateStatus: () => true,
          signal,
        });
      } catch (err) {
        attempt++;
        if (attempt >= this.maxAttempts) {
          throw new ShopError('unreachable', `Shopify did not answer (${(err as Error).message}) after ${attempt} attempts; check the shop address and the network`, { url: this.endpoint });
        }
        await this.sleep(this.backoff(attempt));
        continue;
      }
      const status = response.status;
      if (status >= 300 && status < 400) {
        target = this.redirected(target, response, ++redirects).href;
        continue;
      }
      if (status === 401) {
        if (this.usesClientCredentials() && !refreshedAfter401) {
          refreshedAfter401 = true;
          this.token = null;
          continue;
        }
        throw new ShopError('auth', 'Shopify rejected the access token (401); check the Admin API token or the app credentials', { status, url: this.endpoint });
      }
      if (status === 403) {
        throw new ShopError('auth', 'Shopify refused access (403); the app needs the read_orders scope (and read_all_orders for orders older than 60 days)', { status, url: this.endpoint });
      }
      if (status === 404) {
        throw new ShopError('not-found', `Shopify has no Admin API at ${this.endpoint}; check the shop address and the API version "${this.opts.apiVersion}"`, { status, url: this.endpoint });
      }
      if (status === 429 || status >= 500) {
        attempt++;
        if (attempt >= this.maxAttempts) {
          throw new ShopError(status === 429 ? 'rate-limited' : 'server', `Shopify answered ${status} ${attempt} times in a row; try again later`, { status, url: this.endpoint });
        }
        const retryAfter = Number(response.headers['retry-after']);
        await this.sleep(status === 429 && Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : this.backoff(attempt));
        continue;
      }
      if (status !== 200) {
        throw new ShopError('bad-response', `Shopify answered HTTP ${status} to a GraphQL query`, { status, url: this.endpoint, body: String(response.data).slice(0, 500) });
      }
      let body: { data?: T | null; errors?: GraphQLError[] | string; extensions?: { cost?: QueryCost } };
      try {
        body = JSON.parse(response.data) as typeof body;
      } catch {
        throw new ShopError('bad-response', 'Shopify answered with something that is not JSON', { status, url: this.endpoint, body: String(response.data).slice(0, 500) });
      }
      const cost = body.extensions?.cost ?? null;
      const errors = Array.isArray(body.errors) ? body.errors : body.errors ? [{ message: String(body.errors) }] : [];
      if (cost?.throttleStatus) {
        this.throttle = { status: cost.throttleStatus, at: this.now() };
        // a query refused as too costly is not sent again as is: its price says nothing about the next one
        if (!errors.some((e) => e.extensions?.code === 'MAX_COST_EXCEEDED')) this.lastCost.set(kind, cost.requestedQueryCost);
      }
      if (errors.some((e) => e.extensions?.code === 'THROTTLED')) {
        throttleWaits++;
        if (throttleWaits > MAX_THROTTLE_WAITS) throw new ShopError('rate-limited', 'Shopify kept throttling the sync; try again later', { url: this.endpoint });
        const requested = cost?.requestedQueryCost ?? 0;
        const ts = cost?.throttleStatus;
        const waitMs = ts && ts.restoreRate > 0 ? Math.max(50, ((requested - ts.currentlyAvailable) / ts.restoreRate) * 1000) : this.backoff(throttleWaits);
        await this.sleep(Math.ceil(waitMs));
        continue;
      }
      const tooCostly = errors.find((e) => e.extensions?.code === 'MAX_COST_EXCEEDED');
      if (tooCostly) {
        throw new QueryTooCostlyError(tooCostly.extensions?.cost ?? cost?.requestedQueryCost ?? 0, tooCostly.extensions?.maxCost ?? cost?.throttleStatus.maximumAvailable ?? 0);
      }
      const denied = errors.find((e) => e.extensions?.code === 'ACCESS_DENIED' && (e.path?.length ?? 1) <= 1);
      if (denied) throw accessDenied(denied, { status, url: this.endpoint });
      // A field the app is not approved for is null, with its own entry: the rest of the answer stands.
      const withheld = errors.filter((e) => NOT_APPROVED.test(e.message ?? '') && (e.path?.length ?? 0) > 1);
      const other = errors.filter((e) => !withheld.includes(e));
      if (other.length > 0 || body.data === undefined || body.data === null) {
        const messages = other.map((e) => e.message ?? 'unknown error').join('; ');
        throw new ShopError('bad-response', `Shopify rejected the query: ${messages || 'no data in the answer'}`, { status, url: this.endpoint });
      }
      const deprecated = response.headers['x-shopify-api-deprecated-reason'];
      const notes: AnswerNotes = {
        withheld: [...new Set(withheld.map((e) => fieldOf(e.path ?? [])))],
        deprecated: typeof deprecated === 'string' && deprecated.trim() !== '' ? deprecated.trim() : null,
      };
      return { data: body.data, cost, notes };
    }
  }

  /** Where a redirect answer may be followed with the token (../redirects.ts); throws otherwise. */
  private redirected(from: string, response: AxiosResponse<string>, hops: number): URL {
    const location = response.headers.location;
    const to = followableRedirect(new URL(from), typeof location === 'string' ? location : null, { site: this.base, platform: 'Shopify', status: response.status });
    if (hops > MAX_REDIRECTS) throw new ShopError('bad-response', `Shopify kept redirecting (more than ${MAX_REDIRECTS} times) at ${this.endpoint}`, { status: response.status, url: this.endpoint });
    return to;
  }

  private usesClientCredentials(): boolean {
    return !this.opts.accessToken && Boolean(this.opts.clientId && this.opts.clientSecret);
  }

  /** Waits until the bucket, as last reported and refilled since, holds `cost` points. */
  private async paceFor(cost: number): Promise<void> {
    if (!this.throttle || cost <= 0) return;
    const { status, at } = this.throttle;
    const refilled = Math.min(status.maximumAvailable, status.currentlyAvailable + ((this.now() - at) / 1000) * status.restoreRate);
    const needed = Math.min(cost, status.maximumAvailable);
    if (refilled >= needed || status.restoreRate <= 0) return;
    await this.sleep(Math.ceil(((needed - refilled) / status.restoreRate) * 1000));
  }

  private backoff(attempt: number): number {
    return Math.min(30_000, 500 * 2 ** (attempt - 1));
  }

  private async accessToken(signal?: AbortSignal): Promise<string> {
    if (this.opts.accessToken) return this.opts.accessToken;
    if (this.token && this.now() < this.token.refreshAt) return this.token.value;
    const url = `${this.base}/admin/oauth/access_token`;
    let attempt = 0;
    for (;;) {
      let response: AxiosResponse<string>;
      try {
        response = await axios.post(
          url,
          JSON.stringify({ client_id: this.opts.clientId, client_secret: this.opts.clientSecret, grant_type: 'client_credentials' }),
          { headers: { 'content-type': 'application/json', accept: 'application/json' }, maxRedirects: 0, timeout: this.timeoutMs, responseType: 'text', transformResponse: (raw: string) => raw, validateStatus: () => true, signal },
        );
      } catch (err) {
        attempt++;
        if (attempt >= this.maxAttempts) throw new ShopError('unreachable', `Shopify's token endpoint did not answer (${(err as Error).message})`, { url });
        await this.sleep(this.backoff(attempt));
        continue;
      }
      if (response.status >= 300 && response.status < 400) {
        // The client secret is in the body: a redirect elsewhere is refused; one on the shop's own host is not Shopify's way either.
        const to = this.redirected(url, response, MAX_REDIRECTS);
        throw new ShopError('bad-response', `Shopify's token endpoint answered ${response.status} with a redirect to ${to.origin}${to.pathname}`, { status: response.status, url });
      }
      if (response.status === 429 || response.status >= 500) {
        attempt++;
        if (attempt >= this.maxAttempts) throw new ShopError('server', `Shopify's token endpoint answered ${response.status}`, { status: response.status, url });
        await this.sleep(this.backoff(attempt));
        continue;
      }
      if (response.status !== 200) {
        throw new ShopError('auth', `Shopify refused the client id and secret (HTTP ${response.status}); check the app's credentials and that it is installed on this shop`, { status: response.status, url });
      }
      let body: { access_token?: unknown; expires_in?: unknown };
      try {
        body = JSON.parse(response.data) as typeof body;
      } catch {
        throw new ShopError('bad-response', "Shopify's token endpoint answered with something that is not JSON", { url });
      }
      if (typeof body.access_token !== 'string') throw new ShopError('bad-response', "Shopify's token endpoint gave no access_token", { url });
      const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : 86399) * 1000;
      // Renew a few minutes before expiry (a tenth of the lifetime for short-lived tokens).
      const margin = Math.min(TOKEN_REFRESH_MARGIN_MS, lifetimeMs / 10);
      this.token = { value: body.access_token, refreshAt: this.now() + lifetimeMs - margin };
      return this.token.value;
    }
  }
}

/** "orders.nodes.3.billingAddress.address1" → "billingAddress.address1": the field, not where in the list. */
function fieldOf(path: (string | number)[]): string {
  const names = path.filter((p): p is string => typeof p === 'string' && p !== 'nodes' && p !== 'edges' && p !== 'node');
  return names.slice(1).join('.') || names.join('.');
}

/**
 * Shopify refused a whole root field: the app lacks the `read_orders` scope (the error names
 * `requiredAccess`) or is not approved for protected customer data at all ("not approved to
 * access the Order object"). Nothing can be read until the owner changes that in Shopify.
 */
function accessDenied(error: GraphQLError, detail: { status: number; url: string }): ShopError {
  const message = error.message ?? 'access denied';
  const denied = NOT_APPROVED.test(message) ? 'protected-customer-data' : 'scope';
  const scope = /`?(read_[a-z_]+)`?/.exec(error.extensions?.requiredAccess ?? message)?.[1] ?? 'read_orders';
  return new ShopError('auth', `Shopify refused access: ${message}`, { ...detail, denied: denied === 'scope' ? { scope } : { protectedCustomerData: true } });
}
