import type { LedgerBridgeApi } from '../../shared/ipc/window-api';
import type { EventName } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/contract';

type Listener = (payload: unknown) => void;

export interface DevBridgeApiDeps {
  fetch: typeof fetch;
  WebSocket: typeof WebSocket;
  /** Delay before reconnecting the event socket after it drops. */
  reconnectMs?: number;
}

/**
 * The dev bridge client: the same typed API as `window.ledgerbridge`, carried
 * over `POST /api/<channel>` and a WebSocket at `/events` (main/bridge).
 */
export function createDevBridgeApi(baseUrl: string, deps: DevBridgeApiDeps): LedgerBridgeApi {
  const listeners = new Map<EventName, Set<Listener>>();
  let socket: WebSocket | null = null;

  const connect = () => {
    if (socket) return;
    const ws = new deps.WebSocket(baseUrl.replace(/^http/, 'ws') + '/events');
    socket = ws;
    ws.onmessage = (message) => {
      let parsed: { name?: EventName; payload?: unknown };
      try {
        parsed = JSON.parse(String(message.data));
      } catch {
        return;
      }
      const set = parsed.name ? listeners.get(parsed.name) : undefined;
      set?.forEach((listener) => listener(parsed.payload));
    };
    ws.onclose = () => {
      socket = null;
      if (hasListeners()) setTimeout(connect, deps.reconnectMs ?? 2000);
    };
  };
  const hasListeners = () => [...listeners.values()].some((set) => set.size > 0);

  return {
    async invoke(channel, request) {
      let response: globalThis.Response;
      try {
        response = await deps.fetch(`${baseUrl}/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(request ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'unreachable', message: 'LedgerBridge is not answering.' } };
      }
      return (await response.json()) as Result<never>;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      connect();
      return () => {
        set.delete(listener as Listener);
        if (!hasListeners() && socket) {
          const s = socket;
          socket = null;
          s.onclose = null;
          s.close();
        }
      };
    },
  };
}
