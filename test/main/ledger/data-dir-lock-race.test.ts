import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from './helpers/temp-ledger';

const root = resolve(__dirname, '../../..');
const ROUNDS = 400;
const RACERS = 3;

/** A racer process and a queue of its answers, one per line. */
function startRacer(): { child: ChildProcessWithoutNullStreams; next(): Promise<string> } {
  const child = spawn(process.execPath, [join(root, 'bin/run-ts.js'), resolve(__dirname, 'helpers/race-lock.ts')], { cwd: root });
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => (waiting.length ? waiting.shift()!(line) : lines.push(line)));
  child.on('exit', (code) => {
    for (const w of waiting.splice(0)) w(`exited ${code}: ${stderr}`);
  });
  return { child, next: () => (lines.length ? Promise.resolve(lines.shift()!) : new Promise((res) => waiting.push(res))) };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('taking the data-dir lock', () => {
  it(`gives it to exactly one of ${RACERS} processes started together, in each of ${ROUNDS} rounds`, async () => {
    const base = tempDir('lb-lock-race-');
    dirs.push(base);

    // What a LedgerBridge killed while holding the lock leaves behind: every other round starts with it.
    const killed = join(base, 'killed');
    const holder = spawn(process.execPath, [join(root, 'bin/run-ts.js'), resolve(__dirname, 'helpers/hold-ledger.ts'), killed], { cwd: root });
    await new Promise<void>((res) => holder.stdout.once('data', () => res()));
    holder.kill('SIGKILL');
    await new Promise((res) => holder.once('exit', res));
    const leftovers = readdirSync(killed).filter((f) => f.startsWith('ledgerbridge.lock'));
    expect(leftovers.length).toBeGreaterThan(0);

    const racers = Array.from({ length: RACERS }, startRacer);
    try {
      for (const r of racers) expect(await r.next()).toBe('ready');
      const winners: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const dir = join(base, String(round));
        if (round % 2 === 1) {
          mkdirSync(dir);
          for (const f of leftovers) copyFileSync(join(killed, f), join(dir, f));
        }
        for (const r of racers) r.child.stdin.write(`go ${dir}\n`);
        const answers = await Promise.all(racers.map((r) => r.next()));
        for (const a of answers) expect(a).toMatch(/^(won|lost) /);
        winners.push(answers.filter((a) => a.startsWith('won ')).length);
      }
      expect(winners.filter((n) => n !== 1)).toEqual([]);
      expect(existsSync(join(base, String(ROUNDS - 1)))).toBe(true);
    } finally {
      for (const r of racers) r.child.stdin.end();
      await Promise.all(racers.map((r) => new Promise((res) => (r.child.exitCode !== null ? res(null) : r.child.once('exit', res)))));
    }
  });
});
