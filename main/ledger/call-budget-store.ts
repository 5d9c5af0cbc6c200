import type { Database, Statement } from 'better-sqlite3';

const MINUTE_MS = 60_000;
/** Buckets older than this are never asked about (the budget window is 24 h). */
const KEEP_MS = 48 * 60 * MINUTE_MS;

/**
 * e-conomic calls per agreement in one-minute buckets. `countSince` counts whole buckets,
 * so it may include calls made up to a minute before `sinceMs` — erring towards caution.
 * It fits the e-conomic client's `CallBudgetStore` by shape; the ledger does not import
 * the connector (adapters are independent of each other, docs/architecture.md).
 */
export class SqliteCallBudgetStore {
  private readonly add: Statement;
  private readonly sum: Statement<[string, number], { n: number | null }>;
  private readonly prune: Statement;
  private lastPrunedMinute = -1;

  constructor(db: Database) {
    this.add = db.prepare(`INSERT INTO call_budget (agreement, minute, count) VALUES (?, ?, ?)
      ON CONFLICT (agreement, minute) DO UPDATE SET count = count + excluded.count`);
    this.sum = db.prepare('SELECT sum(count) AS n FROM call_budget WHERE agreement = ? AND minute >= ?');
    this.prune = db.prepare('DELETE FROM call_budget WHERE minute < ?');
  }

  record(agreement: string, atMs: number, count = 1): void {
    const minute = Math.floor(atMs / MINUTE_MS);
    this.add.run(agreement, minute, count);
    if (minute !== this.lastPrunedMinute) {
      this.lastPrunedMinute = minute;
      this.prune.run(Math.floor((atMs - KEEP_MS) / MINUTE_MS));
    }
  }

  countSince(agreement: string, sinceMs: number): number {
    return this.sum.get(agreement, Math.floor(sinceMs / MINUTE_MS))?.n ?? 0;
  }
}
