/**
 * Group commit (ledger/group-commit.ts): while a sync runs, the orders in flight share their
 * commits, yet the journal row of every e-conomic call is on disk before the call. What is
 * "on disk" is read through a second connection to the same file, as a process that
 * restarts after a crash would read it.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../main/ledger';
import { manualClock, removeDir, tempDir } from './helpers/temp-ledger';

const open: Array<{ ledger: Ledger; disk: Database.Database; dir: string }> = [];
afterEach(() => {
  for (const { ledger, disk, dir } of open.splice(0)) {
    disk.close();
    ledger.close();
    removeDir(dir);
  }
});

function ledgerWithDiskView() {
  const dir = tempDir();
  const ledger = openLedger(dir, { clock: manualClock().now });
  const disk = new Database(ledger.path, { readonly: true });
  open.push({ ledger, disk, dir });
  const onDisk = (key: string) => (disk.prepare('SELECT status FROM operations WHERE key = ?').get(key) as { status: string } | undefined)?.status ?? null;
  return { ledger, onDisk };
}

describe('the ledger while a sync has orders in flight', () => {
  it('puts the journal rows of every call about to be made on disk in one commit, before any of the calls', async () => {
    const { ledger, onDisk } = ledgerWithDiskView();
    const seenAtCall: Record<string, Array<string | null>> = {};
    await ledger.grouped(async () => {
      // Three orders reach their draft call in the same turn, as the cycle's workers do.
      await Promise.all(
        ['1001', '1002', '1003'].map(async (orderId) => {
          const key = `p:${orderId}:create-draft:0`;
          ledger.operations.begin({ key, orderId, step: 'create-draft' });
          expect(onDisk(key)).toBeNull(); // gathered, not yet committed
          await ledger.durable();
          // The moment the call would go out: every order's row is on disk.
          seenAtCall[orderId] = ['1001', '1002', '1003'].map((id) => onDisk(`p:${id}:create-draft:0`));
        }),
      );
    });
    for (const orderId of ['1001', '1002', '1003']) expect(seenAtCall[orderId]).toEqual(['started', 'started', 'started']);
  });

  it('keeps the completion of a call in the shared commit, and has all of it on disk when the cycle ends', async () => {
    const { ledger, onDisk } = ledgerWithDiskView();
    await ledger.grouped(async () => {
      ledger.operations.begin({ key: 'k1', orderId: '1', step: 'book' });
      await ledger.durable();
      ledger.operations.complete('k1', { bookedInvoiceNumber: 7 });
      // Nothing needs the completion on disk yet: a crash now is a crash just after the call, which reconciliation handles.
      expect(onDisk('k1')).toBe('started');
    });
    expect(onDisk('k1')).toBe('completed');
  });

  it('commits what was written when the cycle fails, as each write would have been', async () => {
    const { ledger, onDisk } = ledgerWithDiskView();
    await expect(
      ledger.grouped(async () => {
        ledger.operations.begin({ key: 'k2', orderId: '2', step: 'create-draft' });
        ledger.operations.markUncertain('k2');
        throw new Error('the shop went away');
      }),
    ).rejects.toThrow('the shop went away');
    expect(onDisk('k2')).toBe('uncertain');
  });

  it('rolls back only the step that failed, not the other orders gathered with it', async () => {
    const { ledger, onDisk } = ledgerWithDiskView();
    await ledger.grouped(async () => {
      ledger.operations.begin({ key: 'kept', orderId: '3', step: 'create-draft' });
      expect(() =>
        ledger.transaction(() => {
          ledger.operations.begin({ key: 'undone', orderId: '4', step: 'create-draft' });
          throw new Error('step failed');
        }),
      ).toThrow('step failed');
      await ledger.durable();
    });
    expect(onDisk('kept')).toBe('started');
    expect(onDisk('undone')).toBeNull();
  });

  it('after a commit, waits for nothing until something new is written, and then commits that', async () => {
    const { ledger, onDisk } = ledgerWithDiskView();
    const commits = countCommits(ledger);
    await ledger.grouped(async () => {
      ledger.operations.begin({ key: 'first', orderId: '7', step: 'create-draft' });
      await ledger.durable();
      expect(commits()).toBe(1);
      // Nothing written since: no second commit, and no waiting for one.
      let settled = false;
      void ledger.durable().then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(true);
      expect(commits()).toBe(1);
      ledger.operations.begin({ key: 'second', orderId: '8', step: 'create-draft' });
      expect(onDisk('second')).toBeNull();
      await ledger.durable();
      expect(commits()).toBe(2);
      expect(onDisk('second')).toBe('started');
    });
  });

  it('has the orders that reach a call in the same turn ask SQLite for its count of written rows once, and the commit once', async () => {
    const { ledger, onDisk } = ledgerWithDiskView();
    const commits = countCommits(ledger);
    await ledger.grouped(async () => {
      const reads = countReads(ledger, 'SELECT total_changes()');
      await Promise.all(
        ['1', '2', '3', '4'].map(async (orderId) => {
          ledger.operations.begin({ key: `p:${orderId}:book:0`, orderId, step: 'book' });
          await ledger.durable();
        }),
      );
      // One read by the first order's durable() to see that something is to be committed
      // (the other three join the scheduled commit), one by the commit for what it committed.
      expect(reads()).toBe(2);
    });
    expect(commits()).toBe(2); // the shared one, and the cycle's end (nothing written: appends nothing)
    for (const orderId of ['1', '2', '3', '4']) expect(onDisk(`p:${orderId}:book:0`)).toBe('started');
  });

  it('writes straight to disk outside a sync, and keeps what a sync wrote when the ledger is closed in the middle', async () => {
    const { ledger, onDisk } = ledgerWithDiskView();
    ledger.operations.begin({ key: 'alone', orderId: '5', step: 'mail' });
    expect(onDisk('alone')).toBe('started');
    await ledger.durable(); // nothing to wait for

    let release!: () => void;
    const cycle = ledger.grouped(async () => {
      ledger.operations.begin({ key: 'mid-sync', orderId: '6', step: 'create-draft' });
      await new Promise<void>((resolve) => (release = resolve));
    });
    expect(onDisk('mid-sync')).toBeNull();
    ledger.close();
    expect(onDisk('mid-sync')).toBe('started');
    release();
    await cycle;
  });
});

/** The COMMITs the ledger's connection has run since this was called. */
function countCommits(ledger: Ledger): () => number {
  let count = 0;
  const exec = ledger.db.exec.bind(ledger.db);
  ledger.db.exec = (sql: string) => {
    if (/^\s*COMMIT/i.test(sql)) count++;
    return exec(sql);
  };
  return () => count;
}

/** How often statements with this SQL ran on the ledger's connection since this was called. */
function countReads(ledger: Ledger, sql: string): () => number {
  let count = 0;
  const proto = Object.getPrototypeOf(ledger.db.prepare('SELECT 1')) as { get: (...args: unknown[]) => unknown };
  const original = proto.get;
  proto.get = function (this: Database.Statement, ...args: unknown[]) {
    if (this.database === ledger.db && this.source === sql) count++;
    return original.apply(this, args);
  };
  return () => {
    proto.get = original;
    return count;
  };
}
