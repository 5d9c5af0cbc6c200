#!/usr/bin/env node
// `npm test`: makes sure the system packages the tests need are present (installing
// them when run as root), then type-checks, lints and runs every vitest suite inside a
// private D-Bus session with a throwaway unlocked keyring, and ends with the plain
// summary line "N passed, N failed" (also written to out/test-summary.txt).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_PACKAGES = [
  { pkg: 'chromium', provides: '/usr/bin/chromium', why: 'end-to-end tests of the app in a real browser' },
  { pkg: 'gnome-keyring', provides: '/usr/bin/gnome-keyring-daemon', why: 'keychain tests (the OS keychain on Linux)' },
  { pkg: 'dbus', provides: '/usr/bin/dbus-run-session', why: 'a private session bus for the keychain tests' },
];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status ?? 1;
}

function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((p) => !existsSync(p.provides));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.pkg).join(' ');
  if (process.getuid && process.getuid() === 0) {
    console.log(`Installing system packages the tests need: ${names}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    if (run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((p) => p.pkg)], { env }) !== 0) {
      console.error(`Could not install ${names}.`);
    }
  } else {
    console.log('Some tests need system packages that are not installed. Install them with:');
    console.log(`  sudo apt-get install -y --no-install-recommends ${names}`);
    for (const p of missing) console.log(`  - ${p.pkg}: ${p.why} (those tests are skipped until then)`);
  }
}

const results = [];
function step(name, cmd, args, opts) {
  console.log(`\n== ${name}`);
  const status = run(cmd, args, opts);
  results.push({ name, ok: status === 0 });
  return status === 0;
}

ensureSystemPackages();
mkdirSync('out', { recursive: true });

step('typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);

const report = join('out', 'vitest-report.json');
rmSync(report, { force: true });
const vitestArgs = ['vitest', 'run', '--reporter=default', `--reporter=json`, `--outputFile.json=${report}`, ...process.argv.slice(2)];
const env = { ...process.env, XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'lb-keyring-')) };
console.log('\n== vitest');
if (existsSync('/usr/bin/dbus-run-session') && existsSync('/usr/bin/gnome-keyring-daemon')) {
  const inner = `echo -n ledgerbridge-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec npx ${vitestArgs.map((a) => `'${a}'`).join(' ')}`;
  run('dbus-run-session', ['--', 'bash', '-c', inner], { env });
} else {
  run('npx', vitestArgs, { env });
}

let passed = results.filter((r) => r.ok).length;
let failed = results.filter((r) => !r.ok).length;
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that fails to load has no test results but must still count as a failure.
  for (const file of r.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
      failed += 1;
      console.error(`Test file failed to run: ${file.name}\n${file.message ?? ''}`);
    }
  }
} else {
  failed += 1;
  console.error('vitest wrote no report: the test run itself failed.');
}
for (const r of results) if (!r.ok) console.error(`${r.name} failed`);
const line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync(join('out', 'test-summary.txt'), line + '\n');
console.log(line);
process.exit(failed === 0 ? 0 : 1);
