import type { Migration } from './migration';

/** e-conomic calls counted in one-minute buckets, so 50,000 calls a day stay a few thousand rows. */
export const migration005CallBudget: Migration = {
  version: 5,
  name: 'call-budget',
  up(db) {
    db.exec(`
      CREATE TABLE call_budget (
        agreement  TEXT NOT NULL,
        minute     INTEGER NOT NULL,
        count      INTEGER NOT NULL,
        PRIMARY KEY (agreement, minute)
      ) WITHOUT ROWID;
    `);
  },
};
