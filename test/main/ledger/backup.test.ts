import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupIfDue, backupLedger, BackupInvalidError, DataDirLockedError, LedgerTooNewError, listBackups, openLedger, restoreLedger } from '../../../main/ledger';
import { manualClock, removeDir, seenOrder, tempDir } from './helpers/temp-ledger';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));
function dataDir(): string {
  const dir = tempDir('lb-backup-');
  dirs.push(dir);
  return dir;
}

describe('backups of the ledger', () => {
  it('copies the open ledger while it is written to, into a private file under backups/', async () => {
    const dir = dataDir();
    const clock = manualClock('2026-11-27T10:00:00.000Z');
    const ledger = openLedger(dir, { clock: clock.now });
    for (let i = 1; i <= 200; i++) ledger.orders.upsertSeen(seenOrder(`o${i}`));
    // Writes go on while SQLite copies: the backup is one consistent state, the one it started from or a later one.
    const copying = backupLedger(ledger);
    ledger.orders.upsertSeen(seenOrder('o201'));
    const path = await copying;
    ledger.close();

    expect(path).toBe(join(dir, 'backups', 'ledger-2026-11-27T10-00-00-000Z.sqlite'));
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    const copy = new Database(path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect([200, 201]).toContain(copy.prepare('SELECT COUNT(*) FROM orders').pluck().get());
    copy.close();
  });

  it('keeps the newest seven, and takes the daily one only when the newest is a day old', async () => {
    const dir = dataDir();
    const clock = manualClock('2026-11-01T03:00:00.000Z');
    const ledger = openLedger(dir, { clock: clock.now });
    const taken: string[] = [];
    for (let day = 0; day < 9; day++) {
      const path = await backupIfDue(ledger);
      expect(path).not.toBeNull();
      taken.push(path!);
      clock.advance(23 * 3_600_000);
      expect(await backupIfDue(ledger)).toBeNull(); // 23 hours later: not yet
      clock.advance(3_600_000);
    }
    ledger.close();
    // Days 3–9 (2026-11-03 … 2026-11-09) remain, newest first.
    expect(listBackups(dir).map((b) => b.path)).toEqual(taken.slice(2).reverse());
    expect(listBackups(dir)[0].takenAt.toISOString()).toBe('2026-11-09T03:00:00.000Z');
  });
});

describe('restoring a backup', () => {
  it('makes the backup the ledger again and keeps the ledger as it was among the backups', async () => {
    const dir = dataDir();
    const clock = manualClock('2026-11-27T10:00:00.000Z');
    let ledger = openLedger(dir, { clock: clock.now });
    ledger.orders.upsertSeen(seenOrder('before'));
    const backup = await backupLedger(ledger);
    clock.advance(3_600_000);
    ledger.orders.upsertSeen(seenOrder('after'));
    ledger.close();

    const result = await restoreLedger(dir, backup, { clock: clock.now, prepare: (db) => db.prepare(`INSERT INTO kv (key, value, updated_at) VALUES ('marked', 'true', 'now')`).run() });

    ledger = openLedger(dir);
    expect(ledger.orders.get('before')).not.toBeNull();
    expect(ledger.orders.get('after')).toBeNull();
    expect(ledger.kv.get('marked')).toBe(true);
    ledger.close();
    expect(result.previous).toBe(join(dir, 'backups', 'ledger-2026-11-27T11-00-00-000Z-before-restore.sqlite'));
    const previous = new Database(result.previous, { readonly: true });
    expect(previous.prepare(`SELECT COUNT(*) FROM orders WHERE order_id = 'after'`).pluck().get()).toBe(1);
    previous.close();
  });

  it('refuses a file that is not a sound LedgerBridge ledger, or one from a newer version, and leaves the ledger alone', async () => {
    const dir = dataDir();
    const ledger = openLedger(dir);
    ledger.orders.upsertSeen(seenOrder('kept'));
    const newer = join(dir, 'newer.sqlite');
    await ledger.db.backup(newer);
    ledger.close();
    const db = new Database(newer);
    db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', 'x')`).run();
    db.close();
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database');
    const empty = join(dir, 'empty.sqlite');
    const other = new Database(empty);
    other.exec('CREATE TABLE t (x)');
    other.close();

    await expect(restoreLedger(dir, text)).rejects.toBeInstanceOf(BackupInvalidError);
    await expect(restoreLedger(dir, empty)).rejects.toThrow(/no schema_migrations table, so it is not a LedgerBridge ledger/);
    await expect(restoreLedger(dir, join(dir, 'missing.sqlite'))).rejects.toBeInstanceOf(BackupInvalidError);
    await expect(restoreLedger(dir, newer)).rejects.toBeInstanceOf(LedgerTooNewError);
    const after = openLedger(dir);
    expect(after.orders.get('kept')).not.toBeNull();
    after.close();
  });

  it('is refused while another process holds the data dir', async () => {
    const dir = dataDir();
    const ledger = openLedger(dir);
    const backup = await backupLedger(ledger);
    ledger.close();
    const root = resolve(__dirname, '../../..');
    const holder = spawn(process.execPath, [join(root, 'bin/run-ts.js'), resolve(__dirname, 'helpers/hold-ledger.ts'), dir], { cwd: root });
    try {
      await new Promise<void>((res) => holder.stdout.once('data', () => res()));
      await expect(restoreLedger(dir, backup)).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((res) => holder.once('exit', res));
    }
  });
});
