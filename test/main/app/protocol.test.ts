import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electronModule from 'electron';
import { RENDERER_CSP } from '../../../shared/ipc/csp';
import { registerAppScheme, resolveAppFile, respondToAppRequest, serveRenderer } from '../../../main/app/protocol';
import { isAllowedExternalUrl } from '../../../main/app/security';
import { isTrustedSender } from '../../../main/app/ipc';
import type { FakeElectron } from './fake-electron';

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  const electron = createFakeElectron();
  return { ...electron, default: electron };
});
const electron = electronModule as unknown as FakeElectron;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lb-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>LedgerBridge</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'lb-secret.txt'), 'outside');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(join(root, '..', 'lb-secret.txt'), { force: true });
});

describe('the app:// protocol', () => {
  it('is registered as a secure, standard scheme and handled by the renderer server', async () => {
    registerAppScheme();
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    serveRenderer(root);
    const response = await electron.protocol.handlers.get('app')!(new Request('app://ledgerbridge/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>LedgerBridge</title>');
  });

  it('serves renderer files with the CSP and a content type', async () => {
    const response = await respondToAppRequest(new Request('app://ledgerbridge/assets/index.js'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
  });

  it('never serves files outside the renderer folder', () => {
    // The URL parser already folds plain and %2e dot segments into the root…
    expect(resolveAppFile('app://ledgerbridge/../lb-secret.txt', root)).toBe(join(root, 'lb-secret.txt'));
    expect(resolveAppFile('app://ledgerbridge/%2e%2e/lb-secret.txt', root)).toBe(join(root, 'lb-secret.txt'));
    // …but encoded slashes survive it and must be refused after decoding.
    expect(resolveAppFile('app://ledgerbridge/assets/%2e%2e%2f%2e%2e%2flb-secret.txt', root)).toBeNull();
    expect(resolveAppFile('app://ledgerbridge/assets/%00.js', root)).toBeNull();
    expect(resolveAppFile('app://another-host/index.html', root)).toBeNull();
    expect(resolveAppFile('app://ledgerbridge/assets/index.js', root)).toBe(join(root, 'assets', 'index.js'));
  });

  it('answers only GET, and 404 for missing files', async () => {
    expect((await respondToAppRequest(new Request('app://ledgerbridge/index.html', { method: 'POST', body: 'x' }), root)).status).toBe(405);
    expect((await respondToAppRequest(new Request('app://ledgerbridge/nope.js'), root)).status).toBe(404);
    expect((await respondToAppRequest(new Request('app://ledgerbridge/%2e%2e/lb-secret.txt'), root)).status).toBe(404);
  });
});

describe('trust decisions', () => {
  it('opens only https links to e-conomic in the system browser', () => {
    expect(isAllowedExternalUrl('https://secure.e-conomic.com/sales/invoices/20001')).toBe(true);
    expect(isAllowedExternalUrl('http://secure.e-conomic.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://secure.e-conomic.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@secure.e-conomic.com/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
  });

  it('trusts IPC only from the top frame of app://ledgerbridge', () => {
    expect(isTrustedSender({ url: 'app://ledgerbridge/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://ledgerbridge/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://ledgerbridge/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'not a url', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});
