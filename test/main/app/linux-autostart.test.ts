import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electronModule from 'electron';
import { applyStartAtLogin } from '../../../main/app/login-item';
import { autostartPath, desktopEntry, execArgument, linuxAutostartEnabled } from '../../../main/app/linux-autostart';
import type { FakeElectron } from './fake-electron';

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  const electron = createFakeElectron();
  return { ...electron, default: electron };
});

const electron = electronModule as unknown as FakeElectron;

/** The Exec line of a desktop entry, as a desktop reads it. */
const execLine = (text: string) => /^Exec=(.*)$/m.exec(text)?.[1];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lb-autostart-'));
  electron.app.isPackaged = true;
});
afterEach(() => {
  electron.app.isPackaged = false;
  rmSync(dir, { recursive: true, force: true });
});

describe('start at login on Linux (XDG autostart)', () => {
  it('writes ledgerbridge.desktop into $XDG_CONFIG_HOME/autostart, starting this program hidden, and removes it again', () => {
    const env = { XDG_CONFIG_HOME: join(dir, 'xdg') };
    const file = join(dir, 'xdg', 'autostart', 'ledgerbridge.desktop');

    expect(applyStartAtLogin(true, 'linux', env)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('[Desktop Entry]');
    expect(text).toMatch(/^Type=Application$/m);
    expect(text).toMatch(/^Name=LedgerBridge$/m);
    expect(execLine(text)).toBe(`${execArgument(process.execPath)} --hidden`);
    expect(linuxAutostartEnabled(env)).toBe(true);
    // Electron's own login items (a no-op on Linux) are not used.
    expect(electron.app.loginItems).toEqual([]);

    // Switching it on again rewrites the same single entry.
    expect(applyStartAtLogin(true, 'linux', env)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(text);

    expect(applyStartAtLogin(false, 'linux', env)).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(linuxAutostartEnabled(env)).toBe(false);
    // Switching off what is already off is fine.
    expect(applyStartAtLogin(false, 'linux', env)).toBe(true);
  });

  it('falls back to ~/.config when XDG_CONFIG_HOME is unset or not an absolute path', () => {
    expect(autostartPath({}, '/home/mette')).toBe('/home/mette/.config/autostart/ledgerbridge.desktop');
    expect(autostartPath({ XDG_CONFIG_HOME: 'relative/config' }, '/home/mette')).toBe('/home/mette/.config/autostart/ledgerbridge.desktop');
    expect(autostartPath({ XDG_CONFIG_HOME: '/srv/cfg' }, '/home/mette')).toBe('/srv/cfg/autostart/ledgerbridge.desktop');
  });

  it('starts the AppImage file itself, not its temporary mount', () => {
    const env = { XDG_CONFIG_HOME: dir, APPIMAGE: '/home/mette/Programmer/LedgerBridge-0.1.0.AppImage' };
    applyStartAtLogin(true, 'linux', env);
    expect(execLine(readFileSync(autostartPath(env), 'utf8'))).toBe('/home/mette/Programmer/LedgerBridge-0.1.0.AppImage --hidden');
  });

  it('unpackaged (electron .), passes the app folder so Electron starts LedgerBridge', () => {
    electron.app.isPackaged = false;
    const env = { XDG_CONFIG_HOME: dir };
    applyStartAtLogin(true, 'linux', env);
    expect(execLine(readFileSync(autostartPath(env), 'utf8'))).toBe(`${execArgument(process.execPath)} /opt/LedgerBridge/resources/app --hidden`);
  });

  it('quotes paths with spaces and special characters the way the Desktop Entry spec reads them', () => {
    expect(execLine(desktopEntry('/home/mette/Mine programmer/LedgerBridge', ['--hidden']))).toBe('"/home/mette/Mine programmer/LedgerBridge" --hidden');
    expect(execArgument('/opt/100%/a"b$c')).toBe('"/opt/100%%/a\\\\"b\\\\$c"');
  });

  it('reports failure instead of crashing when the autostart folder cannot be written', () => {
    // A config "folder" that is a file cannot hold an autostart folder, whoever runs the test.
    const notAFolder = join(dir, 'config-is-a-file');
    writeFileSync(notAFolder, '');
    expect(applyStartAtLogin(true, 'linux', { XDG_CONFIG_HOME: notAFolder })).toBe(false);
  });

  it('counts an entry the desktop switched off as off', () => {
    const env = { XDG_CONFIG_HOME: dir };
    mkdirSync(join(dir, 'autostart'));
    writeFileSync(autostartPath(env), `${desktopEntry('/usr/bin/ledgerbridge', ['--hidden'])}Hidden=true\n`);
    expect(linuxAutostartEnabled(env)).toBe(false);
  });
});
