import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { adminSchema, SCHEMA_VERSIONS, servedVersion } from './admin-schema';
import { CostBucket } from './cost-bucket';
import { FaultInjector, type FaultSettings } from './faults';
import { answerGraphQL, type ShopInfo } from './graphql-endpoint';
import { parseJsonKeepingBigInts } from './json-big-ids';
import { SandboxInputError, ShopifyOrderStore } from './order-store';
import { applySettings, DEFAULT_SETTINGS, SettingsError, type ShopifySettings } from './shop-settings';

/**
 * A local Shopify shop for tests and demo mode: the Admin GraphQL endpoint on Shopify's own
 * schema (admin-schema/) with Shopify's auth, versioning, cost-based throttling, access
 * scopes, protected customer data and error shapes; the client-credentials token grant; and
 * an unauthenticated admin API under /_sandbox/ to add orders and refunds (REST-shaped, as
 * Shopify's webhooks and docs show them), switch the shop's settings and inject faults.
 */

/** The newest API version the sandbox has Shopify's schema for. */
export const SANDBOX_API_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1];
const INVALID_TOKEN = '[API] Invalid API key or access token (unrecognized login or wrong password)';

export interface ShopifySandboxOptions {
  port?: number;
  accessToken?: string;
  clientId?: string;
  clientSecret?: string;
  /** REST-shaped Shopify order JSON, as in the reference payloads. */
  orders?: unknown[];
  shopCurrency?: string;
  shopName?: string;
  /** Bucket size in cost points (Shopify Plus: 1000). */
  maxAvailable?: number;
  /** Points restored per second (Shopify Plus: 50 in the REST-era docs, 1000 today). */
  restoreRate?: number;
  /** Lifetime of client-credentials tokens; Shopify's is 24 h (86399 s). */
  tokenTtlSeconds?: number;
  persistFile?: string;
  /** The shop's starting settings (the defaults: level 2, read_orders and read_all_orders, no redirect). */
  settings?: Partial<ShopifySettings>;
}

export interface ShopifySandboxState {
  orders: Record<string, unknown>[];
  faults: FaultSettings;
  settings: ShopifySettings;
  requests: { graphql: number; throttled: number; faultsInjected: number; tokensIssued: number };
}

export interface ShopifySandbox {
  url: string;
  accessToken: string;
  clientId: string;
  clientSecret: string;
  apiVersion: string;
  close(): Promise<void>;
  state(): ShopifySandboxState;
  upsertOrder(restOrder: unknown): { id: string; updatedAt: string };
  addRefund(orderId: string | number, restRefund: unknown): { id: string; updatedAt: string };
  setFaults(f: Partial<FaultSettings>): FaultSettings;
  /** Changes the keys given, as POST /_sandbox/settings does; throws on a bad value. */
  setSettings(s: Partial<ShopifySettings>): ShopifySettings;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** `{order}`, `{orders:[…]}`, `{data:{orders}}`, an array, or a bare order. */
function unwrapList(body: unknown, singular: string, plural: string): unknown[] {
  if (Array.isArray(body)) return body;
  const o = (body ?? {}) as Record<string, unknown>;
  if (Array.isArray(o[plural])) return o[plural] as unknown[];
  if (o.data && typeof o.data === 'object') return unwrapList(o.data, singular, plural);
  if (o[singular] && typeof o[singular] === 'object') return [o[singular]];
  return [body];
}

export async function startShopifySandbox(opts: ShopifySandboxOptions = {}): Promise<ShopifySandbox> {
  const accessToken = opts.accessToken ?? `shpat_${randomBytes(16).toString('hex')}`;
  const clientId = opts.clientId ?? randomBytes(16).toString('hex');
  const clientSecret = opts.clientSecret ?? `shpss_${randomBytes(16).toString('hex')}`;
  const maxAvailable = opts.maxAvailable ?? 1000;
  const restoreRate = opts.restoreRate ?? 50;
  const tokenTtlSeconds = opts.tokenTtlSeconds ?? 86399;
  const shop: ShopInfo = {
    name: opts.shopName ?? 'LedgerBridge Sandbox',
    currencyCode: opts.shopCurrency ?? 'DKK',
    myshopifyDomain: 'ledgerbridge-sandbox.myshopify.com',
  };
  const store = new ShopifyOrderStore(shop.currencyCode, opts.persistFile);
  // With a persist file the saved state wins: seed orders only fill in what is missing.
  for (const order of opts.orders ?? []) {
    const id = (order as { id?: unknown } | null)?.id;
    if (id === undefined || store.get(String(id)) === undefined) store.seed(order);
  }
  const faults = new FaultInjector();
  const initialSettings = applySettings({ ...DEFAULT_SETTINGS }, opts.settings ?? {});
  let settings = initialSettings;
  // Built now, so that the first request does not wait for the schema and a broken SDL shows at once.
  for (const version of SCHEMA_VERSIONS) adminSchema(version);
  const issuedTokens = new Map<string, number>();
  const buckets = new Map<string, CostBucket>();
  const counters = { graphql: 0, throttled: 0, faultsInjected: 0, tokensIssued: 0 };

  const bucketFor = (token: string): CostBucket => {
    let bucket = buckets.get(token);
    if (!bucket) {
      bucket = new CostBucket(maxAvailable, restoreRate);
      buckets.set(token, bucket);
    }
    return bucket;
  };

  const tokenIsValid = (token: string): boolean => {
    if (token === '') return false;
    if (sameSecret(token, accessToken)) return true;
    const expires = issuedTokens.get(token);
    return expires !== undefined && expires > Date.now();
  };

  const state = (): ShopifySandboxState => ({ orders: store.snapshot(), faults: faults.current(), settings, requests: { ...counters } });

  const changed = (s: { id: string; rest: Record<string, unknown> }) => ({ id: s.id, updatedAt: String(s.rest.updated_at) });

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const text = req.method === 'POST' ? await readBody(req) : '';
    const body = text.trim() === '' ? {} : parseJsonKeepingBigInts(text);
    if (req.method === 'GET' && path === 'state') return send(res, 200, state());
    if (req.method === 'GET' && path === 'settings') return send(res, 200, settings);
    if (req.method !== 'POST') return send(res, 405, { errors: 'Method Not Allowed' });
    if (path === 'settings') {
      try {
        settings = applySettings(settings, body);
      } catch (err) {
        if (err instanceof SettingsError) return send(res, 400, { errors: err.message });
        throw err;
      }
      return send(res, 200, settings);
    }
    if (path === 'orders') {
      const saved = unwrapList(body, 'order', 'orders').map((o) => changed(store.upsert(o)));
      return send(res, 200, { orders: saved });
    }
    const refundPath = /^orders\/([^/]+)\/refunds$/.exec(path);
    if (refundPath) {
      const id = decodeURIComponent(refundPath[1]);
      let latest = null;
      for (const r of unwrapList(body, 'refund', 'refunds')) latest = changed(store.addRefund(id, r));
      return send(res, 200, { order: latest });
    }
    if (path === 'faults') return send(res, 200, { faults: faults.set(body as Partial<FaultSettings>) });
    if (path === 'reset') {
      store.reset();
      settings = initialSettings;
      faults.set({ failRate: 0, latencyMs: 0 });
      buckets.clear();
      return send(res, 200, { ok: true });
    }
    return send(res, 404, { errors: 'Not Found' });
  }

