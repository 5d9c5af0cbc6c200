import type { Migration } from './migration';

/**
 * The exactly-once journal: a row is written with status 'started' before every
 * external write and completed after it, so a crash in between is visible on restart.
 */
export const migration002Operations: Migration = {
  version: 2,
  name: 'operations',
  up(db) {
    db.exec(`
      CREATE TABLE operations (
        key           TEXT PRIMARY KEY,
        order_id      TEXT NOT NULL,
        step          TEXT NOT NULL,
        status        TEXT NOT NULL,
        request_hash  TEXT,
        result_json   TEXT,
        error_detail  TEXT,
        attempts      INTEGER NOT NULL DEFAULT 1,
        started_at    TEXT NOT NULL,
        finished_at   TEXT,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX operations_open ON operations(status, order_id) WHERE status IN ('started', 'uncertain');
      CREATE INDEX operations_order ON operations(order_id);
    `);
  },
};
