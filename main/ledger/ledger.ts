import Database from 'better-sqlite3';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteCallBudgetStore } from './call-budget-store';
import { atomically } from './atomically';
import { CHECKPOINT_PAGES, createCheckpointer, type Checkpointer } from './checkpointer';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import { DaysRepository } from './days';
import { GroupCommit } from './group-commit';
import { EconomicFactsStore } from './economic-facts';
import { KeyValueStore } from './kv';
import { runMigrations } from './migrate';
import { migrations as defaultMigrations, type Migration } from './migrations/index';
import { OperationsJournal } from './operations';
import { OrdersRepository } from './orders';
import { makePrivateDir, PRIVATE_FILE_MODE, tightenDataDir } from '../private-files';
import { SupervisedPeriodStore } from './supervised';
import { WatermarksRepository } from './watermarks';

export const LEDGER_FILE_NAME = 'ledger.sqlite';

export interface OpenLedgerOptions {
  /** Take the one-process-per-data-dir lock (default true). Read-only tools may pass false. */
  lock?: boolean;
  /** Source of "now" for every timestamp the ledger writes (tests pass a fixed clock). */
  clock?: () => Date;
  /** Migrations to apply; defaults to the registry in migrations/index.ts. */
  migrations?: readonly Migration[];
  /**
   * Checkpoint the WAL on a worker thread once a sync writes enough for it (checkpointer.ts;
   * default true). false leaves it to SQLite's automatic checkpoint on the ledger's own connection.
   */
  checkpointInBackground?: boolean;
  /** Where the ledger reports trouble that does not stop it (the checkpoint worker failing); default console.warn. */
  warn?: (message: string) => void;
}

export interface Ledger {
  /** The open database, for other modules' repositories. Do not close it directly. */
  readonly db: Database.Database;
  readonly dataDir: string;
  readonly path: string;
  readonly orders: OrdersRepository;
  readonly operations: OperationsJournal;
  readonly watermarks: WatermarksRepository;
  readonly supervised: SupervisedPeriodStore;
  readonly callBudget: SqliteCallBudgetStore;
  /** Daily summaries (postingUnit "day") and the orders and refunds booked in them. */
  readonly days: DaysRepository;
  readonly kv: KeyValueStore;
  /** The agreement reached and e-conomic's clock, per profile (economic-facts.ts). */
  readonly economicFacts: EconomicFactsStore;
  readonly clock: () => Date;
  /** The WAL checkpoint worker, when there is one (checkpointInBackground). */
  readonly checkpointer: Pick<Checkpointer, 'state' | 'ready' | 'checkpoints'> | null;
  /** Runs fn in one transaction (nested calls become savepoints) and returns its result. */
  transaction<T>(fn: () => T): T;
  /**
   * Runs `work` with the ledger's writes gathered into shared commits (group-commit.ts):
   * a sync cycle, so that the orders in flight do not each pay for their own commits.
   */
  grouped<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once every write made so far is on disk; required before every external write. */
  durable(): Promise<void>;
  /** Closes the database and releases the data-dir lock. Safe to call twice. */
  close(): void;
}

/**
 * Opens (creating if needed) the ledger in `dataDir`: WAL, busy timeout, migrations,
 * and the data-dir lock. Throws DataDirLockedError when another process holds the dir.
 * The process that takes the lock also tightens the data dir's modes (private-files.ts).
 */
export function openLedger(dataDir: string, opts: OpenLedgerOptions = {}): Ledger {
  const clock = opts.clock ?? (() => new Date());
  makePrivateDir(dataDir);
  const lock: DataDirLock | null = opts.lock === false ? null : acquireDataDirLock(dataDir);
  const path = join(dataDir, LEDGER_FILE_NAME);
  let db: Database.Database | null = null;
  try {
    db = new Database(path);
    // Before WAL mode creates -wal and -shm: SQLite gives them the mode of the database file.
    chmodSync(path, PRIVATE_FILE_MODE);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against application crashes in WAL mode; only an OS crash can lose the last commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    // SQLite's automatic checkpoint, set here so it does not depend on how SQLite was built; the checkpointer raises it.
    db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    runMigrations(db, opts.migrations ?? defaultMigrations, dataDir, clock);
    if (lock) tightenDataDir(dataDir);
  } catch (err) {
    db?.close();
    lock?.release();
    throw err;
  }
  const checkpointer = opts.checkpointInBackground === false ? null : createCheckpointer(db, { warn: opts.warn ?? ((message) => console.warn(message)) });
  return assemble(db, dataDir, path, clock, lock, checkpointer);
}

function assemble(db: Database.Database, dataDir: string, path: string, clock: () => Date, lock: DataDirLock | null, checkpointer: Checkpointer | null): Ledger {
  let closed = false;
  const group = new GroupCommit(db, checkpointer ? () => checkpointer.committed() : undefined, checkpointer ? (running) => checkpointer.syncing(running) : undefined);
  const kv = new KeyValueStore(db, clock);
  return {
    db,
    dataDir,
    path,
    clock,
    checkpointer,
    orders: new OrdersRepository(db, clock),
    operations: new OperationsJournal(db, clock),
    watermarks: new WatermarksRepository(db, clock),
    supervised: new SupervisedPeriodStore(db),
    callBudget: new SqliteCallBudgetStore(db),
    days: new DaysRepository(db, clock),
    kv,
    economicFacts: new EconomicFactsStore(kv),
    transaction: (fn) => atomically(db, fn),
    grouped: (work) => group.run(work),
    durable: () => group.durable(),
    close(): void {
      if (closed) return;
      closed = true;
      try {
        // What a cycle cut short (closed mid-sync) wrote is kept, as each write would have been.
        group.flush();
      } finally {
        try {
          // The worker's connection first: the last connection to close checkpoints the WAL and removes it.
          checkpointer?.stop();
        } finally {
          try {
            db.close();
          } finally {
            lock?.release();
          }
        }
      }
    },
  };
}