  async function handleToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    let fields: Record<string, unknown>;
    if ((req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
      fields = Object.fromEntries(new URLSearchParams(text));
    } else {
      try {
        fields = JSON.parse(text || '{}') as Record<string, unknown>;
      } catch {
        return send(res, 400, { error: 'invalid_request', error_description: 'The request body is not valid JSON or form data.' });
      }
    }
    if (fields.grant_type !== 'client_credentials') {
      return send(res, 400, { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' });
    }
    if (typeof fields.client_id !== 'string' || typeof fields.client_secret !== 'string' || !sameSecret(fields.client_id, clientId) || !sameSecret(fields.client_secret, clientSecret)) {
      return send(res, 400, { error: 'invalid_client', error_description: 'Client authentication failed: unknown client_id or wrong client_secret.' });
    }
    const token = `shpat_${randomBytes(16).toString('hex')}`;
    issuedTokens.set(token, Date.now() + tokenTtlSeconds * 1000);
    counters.tokensIssued++;
    return send(res, 200, { access_token: token, scope: settings.scopes.join(','), expires_in: tokenTtlSeconds });
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, requestedVersion: string): Promise<void> {
    const text = await readBody(req);
    const version = servedVersion(requestedVersion);
    if (version === null) return send(res, 404, { errors: 'Not Found' });
    const token = String(req.headers['x-shopify-access-token'] ?? '');
    if (!tokenIsValid(token)) return send(res, 401, { errors: INVALID_TOKEN });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return send(res, 400, { errors: 'Bad Request: body is not valid JSON' });
    }
    counters.graphql++;
    const reply = answerGraphQL(body, { schema: adminSchema(version), store, shop, bucket: bucketFor(token), settings, now: Date.now() });
    if ((reply.body.errors as { extensions?: { code?: string } }[] | undefined)?.some((e) => e.extensions?.code === 'THROTTLED')) counters.throttled++;
    return send(res, 200, reply.body, { ...reply.headers, 'x-shopify-api-version': version });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const path = url.pathname;
    void (async () => {
      try {
        if (path.startsWith('/_sandbox/')) return await handleAdmin(req, res, path.slice('/_sandbox/'.length));
        const fault = faults.next();
        const latency = faults.current().latencyMs;
        if (latency > 0) await new Promise((r) => setTimeout(r, latency));
        if (fault !== null) {
          counters.faultsInjected++;
          if (fault === 'drop') {
            req.socket.destroy();
            return;
          }
          if (fault === 429) return send(res, 429, { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' }, { 'retry-after': '1.0' });
          return send(res, fault, { errors: fault === 500 ? 'Internal Server Error' : 'Service Unavailable' });
        }
        if (settings.redirectTo !== null) {
          // A shop that moved: the Admin API answers with a redirect and nothing else.
          res.writeHead(settings.redirectStatus, { location: `${settings.redirectTo}${req.url ?? '/'}`, 'content-length': 0 });
          return res.end();
        }
        if (req.method === 'POST' && path === '/admin/oauth/access_token') return await handleToken(req, res);
        const gql = /^\/admin\/api\/([^/]+)\/graphql\.json$/.exec(path);
        if (gql && req.method === 'POST') return await handleGraphQL(req, res, gql[1]);
        return send(res, 404, { errors: 'Not Found' });
      } catch (err) {
        if (err instanceof SandboxInputError || err instanceof SyntaxError) return send(res, 422, { errors: err.message });
        return send(res, 500, { errors: 'Internal Server Error' });
      }
    })();
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    accessToken,
    clientId,
    clientSecret,
    apiVersion: SANDBOX_API_VERSION,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    state,
    upsertOrder: (restOrder) => changed(store.upsert(restOrder)),
    addRefund: (orderId, restRefund) => changed(store.addRefund(String(orderId), restRefund)),
    setFaults: (f) => faults.set(f),
    setSettings: (s) => (settings = applySettings(settings, s)),
  };
}
