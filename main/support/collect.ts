import { arch, platform, release } from 'node:os';
import type { Ledger } from '../ledger/ledger';

const DAY_MS = 24 * 60 * 60 * 1000;

export function versions(ledger: Ledger, appVersion: string): Record<string, string | null> {
  return {
    app: appVersion,
    node: process.versions.node,
    electron: process.versions.electron ?? null,
    chrome: process.versions.chrome ?? null,
    sqlite: String(ledger.db.prepare('SELECT sqlite_version()').pluck().get()),
    os: `${platform()} ${release()} ${arch()}`,
  };
}

function tableExists(ledger: Ledger, name: string): boolean {
  return ledger.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

/** e-conomic calls per agreement in the last hour and the last 24 hours (the fair-use window). */
export function apiCallCounts(ledger: Ledger, now: Date): Array<{ agreement: string; lastHour: number; last24h: number }> {
  if (!tableExists(ledger, 'call_budget')) return [];
  const minute = (ms: number) => Math.floor(ms / 60_000);
  const rows = ledger.db
    .prepare(
      `SELECT agreement, SUM(CASE WHEN minute >= ? THEN count ELSE 0 END) AS lastHour, SUM(count) AS last24h
       FROM call_budget WHERE minute >= ? GROUP BY agreement ORDER BY agreement`,
    )
    .all(minute(now.getTime() - DAY_MS / 24), minute(now.getTime() - DAY_MS)) as Array<{ agreement: string; lastHour: number; last24h: number }>;
  return rows;
}

/** The latest rows of the exactly-once journal, whatever their order. */
export function recentOperations(ledger: Ledger, limit: number): unknown[] {
  if (!tableExists(ledger, 'operations')) return [];
  return ledger.db.prepare('SELECT * FROM operations ORDER BY updated_at DESC LIMIT ?').all(limit);
}

/** Everything the ledger knows about one order: its row, its state history and its operations. */
export function orderDossier(ledger: Ledger, orderId: string): Record<string, unknown> {
  return {
    orderId,
    order: ledger.orders.get(orderId),
    history: ledger.orders.get(orderId) ? ledger.orders.history(orderId) : [],
    operations: ledger.operations.forOrder(orderId),
  };
}
