/**
 * The only place in the renderer that touches `window.ledgerbridge` or fetches
 * the API: inside Electron the preload's object is used, in a plain browser
 * the HTTP/WebSocket dev bridge served from the same origin.
 */
import type { LedgerBridgeApi } from '../../shared/ipc/window-api';
import { createClient, type Client } from './client';
import { createDevBridgeApi } from './dev-bridge-api';

declare global {
  interface Window {
    ledgerbridge?: LedgerBridgeApi;
  }
}

export function pickApi(win: Window = window): LedgerBridgeApi {
  if (win.ledgerbridge) return win.ledgerbridge;
  return createDevBridgeApi(win.location.origin, {
    fetch: win.fetch.bind(win),
    WebSocket: (win as Window & typeof globalThis).WebSocket,
  });
}

/** True when running in a plain browser (dev bridge): links may open in a new tab. */
export function inPlainBrowser(win: Window = window): boolean {
  return !win.ledgerbridge;
}

export function createDefaultClient(): Client {
  return createClient(pickApi());
}

export { CallError, createClient, type Client } from './client';
