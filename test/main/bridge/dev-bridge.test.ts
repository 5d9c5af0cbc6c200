import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startDevBridge, type DevBridge } from '../../../main/bridge/dev-bridge';
import { RENDERER_CSP } from '../../../shared/ipc/csp';
import { createDevBridgeApi } from '../../../renderer/client/dev-bridge-api';
import { createClient, CallError } from '../../../renderer/client/client';
import { createMemoryService, type MemoryService } from '../../shared/ipc/memory-service';

let bridge: DevBridge;
let memory: MemoryService;
let staticDir: string;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'lb-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'export {}');
  memory = createMemoryService({ logEntries: 1000 });
  bridge = await startDevBridge({ service: memory.service, staticDir });
});

afterAll(async () => {
  await bridge.close();
  rmSync(staticDir, { recursive: true, force: true });
});

const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${bridge.url}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** A raw request with a chosen Host header (fetch does not allow setting it). */
function rawGet(path: string, host: string): Promise<number> {
  const url = new URL(bridge.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the dev bridge over HTTP', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a channel with the typed result', async () => {
    const response = await post('log.list', { severity: 'error', limit: 10 });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { ok: boolean; value: { total: number; rows: Array<{ severity: string }> } };
    expect(result.ok).toBe(true);
    expect(result.value.total).toBe(250);
    expect(result.value.rows).toHaveLength(10);
    expect(result.value.rows.every((r: { severity: string }) => r.severity === 'error')).toBe(true);
  });

  it('validates the request before the service sees it', async () => {
    const before = memory.calls.length;
    const result = await (await post('supervised.activate', { by: 'Mette', acceptRisk: false })).json();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(memory.calls.length).toBe(before);
  });

  it('returns catalogue errors with their code', async () => {
    const result = await (await post('economic.testConnection', { appSecretToken: 'a', agreementGrantToken: 'wrong' })).json();
    expect(result).toMatchObject({ ok: false, error: { code: 'LB-3101' } });
  });

  it('answers 404 for an unknown channel, 400 for broken JSON, 415 without JSON', async () => {
    expect((await post('shell.exec', {})).status).toBe(404);
    const broken = await fetch(`${bridge.url}/api/sync.now`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' });
    expect(broken.status).toBe(400);
    const form = await fetch(`${bridge.url}/api/sync.now`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('refuses calls from another origin (a web page trying to drive the engine)', async () => {
    const response = await post('sync.now', {}, { Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect((await post('sync.pause', {}, { Origin: bridge.url })).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect(await rawGet('/index.html', 'evil.example')).toBe(403);
    expect(await rawGet('/index.html', new URL(bridge.url).host)).toBe(200);
  });

  it('serves the built renderer with the CSP, and nothing outside it', async () => {
    const page = await fetch(`${bridge.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(await page.text()).toContain('id="root"');
    expect((await fetch(`${bridge.url}/assets/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${bridge.url}/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd`)).status).toBe(404);
  });
});

describe('the dev bridge over WebSocket', () => {
  function connect(origin?: string): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(bridge.url.replace('http', 'ws') + '/events', origin ? { origin } : {});
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  }

  it('pushes events to connected pages', async () => {
    const socket = await connect(bridge.url);
    const message = new Promise<unknown>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
    bridge.emit({ name: 'status.changed', payload: { trayState: 'working', paused: false, running: true, lastSyncAt: null, attentionCount: 0, automaticPosting: false } });
    expect(await message).toEqual({ name: 'status.changed', payload: { trayState: 'working', paused: false, running: true, lastSyncAt: null, attentionCount: 0, automaticPosting: false } });
    socket.close();
  });

  it('refuses sockets from another origin', async () => {
    await expect(connect('https://evil.example')).rejects.toThrow(/403/);
  });
});

describe('the renderer client against the dev bridge', () => {
  const api = () =>
    createDevBridgeApi(bridge.url, { fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, Origin: bridge.url } }), WebSocket: WebSocket as unknown as typeof globalThis.WebSocket, reconnectMs: 10 });

  it('calls channels with the same typed API as the preload', async () => {
    const client = createClient(api());
    const page = await client.call('orders.list', { status: 'retrying', limit: 5 });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.state === 'failed')).toBe(true);
    await expect(client.call('supervised.activate', { by: 'Mette', acceptRisk: true })).rejects.toMatchObject({ code: 'LB-4003' });
    await expect(client.call('supervised.activate', { by: 'Mette', acceptRisk: true })).rejects.toBeInstanceOf(CallError);
  });

  it('receives pushed events', async () => {
    const bridgeApi = api();
    const received: unknown[] = [];
    let off = () => {};
    const first = new Promise<void>((resolve) => {
      off = bridgeApi.on('sync.progress', (payload) => {
        received.push(payload);
        resolve();
      });
    });
    // The socket opens asynchronously; emit until the first event arrives.
    const payload = { phase: 'fetching' as const, processed: 0, total: null, orderNumber: null };
    const timer = setInterval(() => bridge.emit({ name: 'sync.progress', payload }), 20);
    await first;
    clearInterval(timer);
    off();
    expect(received[0]).toEqual(payload);
  });

  it('reports an unreachable engine as a typed error', async () => {
    const offline = createDevBridgeApi('http://127.0.0.1:9', { fetch, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
    expect(await offline.invoke('sync.now', {})).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });
});
