import type { Database } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The WAL is copied into the database file — and so synced — about every this many pages, as
 * SQLite's automatic checkpoint did on the engine's connection: with `synchronous=NORMAL` this
 * is what a power loss can take back at most (decisions/0007), so it stays what it was.
 */
export const CHECKPOINT_PAGES = 1000;

/**
 * The engine's own connection checkpoints once the WAL holds this many pages (SQLite's automatic
 * checkpoint, raised from 1,000). While the worker keeps up this is also where the WAL restarts
 * during a long sync: a checkpoint on another connection copies the pages, but SQLite starts the
 * WAL over only when a write begins with every page copied, which an engine committing without
 * pause rarely gives it — so this checkpoint finds little left to copy, and the WAL stays bounded.
 * That automatic checkpoint gives up, though, while the worker's checkpoint holds SQLite's
 * checkpoint lock, and on a busy machine the worker can hold it at every try (the WAL was seen at
 * 27,000 pages): each of its checkpoints copies all the WAL has, while the engine appends more.
 * So every BOUND_CHECK_COMMITS commits the engine's connection looks at the WAL's size, and past
 * the bound it holds the worker back, waits for its checkpoint under way to end, and checkpoints
 * with RESTART, which copies what is left and starts the WAL over: the engine pauses for it
 * rather than let the WAL grow without end.
 */
export const WAL_BOUND_PAGES = 10_000;

/** Commits between two looks at the WAL's size (a stat of the file: a few microseconds). */
const BOUND_CHECK_COMMITS = 64;

/** How long closing, or the engine at the WAL's bound, waits for a checkpoint under way in the worker to end (a slow disk, a busy machine). */
const STOP_WAIT_MS = 10_000;

// The slots of the Int32Array the two threads share.
/** Commits the engine's connection has made (wraps around; compared by difference). */
const COMMITS = 0;
/** The commit count at which the worker wants to be woken. */
const WAKE_AT = 1;
/** 1 once the ledger is closing. */
const STOP = 2;
/** NOT_STARTED → OPEN (the worker's connection is open) → CLOSED. */
const STATE = 3;
/** Checkpoints the worker has run. */
const CHECKPOINTS = 4;
/** 1 when the worker is to checkpoint at once, whatever it counted (a sync has ended). */
const NOW = 5;
/** 1 while the worker runs a checkpoint. */
const CHECKPOINTING = 6;
/** 1 while the engine's connection brings the WAL back to its bound: the worker starts no checkpoint. */
const HOLD = 7;
const SLOTS = 8;
const NOT_STARTED = 0;
const OPEN = 1;
const CLOSED = 2;

/**
 * The worker, as CommonJS source run with `eval`: the same text starts under vitest, in the
 * bundled main process and in the bundled crash-test children, where a worker file beside the
 * source would not exist. It loads better-sqlite3 from the path the main thread resolved
 * (inside app.asar in the installed app: Electron reads asar in worker threads since 17).
 *
 * It waits on the commit counter without a timeout — no wake-ups while the app is idle — until
 * the engine has made the commits it estimates hold CHECKPOINT_PAGES pages, then runs a PASSIVE
 * checkpoint (never blocks the engine's writes or reads) and estimates again from the WAL frames
 * the checkpoint reports.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const [COMMITS, WAKE_AT, STOP, STATE, CHECKPOINTS, NOW, CHECKPOINTING, HOLD] = [${COMMITS}, ${WAKE_AT}, ${STOP}, ${STATE}, ${CHECKPOINTS}, ${NOW}, ${CHECKPOINTING}, ${HOLD}];
const shared = new Int32Array(workerData.signals);
const pages = workerData.pages;
if (Atomics.compareExchange(shared, STATE, ${NOT_STARTED}, ${OPEN}) === ${NOT_STARTED}) {
  let db = null;
  try {
    const Database = require(workerData.driver);
    db = new Database(workerData.path, { fileMustExist: true });
    db.pragma('synchronous = NORMAL');
    const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
    parentPort.postMessage('ready');
    let last = 0;
    let step = 1;
    let lastLog = 0;
    for (;;) {
      Atomics.store(shared, WAKE_AT, (last + step) | 0);
      const seen = Atomics.load(shared, COMMITS);
      if (Atomics.load(shared, STOP) !== 0) break;
      const since = (seen - last) | 0;
      const now = Atomics.exchange(shared, NOW, 0) !== 0;
      if (since < step && !now) {
        Atomics.wait(shared, COMMITS, seen);
        continue;
      }
      // Announced before looking at HOLD, as the engine sets HOLD before looking at this: one of the two sees the other.
      Atomics.store(shared, CHECKPOINTING, 1);
      if (Atomics.load(shared, HOLD) !== 0) {
        Atomics.store(shared, CHECKPOINTING, 0);
        Atomics.notify(shared, CHECKPOINTING);
        if (now) Atomics.store(shared, NOW, 1);
        Atomics.wait(shared, HOLD, 1);
        continue;
      }
      let log;
      try {
        ({ log } = checkpoint.get());
      } finally {
        Atomics.store(shared, CHECKPOINTING, 0);
        Atomics.notify(shared, CHECKPOINTING);
      }
      if (log < 0) {
        // Another connection was checkpointing (the engine's at the bound, or a close): again after the next commit.
        last = (seen - step + 1) | 0;
        continue;
      }
      Atomics.add(shared, CHECKPOINTS, 1);
      // Frames appended since the last checkpoint: the WAL's length less where it stood then.
      // Every counted commit appends at least one frame, so fewer means the WAL has started
      // over since, and all of it is new. The step at most doubles, so one estimate thrown
      // by a restart cannot stretch the time between syncs of the WAL far.
      let frames = log - lastLog;
      if (frames < since) frames = log;
      step = Math.max(1, Math.min(pages, 2 * step, Math.floor((pages * since) / Math.max(frames, 1))));
      last = seen;
      lastLog = log;
    }
  } finally {
    if (db) db.close();
    Atomics.store(shared, STATE, ${CLOSED});
    Atomics.notify(shared, STATE);
  }
}
`;

/**
 * Commits of the group commit after which the worker starts: about the pages of one automatic
 * checkpoint at the engine's ~10 pages per commit. Until then SQLite's automatic checkpoint on the
 * engine's connection works as it always did, so the syncs of a few orders every few minutes —
 * most syncs — never carry a worker thread (~8 MB of memory, measured by `memory.peakRssMB`).
 */
