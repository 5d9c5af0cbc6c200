// Runs vitest once and judges the run. A run is red when vitest itself exits non-zero
// (an unhandled rejection does that while every test passed), when a test fails, when a
// file or a hook breaks outside any test, when vitest leaves no outcome behind, and —
// under CI — when a test is skipped: a missing Chromium or keyring must not pass as
// "4 skipped". Every cause is named, so the summary says what to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasPrivateKeyring } from './system-packages.mjs';

const REPORTER = fileURLToPath(new URL('./outcome-reporter.mjs', import.meta.url));
// The project's own vitest, started directly: npx would add half a second of CPU per run.
const VITEST = fileURLToPath(new URL('../../node_modules/.bin/vitest', import.meta.url));
const quote = (a) => `'${a.replaceAll("'", "'\\''")}'`;

/**
 * Runs `vitest run` with `args` (inside a private D-Bus session with a throwaway unlocked
 * keyring when the system has one) and returns vitest's exit code; the outcome lands in
 * `outcomeFile`.
 */
export function runVitest({ args, outcomeFile, env }) {
  rmSync(outcomeFile, { force: true });
  const vitestArgs = ['run', '--reporter=default', `--reporter=${REPORTER}`, ...args];
  const childEnv = { ...env, LEDGERBRIDGE_TEST_OUTCOME: outcomeFile };
  const result = hasPrivateKeyring()
    ? spawnSync('dbus-run-session', ['--', 'bash', '-c', `echo -n ledgerbridge-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec ${[VITEST, ...vitestArgs].map(quote).join(' ')}`], { stdio: 'inherit', env: childEnv })
    : spawnSync(VITEST, vitestArgs, { stdio: 'inherit', env: childEnv });
  return result.status ?? 1;
}

const where = (file, name) => [file, name].filter(Boolean).join(' > ');

/**
 * Counts and causes of one vitest run. `outcome` is what the outcome reporter wrote (null
 * when it wrote nothing); `ci` turns every skipped test into a failure.
 */
export function judgeVitestRun(outcome, exitCode, { ci }) {
  if (!outcome) {
    return { passed: 0, failed: 1, skipped: 0, causes: [`vitest stopped before reporting (exit code ${exitCode}): see its output above`], skips: [] };
  }
  const causes = [];
  const skips = [];
  let passed = 0;
  for (const t of outcome.tests) {
    if (t.state === 'passed') passed += 1;
    else if (t.state === 'failed') causes.push(`failed: ${where(t.file, t.name)}${t.message ? `: ${t.message}` : ''}`);
    else if (t.state === 'skipped') (ci ? causes : skips).push(`skipped${ci ? ' (not allowed under CI=true)' : ''}: ${where(t.file, t.name)}`);
    else causes.push(`never finished (${t.state}): ${where(t.file, t.name)}`);
  }
  for (const b of outcome.brokenOutsideTests) causes.push(`broke outside a test: ${where(b.file, b.name)}: ${b.message}`);
  for (const u of outcome.unhandled) causes.push(`unhandled error${u.file ? ` from ${where(u.file, u.name)}` : ''}: ${u.message}`);
  if (exitCode !== 0 && causes.length === 0) causes.push(`vitest exited with code ${exitCode} although every test passed: see its output above`);
  return { passed, failed: causes.length, skipped: skips.length, causes, skips };
}

export function readOutcome(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}
