import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from './auth';
import { isGrantPage, serveGrantPage } from './grant-page';
import type { Ctx, Reply, ResolvedOptions, Upload } from './context';
import { ApiError, Validation, envelope } from './errors';
import type { FaultInjector } from './faults';
import { findReplay, remember } from './idempotency';
import { toJson } from './json';
import type { Router } from './router';
import type { Store } from './store';
import { checkAgainstSchema } from './request-schema';
import { requireObjectBody } from './validation/common';

export interface Counters {
  total: number;
  byRoute: Record<string, number>;
  idempotentReplays: number;
}

interface Deps {
  store: Store;
  router: Router;
  admin: Router;
  faults: FaultInjector;
  options: ResolvedOptions;
  counters: Counters;
  base: () => string;
  /** called after every request that changed the store */
  persist: () => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

interface Rendered { status: number; headers: Record<string, string>; body: string | Uint8Array; contentType: string }

function render(reply: Reply): Rendered {
  if (reply.raw) return { status: reply.status, headers: reply.headers ?? {}, body: reply.raw, contentType: reply.contentType ?? 'application/octet-stream' };
  return { status: reply.status, headers: reply.headers ?? {}, body: reply.body === undefined ? '' : toJson(reply.body), contentType: 'application/json; charset=utf-8' };
}

function renderError(err: unknown): Rendered {
  if (err instanceof ApiError) {
    return { status: err.status, headers: err.headers, body: toJson(envelope(err.status, err.message, err.developerHint, err.extra)), contentType: 'application/json; charset=utf-8' };
  }
  const hint = 'An unexpected error happened in the e-conomic sandbox.';
  console.error('[economic-sandbox]', err);
  return { status: 500, headers: {}, body: toJson(envelope(500, 'Internal server error.', hint)), contentType: 'application/json; charset=utf-8' };
}

/** Every answer carries the sandbox clock's time in `Date`, as a real server does with its own clock. */
function send(res: ServerResponse, r: Rendered, nowMs: number): void {
  res.writeHead(r.status, {
    Date: new Date(nowMs).toUTCString(),
    'Content-Type': r.contentType,
    ...(r.status === 204 ? {} : { 'Content-Length': Buffer.byteLength(r.body as string | Uint8Array) }),
    ...r.headers,
  });
  res.end(r.status === 204 ? undefined : r.body);
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'DELETE']);

/** One request through the e-conomic pipeline: faults, latency, auth, media type, idempotency, route. */
export async function handleRequest(deps: Deps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', deps.base());
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const bytes = await readBody(req);
  const rawBody = bytes.toString('utf8');

  if (isGrantPage(path)) return serveGrantPage(req, res, url, rawBody, deps.options);
  if (path.startsWith('/_sandbox/')) {
    send(res, await dispatch(deps, deps.admin, method, path.slice('/_sandbox'.length), url, rawBody, true), deps.store.now());
    if (deps.store.dirty) deps.persist();
    return;
  }

  const match = deps.router.match(method, path);
  const routeKey = `${method} ${match.kind === 'none' ? '(unknown)' : match.pattern}`;
  deps.counters.total++;
  deps.counters.byRoute[routeKey] = (deps.counters.byRoute[routeKey] ?? 0) + 1;

  const fault = deps.faults.decide();
  if (fault.kind === 'drop') {
    req.socket.destroy();
    return;
  }
  if (deps.faults.latencyMs > 0) await sleep(deps.faults.latencyMs);
  if (fault.kind === 'status') {
    const msg = fault.status === 429 ? 'Too many requests.' : fault.status === 503 ? 'Service unavailable.' : 'Internal server error.';
    const headers: Record<string, string> = fault.status === 429 ? { 'Retry-After': '1' } : {};
    send(res, { status: fault.status, headers, contentType: 'application/json; charset=utf-8', body: toJson(envelope(fault.status, msg, 'Injected by the sandbox fault configuration; retry later.')) }, deps.store.now());
    return;
  }

  let result: Rendered;
  try {
    const auth = authenticate(req.headers, url.searchParams, method, url.toString(), deps.options);
    const contentType = String(req.headers['content-type'] ?? '');
    const upload = match.kind === 'found' && match.upload;
    if (upload && !/^multipart\/form-data\s*;/i.test(contentType)) {
      throw new ApiError(415, 'Unsupported Media Type.', 'For the file upload "application/json" is not a valid content-type: send multipart/form-data with a boundary.');
    }
    if (!upload && (method === 'POST' || method === 'PUT') && !/^application\/json\s*(;.*)?$/i.test(contentType)) {
      throw new ApiError(415, 'Unsupported Media Type.', "We're a JSON based API: send Content-Type: application/json.");
    }
    const key = req.headers['idempotency-key'];
    const idemKey = WRITE_METHODS.has(method) && typeof key === 'string' && key !== '' ? key : undefined;
    const replay = idemKey ? findReplay(deps.store, auth.grantToken, idemKey) : undefined;
    if (replay) {
      deps.counters.idempotentReplays++;
      // live: a replayed answer is the first one, marked as coming from the cache
      result = { status: replay.status, headers: { ...replay.headers, 'X-ResultFromCache': 'true' }, body: replay.body, contentType: replay.contentType };
    } else {
      result = await dispatch(deps, deps.router, method, path, url, upload ? { bytes, contentType } : rawBody, false);
      if (idemKey && result.status < 500 && typeof result.body === 'string') {
        remember(deps.store, auth.grantToken, idemKey, { status: result.status, headers: result.headers, body: result.body, contentType: result.contentType });
      }
    }
  } catch (err) {
    result = renderError(err);
  }
  if (deps.store.dirty) deps.persist();
  if (fault.kind === 'lost') {
    // the write happened, the answer never arrives
    req.socket.destroy();
    return;
  }
  send(res, result, deps.store.now());
}

/** `raw`: the body as text, or the bytes of an upload (multipart/form-data) with their content type. */
async function dispatch(deps: Deps, router: Router, method: string, path: string, url: URL, raw: string | Upload, admin: boolean): Promise<Rendered> {
  try {
    const m = router.match(method, path);
    if (m.kind === 'none') throw new ApiError(404, 'Not found.', `There is no resource at ${path}. GET / on the real API lists all endpoints.`);
    if (m.kind === 'wrongMethod') throw new ApiError(405, 'Method not allowed.', `${method} is not supported on ${path}; use ${m.allow.join(', ')}.`, {}, { Allow: m.allow.join(', ') });
    let body: unknown;
    const upload = typeof raw === 'string' ? undefined : raw;
    const rawBody = typeof raw === 'string' ? raw : '';
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        throw new ApiError(400, 'The request body is not valid JSON.', 'Check the JSON syntax of the body.', { errorCode: 'E04300' });
      }
    }
    const validation = m.schema ? checkAgainstSchema(m.schema, requireObjectBody(body)) : new Validation();
    const ctx: Ctx = { method, path, params: m.params, query: url.searchParams, body, store: deps.store, base: deps.base(), options: deps.options, validation, upload };
    return render(await m.handler(ctx));
  } catch (err) {
    if (admin && !(err instanceof ApiError)) return renderError(new ApiError(400, (err as Error).message, 'Check the admin request.'));
    return renderError(err);
  }
}
