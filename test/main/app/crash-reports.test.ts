import { describe, expect, it, vi } from 'vitest';
import * as electronModule from 'electron';
import { startLocalCrashReports } from '../../../main/app/crash-reports';
import type { FakeElectron } from './fake-electron';

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  const electron = createFakeElectron();
  return { ...electron, default: electron };
});

const electron = electronModule as unknown as FakeElectron;

describe('local crash reports', () => {
  it("start Electron's crash reporter writing into the private data dir, never uploading", () => {
    expect(startLocalCrashReports('/home/mette/.config/LedgerBridge')).toBe('/home/mette/.config/LedgerBridge/crash-reports');
    expect(electron.crashReporter.started).toEqual([{ options: { uploadToServer: false, compress: true }, crashDumps: '/home/mette/.config/LedgerBridge/crash-reports' }]);
    // No address to send reports to exists at all.
    expect(electron.crashReporter.started[0].options).not.toHaveProperty('submitURL');
  });
});
