import { app } from 'electron';

/**
 * Start at login, hidden in the tray. Electron implements login items on macOS
 * and Windows only; on Linux the setting is kept but has no effect (returns false).
 */
export function applyStartAtLogin(enabled: boolean, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'darwin' && platform !== 'win32') return false;
  app.setLoginItemSettings({ openAtLogin: enabled, openAsHidden: true, args: ['--hidden'] });
  return true;
}

export function startedHidden(argv: readonly string[]): boolean {
  return argv.includes('--hidden') || app.getLoginItemSettings().wasOpenedAsHidden === true;
}
