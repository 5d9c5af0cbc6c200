import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The data dir holds customers' names, addresses and e-mails (the ledger, the invoice PDFs,
 * support bundles, backups, crash reports): only the owner's own account may read it.
 *
 * Modes are a POSIX notion. On Windows Node maps chmod to the read-only attribute only (0600
 * keeps files writable); privacy there comes from the per-user profile folder Electron's
 * `userData` lives in, whose ACL already shuts out other users.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** The folders inside the data dir that LedgerBridge writes; Electron's own folders are left to Chromium. */
export const PRIVATE_SUBDIRS = ['pdf', 'order-lists', 'support', 'backups', 'crash-reports'] as const;

/** Creates the folder (and its parents) for the owner only; an existing one is tightened. */
export function makePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(path, PRIVATE_DIR_MODE);
}

/**
 * Tightens a data dir made by an earlier version (or by a umask of 022): the dir and our
 * folders in it 0700, every file directly in them 0600. The dir comes first, so while
 * the rest is tightened no other account can reach it any more. Symbolic links are left
 * alone (chmod would change what they point to).
 */
export function tightenDataDir(dataDir: string): void {
  makePrivateDir(dataDir);
  tightenFilesIn(dataDir);
  for (const name of PRIVATE_SUBDIRS) {
    const dir = join(dataDir, name);
    if (!isDirectory(dir)) continue;
    chmodIfNeeded(dir, PRIVATE_DIR_MODE);
    tightenFilesIn(dir);
  }
}

function tightenFilesIn(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) chmodIfNeeded(join(dir, entry.name), PRIVATE_FILE_MODE);
  }
}

function chmodIfNeeded(path: string, mode: number): void {
  try {
    if ((lstatSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch (err) {
    // A file removed meanwhile (a temp file renamed into place) needs no tightening.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
