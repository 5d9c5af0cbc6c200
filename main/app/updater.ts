import { autoUpdater } from 'electron-updater';
import { decideUpdate, readUpdateFeed, UPDATE_FEED_URL } from '../updates';

const CHECK_EVERY_MS = 6 * 60 * 60_000;

export interface Updater {
  /** Quits and runs the downloaded installer; call it only between syncs (DesktopService.installUpdate). */
  install(): void;
  stop(): void;
}

/**
 * electron-updater against LedgerBridge's generic feed. Whether to take what the feed offers is
 * decided in main/updates (plain and tested); electron-updater downloads it and checks its
 * SHA-512 and, on Windows, the Authenticode signature against the publisher name (macOS'
 * Squirrel checks the code signature) before anything is installed. Nothing installs by itself
 * on quit: only the tray's "Update ready" item does.
 */
export function startUpdater(options: { currentVersion: string; onReady(version: string): void; onError(error: unknown): void }): Updater {
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.allowPrerelease = false;
  autoUpdater.setFeedURL({ provider: 'generic', url: UPDATE_FEED_URL });
  let downloaded: string | null = null;
  autoUpdater.on('update-downloaded', (info) => {
    downloaded = info.version;
    options.onReady(info.version);
  });
  autoUpdater.on('error', (error) => options.onError(error));

  const check = async () => {
    const offered = await readUpdateFeed(UPDATE_FEED_URL, process.platform);
    const decision = decideUpdate({ current: options.currentVersion, offered, downloaded });
    if (decision.kind !== 'download') return;
    const found = await autoUpdater.checkForUpdates();
    if (found?.updateInfo.version === decision.version) await autoUpdater.downloadUpdate();
  };
  const tick = () => void check().catch(options.onError);
  tick();
  const timer = setInterval(tick, CHECK_EVERY_MS);
  return {
    install: () => autoUpdater.quitAndInstall(false, true),
    stop: () => clearInterval(timer),
  };
}