export const START_AFTER_COMMITS = 100;

/** waiting: no worker yet (the engine's connection checkpoints every CHECKPOINT_PAGES) · running · inline: it failed, the engine's connection checkpoints again · stopped. */
export type CheckpointerState = 'waiting' | 'running' | 'inline' | 'stopped';

export interface Checkpointer {
  /** Called after each commit of the engine's connection: an atomic add, and a wake-up when a checkpoint is due. */
  committed(): void;
  /**
   * Called when a sync's grouped writes begin (true) and after their last commit (false). Between
   * syncs the engine's connection checkpoints every CHECKPOINT_PAGES again, as before the worker:
   * the few writes made then (a refund, a payment, the log) are not counted by the worker, and
   * must not wait for WAL_BOUND_PAGES to be synced. At the end of a sync the worker checkpoints
   * what the sync left, at once.
   */
  syncing(running: boolean): void;
  /**
   * Stops the worker and waits until its connection is closed, so that closing the ledger's
   * connection afterwards is the last close, which checkpoints the WAL and removes it.
   */
  stop(): void;
  state(): CheckpointerState;
  /**
   * True once the worker's connection is open, false when it failed or was stopped first.
   * Pending while no worker was needed; like the worker, it never keeps the process alive.
   */
  readonly ready: Promise<boolean>;
  /** Checkpoints the worker has run. */
  checkpoints(): number;
}

export interface CheckpointerOptions {
  /** Where the cause goes when the worker cannot start or dies (once). */
  warn: (message: string) => void;
  /** The module the worker loads as better-sqlite3 (tests pass one that fails). */
  driver?: string;
}

/**
 * Moves the WAL checkpoint off the engine's thread (issue 17 §4): once a sync has made
 * START_AFTER_COMMITS commits, a worker thread with its own connection to `db`'s file
 * checkpoints every ~CHECKPOINT_PAGES pages, and `db` itself only at WAL_BOUND_PAGES. If the
 * worker cannot start or dies, `db` checkpoints every CHECKPOINT_PAGES pages itself again, as
 * before, and the cause is reported once.
 */
