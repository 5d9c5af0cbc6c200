import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { chmodSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BackupInvalidError } from './errors';
import { openLedger, type Ledger } from './ledger';
import { runMigrations } from './migrate';
import { migrations } from './migrations/index';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../private-files';

/**
 * Backups of the ledger, the memory of what was booked. They are taken online with
 * SQLite's backup API (a consistent copy while the engine keeps writing), kept inside the
 * data dir under `backups/` as private files, the newest seven of them. A backup is a
 * plain SQLite file in rollback-journal mode, so it is complete on its own.
 */
export const BACKUPS_DIR = 'backups';
export const BACKUPS_KEPT = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^ledger-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(-[a-z-]+)?\.sqlite$/;

export interface BackupFile {
  path: string;
  takenAt: Date;
}

/** Writes a backup of the open ledger and returns its path; older backups beyond the newest seven are removed. */
export async function backupLedger(ledger: Ledger, options: { label?: string } = {}): Promise<string> {
  const dir = join(ledger.dataDir, BACKUPS_DIR);
  makePrivateDir(dir);
  const stamp = ledger.clock().toISOString().replace(/[:.]/g, '-');
  const path = join(dir, `ledger-${stamp}${options.label ? `-${options.label}` : ''}.sqlite`);
  // Copied beside and renamed, so a backup that exists is always whole.
  const temp = join(dir, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await ledger.db.backup(temp);
    chmodSync(temp, PRIVATE_FILE_MODE);
    const copy = new Database(temp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  pruneBackups(ledger.dataDir);
  return path;
}

/** The backups in the data dir, newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(join(dataDir, BACKUPS_DIR));
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((n): n is { name: string; match: RegExpExecArray } => n.match !== null)
    .map(({ name, match }) => ({ path: join(dataDir, BACKUPS_DIR, name), takenAt: new Date(match[1].replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z')) }))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.path.localeCompare(a.path));
}

function pruneBackups(dataDir: string): void {
  for (const old of listBackups(dataDir).slice(BACKUPS_KEPT)) rmSync(old.path, { force: true });
}

/** The daily backup: taken when the newest one is a day old (or there is none). Returns its path, or null when none was due. */
export async function backupIfDue(ledger: Ledger): Promise<string | null> {
  const newest = listBackups(ledger.dataDir)[0];
  if (newest && ledger.clock().getTime() - newest.takenAt.getTime() < DAY_MS) return null;
  return backupLedger(ledger);
}

export interface RestoreResult {
  /** The backup that is now the ledger. */
  restored: string;
  /** The ledger as it was just before, kept among the backups in case the wrong file was chosen. */
  previous: string;
}

/**
 * Makes a backup the ledger again. Refused (DataDirLockedError) while another process
 * holds the data dir, for a file that is not a sound LedgerBridge ledger
 * (BackupInvalidError) and for one written by a newer version (LedgerTooNewError). The ledger as it was is backed up first. `prepare` runs on the
 * restored copy before it replaces the ledger, so what it marks there (the engine's
 * "reconcile before writing") is in place the moment the restored ledger is.
 */
export async function restoreLedger(dataDir: string, file: string, options: { clock?: () => Date; prepare?: (db: Database.Database) => void } = {}): Promise<RestoreResult> {
  const ledger = openLedger(dataDir, { clock: options.clock });
  const staged = join(dataDir, `.restore-${randomUUID()}.sqlite`);
  try {
    const previous = await backupLedger(ledger, { label: 'before-restore' });
    await stageBackup(file, staged);
    const db = new Database(staged);
    try {
      // An older backup is brought to this version's schema (a newer one is refused: LedgerTooNewError).
      runMigrations(db, migrations, dataDir, ledger.clock);
      options.prepare?.(db);
    } finally {
      db.close();
    }
    // SQLite's backup API writes the staged copy into the live file through SQLite itself, so
    // the open ledger's WAL cannot be replayed over the restored pages.
    const source = new Database(staged, { readonly: true });
    try {
      await source.backup(ledger.path);
    } finally {
      source.close();
    }
    return { restored: file, previous };
  } finally {
    rmSync(staged, { force: true });
    rmSync(`${staged}-journal`, { force: true });
    ledger.close();
  }
}

/** Copies the backup to `staged`, checking on the way that it is a whole LedgerBridge ledger. */
async function stageBackup(file: string, staged: string): Promise<void> {
  let source: Database.Database;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    source = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupInvalidError(file, (error as Error).message);
  }
  try {
    const integrity = source.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupInvalidError(file, `SQLite integrity check: ${String(integrity)}`);
    const tables = new Set(source.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
    for (const table of ['schema_migrations', 'orders', 'operations', 'kv']) {
      if (!tables.has(table)) throw new BackupInvalidError(file, `it has no ${table} table, so it is not a LedgerBridge ledger`);
    }
    await source.backup(staged);
  } catch (error) {
    if (error instanceof BackupInvalidError) throw error;
    throw new BackupInvalidError(file, (error as Error).message);
  } finally {
    source.close();
  }
  chmodSync(staged, PRIVATE_FILE_MODE);
}
