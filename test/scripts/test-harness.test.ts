/**
 * `npm test` cannot report green when the run is red: each fixture under
 * test-harness/fixtures is run on its own through scripts/test.mjs (vitest step only),
 * and the run must end non-zero with the cause named — or, for a skip outside CI, end
 * green with the skip listed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const fixtures = resolve(__dirname, 'test-harness/fixtures');
const out = mkdtempSync(join(tmpdir(), 'lb-harness-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function npmTest(fixture: string, ci: boolean) {
  // The outer vitest's own variables would confuse the inner run.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'CI' && k !== 'NODE_ENV'));
  const child = spawnSync(process.execPath, ['scripts/test.mjs', '--vitest-only', '--root', fixtures, fixture], {
    cwd: root,
    env: { ...env, ...(ci ? { CI: 'true' } : {}), LEDGERBRIDGE_TEST_OUT: out, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: child.status, output: child.stdout + child.stderr, summary: readFileSync(join(out, 'test-summary.txt'), 'utf8').trim() };
}

describe('npm test', () => {
  it('fails a run whose tests all pass but which leaves an unhandled rejection, naming it', () => {
    const run = npmTest('rejection', false);
    expect(run.status).toBe(1);
    expect(run.output).toContain('unhandled error from test/scripts/test-harness/fixtures/rejection.check.mjs: the rejection nobody awaited');
    expect(run.summary).toBe('1 passed, 1 failed, 0 skipped');
  });

  it('fails a run with a failing test, naming the test and its assertion', () => {
    const run = npmTest('failing', false);
    expect(run.status).toBe(1);
    expect(run.output).toContain('failed: failing.check.mjs > adds one and one: a deliberately wrong expectation: expected 2 to be 3');
    expect(run.summary).toBe('0 passed, 1 failed, 0 skipped');
  });

  it('fails a run with a test file that breaks while loading', () => {
    const run = npmTest('unloadable', false);
    expect(run.status).toBe(1);
    expect(run.output).toContain('broke outside a test: unloadable.check.mjs: this file breaks while it loads');
  });

  it('under CI=true fails a run with a skipped test, naming it and the cause in its title', () => {
    const run = npmTest('skipped', true);
    expect(run.status).toBe(1);
    expect(run.output).toContain('skipped (not allowed under CI=true): skipped.check.mjs > needs a program this machine lacks — skipped: no /usr/bin/imaginary > would use it');
    expect(run.summary).toBe('1 passed, 1 failed, 0 skipped');
  });

  it('outside CI lets the skip stand and lists it', () => {
    const run = npmTest('skipped', false);
    expect(run.status).toBe(0);
    expect(run.output).toContain('– skipped: skipped.check.mjs > needs a program this machine lacks');
    expect(run.summary).toBe('1 passed, 0 failed, 1 skipped');
  });
});
