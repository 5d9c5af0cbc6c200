import type { Migration } from './migration';

/**
 * The mail outbox (main/mail/outbox.ts): one row per booked invoice whose PDF we
 * mail. The rendered subject and bodies are stored at enqueue time, so a retry
 * days later sends exactly what was queued even if the owner edits the template.
 * `IF NOT EXISTS`: earlier versions let MailOutbox create the table with this same
 * statement before the ledger's runner recorded the migration; such ledgers still open.
 */
export const migration020MailOutbox: Migration = {
  version: 20,
  name: 'mail-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS mail_outbox (
        invoice_number   INTEGER NOT NULL UNIQUE,
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
        confirmed_at     TEXT
      );
      CREATE INDEX IF NOT EXISTS mail_outbox_due ON mail_outbox (status, next_attempt_at);
      CREATE INDEX IF NOT EXISTS mail_outbox_order ON mail_outbox (order_id);
    `);
  },
};
