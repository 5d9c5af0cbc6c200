/**
 * The WAL checkpoint off the engine's thread (ledger/checkpointer.ts, issue 17 §4). In WAL mode
 * every commit appends its pages to `ledger.sqlite-wal`; a checkpoint syncs them and copies them
 * into `ledger.sqlite`. The engine's connection used to do that itself every 1,000 pages, inside
 * a COMMIT; once a sync has made 100 commits, a worker thread with its own connection does it
 * during syncs, and the engine's connection only when the WAL reaches 10,000 pages. What is observed here are
 * the two files themselves.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../main/ledger';
import { CHECKPOINT_PAGES, createCheckpointer, START_AFTER_COMMITS, WAL_BOUND_PAGES, type Checkpointer } from '../../../main/ledger/checkpointer';
import { removeDir, tempDir } from './helpers/temp-ledger';

const PAGE = 4096;
/** A WAL frame: a 24-byte header and one page; the file starts with a 32-byte header. */
const walFrames = (path: string): number => (existsSync(`${path}-wal`) ? Math.max(0, (statSync(`${path}-wal`).size - 32) / (PAGE + 24)) : 0);
const dbPages = (path: string): number => statSync(path).size / PAGE;
/** A row of 40,000 random bytes fills ten overflow pages of its own (random bytes do not shrink). */
const ROW_BYTES = 40_000;
const PAGES_PER_ROW = Math.ceil(ROW_BYTES / (PAGE - 4));

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempLedger(): { ledger: Ledger; dir: string; warnings: string[] } {
  const dir = tempDir('lb-checkpoint-');
  const warnings: string[] = [];
  const ledger = openLedger(dir, { warn: (message) => warnings.push(message) });
  cleanups.push(() => removeDir(dir), () => ledger.close());
  ledger.db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)');
  return { ledger, dir, warnings };
}

/** `rows` commits of one row each, as a sync's group commit makes them; the most WAL frames seen after any commit. */
async function commitRows(ledger: Ledger, rows: number): Promise<number> {
  const insert = ledger.db.prepare('INSERT INTO filler (data) VALUES (randomblob(?))');
  let most = 0;
  await ledger.grouped(async () => {
    for (let i = 0; i < rows; i++) {
      insert.run(ROW_BYTES);
      await ledger.durable();
      most = Math.max(most, walFrames(ledger.path));
    }
  });
  return most;
}

/** Waits (polling) until `condition` holds; the worker copies pages at its own pace on a shared machine. */
async function eventually(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the WAL checkpoint on its own thread', () => {
  it('leaves a sync of a few orders to the engine connection\'s checkpoint every 1,000 pages, without a worker', async () => {
    const { ledger, warnings } = tempLedger();
    // ~1,100 pages in 99 commits: one checkpoint as SQLite always made it, at the end of a commit.
    const most = await commitRows(ledger, START_AFTER_COMMITS - 1);
    expect(most).toBeLessThanOrEqual(CHECKPOINT_PAGES + 2 * PAGES_PER_ROW);
    expect(ledger.checkpointer!.state()).toBe('waiting');
    expect(ledger.db.pragma('wal_autocheckpoint', { simple: true })).toBe(CHECKPOINT_PAGES);
    expect(warnings).toEqual([]);
  });

  it('copies the committed pages into the database file while the engine commits, the engine checkpointing only at 10,000 pages', async () => {
    const { ledger, warnings } = tempLedger();
    await commitRows(ledger, START_AFTER_COMMITS);
    expect(ledger.checkpointer!.state()).toBe('running');
    expect(await ledger.checkpointer!.ready).toBe(true);
    const before = dbPages(ledger.path);

    // ~5,500 pages more: past five of the old automatic checkpoints, short of the engine's own.
    const most = await commitRows(ledger, 500);
    expect(most).toBeLessThan(WAL_BOUND_PAGES);

    // So whatever reached the database file, the worker put there: all but the pages since its last checkpoint.
    await eventually(() => dbPages(ledger.path) >= before + 500 * PAGES_PER_ROW - 2 * CHECKPOINT_PAGES, 'the rows copied into ledger.sqlite');
    expect(ledger.checkpointer!.checkpoints()).toBeGreaterThanOrEqual(3);
    expect(warnings).toEqual([]);
  });

  it('hands the WAL back between syncs: the worker copies what a sync left at once, and the engine\'s connection checkpoints every 1,000 pages until the next sync', async () => {
    const { ledger } = tempLedger();
    const rows = START_AFTER_COMMITS + 50;
    await commitRows(ledger, rows);
    // The worker's first checkpoint took the first 100 commits; the last 50 (~500 pages) would
    // otherwise wait for its next ~1,000 pages, which may be the next sync, hours later.
    await eventually(() => dbPages(ledger.path) >= rows * PAGES_PER_ROW, 'every row of the sync in ledger.sqlite');
    expect(ledger.db.pragma('wal_autocheckpoint', { simple: true })).toBe(CHECKPOINT_PAGES);

    // A refund or a payment written between syncs is not counted by the worker: the engine's
    // connection syncs such writes every 1,000 pages, as before there was a worker.
    // ~1,800 pages, none of them counted by the worker: what reaches the database file, the
    // engine's connection put there (at 10,000 pages, as during a sync, nothing would).
    const before = dbPages(ledger.path);
    const insert = ledger.db.prepare('INSERT INTO filler (data) VALUES (randomblob(?))');
    for (let i = 0; i < 150; i++) insert.run(ROW_BYTES);
    // SQLite's automatic checkpoint gives up while another connection checkpoints (on a busy
    // machine the worker may still be copying what the sync left) and tries again at the end of
    // the next commit: the owner's next small write, here one a moment.
    await eventually(() => {
      if (dbPages(ledger.path) > before + CHECKPOINT_PAGES / 2) return true;
      insert.run(1);
      return false;
    }, 'the engine connection\'s own checkpoint of the writes between syncs');

    // The next sync hands the checkpoint back to the worker.
    await ledger.grouped(async () => {
      expect(ledger.db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_BOUND_PAGES);
    });
    expect(ledger.checkpointer!.state()).toBe('running');
  });

  it('keeps the WAL bounded over a long series of commits, also while the worker checkpoints all the time', async () => {
    const { ledger } = tempLedger();
    // ~30,000 pages without a pause: three times the bound. On a busy machine the worker's
    // checkpoints run back to back and hold SQLite's checkpoint lock at nearly every automatic
    // checkpoint's try (without the engine's own look at the WAL it reached 17,000–27,000 pages);
    // the engine waits for the worker and starts the WAL over, so the WAL overshoots by no more
    // than the commits between two looks at its size.
    const most = await commitRows(ledger, 2_800);
    expect(most).toBeLessThan(1.2 * WAL_BOUND_PAGES);
    expect(ledger.checkpointer!.checkpoints()).toBeGreaterThanOrEqual(10);
  });

  it('stops with the ledger: the last close checkpoints the WAL and removes it, and the database file holds every row', async () => {
    const { ledger } = tempLedger();
    await commitRows(ledger, 300);
    expect(await ledger.checkpointer!.ready).toBe(true);
    ledger.close();
    // SQLite removes the WAL only when the last connection to the file closes: the worker's had closed first.
    expect(existsSync(`${ledger.path}-wal`)).toBe(false);
    expect(existsSync(`${ledger.path}-shm`)).toBe(false);
    const file = new Database(ledger.path, { readonly: true });
    try {
      expect(file.prepare('SELECT count(*) FROM filler WHERE length(data) = ?').pluck().get(ROW_BYTES)).toBe(300);
    } finally {
      file.close();
    }
  });

  it('never keeps the process alive: a ledger left open does not stop the process from ending', async () => {
    const dir = tempDir('lb-checkpoint-');
    cleanups.push(() => removeDir(dir));
    const root = resolve(__dirname, '../../..');
    const child = spawn(process.execPath, [join(root, 'bin/run-ts.js'), resolve(__dirname, 'helpers/unclosed-ledger.ts'), dir], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    const [code, signal] = await new Promise<[number | null, string | null]>((done) => child.on('close', (c, s) => done([c, s])));
    clearTimeout(timer);
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
    expect(stdout).toBe('wrote, checkpoint worker ready true\n');
  });
});

