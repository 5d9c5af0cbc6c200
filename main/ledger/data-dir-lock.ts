import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DataDirLockedError } from './errors';
import { PRIVATE_FILE_MODE } from '../private-files';

/**
 * The file the operating system locks for the holder (an empty SQLite database; its name
 * keeps clear of the pid file `ledgerbridge.lock` that version 0.1.0 used). Nothing in this process may open it
 * except the lock's own connection: on Linux and macOS the lock is a POSIX record lock, and
 * POSIX drops every such lock a process has on a file as soon as the process closes *any*
 * descriptor of that file (so no copying, hashing or bundling of it). It is never deleted:
 * deleting a lock file another process has just opened lets two processes lock two files.
 */
export const LOCK_FILE_NAME = 'ledgerbridge.lock.sqlite';
/** Who holds the lock (pid, start, host), for the message to the process that is refused. Informational only. */
export const LOCK_HOLDER_FILE_NAME = 'ledgerbridge.lock.json';

interface Holder {
  pid: number;
  startedAt: string;
  host: string;
  token: string;
}

/** Long enough to outlast a contender's passing SHARED lock (microseconds, or a few ms on a busy machine). */
const LOCK_BUSY_WAIT_MS = 25;

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/**
 * One process per data directory, decided by the operating system: the lock is an exclusive
 * SQLite transaction held open on `ledgerbridge.lock.sqlite` for as long as this process uses the
 * directory. SQLite takes it with `fcntl` record locks on Linux and macOS and `LockFileEx`
 * on Windows, so
 * - taking it is atomic: of any number of processes started together exactly one gets it;
 * - a lock is never stale: the kernel lets go of it the moment its process ends, however it
 *   ends (crash, SIGKILL, power cut), so there is no pid to check, and a pid the OS has since
 *   given to another program, or a lock file copied from another machine, never blocks.
 * This replaces a pid file, which needed a create-then-write (a racer could read it half
 * written) and a liveness check that a reused pid fools. The holder file beside it only
 * serves the refusal message.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE_NAME);
  // A short busy wait, not none: on the way to EXCLUSIVE every contender briefly holds a
  // SHARED lock, and with no wait at all the one that is about to win sees a loser's passing
  // SHARED lock, gives up too, and nobody gets the directory. A loser pays this wait once.
  const db = new Database(path, { timeout: LOCK_BUSY_WAIT_MS });
  chmodSync(path, PRIVATE_FILE_MODE);
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
    const holder = readHolder(dataDir);
    throw new DataDirLockedError(dataDir, holder?.pid ?? null, holder?.startedAt ?? null);
  }
  const holder: Holder = {
    pid: process.pid,
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    host: hostname(),
    token: randomUUID(),
  };
  writeHolder(dataDir, holder);

  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    // The holder file first, so nobody is told about a holder that has already gone.
    if (readHolder(dataDir)?.token === holder.token) {
      try {
        unlinkSync(join(dataDir, LOCK_HOLDER_FILE_NAME));
      } catch {
        // Already gone.
      }
    }
    db.close();
  };
  // The OS releases the lock itself when the process ends; this only tidies the holder file.
  process.on('exit', release);
  return { path, release };
}

function writeHolder(dataDir: string, holder: Holder): void {
  // Written beside and renamed into place, so a reader never sees half of it.
  const temp = join(dataDir, `.${LOCK_HOLDER_FILE_NAME}.${holder.token}.tmp`);
  writeFileSync(temp, JSON.stringify(holder), { mode: PRIVATE_FILE_MODE });
  renameSync(temp, join(dataDir, LOCK_HOLDER_FILE_NAME));
}

function readHolder(dataDir: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, LOCK_HOLDER_FILE_NAME), 'utf8')) as Partial<Holder>;
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, startedAt: String(parsed.startedAt ?? ''), host: String(parsed.host ?? ''), token: String(parsed.token ?? '') };
  } catch {
    // Not written yet (the holder has just taken the lock) or left by an older version.
    return null;
  }
}
