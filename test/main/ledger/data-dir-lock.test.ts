import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE_NAME, LOCK_HOLDER_FILE_NAME, openLedger } from '../../../main/ledger';
import { removeDir, tempDir } from './helpers/temp-ledger';

const root = resolve(__dirname, '../../..');
const holder = resolve(__dirname, 'helpers/hold-ledger.ts');

function startHolder(dir: string, mode?: 'exit-without-close'): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [join(root, 'bin/run-ts.js'), holder, dir, ...(mode ? [mode] : [])], { cwd: root });
}

function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((res, rej) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) res(out.slice(0, nl));
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => rej(new Error(`child exited (${code}) before answering: ${err}`)));
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((res) => {
    if (child.exitCode !== null || child.signalCode !== null) res(child.exitCode);
    else child.on('exit', (code) => res(code));
  });
}

const dirs: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) {
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await exited(c);
  }
  dirs.splice(0).forEach(removeDir);
});

describe('one process per data directory', () => {
  it('refuses a second process and names the pid holding the data dir', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const child = startHolder(dir);
    children.push(child);
    expect(await firstLine(child)).toBe(`opened ${child.pid}`);

    let thrown: unknown;
    try {
      openLedger(dir);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(DataDirLockedError);
    expect((thrown as DataDirLockedError).holderPid).toBe(child.pid);
    expect((thrown as Error).message).toContain(`pid ${child.pid}`);
  });

  it('lets a child process see the lock this process holds, and releases it on close', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const ledger = openLedger(dir);
    const blocked = startHolder(dir);
    children.push(blocked);
    expect(await firstLine(blocked)).toBe(`locked ${process.pid}`);
    expect(await exited(blocked)).toBe(4);

    ledger.close();
    expect(existsSync(join(dir, LOCK_HOLDER_FILE_NAME))).toBe(false);
    const next = startHolder(dir);
    children.push(next);
    expect(await firstLine(next)).toBe(`opened ${next.pid}`);
  });

  it('takes over the lock of a process that was killed without cleaning up', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const child = startHolder(dir);
    children.push(child);
    await firstLine(child);
    child.kill('SIGKILL');
    await exited(child);
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(true);

    const ledger = openLedger(dir);
    ledger.kv.set('ok', true);
    ledger.close();
  });

  it('is not fooled when the pid of a killed holder now belongs to another running program', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const child = startHolder(dir);
    children.push(child);
    await firstLine(child);
    child.kill('SIGKILL');
    await exited(child);

    // The OS hands the dead holder's pid to some other program: here a process that is alive but is no LedgerBridge.
    const other = spawn(process.execPath, ['-e', 'process.stdin.resume()']);
    children.push(other);
    const holderFile = join(dir, LOCK_HOLDER_FILE_NAME);
    const left = JSON.parse(readFileSync(holderFile, 'utf8')) as { pid: number };
    expect(left.pid).toBe(child.pid);
    writeFileSync(holderFile, JSON.stringify({ ...left, pid: other.pid }));

    const ledger = openLedger(dir);
    ledger.kv.set('ok', true);
    ledger.close();
  });

  it('stays locked for a live holder whatever its holder file says', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const child = startHolder(dir);
    children.push(child);
    await firstLine(child);
    writeFileSync(join(dir, LOCK_HOLDER_FILE_NAME), JSON.stringify({ pid: 999_999_999, startedAt: 'long ago' }));
    expect(() => openLedger(dir)).toThrow(DataDirLockedError);
    writeFileSync(join(dir, LOCK_HOLDER_FILE_NAME), '{"pid":');
    expect(() => openLedger(dir)).toThrow(/in use by another LedgerBridge process\. Close that window/);
  });

  it('releases the lock when a process exits normally without closing the ledger', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const child = startHolder(dir, 'exit-without-close');
    children.push(child);
    expect(await firstLine(child)).toBe(`opened ${child.pid}`);
    expect(await exited(child)).toBe(0);
    expect(existsSync(join(dir, LOCK_HOLDER_FILE_NAME))).toBe(false);
    openLedger(dir).close();
  });

  it('is not blocked by the pid file of an earlier version or a half-written holder file', () => {
    const dir = tempDir();
    dirs.push(dir);
    writeFileSync(join(dir, 'ledgerbridge.lock'), JSON.stringify({ pid: process.ppid, startedAt: '2026-01-01T00:00:00.000Z' }));
    writeFileSync(join(dir, LOCK_HOLDER_FILE_NAME), '{"pid":');
    openLedger(dir).close();
  });

  it('refuses a second open of the same data dir inside one process too', () => {
    const dir = tempDir();
    dirs.push(dir);
    const ledger = openLedger(dir);
    expect(() => openLedger(dir)).toThrow(DataDirLockedError);
    ledger.close();
    openLedger(dir).close();
  });

  it('can open without the lock for read-only tools', () => {
    const dir = tempDir();
    dirs.push(dir);
    const ledger = openLedger(dir);
    const reader = openLedger(dir, { lock: false });
    expect(reader.orders.countByState().seen).toBe(0);
    reader.close();
    expect(() => openLedger(dir)).toThrow(DataDirLockedError);
    ledger.close();
  });
});
