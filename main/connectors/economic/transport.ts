import axios, { type AxiosAdapter, type AxiosInstance, type AxiosResponse } from 'axios';
import { parseHttpDate } from './agreement';
import { backoffDelayMs, parseRetryAfterMs } from './backoff';
import { describeFields, parseErrorEnvelope } from './error-envelope';
import { EconomicError, type EconomicErrorKind } from './errors';
import type { FairUseGuard } from './fair-use';
import { AdaptiveLimiter } from './limiter';
import { makeRedactor } from './redact';

/**
 * The HTTP layer of the e-conomic client: auth headers, Idempotency-Key, the concurrency cap,
 * the fair-use guard, retries with backoff, and turning failures into EconomicError. Axios
 * errors never leave this file — they carry the request headers, and with them the tokens.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface CallInfo {
  method: string;
  path: string;
  status: number | null;
  attempt: number;
  ms: number;
}

export interface TransportLogger {
  warn(msg: string): void;
  info?(msg: string): void;
}

export interface TransportOptions {
  baseUrl: string;
  appSecretToken: string;
  agreementGrantToken: string;
  concurrency: number;
  maxAttempts: number;
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  guard?: FairUseGuard;
  onCall?: (info: CallInfo) => void;
  /** e-conomic's clock, from the `Date` header of every answer it gives. */
  onServerTime?: (time: Date) => void;
  logger?: TransportLogger;
  /** Awaited before every attempt goes out (see EconomicClientOptions.beforeCall). */
  beforeCall?: () => Promise<void>;
  /** Answers requests in-process instead of over HTTP (see EconomicClientOptions.adapter). */
  adapter?: AxiosAdapter;
}

export interface RequestSpec {
  method: HttpMethod;
  /** Path below the base URL, with query string, e.g. "/customers?filter=…". */
  path: string;
  body?: unknown;
  /** A body that is not JSON (a file upload), sent as these bytes under this Content-Type. */
  raw?: { data: Buffer; contentType: string };
  /** Required for POST/PUT/DELETE; identical on every attempt so e-conomic can replay. */
  idempotencyKey?: string;
  accept?: string;
  /** Statuses the caller interprets itself instead of getting an error (e.g. 404 → null). */
  passStatuses?: readonly number[];
  /** Redirect hops taken so far (internal). */
  redirects?: number;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNRESET: 'the connection was reset',
  ECONNREFUSED: 'the connection was refused',
  ECONNABORTED: 'no answer in time',
  ETIMEDOUT: 'no answer in time',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved',
  EPIPE: 'the connection was closed',
  ERR_NETWORK: 'a network error occurred',
  ERR_CANCELED: 'no answer in time',
};

const NOT_RETRIED_CODES = new Set(['ERR_INVALID_URL', 'ERR_BAD_OPTION', 'ERR_BAD_OPTION_VALUE', 'ERR_NOT_SUPPORT']);

type Attempt =
  | { kind: 'response'; response: RawResponse }
  | { kind: 'network'; code: string; reason: string; retry: boolean };

export class EconomicTransport {
  readonly stats = { calls: 0, retries: 0 };
  private readonly http: AxiosInstance;
  private readonly limiter: AdaptiveLimiter;
  private readonly redact: <T>(value: T) => T;
  private readonly baseUrl: string;

  constructor(private readonly opts: TransportOptions) {
    if (!opts.appSecretToken || !opts.agreementGrantToken) {
      throw new EconomicError('auth', 'The e-conomic app secret token and agreement grant token are both required; add them in the settings.');
    }
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.limiter = new AdaptiveLimiter(opts.concurrency);
    this.redact = makeRedactor([opts.appSecretToken, opts.agreementGrantToken]);
    this.http = axios.create({
      timeout: opts.timeoutMs,
      responseType: 'arraybuffer',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      // A redirect to another host would carry our token headers along; never follow blindly.
      maxRedirects: 0,
      ...(opts.adapter ? { adapter: opts.adapter } : {}),
    });
  }

  get concurrencyLimit(): number {
    return this.limiter.limit;
  }

