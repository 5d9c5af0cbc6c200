import type { Migration } from './migration';

/** Poll watermarks per profile and stream, and a small key/value store for engine state. */
export const migration003EngineState: Migration = {
  version: 3,
  name: 'engine-state',
  up(db) {
    db.exec(`
      CREATE TABLE watermarks (
        profile    TEXT NOT NULL,
        stream     TEXT NOT NULL,
        value      TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (profile, stream)
      );
      CREATE TABLE kv (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