export function createCheckpointer(db: Database, options: CheckpointerOptions): Checkpointer {
  const shared = new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
  Atomics.store(shared, WAKE_AT, 1);
  let state: CheckpointerState = 'waiting';
  let worker: Worker | null = null;
  let boundBytes = Number.POSITIVE_INFINITY;
  let settle: (ready: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((resolve) => (settle = resolve));

  // Changes the value the worker waits on, so a worker about to wait does not wait, and wakes one that does.
  const wakeWorker = (): void => {
    Atomics.add(shared, COMMITS, 1);
    Atomics.notify(shared, COMMITS);
  };

  const fallBack = (cause: string): void => {
    if (state !== 'running') return;
    state = 'inline';
    settle(false);
    if (db.open) db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    options.warn(`The ledger's WAL checkpoints run on the engine's thread again (every ${CHECKPOINT_PAGES} pages): the checkpoint worker ${cause}`);
  };

  const start = (): void => {
    state = 'running';
    try {
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { signals: shared.buffer, path: db.name, driver: options.driver ?? sqliteDriverPath(), pages: CHECKPOINT_PAGES },
      });
    } catch (error) {
      fallBack(`could not start: ${(error as Error).message}`);
      return;
    }
    worker.on('message', () => settle(true));
    worker.on('error', (error) => fallBack(`failed: ${error.message}`));
    worker.on('exit', (code) => fallBack(`ended (exit code ${code})`));
    // A checkpointer never keeps the process alive (after its listeners: a 'message' listener refs the worker again).
    // Cut short at exit, its checkpoint is redone by the next open.
    worker.unref();
    db.pragma(`wal_autocheckpoint = ${WAL_BOUND_PAGES}`);
    // The WAL file shrinks back to the bound when the WAL starts over, so its size says how long the WAL is now.
    boundBytes = walBytes(db, WAL_BOUND_PAGES);
    db.pragma(`journal_size_limit = ${boundBytes}`);
  };

  /** Past the bound: the worker held back, its checkpoint waited for, the WAL started over (WAL_BOUND_PAGES). Between commits only. */
  const holdToBound = (): void => {
    let size: number;
    try {
      size = statSync(`${db.name}-wal`).size;
    } catch {
      return;
    }
    if (size <= boundBytes || !db.open) return;
    Atomics.store(shared, HOLD, 1);
    try {
      waitWhile(shared, CHECKPOINTING, 1);
      db.pragma('wal_checkpoint(RESTART)');
    } finally {
      Atomics.store(shared, HOLD, 0);
      Atomics.notify(shared, HOLD);
    }
  };

  return {
    ready,
    committed(): void {
      if (state === 'inline' || state === 'stopped') return;
      const commits = Atomics.add(shared, COMMITS, 1) + 1;
      if (state === 'waiting') {
        // The worker counts from the ledger's first commit, so its first checkpoint takes what the engine's left.
        if (commits >= START_AFTER_COMMITS) start();
        return;
      }
      if (((commits - Atomics.load(shared, WAKE_AT)) | 0) >= 0) Atomics.notify(shared, COMMITS);
      // Called between a commit and the next write: no transaction of this connection is open.
      if (commits % BOUND_CHECK_COMMITS === 0) holdToBound();
    },
    syncing(running: boolean): void {
      if (state !== 'running' || !db.open) return;
      db.pragma(`wal_autocheckpoint = ${running ? WAL_BOUND_PAGES : CHECKPOINT_PAGES}`);
      if (running) return;
      Atomics.store(shared, NOW, 1);
      wakeWorker();
    },
    stop(): void {
      if (state === 'stopped') return;
      state = 'stopped';
      settle(false);
      if (!worker) return;
      Atomics.store(shared, STOP, 1);
      wakeWorker();
      if (Atomics.compareExchange(shared, STATE, NOT_STARTED, CLOSED) === OPEN) waitWhile(shared, STATE, OPEN);
      void worker.terminate();
    },
    state: () => state,
    checkpoints: () => Atomics.load(shared, CHECKPOINTS),
  };
}

/**
 * Until the worker moves `slot` off `value` (its connection closed, its checkpoint ended), at most
 * STOP_WAIT_MS: a checkpoint under way ends first.
 */
function waitWhile(shared: Int32Array, slot: number, value: number): void {
  const deadline = Date.now() + STOP_WAIT_MS;
  try {
    while (Atomics.load(shared, slot) === value && Date.now() < deadline) Atomics.wait(shared, slot, value, Math.max(1, deadline - Date.now()));
  } catch {
    // A thread that may not block (a browser-like main thread) polls instead: a checkpoint takes milliseconds.
    while (Atomics.load(shared, slot) === value && Date.now() < deadline);
  }
}

/** The size of a WAL file holding `pages` pages: a 32-byte header, then frames of a 24-byte header and a page. */
function walBytes(db: Database, pages: number): number {
  return 32 + pages * (24 + (db.pragma('page_size', { simple: true }) as number));
}

/** better-sqlite3 as this module resolves it: from node_modules beside the source, the bundle or the app. */
function sqliteDriverPath(): string {
  return createRequire(import.meta.url).resolve('better-sqlite3');
}