  /** Absolute URL for a path; links that e-conomic returns (absolute) are mapped onto our base URL. */
  resolve(pathOrUrl: string): string {
    if (/^https?:\/\//i.test(pathOrUrl)) {
      if (pathOrUrl.startsWith(this.baseUrl)) return pathOrUrl;
      const url = new URL(pathOrUrl);
      return `${this.baseUrl}${url.pathname}${url.search}`;
    }
    return `${this.baseUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
  }

  /** Path relative to the base URL, for messages and onCall. */
  relative(pathOrUrl: string): string {
    const abs = this.resolve(pathOrUrl);
    return abs.slice(this.baseUrl.length) || '/';
  }

  async request(spec: RequestSpec): Promise<RawResponse> {
    const { method } = spec;
    const path = this.relative(spec.path);
    if (method !== 'GET' && !spec.idempotencyKey) {
      throw new EconomicError('unsupported', `Programming error: ${method} ${path} needs an Idempotency-Key so retries cannot duplicate it.`, { method, path });
    }
    // A DELETE on the drafts collection itself deletes every draft on the agreement (live).
    if (method === 'DELETE' && /^\/invoices\/drafts\/?(\?|$)/i.test(path)) {
      throw new EconomicError('unsupported', `Programming error: DELETE ${path} would delete every draft invoice in e-conomic; name one draft.`, { method, path });
    }
    const { maxAttempts } = this.opts;
    for (let attempt = 1; ; attempt++) {
      await this.opts.beforeCall?.();
      if (this.opts.guard) await this.opts.guard.admit(method, path);
      const outcome = await this.attempt(spec, path, attempt);

      let retryAfterMs: number | null = null;
      if (outcome.kind === 'response') {
        const { status } = outcome.response;
        if ((status >= 200 && status < 300) || spec.passStatuses?.includes(status)) {
          this.limiter.succeeded();
          return outcome.response;
        }
        const location = outcome.response.headers.location;
        if (status >= 300 && status < 400 && location && method === 'GET' && (spec.redirects ?? 0) < 5) {
          this.limiter.succeeded();
          return this.followRedirect(spec, location);
        }
        if (!isRetryableStatus(status)) throw this.errorFromResponse(method, path, outcome.response, attempt);
        retryAfterMs = parseRetryAfterMs(outcome.response.headers['retry-after'], Date.now());
        if (status === 429 && this.limiter.throttled()) {
          this.opts.logger?.warn(`e-conomic asked LedgerBridge to slow down (429); now at most ${this.limiter.limit} call(s) at a time.`);
        }
        if (attempt >= maxAttempts) throw this.errorFromResponse(method, path, outcome.response, attempt);
      } else {
        if (!outcome.retry || attempt >= maxAttempts) throw this.networkError(method, path, outcome, attempt);
      }

      const delay = retryAfterMs ?? backoffDelayMs(attempt, this.opts.random);
      this.stats.retries++;
      const what = outcome.kind === 'response' ? `answered ${outcome.response.status}` : `failed: ${outcome.reason}`;
      this.opts.logger?.info?.(`e-conomic ${method} ${path} ${what}; retry ${attempt} of ${maxAttempts - 1} in ${Math.round(delay)} ms.`);
      await this.opts.sleep(delay);
    }
  }

  /**
   * Same host: repeat with our headers. Another host (e.g. a short-lived file link): fetch
   * without the token headers, which must never reach a third party.
   */
  private async followRedirect(spec: RequestSpec, location: string): Promise<RawResponse> {
    const target = new URL(location, this.resolve(spec.path));
    const redirects = (spec.redirects ?? 0) + 1;
    if (target.origin === new URL(this.baseUrl).origin) {
      return this.request({ ...spec, path: target.href, redirects });
    }
    const started = performance.now();
    let outcome: Attempt;
    try {
      const res = await this.http.request<Buffer>({ method: 'GET', url: target.href, headers: { Accept: spec.accept ?? '*/*' } });
      outcome = { kind: 'response', response: toRaw(res) };
    } catch (err) {
      outcome = describeNetworkFailure(err);
    }
    const shown = `${target.origin}${target.pathname}`;
    this.opts.onCall?.({ method: 'GET', path: shown, status: outcome.kind === 'response' ? outcome.response.status : null, attempt: 1, ms: Math.round(performance.now() - started) });
    if (outcome.kind === 'network') throw this.networkError('GET', shown, outcome, 1);
    if (outcome.response.status >= 200 && outcome.response.status < 300) return outcome.response;
    throw this.errorFromResponse('GET', shown, outcome.response, 1);
  }

  private async attempt(spec: RequestSpec, path: string, attempt: number): Promise<Attempt> {
    const release = await this.limiter.acquire();
    const started = performance.now();
    let outcome: Attempt;
    try {
      const res = await this.http.request<Buffer>({
        method: spec.method,
        url: this.resolve(spec.path),
        headers: this.headers(spec),
        data: spec.raw ? spec.raw.data : spec.body === undefined ? undefined : JSON.stringify(spec.body),
        // axios' own timeout only watches for an idle socket; this bounds the whole exchange.
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
      outcome = { kind: 'response', response: toRaw(res) };
      const serverTime = parseHttpDate(outcome.response.headers.date);
      if (serverTime) this.opts.onServerTime?.(serverTime);
    } catch (err) {
      outcome = describeNetworkFailure(err);
    } finally {
      release();
    }
    this.stats.calls++;
    const status = outcome.kind === 'response' ? outcome.response.status : null;
    this.opts.onCall?.({ method: spec.method, path, status, attempt, ms: Math.round(performance.now() - started) });
    return outcome;
  }

  private headers(spec: RequestSpec): Record<string, string> {
    const h: Record<string, string> = {
      'X-AppSecretToken': this.opts.appSecretToken,
      'X-AgreementGrantToken': this.opts.agreementGrantToken,
      'Content-Type': spec.raw?.contentType ?? 'application/json; charset=utf-8',
      Accept: spec.accept ?? 'application/json',
    };
    if (spec.idempotencyKey) h['Idempotency-Key'] = spec.idempotencyKey;
    return h;
  }

  private errorFromResponse(method: string, path: string, res: RawResponse, attempts: number): EconomicError {
    const envelope = this.redact(parseErrorEnvelope(parseJson(res.body)));
    const status = res.status;
    const kind = kindForStatus(status);
    const said = envelope.message ? `: ${envelope.message}` : '';
    const logRef = envelope.logId ? ` (e-conomic log id ${envelope.logId})` : '';
    let message: string;
    switch (kind) {
      case 'validation': {
        const fields = envelope.fields.length > 0 ? ` — ${describeFields(envelope.fields)}` : '';
        message = `e-conomic rejected ${method} ${path} (${status}${said})${fields}. Correct the data named here and try again.${logRef}`;
        break;
      }
      case 'auth':
        message = `e-conomic did not accept the access tokens for ${method} ${path} (401). Check the app secret token and the agreement grant token in the settings; the agreement may have withdrawn the grant.${logRef}`;
        break;
      case 'forbidden':
        message = `e-conomic refused ${method} ${path} (403${said}). The app's role in e-conomic does not allow this, or the agreement is read-only (demo agreements can only read).${logRef}`;
        break;
      case 'not-found':
        message = `e-conomic has no ${path} (404${said}).${logRef}`;
        break;
      case 'conflict':
        message = `e-conomic reported a conflict for ${method} ${path} (409${said}); reload the resource and try again.${logRef}`;
        break;
      case 'rate-limited':
        message = `e-conomic kept answering "too many requests" (429) to ${method} ${path} after ${attempts} attempts; LedgerBridge will try again later.${logRef}`;
        break;
      case 'server':
        message = `e-conomic had a server error (${status}${said}) on ${method} ${path} after ${attempts} attempts; this is usually temporary, LedgerBridge will try again later.${logRef}`;
        break;
      default:
        message = `e-conomic does not support ${method} ${path} (${status}${said}).${logRef}`;
    }
    const retryAfter = parseRetryAfterMs(res.headers['retry-after'], Date.now());
    return new EconomicError(kind, this.redact(message), {
      status,
      errorCode: envelope.errorCode,
      logId: envelope.logId,
      developerHint: envelope.developerHint,
      method,
      path,
      fields: envelope.fields,
      attempts,
      ...(retryAfter !== null ? { retryAfterMs: retryAfter } : {}),
    });
  }

  private networkError(method: string, path: string, failure: Extract<Attempt, { kind: 'network' }>, attempts: number): EconomicError {
    const message = failure.retry
      ? `Could not reach e-conomic for ${method} ${path} after ${attempts} attempt(s): ${failure.reason} (${failure.code}). Check the internet connection; LedgerBridge will try again later.`
      : `Could not send ${method} ${path} to e-conomic: ${failure.reason} (${failure.code}). Check the e-conomic address (${this.baseUrl}).`;
    return new EconomicError('network', this.redact(message), { method, path, attempts });
  }
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501);
}

