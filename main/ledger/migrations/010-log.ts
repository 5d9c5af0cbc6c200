import type { Migration } from './migration';

/**
 * The log store (main/log) and the error-mail throttle (main/notify).
 * A problem is grouped: per group key at most one open entry, which is updated
 * (occurrences, last_at, params) instead of repeated.
 */
export const migration010Log: Migration = {
  version: 10,
  name: 'log',
  up(db) {
    db.exec(`
      CREATE TABLE log_entries (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        at            TEXT NOT NULL,
        level         TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error', 'critical')),
        code          TEXT NOT NULL,
        order_id      TEXT,
        order_number  TEXT,
        profile       TEXT NOT NULL,
        params        TEXT NOT NULL DEFAULT '{}',
        technical     TEXT,
        related       TEXT,
        status        TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
        occurrences   INTEGER NOT NULL DEFAULT 1,
        first_at      TEXT NOT NULL,
        last_at       TEXT NOT NULL,
        resolved_at   TEXT,
        group_key     TEXT
      );
      CREATE UNIQUE INDEX log_entries_open_group ON log_entries(profile, group_key) WHERE status = 'open' AND group_key IS NOT NULL;
      CREATE INDEX log_entries_last ON log_entries(last_at, id);
      CREATE INDEX log_entries_order ON log_entries(order_id, last_at) WHERE order_id IS NOT NULL;
      CREATE INDEX log_entries_code ON log_entries(code, last_at);
      CREATE INDEX log_entries_status_level ON log_entries(status, level, last_at);

      CREATE TABLE notify_state (
        profile        TEXT PRIMARY KEY,
        last_mail_at   TEXT,
        last_digest_at TEXT
      );
      CREATE TABLE notify_pending (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        profile    TEXT NOT NULL,
        entry_id   INTEGER,
        code       TEXT NOT NULL,
        params     TEXT NOT NULL DEFAULT '{}',
        added_at   TEXT NOT NULL
      );
      CREATE INDEX notify_pending_profile ON notify_pending(profile, id);
    `);
  },
};
