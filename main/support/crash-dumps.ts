import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { redact, registeredSecrets } from '../../shared/redact';
import { redactEncodedSecrets } from './encoded-secrets';

/** Electron's crash reporter writes here (main/app/crash-reports.ts), inside the private data dir. */
export function crashDumpsDir(dataDir: string): string {
  return join(dataDir, 'crash-reports');
}

/** The newest dumps go into the bundle whole, as long as they fit; older or larger ones are only listed. */
export const CRASH_DUMPS_MAX_FILES = 5;
export const CRASH_DUMPS_MAX_BYTES = 8 * 1024 * 1024;
/** How many dumps the bundle lists at most (a crash loop can leave hundreds). */
const CRASH_DUMPS_LISTED = 50;

export interface CrashReport {
  /** Path below the crash folder (Crashpad keeps completed/, pending/, new/). */
  file: string;
  sizeBytes: number;
  crashedAt: string;
  /** The minidump, secrets masked, when it fitted into the bundle. */
  minidumpBase64?: string;
  /** Why the minidump itself is not in the bundle. */
  omitted?: 'too-many' | 'too-large';
}

/** Printable ASCII runs in a dump: the strings that were in the crashed process's memory. */
const ASCII_RUN = /[\x20-\x7e]{12,}/g;

/**
 * A minidump holds memory of the crashed process, so it may hold a token that was in use.
 * Every registered secret (as UTF-8 and as UTF-16, the two ways strings sit in memory) and
 * every text run that redaction would change (an Authorization header, a base64 key pair)
 * is overwritten with '*' of the same length, so the dump keeps its layout and still loads
 * in a debugger.
 */
export function maskSecretsInDump(dump: Buffer): Buffer {
  const out = Buffer.from(dump);
  for (const secret of registeredSecrets()) {
    for (const encoding of ['utf8', 'utf16le'] as const) {
      const needle = Buffer.from(secret, encoding);
      const mask = Buffer.from('*'.repeat(secret.length), encoding);
      for (let at = out.indexOf(needle); at !== -1; at = out.indexOf(needle, at + needle.length)) mask.copy(out, at);
    }
  }
  const text = out.toString('latin1');
  for (const match of text.matchAll(ASCII_RUN)) {
    const run = match[0];
    if (redact(run) !== run || redactEncodedSecrets(run) !== run) out.fill('*', match.index, match.index + run.length);
  }
  return out;
}

function findDumps(dir: string, depth = 0): string[] {
  if (depth > 3) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findDumps(path, depth + 1);
    return entry.isFile() && entry.name.toLowerCase().endsWith('.dmp') ? [path] : [];
  });
}

/**
 * The crash reports Electron's crash reporter left in `dir`, newest first: the newest few
 * whole (secrets masked, base64) within the size cap, the rest listed by name, size and time.
 */
export function collectCrashReports(dir: string, caps: { maxFiles?: number; maxBytes?: number } = {}): CrashReport[] {
  if (!existsSync(dir)) return [];
  const maxFiles = caps.maxFiles ?? CRASH_DUMPS_MAX_FILES;
  const maxBytes = caps.maxBytes ?? CRASH_DUMPS_MAX_BYTES;
  const dumps = findDumps(dir)
    .map((path) => ({ path, stat: statSync(path) }))
    .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs || a.path.localeCompare(b.path))
    .slice(0, CRASH_DUMPS_LISTED);
  let included = 0;
  let bytes = 0;
  return dumps.map(({ path, stat }) => {
    const report: CrashReport = { file: relative(dir, path).split('\\').join('/'), sizeBytes: stat.size, crashedAt: stat.mtime.toISOString() };
    if (included >= maxFiles) return { ...report, omitted: 'too-many' };
    if (bytes + stat.size > maxBytes) return { ...report, omitted: 'too-large' };
    included++;
    bytes += stat.size;
    return { ...report, minidumpBase64: maskSecretsInDump(readFileSync(path)).toString('base64') };
  });
}
