import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE_NAME, migrations, openLedger, runMigrations } from '../../../../main/ledger';
import { MailOutbox } from '../../../../main/mail';
import { removeDir, tempDir } from '../helpers/temp-ledger';

/**
 * Migration 034: the mail outbox gets a key of its own, so the accountant's mail of a day booked
 * as a voucher in a journal (which has no invoice number) can wait in it beside invoice mails.
 * Rows written before keep everything, in their order; an invoice number is still unique; a row
 * with neither an invoice number nor a day is refused.
 */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const INSERT = `INSERT INTO mail_outbox (invoice_number, order_id, to_address, language, subject, html_body, text_body, vars_json, pdf_path, status, created_at, updated_at, day_id, attachments)
  VALUES (?, ?, 'mette@example.dk', 'da', 's', 'h', 't', '{}', '/p.pdf', 'sent', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z', ?, ?)`;

describe('migration 034: the mail outbox keyed by row', () => {
  it('keeps the mails written before, numbers them in their order, and takes a day mail without an invoice number', () => {
    const dir = tempDir();
    dirs.push(dir);
    // The ledger before 034, written with SQL alone (the repositories of today expect every migration).
    const before = new Database(join(dir, LEDGER_FILE_NAME));
    runMigrations(before, migrations.filter((m) => m.version < 34), dir);
    before.prepare(INSERT).run(1007, '4711', null, null);
    before.prepare(INSERT).run(1003, '4712', null, null);
    before.close();

    const ledger = openLedger(dir);
    const rows = ledger.db.prepare('SELECT id, invoice_number, order_id, status FROM mail_outbox ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, invoice_number: 1007, order_id: '4711', status: 'sent' },
      { id: 2, invoice_number: 1003, order_id: '4712', status: 'sent' },
    ]);
    const outbox = new MailOutbox(ledger.db);
    expect(outbox.get(1003)).toMatchObject({ id: 2, invoiceNumber: 1003, dayId: null });

    // The accountant's mail of a voucher day: no invoice number, found by its day.
    const day = ledger.db.prepare(`INSERT INTO day_summaries (profile, day, currency, vat_zone, state, created_at, updated_at) VALUES ('demo', '2026-12-01', 'DKK', 'domestic', 'done', '2026-12-02T00:00:00Z', '2026-12-02T00:00:00Z')`).run().lastInsertRowid as number;
    const queued = outbox.enqueueDayMail({ dayId: day, invoiceNumber: null, to: 'revisor@example.dk', language: 'da', subject: 'Ordreliste', html: '<p>x</p>', text: 'x', vars: { invoiceDate: '2026-12-01', currency: 'DKK' }, attachments: [{ filename: 'ordreliste.pdf', path: '/o.pdf', contentType: 'application/pdf' }] });
    expect(queued).toMatchObject({ id: 3, invoiceNumber: null, dayId: day, status: 'queued' });
    expect(outbox.confirmResend({ dayId: day }, 'owner')).toMatchObject({ id: 3, status: 'queued', confirmedBy: 'owner' });

    // Still one mail per invoice, and none about nothing.
    expect(() => ledger.db.prepare(INSERT).run(1003, '4713', null, null)).toThrow(/UNIQUE/);
    expect(() => ledger.db.prepare(INSERT).run(null, '4714', null, null)).toThrow(/CHECK/);
    ledger.close();
  });
});
