import type { Database, Statement } from 'better-sqlite3';

/** Small engine state that must survive restarts: last sync time, whether the loop is paused… Values are JSON. */
export class KeyValueStore {
  private readonly getStmt: Statement<[string], { value: string }>;
  private readonly setStmt: Statement;
  private readonly deleteStmt: Statement;

  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.getStmt = db.prepare('SELECT value FROM kv WHERE key = ?');
    this.setStmt = db.prepare(`INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
    this.deleteStmt = db.prepare('DELETE FROM kv WHERE key = ?');
  }

  get<T = unknown>(key: string): T | undefined {
    const row = this.getStmt.get(key);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  set(key: string, value: unknown): void {
    if (value === undefined) throw new Error(`kv.set("${key}") needs a value; use delete() to remove a key.`);
    this.setStmt.run(key, JSON.stringify(value), this.now().toISOString());
  }

  delete(key: string): void {
    this.deleteStmt.run(key);
  }
}
