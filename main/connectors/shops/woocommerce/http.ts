import { ShopError } from '../types';
import { parseWooJson } from './json';
import { followableRedirect, MAX_REDIRECTS } from '../redirects';

export interface WooHttpOptions {
  /** The shop address, e.g. https://butik.dk (no trailing slash). */
  siteUrl: string;
  consumerKey: string;
  consumerSecret: string;
  timeoutMs: number;
  maxAttempts: number;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface WooResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

const RETRY_AFTER_CAP_MS = 60_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 30_000;

type Failure = { retry: true; error: ShopError; waitMs: number | null } | { retry: false; error: ShopError };

/**
 * GET requests to the WordPress REST API with the WooCommerce keys. Retries what a later try can
 * fix (429, 5xx, timeouts, dropped connections) with backoff, honouring Retry-After; turns the
 * rest into ShopErrors whose messages never contain the keys.
 */
export class WooHttp {
  /** Some hosts strip the Authorization header; WooCommerce then accepts the keys as query parameters. */
  private keysInQuery = false;
  private readonly random: () => number;

  constructor(private readonly opts: WooHttpOptions) {
    this.random = opts.random ?? Math.random;
  }

  /** `path` is relative to /wp-json/, e.g. "wc/v3/orders". */
  async get(path: string, query: Record<string, string> = {}, signal?: AbortSignal): Promise<WooResponse> {
    let attempt = 0;
    for (;;) {
      attempt++;
      if (signal?.aborted) throw new ShopError('unreachable', 'The shop request was cancelled.', { url: this.publicUrl(path, query) });
      const outcome = await this.once(path, query, signal);
      if ('status' in outcome) return outcome;
      const failure = outcome;
      if (!failure.retry || attempt >= this.opts.maxAttempts) throw failure.error;
      const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
      await this.opts.sleep(failure.waitMs ?? Math.floor(ceiling / 2 + (this.random() * ceiling) / 2));
    }
  }

  private async once(path: string, query: Record<string, string>, signal?: AbortSignal): Promise<WooResponse | Failure> {
    const url = this.publicUrl(path, query);
    const target = new URL(url);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.keysInQuery) {
      target.searchParams.set('consumer_key', this.opts.consumerKey);
      target.searchParams.set('consumer_secret', this.opts.consumerSecret);
    } else {
      headers.Authorization = `Basic ${Buffer.from(`${this.opts.consumerKey}:${this.opts.consumerSecret}`).toString('base64')}`;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.opts.timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort);
    let status: number;
    let responseHeaders: Headers;
    let text: string;
    try {
      // Redirects are followed here, by the rules in ../redirects.ts, never by fetch: it would take the keys in the query anywhere.
      let res = await fetch(target, { headers, signal: controller.signal, redirect: 'manual' });
      for (let hops = 0; res.status >= 300 && res.status < 400 && res.status !== 304; hops++) {
        const from = new URL(res.url || target);
        const next = followableRedirect(from, res.headers.get('location'), { site: this.opts.siteUrl, platform: 'WooCommerce', status: res.status });
        await res.body?.cancel();
        if (hops >= MAX_REDIRECTS) throw new ShopError('bad-response', `The shop at ${this.opts.siteUrl} kept redirecting (more than ${MAX_REDIRECTS} times) at ${url}.`, { status: res.status, url });
        res = await fetch(next, { headers, signal: controller.signal, redirect: 'manual' });
      }
      status = res.status;
      responseHeaders = res.headers;
      text = await res.text();
    } catch (err) {
      if (err instanceof ShopError) return { retry: false, error: err };
      const timedOut = controller.signal.aborted && !signal?.aborted;
      const reason = timedOut ? `did not answer within ${Math.round(this.opts.timeoutMs / 1000)} s` : `could not be reached (${this.scrub(describe(err))})`;
      return { retry: !signal?.aborted, waitMs: null, error: new ShopError('unreachable', `The shop at ${this.opts.siteUrl} ${reason}.`, { url }) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }

    const detail = { status, url, body: this.scrub(text.slice(0, 500)) };
    if (status >= 200 && status < 300) {
      try {
        return { status, headers: responseHeaders, body: parseWooJson(text) };
      } catch {
        return {
          retry: false,
          error: new ShopError('bad-response', `The shop answered ${url} with something that is not JSON; check that the address is the WordPress site and that permalinks are not set to "Plain".`, detail),
        };
      }
    }
    const wpError = readWpError(text);
    if (status === 401 && wpError.code === 'woocommerce_rest_cannot_view' && !this.keysInQuery) {
      // The keys never reached WooCommerce: the server dropped the Authorization header.
      this.keysInQuery = true;
      return { retry: true, waitMs: 0, error: new ShopError('auth', 'The shop ignored the API keys.', detail) };
    }
    if (status === 401 || status === 403) {
      const said = wpError.message ? ` (the shop said: "${this.scrub(wpError.message)}")` : '';
      const fix =
        status === 401
          ? 'Check the consumer key and secret under WooCommerce › Settings › Advanced › REST API.'
          : 'The key needs Read (or Read/Write) permission and must belong to a shop manager or administrator.';
      return { retry: false, error: new ShopError('auth', `WooCommerce did not accept the API key${said}. ${fix}`, detail) };
    }
    if (status === 429) {
      return { retry: true, waitMs: retryAfterMs(responseHeaders.get('retry-after')), error: new ShopError('rate-limited', `The shop (or its host) limits requests and kept answering 429 Too Many Requests at ${url}.`, detail) };
    }
    if (status >= 500 || status === 408) {
      return { retry: true, waitMs: retryAfterMs(responseHeaders.get('retry-after')), error: new ShopError('server', `The shop answered ${status} (a server error) at ${url}; it is probably busy or failing, try again later.`, detail) };
    }
    if (status === 404) {
      if (wpError.code === 'rest_no_route') {
        const message = `The shop has no WooCommerce REST API at ${url}; check that WooCommerce is active and that permalinks are not set to "Plain".`;
        return { retry: false, error: new ShopError('config', message, { ...detail, body: wpError.code, cause: 'wooRestRouteMissing' }) };
      }
      return { retry: false, error: new ShopError('not-found', `Not found: ${url}${wpError.message ? ` (${this.scrub(wpError.message)})` : ''}.`, { ...detail, body: wpError.code ?? detail.body }) };
    }
    return {
      retry: false,
      error: new ShopError('bad-response', `The shop rejected the request ${url} with ${status}${wpError.message ? `: ${this.scrub(wpError.message)}` : ''}.`, { ...detail, body: wpError.code ?? detail.body }),
    };
  }

  /** The URL as it may appear in messages: never with keys in it. */
  private publicUrl(path: string, query: Record<string, string>): string {
    const url = new URL(`${this.opts.siteUrl}/wp-json/${path}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url.toString();
  }

  private scrub(text: string): string {
    let out = text;
    for (const secret of [this.opts.consumerKey, this.opts.consumerSecret]) {
      if (secret.length >= 4) out = out.split(secret).join('[redacted]');
    }
    return out;
  }
}

function readWpError(text: string): { code?: string; message?: string } {
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    return {
      code: typeof body.code === 'string' ? body.code : undefined,
      message: typeof body.message === 'string' ? body.message : undefined,
    };
  } catch {
    return {};
  }
}

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(RETRY_AFTER_CAP_MS, Math.round(Number(text) * 1000));
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.min(RETRY_AFTER_CAP_MS, Math.max(0, at - Date.now()));
}

function describe(err: unknown): string {
  const e = err as { message?: string; cause?: { code?: string; message?: string } };
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
}
