import type { Migration } from './migration';

/**
 * Daily summaries (postingUnit "day"). A day summary is one invoice in e-conomic per
 * profile, shop-local day, currency and VAT zone, to the collective customer; its entries are
 * the orders and the refunds booked in it. An order or a refund is an entry of exactly one
 * day, which the primary key of `day_entries` guarantees.
 *
 * States of a day: open (collecting; a closed day that waits for an order says why) → closing
 * (frozen: entries, planned invoice and order list fixed; the invoice is being written) →
 * drafted → held (a draft left for the owner) | done (booked); needs-attention when the
 * totals check fails.
 */
export const migration008DaySummaries: Migration = {
  version: 8,
  name: 'day-summaries',
  up(db) {
    db.exec(`
      CREATE TABLE day_summaries (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        profile        TEXT NOT NULL,
        day            TEXT NOT NULL,
        currency       TEXT NOT NULL,
        vat_zone       TEXT NOT NULL CHECK (vat_zone IN ('domestic', 'abroad')),
        state          TEXT NOT NULL CHECK (state IN ('open', 'closing', 'drafted', 'held', 'done', 'needs-attention')),
        reason_code    TEXT,
        reason_detail  TEXT,
        plan_json      TEXT,
        gross          TEXT,
        draft_number   INTEGER,
        booked_number  INTEGER,
        order_list     TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        frozen_at      TEXT,
        booked_at      TEXT,
        UNIQUE (profile, day, currency, vat_zone)
      );
      CREATE INDEX day_summaries_state ON day_summaries (profile, state, day);

      CREATE TABLE day_entries (
        profile    TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('order', 'refund')),
        order_id   TEXT NOT NULL,
        refund_id  TEXT NOT NULL DEFAULT '',
        day_id     INTEGER NOT NULL REFERENCES day_summaries (id),
        number     TEXT NOT NULL,
        gross      TEXT NOT NULL,
        added_at   TEXT NOT NULL,
        PRIMARY KEY (profile, kind, order_id, refund_id)
      ) WITHOUT ROWID;
      CREATE INDEX day_entries_day ON day_entries (day_id);
    `);
  },
};
