import type { Migration } from './migration';

/**
 * A day booked as a finance voucher in a journal (dayBooking "journal") has no invoice number,
 * yet its order list is mailed to the accountant like a day invoice's (migration 021). So the
 * outbox gets a key of its own, `id`, by which every state change finds its row, and
 * `invoice_number` may be NULL — for an accountant's mail of a voucher day only (the CHECK): an
 * invoice mail still has its invoice's number, unique, and every day mail its `day_id`, unique.
 * SQLite cannot drop a NOT NULL, so the table is copied into its new shape; rows keep their order.
 */
export const migration034MailOutboxKeyedByRow: Migration = {
  version: 34,
  name: 'mail-outbox-keyed-by-row',
  up(db) {
    const columns = `invoice_number, order_id, to_address, language, subject, html_body, text_body, vars_json, pdf_path,
      status, attempts, next_attempt_at, message_id, smtp_response, last_error, created_at, updated_at, sent_at,
      confirmed_by, confirmed_at, day_id, attachments`;
    db.exec(`
      CREATE TABLE mail_outbox_keyed (
        id               INTEGER PRIMARY KEY,
        invoice_number   INTEGER UNIQUE,
        order_id         TEXT    NOT NULL,
        to_address       TEXT    NOT NULL,
        language         TEXT    NOT NULL CHECK (language IN ('da', 'en')),
        subject          TEXT    NOT NULL,
        html_body        TEXT    NOT NULL,
        text_body        TEXT    NOT NULL,
        vars_json        TEXT    NOT NULL,
        pdf_path         TEXT    NOT NULL,
        status           TEXT    NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'uncertain', 'retry', 'failed')),
        attempts         INTEGER NOT NULL DEFAULT 0,
        next_attempt_at  TEXT,
        message_id       TEXT,
        smtp_response    TEXT,
        last_error       TEXT,
        created_at       TEXT    NOT NULL,
        updated_at       TEXT    NOT NULL,
        sent_at          TEXT,
        confirmed_by     TEXT,
        confirmed_at     TEXT,
        day_id           INTEGER REFERENCES day_summaries (id),
        attachments      TEXT,
        CHECK (invoice_number IS NOT NULL OR day_id IS NOT NULL)
      );
      INSERT INTO mail_outbox_keyed (${columns}) SELECT ${columns} FROM mail_outbox ORDER BY rowid;
      DROP TABLE mail_outbox;
      ALTER TABLE mail_outbox_keyed RENAME TO mail_outbox;
      CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
      CREATE INDEX mail_outbox_order ON mail_outbox (order_id);
      CREATE UNIQUE INDEX mail_outbox_day ON mail_outbox (day_id) WHERE day_id IS NOT NULL;
    `);
  },
};