export function kindForStatus(status: number): EconomicErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  // 3xx reaching here is a redirect we cannot follow (a write, or no Location).
  if (status < 400 || status === 405 || status === 415 || status === 501) return 'unsupported';
  if (status >= 500) return 'server';
  return 'validation';
}

export function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function toRaw(res: AxiosResponse<Buffer>): RawResponse {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers ?? {})) {
    if (v === undefined || v === null) continue;
    headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  const data = res.data as unknown;
  const body = Buffer.isBuffer(data) ? data : data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(String(data ?? ''));
  return { status: res.status, headers, body };
}

/** Reads only the error code from whatever was thrown; the thrown object itself is dropped. */
function describeNetworkFailure(err: unknown): Extract<Attempt, { kind: 'network' }> {
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : 'UNKNOWN';
  const rawMessage = typeof (err as { message?: unknown })?.message === 'string' ? (err as { message: string }).message : '';
  if (NOT_RETRIED_CODES.has(code)) return { kind: 'network', code, reason: 'the request could not be built', retry: false };
  let reason = NETWORK_CODES[code];
  if (!reason) reason = /hang up/i.test(rawMessage) ? 'the connection closed without an answer' : /timeout/i.test(rawMessage) ? 'no answer in time' : 'a network error occurred';
  if (code === 'ECONNRESET' && /hang up/i.test(rawMessage)) reason = 'the connection closed without an answer';
  return { kind: 'network', code, reason, retry: true };
}
