import { ipcMain, type WebContents } from 'electron';
import { CHANNELS, IPC_EVENT_PREFIX, IPC_PREFIX } from '../../shared/ipc/channels';
import type { AppEvent, AppService, Result } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { APP_HOST, APP_SCHEME } from './protocol';

/** What Electron tells us about the frame that sent an IPC message. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

/**
 * Only the app's own top-level page may call the engine (Electron checklist #17,
 * VS Code's ValidatedIpcMain): an iframe or a page that somehow navigated
 * elsewhere is refused.
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

export interface IpcOptions {
  validateResponses: boolean;
  onInternalError?: (channel: string, error: unknown) => void;
}

/** Registers one `ipcMain.handle` per contract channel; returns the function that removes them. */
export function registerIpcHandlers(service: AppService, options: IpcOptions): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame as SenderFrameLike | null)) {
        return { ok: false, error: { code: 'forbidden-sender', message: 'Only the LedgerBridge window may do this.' } };
      }
      return dispatch(service, channel, payload, options);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}

/** Sends a push event to every live app page. */
export function broadcastEvent(targets: readonly WebContents[], event: AppEvent): void {
  for (const contents of targets) {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_PREFIX + event.name, event.payload);
  }
}
