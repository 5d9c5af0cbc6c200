import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';
import { WooStore } from './store';
import { listOrders, WpRestError } from './list-query';
import { FaultPlan, type WooFaults } from './faults';
import { toWooJson } from './wire';
import { SANDBOX_PAYMENT_GATEWAYS, SANDBOX_STATUS_NAMES } from './catalog';
import { SITE_TIMEZONE } from './clock';
import { idText, type Json } from '../shared/json-values';
import { systemStatus } from './system-status';
import { redirectStatus, redirectTarget, RedirectSettingError, type RedirectStatus } from '../shared/redirect';
import { checkVersion, DEFAULT_WC_VERSION, restFeatures, VersionError } from './wc-version';

export interface WooSandboxOptions {
  port?: number;
  consumerKey?: string;
  consumerSecret?: string;
  /** Seed orders in WooCommerce's native JSON. */
  orders?: unknown[];
  /** Seed refunds (native refund JSON) by order id. */
  refunds?: Record<string, unknown[]>;
  /** The WooCommerce release the shop runs (default 9.4.0); older releases know fewer parameters (wc-version.ts). */
  version?: string;
  currency?: string;
  /** Keep the shop's state in this JSON file across restarts. */
  persistFile?: string;
  /** The site title GET /wp-json/ reports. */
  name?: string;
  /** Behave like hosts that strip the Authorization header (keys then only work as query parameters). */
  stripAuthorizationHeader?: boolean;
  /** Called before every REST API request is answered (tests use it to change orders mid-walk). */
  onRequest?: (request: { method: string; path: string; query: URLSearchParams }) => void | Promise<void>;
}

/** docs/contracts.md, "Sandbox modes": the shop's release, and a shop that moved to another address. */
export interface WooSandboxSettings {
  version: string;
  /** When set, every REST API request (/wp-json/…) is redirected to the same path on this origin. */
  redirectTo: string | null;
  redirectStatus: RedirectStatus;
}

export interface WooSandboxState {
  settings: WooSandboxSettings;
  orders: number;
  byStatus: Record<string, number>;
  refunds: number;
  calls: { total: number; byRoute: Record<string, number>; faults: number; unauthorized: number };
  faults: WooFaults;
}

export interface WooSandbox {
  url: string;
  consumerKey: string;
  consumerSecret: string;
  close(): Promise<void>;
  state(): WooSandboxState;
  upsertOrder(order: unknown): Json;
  addRefund(orderId: string, refund: unknown): Json | null;
  setFaults(faults: WooFaults): void;
  /** Changes the keys given, as POST /_sandbox/settings does; throws on a bad value. */
  setSettings(settings: Partial<WooSandboxSettings>): WooSandboxSettings;
}

const API = '/wp-json/wc/v3/';

/**
 * A local WooCommerce REST (wc/v3) server: the routes, parameters, headers, errors and auth rules
 * of the real thing, over node:http and in memory, plus an unauthenticated admin API under
 * /_sandbox/ for demos and tests.
 */