describe('when the checkpoint worker cannot do its work', () => {
  function walDatabase(): { db: Database.Database; dir: string } {
    const dir = tempDir('lb-checkpoint-');
    const db = new Database(join(dir, 'ledger.sqlite'));
    cleanups.push(() => removeDir(dir), () => db.close());
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)');
    return { db, dir };
  }

  function start(db: Database.Database, driver: string): { checkpointer: Checkpointer; warnings: string[] } {
    const warnings: string[] = [];
    const checkpointer = createCheckpointer(db, { warn: (message) => warnings.push(message), driver });
    cleanups.push(() => checkpointer.stop());
    return { checkpointer, warnings };
  }

  /** Commits made outside a sync's group commit, each reported to the checkpointer; the most WAL frames seen. */
  function commitRowsTo(db: Database.Database, checkpointer: Checkpointer, rows: number): number {
    const insert = db.prepare('INSERT INTO filler (data) VALUES (randomblob(?))');
    let most = 0;
    for (let i = 0; i < rows; i++) {
      insert.run(ROW_BYTES);
      checkpointer.committed();
      most = Math.max(most, walFrames(db.name));
    }
    return most;
  }

  it('checkpoints on the engine connection every 1,000 pages again when the worker cannot start, and says why once', async () => {
    const { db, dir } = walDatabase();
    const { checkpointer, warnings } = start(db, join(dir, 'no-such-driver.cjs'));
    commitRowsTo(db, checkpointer, START_AFTER_COMMITS);
    expect(await checkpointer.ready).toBe(false);
    expect(checkpointer.state()).toBe('inline');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(CHECKPOINT_PAGES);
    // ~3,300 pages: the WAL starts over after each checkpoint SQLite runs at the end of a commit.
    const most = commitRowsTo(db, checkpointer, 300);
    expect(most).toBeLessThanOrEqual(CHECKPOINT_PAGES + 2 * PAGES_PER_ROW);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('no-such-driver.cjs');
    expect(warnings[0]).toContain('every 1000 pages');
  });

  it('does the same when the worker dies at a checkpoint', async () => {
    const { db } = walDatabase();
    const { checkpointer, warnings } = start(db, resolve(__dirname, 'helpers/failing-checkpoint-driver.cjs'));
    commitRowsTo(db, checkpointer, START_AFTER_COMMITS);
    expect(await checkpointer.ready).toBe(true);
    // Its first checkpoint, of the commits made before it started, fails.
    await eventually(() => warnings.length > 0, 'the warning that the worker died');
    expect(checkpointer.state()).toBe('inline');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(CHECKPOINT_PAGES);
    const most = commitRowsTo(db, checkpointer, 300);
    expect(most).toBeLessThanOrEqual(CHECKPOINT_PAGES + 2 * PAGES_PER_ROW);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('disk I/O error (simulated)');
  });
});
