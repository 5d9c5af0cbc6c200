import type Database from 'better-sqlite3';
import { migration020MailOutbox } from '../ledger/migrations/020-mail-outbox';

/**
 * The outbox table comes from ledger migration 20 when the database is the
 * ledger (openLedger). A bare database (a tool, a test) gets the same table from
 * the same migration, so there is one definition of the schema.
 */
export function ensureMailOutboxSchema(db: Database.Database): void {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mail_outbox'`).get();
  if (!exists) migration020MailOutbox.up(db);
}
