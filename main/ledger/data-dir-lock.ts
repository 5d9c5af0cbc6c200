import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataDirLockedError } from './errors';

export const LOCK_FILE_NAME = 'ledgerbridge.lock';

interface LockContent {
  pid: number;
  startedAt: string;
}

/** Lock files this process holds, so a pid match inside this process is not mistaken for a stale lock. */
const heldHere = new Set<string>();

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/**
 * One process per data directory. The lock file is created exclusively (`wx`) and holds
 * our pid and start time; a lock whose pid is no longer alive is stale and taken over.
 * It is removed on release and, as a fallback, when the process exits normally.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE_NAME);
  const content: LockContent = { pid: process.pid, startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString() };
  const text = JSON.stringify(content);

  // Two attempts: the second follows removal of a stale lock. If another process wins
  // that race, its fresh lock is reported like any other live holder.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, text, { flag: 'wx', mode: 0o644 });
      return register(path, text);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(path);
    if (holder && isAlive(holder.pid) && (holder.pid !== process.pid || heldHere.has(path))) {
      throw new DataDirLockedError(dataDir, holder.pid, holder.startedAt);
    }
    removeIfUnchanged(path, holder);
  }
  const holder = readHolder(path);
  throw new DataDirLockedError(dataDir, holder?.pid ?? -1, holder?.startedAt ?? null);
}

function register(path: string, text: string): DataDirLock {
  heldHere.add(path);
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    heldHere.delete(path);
    process.removeListener('exit', release);
    try {
      // Only remove the file if it is still ours (a stale-lock takeover may have replaced it).
      if (readFileSync(path, 'utf8') === text) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on('exit', release);
  return { path, release };
}

function readHolder(path: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, startedAt: typeof parsed.startedAt === 'string' ? parsed.startedAt : '' };
  } catch {
    // Unreadable or half-written (a crash during creation): treat as stale.
    return null;
  }
}

function removeIfUnchanged(path: string, holder: LockContent | null): void {
  try {
    const again = readHolder(path);
    if (holder && again && again.pid !== holder.pid) return;
    unlinkSync(path);
  } catch {
    // Someone else removed it first; the next attempt decides.
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else — still a live holder.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
