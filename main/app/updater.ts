import { autoUpdater } from 'electron-updater';
import { createUpdateChecker, UPDATE_FEED_URL, type UpdateSource } from '../updates';

const CHECK_EVERY_MS = 6 * 60 * 60_000;

export interface Updater {
  /** Quits and runs the downloaded installer; call it only between syncs (DesktopService.installUpdate). */
  install(): void;
  stop(): void;
}

/**
 * electron-updater against LedgerBridge's generic feed. Whether to take what the feed offers is
 * decided in main/updates (plain and tested against a local feed); electron-updater downloads
 * it and checks its SHA-512 and, on Windows, the Authenticode signature against the publisher
 * name (macOS' Squirrel checks the code signature) before anything is installed. Nothing
 * installs by itself on quit: only the tray's "Update ready" item does.
 */
export function startUpdater(options: { currentVersion: string; onReady(version: string): void; onError(error: unknown): void }): Updater {
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.allowPrerelease = false;
  autoUpdater.setFeedURL({ provider: 'generic', url: UPDATE_FEED_URL, channel: 'latest' });
  const source: UpdateSource = {
    async latest() {
      const found = await autoUpdater.checkForUpdates();
      if (!found) throw new Error('electron-updater is not active in this build');
      return found.updateInfo;
    },
    async download() {
      await autoUpdater.downloadUpdate();
    },
  };
  const checker = createUpdateChecker({ currentVersion: options.currentVersion, source, onReady: options.onReady });
  const tick = () => void checker.check().catch(options.onError);
  tick();
  const timer = setInterval(tick, CHECK_EVERY_MS);
  return {
    install: () => autoUpdater.quitAndInstall(false, true),
    stop: () => clearInterval(timer),
  };
}
