import { describe, expect, it, vi } from 'vitest';
import * as electronModule from 'electron';
import type { LedgerBridgeApi } from '../../shared/ipc/window-api';
import { IPC_EVENT_PREFIX, IPC_PREFIX } from '../../shared/ipc/channels';
import type { FakeElectron } from '../main/app/fake-electron';

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('../main/app/fake-electron');
  const electron = createFakeElectron();
  return { ...electron, default: electron };
});
const electron = electronModule as unknown as FakeElectron;

await import('../../preload/index');
const exposed = electron.contextBridge.exposed;
const api = exposed.get('ledgerbridge') as LedgerBridgeApi;

describe('the preload bridge', () => {
  it('exposes one object, window.ledgerbridge, with only invoke and on', () => {
    expect([...exposed.keys()]).toEqual(['ledgerbridge']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it('forwards contract channels under the lb: prefix', async () => {
    await expect(api.invoke('sync.now', {})).resolves.toEqual({ ok: true, value: { echoed: IPC_PREFIX + 'sync.now' } });
    expect(electron.ipcRenderer.invoked.at(-1)).toEqual({ channel: 'lb:sync.now', payload: {} });
  });

  it('refuses channels outside the contract', async () => {
    const before = electron.ipcRenderer.invoked.length;
    await expect(api.invoke('electron-store-get-data' as never, {} as never)).rejects.toThrow(/Unknown channel/);
    expect(electron.ipcRenderer.invoked.length).toBe(before);
    expect(() => api.on('ipc-message' as never, () => undefined)).toThrow(/Unknown event/);
  });

  it('delivers event payloads without the IPC event object, and unsubscribes', () => {
    const received: unknown[][] = [];
    const off = api.on('notification', (...args: unknown[]) => received.push(args));
    const payload = { id: 'n1', severity: 'error', code: 'LB-2003', title: 't', body: 'b', orderId: null };
    electron.ipcRenderer.emit(IPC_EVENT_PREFIX + 'notification', { sender: 'would leak' }, payload);
    expect(received).toEqual([[payload]]);
    off();
    electron.ipcRenderer.emit(IPC_EVENT_PREFIX + 'notification', {}, payload);
    expect(received).toHaveLength(1);
  });
});
