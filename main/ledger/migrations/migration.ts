import type { Database } from 'better-sqlite3';

/**
 * One step of the ledger schema. Versions are global across modules:
 * 1–9 ledger core, 10s log store, 20s mail outbox, 30s money flows.
 * A migration runs once, inside a transaction, and is recorded in `schema_migrations`.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
