import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startShell } from '../../../main/app/shell';
import { createUpdateChecker } from '../../../main/updates';
import { completeWizard, startServiceHarness, type ServiceHarness } from '../service/harness';
import { genericFeedSource, startLocalFeed, type LocalFeed } from '../updates/local-feed';
import { FakeTray, resetFakes } from './fake-electron';

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  const electron = createFakeElectron();
  return { ...electron, default: electron };
});

/**
 * The update path end to end, minus the Electron binary: a release on a local feed, read by
 * electron-updater's generic provider, becomes "Update ready" in the tray; the owner clicks
 * it while a sync is half-way, and the installer runs only after that sync wrote everything.
 */
let h: ServiceHarness;
let feed: LocalFeed;
let dir: string;
/** Set to hold the next order-list request of the shop until `release` is called. */
let holdNextOrderList = false;
let reachedShop: () => void = () => undefined;
let release: () => void = () => undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lb-update-flow-'));
  feed = await startLocalFeed();
  feed.publish('desktop', { version: '1.4.0', installer: Buffer.from('MZ LedgerBridge 1.4.0 installer '.repeat(64)) });
  h = await startServiceHarness({
    onShopRequest: async ({ path }) => {
      if (!holdNextOrderList || !path.endsWith('/orders')) return;
      holdNextOrderList = false;
      await new Promise<void>((resolve) => {
        release = resolve;
        reachedShop();
      });
    },
  });
  await completeWizard(h);
  resetFakes();
}, 60_000);

afterAll(async () => {
  await h?.close();
  await feed?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an update', () => {
  it('is offered in the tray once downloaded, and installed only after the running sync finished', async () => {
    const installs: Array<{ draftsInEconomic: number }> = [];
    let installed: () => void = () => undefined;
    const installDone = new Promise<void>((resolve) => (installed = resolve));
    const shell = await startShell({
      service: h.service,
      rendererDir: dir,
      preloadPath: '/opt/LedgerBridge/out/preload/index.cjs',
      trayIconDir: '/opt/LedgerBridge/out/main/tray',
      userDataDir: dir,
      validateResponses: true,
      startHidden: true,
      disposeService: () => h.service.dispose(),
      installUpdate: () =>
        h.service.installUpdate(() => {
          installs.push({ draftsInEconomic: h.economic.state().drafts.length });
          installed();
        }),
      onInternalError: (where, error) => {
        throw new Error(`${where}: ${String(error)}`);
      },
    });
    const tray = FakeTray.instances[0];
    expect(tray.menu!.items.some((i) => i.id === 'installUpdate')).toBe(false);

    const checker = createUpdateChecker({
      currentVersion: '1.3.2',
      source: genericFeedSource(feed.url('desktop'), process.platform === 'darwin' ? 'darwin' : process.platform === 'win32' ? 'win32' : 'linux', feed.downloads),
      onReady: (version) => shell.tray.update({ updateReady: version }),
    });
    expect(await checker.check()).toEqual({ kind: 'ready', version: '1.4.0' });
    expect(tray.item('installUpdate').label).toBe('Opdatering klar: genstart og installér version 1.4.0');

    // A sync is fetching orders from the shop when the owner chooses to install.
    const draftsBefore = h.economic.state().drafts.length;
    holdNextOrderList = true;
    const atShop = new Promise<void>((resolve) => (reachedShop = resolve));
    const sync = h.service['sync.now']({});
    await atShop;
    tray.item('installUpdate').click!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(installs).toEqual([]);

    release();
    const summary = await sync;
    await installDone;
    // The sync drafted the shop's new orders, and every draft was in e-conomic before the installer ran.
    expect(summary.drafted).toBeGreaterThan(0);
    expect(installs).toEqual([{ draftsInEconomic: draftsBefore + summary.drafted }]);
    // The engine is closed for the installer: no next sync can start.
    await expect(h.service['sync.now']({})).rejects.toThrow();
  }, 60_000);
});
