import type { Migration } from './migration';

/** The supervised period before automatic posting (docs/architecture.md, "Automatic posting and the supervised period"), per profile, with an audit trail. */
export const migration004Supervised: Migration = {
  version: 4,
  name: 'supervised-period',
  up(db) {
    db.exec(`
      CREATE TABLE supervised_period (
        profile                   TEXT PRIMARY KEY,
        first_automatic_draft_at  TEXT,
        checked_by                TEXT,
        checked_at                TEXT,
        activated_by              TEXT,
        activated_at              TEXT,
        accepted_risk             INTEGER NOT NULL DEFAULT 0,
        deactivated_by            TEXT,
        deactivated_at            TEXT
      );
      CREATE TABLE supervised_manual_bookings (
        profile        TEXT NOT NULL,
        order_id       TEXT NOT NULL,
        draft_number   INTEGER NOT NULL,
        booked_number  INTEGER NOT NULL,
        at             TEXT NOT NULL,
        PRIMARY KEY (profile, order_id)
      );
      CREATE TABLE supervised_events (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        profile  TEXT NOT NULL,
        at       TEXT NOT NULL,
        kind     TEXT NOT NULL,
        by       TEXT
      );
    `);
  },
};
