/**
 * The sandboxed preload: exposes exactly one typed object, `window.ledgerbridge`,
 * with `invoke` for contract channels and `on` for push events. Raw ipcRenderer
 * and the IPC event object (which carries `sender`) never reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_EVENT_PREFIX, IPC_PREFIX, isChannel, isEventName } from '../shared/ipc/channels';
import type { LedgerBridgeApi } from '../shared/ipc/window-api';

export function createPreloadApi(renderer: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): LedgerBridgeApi {
  return {
    invoke(channel, request) {
      if (!isChannel(channel)) return Promise.reject(new Error(`Unknown channel: ${String(channel)}`));
      return renderer.invoke(IPC_PREFIX + channel, request);
    },
    on(event, listener) {
      if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
      const wrapped = (_event: unknown, payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
      renderer.on(IPC_EVENT_PREFIX + event, wrapped);
      return () => {
        renderer.removeListener(IPC_EVENT_PREFIX + event, wrapped);
      };
    },
  };
}

contextBridge.exposeInMainWorld('ledgerbridge', createPreloadApi(ipcRenderer));
