import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Start at login on Linux, where Electron's login items do nothing: an XDG autostart
 * entry (`$XDG_CONFIG_HOME/autostart/ledgerbridge.desktop`, by default under
 * `~/.config`) that GNOME, KDE, Xfce and the other desktops run at login.
 */
export const AUTOSTART_FILE_NAME = 'ledgerbridge.desktop';

export interface LinuxAutostartOptions {
  /** The program to start, e.g. process.execPath, or the AppImage file itself. */
  execPath: string;
  /** Its arguments, e.g. ["--hidden"]. */
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  homeDir?: string;
}

/** The autostart folder: `$XDG_CONFIG_HOME/autostart`, or `~/.config/autostart` when it is unset or not absolute (as the XDG spec says). */
export function autostartDir(env: NodeJS.ProcessEnv = process.env, homeDir: string = homedir()): string {
  const configHome = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(homeDir, '.config');
  return join(configHome, 'autostart');
}

export function autostartPath(env?: NodeJS.ProcessEnv, homeDir?: string): string {
  return join(autostartDir(env, homeDir), AUTOSTART_FILE_NAME);
}

/**
 * One argument of an Exec line, quoted as the Desktop Entry spec requires: reserved
 * characters inside double quotes with `"`, `` ` ``, `$` and `\` escaped, then the
 * string-level escape of backslashes, and `%` doubled so it is not a field code.
 */
export function execArgument(arg: string): string {
  const quoted = /^[A-Za-z0-9_\-./=:+,@]+$/.test(arg) ? arg : `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

export function desktopEntry(execPath: string, args: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=LedgerBridge',
    'Comment=Transfers webshop orders to e-conomic; starts in the system tray',
    `Exec=${[execPath, ...args].map(execArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Writes (enabled) or removes (disabled) the autostart entry. Throws when the folder cannot be written. */
export function setLinuxAutostart(enabled: boolean, options: LinuxAutostartOptions): void {
  const path = autostartPath(options.env, options.homeDir);
  if (!enabled) {
    rmSync(path, { force: true });
    return;
  }
  mkdirSync(autostartDir(options.env, options.homeDir), { recursive: true });
  // Written whole and renamed, so a desktop never reads half an entry at login.
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, desktopEntry(options.execPath, options.args), { mode: 0o644 });
  renameSync(temp, path);
}

/** True when our autostart entry is there (and not switched off by the desktop's own settings). */
export function linuxAutostartEnabled(env?: NodeJS.ProcessEnv, homeDir?: string): boolean {
  try {
    const text = readFileSync(autostartPath(env, homeDir), 'utf8');
    return !/^Hidden\s*=\s*true\s*$/m.test(text) && !/^X-GNOME-Autostart-enabled\s*=\s*false\s*$/m.test(text);
  } catch {
    return false;
  }
}
