// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerBridgeApi } from '../../../shared/ipc/window-api';
import { createClient, inPlainBrowser, pickApi } from '../../../renderer/client';

afterEach(() => {
  delete window.ledgerbridge;
  vi.restoreAllMocks();
});

describe('pickApi', () => {
  it('uses the preload object inside Electron', async () => {
    const api: LedgerBridgeApi = { invoke: vi.fn(async () => ({ ok: true as const, value: { paused: true } })) as LedgerBridgeApi['invoke'], on: () => () => undefined };
    window.ledgerbridge = api;
    expect(pickApi()).toBe(api);
    expect(inPlainBrowser()).toBe(false);
    await expect(createClient(pickApi()).call('sync.pause', {})).resolves.toEqual({ paused: true });
  });

  it('falls back to the dev bridge on the page’s own origin in a plain browser', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify({ ok: false, error: { code: 'LB-3001', message: 'e-conomic is not answering.' } })));
    expect(inPlainBrowser()).toBe(true);
    const client = createClient(pickApi());
    await expect(client.call('sync.now', {})).rejects.toMatchObject({ code: 'LB-3001', message: 'e-conomic is not answering.' });
    expect(fetchSpy).toHaveBeenCalledWith(`${window.location.origin}/api/sync.now`, expect.objectContaining({ method: 'POST', body: '{}' }));
  });
});
