import type { Migration } from './migration';

/**
 * The generation of a day's writes, as an order has one: the day's Idempotency-Keys and
 * journal rows carry it. It starts at 1 (the keys every day was written under before) and
 * goes up only when the owner retries a day whose draft was deleted by hand in e-conomic, so
 * the new draft is a new write: neither the operations journal nor e-conomic's Idempotency-Key
 * replays the deleted one.
 */
export const migration038DayGeneration: Migration = {
  version: 38,
  name: 'day-generation',
  up(db) {
    db.exec('ALTER TABLE day_summaries ADD COLUMN generation INTEGER NOT NULL DEFAULT 1');
  },
};