export async function startWooSandbox(opts: WooSandboxOptions = {}): Promise<WooSandbox> {
  const consumerKey = opts.consumerKey ?? 'ck_sandbox0000000000000000000000000000000000';
  const consumerSecret = opts.consumerSecret ?? 'cs_sandbox0000000000000000000000000000000000';
  const currency = opts.currency ?? 'DKK';
  const initialSettings: WooSandboxSettings = { version: checkVersion(opts.version ?? DEFAULT_WC_VERSION), redirectTo: null, redirectStatus: 301 };
  let settings = initialSettings;
  const store = new WooStore(currency, settings.version);
  store.load(opts.orders ?? [], opts.refunds ?? {});
  const initial = structuredClone(store.snapshot());
  if (opts.persistFile && existsSync(opts.persistFile)) store.restore(JSON.parse(readFileSync(opts.persistFile, 'utf8')));
  const faults = new FaultPlan();
  const calls = { total: 0, byRoute: {} as Record<string, number>, faults: 0, unauthorized: 0 };
  let baseUrl = '';

  const persist = (): void => {
    if (opts.persistFile) writeFileSync(opts.persistFile, JSON.stringify(store.snapshot()));
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = toWooJson(body);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };

  const authorized = (req: IncomingMessage, query: URLSearchParams): WpRestError | null => {
    let key: string | null = null;
    let secret: string | null = null;
    const header = opts.stripAuthorizationHeader ? undefined : req.headers.authorization;
    if (header?.startsWith('Basic ')) {
      const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      key = decoded.slice(0, colon);
      secret = decoded.slice(colon + 1);
    } else if (query.has('consumer_key')) {
      key = query.get('consumer_key');
      secret = query.get('consumer_secret');
    }
    if (key === null) return new WpRestError(401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');
    if (!same(key, consumerKey)) return new WpRestError(401, 'woocommerce_rest_authentication_error', 'Consumer key is invalid.');
    if (!same(secret ?? '', consumerSecret)) return new WpRestError(401, 'woocommerce_rest_authentication_error', 'Consumer secret is invalid.');
    return null;
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> => {
    const denied = authorized(req, query);
    if (denied) {
      calls.unauthorized++;
      send(res, denied.status, denied.body());
      return;
    }
    const parts = path.slice(API.length).split('/').filter(Boolean);
    const route = `${req.method} /${parts.map((p) => (/^\d+$/.test(p) ? '{id}' : p)).join('/')}`;
    calls.byRoute[route] = (calls.byRoute[route] ?? 0) + 1;
    if (req.method !== 'GET' || !restFeatures(settings.version).v3) throw noRoute();
    if (parts[0] === 'orders' && parts.length === 1) {
      const result = listOrders(store.orders.values(), query, restFeatures(settings.version));
      send(res, 200, result.items.map(withLinks), {
        'X-WP-Total': String(result.total),
        'X-WP-TotalPages': String(result.totalPages),
        ...linkHeader(path, query, result.page, result.totalPages),
      });
      return;
    }
    if (parts[0] === 'orders' && parts.length >= 2) {
      const order = store.orders.get(parts[1]);
      if (!order) throw new WpRestError(404, 'woocommerce_rest_shop_order_invalid_id', 'Invalid ID.');
      if (parts.length === 2) return send(res, 200, withLinks(order));
      if (parts[2] === 'refunds' && parts.length === 3) {
        const list = store.refunds.get(parts[1]) ?? [];
        const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 10) || 10));
        const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
        return send(res, 200, list.slice((page - 1) * perPage, page * perPage), {
          'X-WP-Total': String(list.length),
          'X-WP-TotalPages': String(Math.ceil(list.length / perPage)),
        });
      }
      if (parts[2] === 'refunds' && parts.length === 4) {
        const refund = (store.refunds.get(parts[1]) ?? []).find((r) => idText(r.id) === parts[3]);
        if (!refund) throw new WpRestError(404, 'woocommerce_rest_invalid_id', 'Invalid ID.');
        return send(res, 200, refund);
      }
    }
    if (path === `${API}reports/orders/totals`) return send(res, 200, statusTotals());
    if (path === `${API}system_status`) return send(res, 200, systemStatus({ url: baseUrl, version: settings.version, currency }));
    if (path === `${API}payment_gateways`) return send(res, 200, SANDBOX_PAYMENT_GATEWAYS);
    if (path === `${API}settings/general/woocommerce_currency`) {
      return send(res, 200, {
        id: 'woocommerce_currency',
        label: 'Currency',
        description: 'This controls what currency prices are listed at in the catalog and which currency gateways will take payments in.',
        type: 'select',
        default: 'USD',
        options: { DKK: 'Danish krone (kr.)', EUR: 'Euro (€)', USD: 'United States (US) dollar ($)' },
        tip: '',
        value: currency,
        group_id: 'general',
      });
    }
    throw noRoute();
  };

  const statusTotals = (): Json[] => {
    const counts = new Map<string, number>(Object.keys(SANDBOX_STATUS_NAMES).map((s) => [s, 0]));
    for (const o of store.orders.values()) {
      const s = String(o.status ?? '');
      if (s === 'trash' || s === 'checkout-draft' || s === 'auto-draft' || s === 'draft') continue;
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    return [...counts].map(([slug, total]) => ({ slug, name: SANDBOX_STATUS_NAMES[slug] ?? titleOf(slug), total }));
  };

  const withLinks = (o: Json): Json => ({
    ...o,
    _links: { self: [{ href: `${baseUrl}${API}orders/${idText(o.id)}` }], collection: [{ href: `${baseUrl}${API}orders` }] },
  });

  const linkHeader = (path: string, query: URLSearchParams, page: number, totalPages: number): Record<string, string> => {
    const links: string[] = [];
    const at = (p: number): string => {
      const q = new URLSearchParams(query);
      q.delete('consumer_key');
      q.delete('consumer_secret');
      q.set('page', String(p));
      return `<${baseUrl}${path}?${q.toString()}>`;
    };
    if (page > 1) links.push(`${at(Math.min(page - 1, Math.max(1, totalPages)))}; rel="prev"`);
    if (page < totalPages) links.push(`${at(page + 1)}; rel="next"`);
    return links.length ? { Link: links.join(', ') } : {};
  };

  const handleAdmin = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const route = path.slice('/_sandbox/'.length).split('/').filter(Boolean);
    if (req.method === 'GET' && route[0] === 'state') return send(res, 200, state());
    if (req.method === 'GET' && route[0] === 'settings') return send(res, 200, settings);
    if (req.method !== 'POST') throw noRoute();
    const body = await readBody(req);
    if (route[0] === 'settings' && route.length === 1) {
      try {
        changeSettings(body);
      } catch (err) {
        if (err instanceof VersionError || err instanceof RedirectSettingError) throw new WpRestError(400, 'sandbox_invalid_setting', err.message);
        throw err;
      }
      return send(res, 200, settings);
    }
    if (route[0] === 'orders' && route.length === 1) {
      const saved = Array.isArray(body) ? body.map((o) => store.upsert(o)) : store.upsert(body);
      persist();
      return send(res, 200, saved);
    }
    if (route[0] === 'orders' && route[2] === 'refunds' && route.length === 3) {
      const refund = store.addRefund(route[1], body);
      if (!refund) throw new WpRestError(404, 'woocommerce_rest_shop_order_invalid_id', 'Invalid ID.');
      persist();
      return send(res, 201, refund);
    }
    if (route[0] === 'faults') {
      faults.set(body as WooFaults);
      return send(res, 200, faults.current);
    }
    if (route[0] === 'reset') {
      settings = initialSettings;
      store.wcVersion = settings.version;
      store.restore(structuredClone(initial));
      faults.set({});
      Object.assign(calls, { total: 0, byRoute: {}, faults: 0, unauthorized: 0 });
      persist();
      return send(res, 200, state());
    }
    throw noRoute();
  };

  const state = (): WooSandboxState => {
    const byStatus: Record<string, number> = {};
    for (const o of store.orders.values()) byStatus[String(o.status)] = (byStatus[String(o.status)] ?? 0) + 1;
    let refunds = 0;
    for (const list of store.refunds.values()) refunds += list.length;
    return { settings, orders: store.orders.size, byStatus, refunds, calls: structuredClone(calls), faults: faults.current };
  };

  /** Applies a settings object: only the keys it names change; a bad one is refused and nothing changes. */
  const changeSettings = (body: unknown): WooSandboxSettings => {
    const input = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    if (input === null) throw new VersionError('settings must be a JSON object such as {"version": "5.7.2"}');
    const unknown = Object.keys(input).filter((k) => !['version', 'redirectTo', 'redirectStatus'].includes(k));
    if (unknown.length > 0) throw new VersionError(`unknown setting "${unknown[0]}"; the WooCommerce sandbox's settings are version, redirectTo and redirectStatus`);
    settings = {
      version: 'version' in input ? checkVersion(input.version) : settings.version,
      redirectTo: 'redirectTo' in input ? redirectTarget(input.redirectTo) : settings.redirectTo,
      redirectStatus: 'redirectStatus' in input ? redirectStatus(input.redirectStatus) : settings.redirectStatus,
    };
    store.wcVersion = settings.version;
    return settings;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const path = url.pathname;
    const run = async (): Promise<void> => {
      if (path.startsWith('/_sandbox/')) return handleAdmin(req, res, path);
      calls.total++;
      const outcome = faults.draw();
      if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
      if (outcome !== null) {
        calls.faults++;
        if (outcome === 'drop') return void req.socket.destroy();
        if (outcome === 'hang') return; // closed by the client's timeout or by close()
        if (outcome === 429) return send(res, 429, { code: 'too_many_requests', message: 'Too many requests.', data: { status: 429 } }, { 'Retry-After': '1' });
        return send(res, outcome, { code: 'internal_server_error', message: 'There has been a critical error on this website.', data: { status: outcome } });
      }
      await opts.onRequest?.({ method: req.method ?? 'GET', path, query: url.searchParams });
      if (settings.redirectTo !== null) {
        // A site that moved (e.g. to www.): WordPress answers with the redirect and nothing else.
        res.writeHead(settings.redirectStatus, { Location: `${settings.redirectTo}${req.url ?? '/'}`, 'Content-Length': 0 });
        return void res.end();
      }
      if (path === '/wp-json' || path === '/wp-json/') {
        return send(res, 200, {
          name: opts.name ?? 'Nordisk Hjem (sandbox)',
          description: 'Boligtilbehør fra Danmark',
          url: baseUrl,
          home: baseUrl,
          gmt_offset: 1,
          timezone_string: SITE_TIMEZONE,
          namespaces: restFeatures(settings.version).v3 ? ['oembed/1.0', 'wp/v2', 'wc/v3', 'wc/store/v1'] : ['oembed/1.0', 'wp/v2'],
          authentication: [],
          routes: {},
        });
      }
      if (path.startsWith(API)) return handleApi(req, res, path, url.searchParams);
      throw noRoute();
    };
    run().catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return;
      if (err instanceof WpRestError) return send(res, err.status, err.body());
      send(res, 500, { code: 'internal_server_error', message: String((err as Error)?.message ?? err), data: { status: 500 } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    consumerKey,
    consumerSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    state,
    upsertOrder: (order) => {
      const saved = store.upsert(order);
      persist();
      return saved;
    },
    addRefund: (orderId, refund) => {
      const saved = store.addRefund(orderId, refund);
      persist();
      return saved;
    },
    setFaults: (f) => faults.set(f),
    setSettings: (s) => changeSettings(s),
  };
}

function noRoute(): WpRestError {
  return new WpRestError(404, 'rest_no_route', 'No route was found matching the URL and request method.');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function titleOf(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new WpRestError(400, 'rest_invalid_json', 'Invalid JSON body passed.');
  }
}
