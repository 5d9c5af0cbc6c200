import type { Migration } from './migration';

/**
 * The accountant's mail of a booked day (postingUnit "day", main/engine/days/accountant-mail.ts)
 * goes through the same outbox as the invoice mails, under the day invoice's number (a day
 * invoice is to the collective customer and never has an invoice mail of its own):
 * `day_id` names the day (at most one mail per day, so a re-run or a restart never queues a
 * second), `attachments` lists the files it carries (the order list as PDF and CSV) as JSON
 * `[{filename, path, contentType}]`; both are NULL for an invoice mail, which carries its PDF.
 */
export const migration021AccountantMails: Migration = {
  version: 21,
  name: 'accountant-mails',
  up(db) {
    db.exec(`
      ALTER TABLE mail_outbox ADD COLUMN day_id INTEGER REFERENCES day_summaries (id);
      ALTER TABLE mail_outbox ADD COLUMN attachments TEXT;
      CREATE UNIQUE INDEX mail_outbox_day ON mail_outbox (day_id) WHERE day_id IS NOT NULL;
    `);
  },
};
