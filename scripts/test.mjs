#!/usr/bin/env node
// `npm test`: makes sure the system packages the tests need are present (installing them
// when run as root), then type-checks, lints and runs every vitest suite inside a private
// D-Bus session with a throwaway unlocked keyring. It names every cause of a red run and
// ends with the plain summary line "N passed, N failed, N skipped" (also written to
// out/test-summary.txt). Under CI=true a skipped test counts as failed.
//
//   npm test [-- --vitest-only] [-- <vitest arguments>]
//
// --vitest-only leaves out the type check and lint (a quick re-run, and the harness's own
// test); every other argument goes to vitest. LEDGERBRIDGE_TEST_OUT moves out/.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureSystemPackages } from './test-harness/system-packages.mjs';
import { judgeVitestRun, readOutcome, runVitest } from './test-harness/vitest-run.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const outDir = process.env.LEDGERBRIDGE_TEST_OUT ?? 'out';
const vitestOnly = process.argv.includes('--vitest-only');
const vitestArgs = process.argv.slice(2).filter((a) => a !== '--vitest-only');

function finish(passed, causes, skipped) {
  for (const cause of causes) console.error(`✗ ${cause}`);
  const line = `${passed} passed, ${causes.length} failed, ${skipped} skipped`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'test-summary.txt'), line + '\n');
  console.log(line);
  process.exit(causes.length === 0 ? 0 : 1);
}

/** Runs a command to its end; resolves with its exit status and its stdout and stderr as they came. */
function runCollectingOutput(cmd, args) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolvePromise({ status: 1, output: `${output}${error.message}\n` }));
    child.on('close', (status) => resolvePromise({ status: status ?? 1, output }));
  });
}

const packages = ensureSystemPackages();
if (packages.installFailed) {
  console.error(`Cannot test: ${packages.installFailed}. Fix the package installation and run npm test again.`);
  finish(0, [`system packages: ${packages.installFailed}`], 0);
}
const causes = [];
let passed = 0;
if (ci) for (const p of packages.missing) causes.push(`system package missing under CI=true: ${p.pkg} (${p.why})`);

if (!vitestOnly) {
  // The type check and lint are independent and mostly single-threaded: they run side by side
  // (one per core) and each one's output is printed whole under its heading.
  const checks = [['typecheck', 'npm', ['run', '--silent', 'typecheck']], ['lint', 'npx', ['eslint', '.']]];
  const results = await Promise.all(checks.map(([, cmd, args]) => runCollectingOutput(cmd, args)));
  checks.forEach(([name], i) => {
    console.log(`\n== ${name}`);
    process.stdout.write(results[i].output);
    if (results[i].status === 0) passed += 1;
    else causes.push(`${name} failed: see its output above`);
  });
}

console.log('\n== vitest');
const keyringHome = mkdtempSync(join(tmpdir(), 'lb-keyring-'));
const outcomeFile = resolve(outDir, 'vitest-outcome.json');
const exitCode = runVitest({ args: vitestArgs, outcomeFile, env: { ...process.env, XDG_DATA_HOME: keyringHome } });
rmSync(keyringHome, { recursive: true, force: true });
const run = judgeVitestRun(readOutcome(outcomeFile), exitCode, { ci });
for (const skip of run.skips) console.log(`– ${skip}`);
if (run.skips.length > 0 && packages.missing.length > 0) {
  console.log(`Skipped tests run once the system packages are installed: sudo apt-get install -y --no-install-recommends ${packages.missing.map((p) => p.pkg).join(' ')}`);
}
finish(passed + run.passed, [...causes, ...run.causes], run.skipped);
