import { app } from 'electron';
import { setLinuxAutostart } from './linux-autostart';

/** The argument that makes LedgerBridge start in the tray without opening its window. */
export const HIDDEN_ARG = '--hidden';

/**
 * Start at login, hidden in the tray. macOS and Windows use Electron's login items;
 * Linux, where those do nothing, gets an XDG autostart entry (linux-autostart.ts).
 * Returns false when the platform has no way to do it or the entry could not be
 * written (e.g. a read-only home folder); the setting itself stays stored either way.
 */
export function applyStartAtLogin(enabled: boolean, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): boolean {
  if (platform === 'linux') {
    try {
      setLinuxAutostart(enabled, { ...linuxCommand(env), env });
      return true;
    } catch {
      return false;
    }
  }
  if (platform !== 'darwin' && platform !== 'win32') return false;
  app.setLoginItemSettings({ openAtLogin: enabled, openAsHidden: true, args: [HIDDEN_ARG] });
  return true;
}

/**
 * What the desktop runs at login. An AppImage runs from a temporary mount that changes
 * every start, so the entry points at the AppImage file itself ($APPIMAGE). Unpackaged
 * (`electron .`), Electron needs the app folder as its first argument.
 */
function linuxCommand(env: NodeJS.ProcessEnv): { execPath: string; args: string[] } {
  const execPath = env.APPIMAGE || process.execPath;
  return { execPath, args: app.isPackaged ? [HIDDEN_ARG] : [app.getAppPath(), HIDDEN_ARG] };
}

export function startedHidden(argv: readonly string[]): boolean {
  return argv.includes(HIDDEN_ARG) || app.getLoginItemSettings().wasOpenedAsHidden === true;
}
