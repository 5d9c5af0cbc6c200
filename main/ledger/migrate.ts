import type { Database } from 'better-sqlite3';
import { LedgerTooNewError } from './errors';
import type { Migration } from './migrations/migration';

export interface MigrationResult {
  /** Versions applied by this call, in order. */
  applied: number[];
  /** Highest version now in the database. */
  current: number;
}

/**
 * Applies every migration not yet recorded in `schema_migrations`, each in its own
 * transaction together with its record, so a crash never leaves half a migration.
 */
export function runMigrations(db: Database, unordered: readonly Migration[], dataDir: string, now: () => Date = () => new Date()): MigrationResult {
  // Modules append their migrations independently, so apply them by version, not by list position.
  const list = [...unordered].sort((a, b) => a.version - b.version);
  assertWellFormed(list);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]));
  const known = new Set(list.map((m) => m.version));
  const unknown = [...done].filter((v) => !known.has(v)).sort((a, b) => a - b);
  if (unknown.length > 0) throw new LedgerTooNewError(dataDir, unknown);

  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const m of list) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      m.up(db);
      record.run(m.version, m.name, now().toISOString());
    })();
    applied.push(m.version);
  }
  const current = list.length > 0 ? list[list.length - 1].version : 0;
  return { applied, current };
}

/** `list` is sorted by version. */
function assertWellFormed(list: readonly Migration[]): void {
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    if (!Number.isInteger(m.version) || m.version < 1) throw new Error(`Migration "${m.name}" has an invalid version ${m.version}.`);
    if (i > 0 && m.version === list[i - 1].version) {
      throw new Error(`Two migrations share version ${m.version}: "${list[i - 1].name}" and "${m.name}". Give the newer one the next free number in its range.`);
    }
  }
}
