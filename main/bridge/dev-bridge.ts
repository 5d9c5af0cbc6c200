import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { events, type AppEvent, type AppService, type Result } from '../../shared/ipc/contract';
import { RENDERER_CSP } from '../../shared/ipc/csp';
import { dispatch } from '../../shared/ipc/dispatch';
import { readStaticFile } from '../static-files';

/**
 * Serves the IPC contract over HTTP + WebSocket on 127.0.0.1 so the renderer
 * runs in a plain browser (development, end-to-end tests in Chromium):
 * `POST /api/<channel>` with a JSON body answers a Result; `/events` pushes
 * `{name, payload}` messages; other GETs serve the built renderer.
 */
export interface DevBridgeOptions {
  service: AppService;
  port?: number;
  staticDir?: string;
  onInternalError?: (channel: string, error: unknown) => void;
}

export interface DevBridge {
  url: string;
  emit(event: AppEvent): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;

export async function startDevBridge(options: DevBridgeOptions): Promise<DevBridge> {
  const sockets = new Set<WebSocket>();
  let origin = '';

  const server = createServer((req, res) => {
    handleHttp(req, res).catch((error: unknown) => {
      options.onInternalError?.('http', error);
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'The dev bridge failed to answer.'));
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isOwnHost(req, origin)) return sendJson(res, 403, failure('forbidden-sender', 'Wrong host.'));
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, failure('invalid-request', 'Use POST.'));
      // A page from another origin must not drive the engine (CSRF against 127.0.0.1).
      if (req.headers.origin !== undefined && req.headers.origin !== origin) {
        return sendJson(res, 403, failure('forbidden-sender', 'Only the LedgerBridge page may do this.'));
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, failure('invalid-request', 'Send JSON.'));
      }
      const body = await readBody(req);
      if (body === null) return sendJson(res, 413, failure('invalid-request', 'The request is too large.'));
      let payload: unknown;
      try {
        payload = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return sendJson(res, 400, failure('invalid-request', 'The request is not valid JSON.'));
      }
      const channel = path.slice('/api/'.length);
      const result = await dispatch(options.service, channel, payload, {
        validateResponses: true,
        onInternalError: options.onInternalError,
      });
      const status = !result.ok && result.error.code === 'unknown-channel' ? 404 : 200;
      return sendJson(res, status, result);
    }
    if (req.method !== 'GET' || !options.staticDir) return sendText(res, 404, 'Not found');
    const file = await readStaticFile(options.staticDir, path);
    if (!file) return sendText(res, 404, 'Not found');
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': RENDERER_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(file.body);
  }

  const wss = new WebSocketServer({
    server,
    path: '/events',
    verifyClient: (
      { origin: o, req }: { origin: string | undefined; req: IncomingMessage },
      done: (ok: boolean, status?: number, message?: string) => void,
    ) => {
      const allowed = isOwnHost(req, origin) && (o === undefined || o === origin);
      done(allowed, allowed ? undefined : 403, allowed ? undefined : 'Forbidden');
    },
  });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    emit(event) {
      const parsed = events[event.name].safeParse(event.payload);
      if (!parsed.success) {
        options.onInternalError?.(`event ${event.name}`, parsed.error);
        return;
      }
      const message = JSON.stringify({ name: event.name, payload: parsed.data });
      for (const socket of sockets) if (socket.readyState === socket.OPEN) socket.send(message);
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Refuses DNS-rebinding requests: the Host must be this loopback server. */
function isOwnHost(req: IncomingMessage, origin: string): boolean {
  const host = req.headers.host;
  if (!host || !origin) return false;
  const port = origin.slice(origin.lastIndexOf(':') + 1);
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function failure(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(body);
}
