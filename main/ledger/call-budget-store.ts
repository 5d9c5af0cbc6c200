import type { Database, Statement } from 'better-sqlite3';

const MINUTE_MS = 60_000;
/** Buckets older than this are never asked about (the budget window is 24 h). */
export const CALL_BUDGET_KEEP_MS = 48 * 60 * MINUTE_MS;

/** The calls counted against one agreement in one minute. */
export interface CallBucket {
  agreement: string;
  /** Minutes since the epoch. */
  minute: number;
  count: number;
}

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
  private readonly since: Statement<[number], CallBucket>;
  private lastPrunedMinute = -1;

  constructor(db: Database) {
    this.add = db.prepare(`INSERT INTO call_budget (agreement, minute, count) VALUES (?, ?, ?)
      ON CONFLICT (agreement, minute) DO UPDATE SET count = count + excluded.count`);
    this.sum = db.prepare('SELECT sum(count) AS n FROM call_budget WHERE agreement = ? AND minute >= ?');
    this.prune = db.prepare('DELETE FROM call_budget WHERE minute < ?');
    this.since = db.prepare('SELECT agreement, minute, count FROM call_budget WHERE minute >= ? ORDER BY agreement, minute');
  }

  record(agreement: string, atMs: number, count = 1): void {
    const minute = Math.floor(atMs / MINUTE_MS);
    this.add.run(agreement, minute, count);
    if (minute !== this.lastPrunedMinute) {
      this.lastPrunedMinute = minute;
      this.prune.run(Math.floor((atMs - CALL_BUDGET_KEEP_MS) / MINUTE_MS));
    }
  }

  countSince(agreement: string, sinceMs: number): number {
    return this.sum.get(agreement, Math.floor(sinceMs / MINUTE_MS))?.n ?? 0;
  }

  /** Every agreement's buckets from `sinceMs` on, to carry them into another ledger. */
  bucketsSince(sinceMs: number): CallBucket[] {
    return this.since.all(Math.floor(sinceMs / MINUTE_MS));
  }

  /** Adds counted calls to the buckets here (a bucket already here keeps its calls too). */
  addBuckets(buckets: readonly CallBucket[]): void {
    for (const b of buckets) this.add.run(b.agreement, b.minute, b.count);
  }
}
