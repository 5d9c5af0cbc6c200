// The Debian packages some tests need. Run as root (CI), `npm test` installs the missing
// ones and stops at once when that fails; otherwise it prints the apt line to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PACKAGES = [
  { pkg: 'chromium', provides: '/usr/bin/chromium', why: 'end-to-end tests of the app in a real browser' },
  { pkg: 'gnome-keyring', provides: '/usr/bin/gnome-keyring-daemon', why: 'keychain tests (the OS keychain on Linux)' },
  { pkg: 'dbus', provides: '/usr/bin/dbus-run-session', why: 'a private session bus for the keychain tests' },
  { pkg: 'faketime', provides: '/usr/bin/faketime', why: 'CLI tests that move the clock of a whole process (the activation gate)' },
];

export const hasPrivateKeyring = () => existsSync('/usr/bin/dbus-run-session') && existsSync('/usr/bin/gnome-keyring-daemon');

const run = (cmd, args, env) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

/**
 * Makes sure the packages are there. Returns `{ installFailed }` (a reason, or null) and
 * `missing` (what is still not installed, with why each matters).
 */
export function ensureSystemPackages() {
  let missing = SYSTEM_PACKAGES.filter((p) => !existsSync(p.provides));
  if (missing.length === 0) return { installFailed: null, missing };
  const names = missing.map((p) => p.pkg).join(' ');
  if (process.getuid?.() === 0) {
    console.log(`Installing system packages the tests need: ${names}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env) !== 0) return { installFailed: `apt-get update failed, so ${names} could not be installed`, missing };
    if (run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((p) => p.pkg)], env) !== 0) {
      return { installFailed: `apt-get install ${names} failed`, missing };
    }
    missing = SYSTEM_PACKAGES.filter((p) => !existsSync(p.provides));
    if (missing.length > 0) return { installFailed: `apt-get installed ${names} but ${missing.map((p) => p.provides).join(', ')} is still missing`, missing };
    return { installFailed: null, missing };
  }
  console.log('Some tests need system packages that are not installed. Install them with:');
  console.log(`  sudo apt-get install -y --no-install-recommends ${names}`);
  for (const p of missing) console.log(`  - ${p.pkg}: ${p.why} (those tests are skipped until then)`);
  return { installFailed: null, missing };
}
