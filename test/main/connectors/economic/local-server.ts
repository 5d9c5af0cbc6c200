import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the local test server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (req: SeenRequest, res: ServerResponse, index: number) => void | Promise<void>;

/**
 * A tiny HTTP server on 127.0.0.1 standing in for e-conomic in unit tests. Each test sets
 * `handler`; every request is recorded in `requests`.
 */
export async function startLocalServer() {
  const requests: SeenRequest[] = [];
  let inFlight = 0;
  const state = {
    handler: ((_req, res) => sendJson(res, 200, {})) as Handler,
    maxInFlight: 0,
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const seen: SeenRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    const index = requests.push(seen) - 1;
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    try {
      await state.handler(seen, res, index);
    } catch (err) {
      sendJson(res, 500, { message: String(err) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    state,
    reset() {
      requests.length = 0;
      state.maxInFlight = 0;
      state.handler = (_req, res) => sendJson(res, 200, {});
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Closes the connection without any answer, like a dropped socket. */
export function dropConnection(res: ServerResponse): void {
  res.socket?.destroy();
}
