import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrations, runMigrations } from '../../../main/ledger';
import { MailOutbox, createTransport, outboxSender, storeInvoicePdf, type MailTransport, type OutboxRow, type SendResult } from '../../../main/mail';
import { startSmtpCatcher, type SmtpCatcher } from '../../../main/sandbox/smtp';
import { describe as describeProblem } from '../../../shared/errors';
import { exampleMailVars } from '../../../shared/mail';
import { makeInvoicePdf } from './invoice-pdf';

let catcher: SmtpCatcher;
let transport: MailTransport;
let dir: string;
let db: Database.Database;
let now: Date;
const clock = () => now;
const from = { name: 'Butik Nordlys', address: 'faktura@nordlys.dk' };
const minutes = (n: number) => n * 60_000;
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

beforeAll(async () => {
  catcher = await startSmtpCatcher();
  transport = createTransport({ host: catcher.host, port: catcher.port, security: 'none' });
});
afterAll(async () => {
  transport.close();
  await catcher.close();
});
beforeEach(() => {
  catcher.clear();
  catcher.setFault(null);
  now = new Date('2026-11-13T09:00:00.000Z');
  dir = mkdtempSync(join(tmpdir(), 'lb-mail-'));
  db = new Database(join(dir, 'ledger.sqlite'));
  // The outbox table is the ledger's (migration 20); the outbox works on any database that has it.
  runMigrations(db, migrations, dir);
  return () => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  };
});

async function queue(outbox: MailOutbox, invoiceNumber: number, to = 'mette@example.dk'): Promise<OutboxRow> {
  const pdfPath = storeInvoicePdf(dir, invoiceNumber, await makeInvoicePdf(invoiceNumber, '1234.50'));
  return outbox.enqueue({ invoiceNumber, orderId: `wc-${invoiceNumber}`, to, language: 'da', vars: { ...exampleMailVars('da'), invoiceNumber: String(invoiceNumber) }, pdfPath });
}

describe('temporary failures', () => {
  it('retries a greylisted mail (451) after 1 min, 5 min, 30 min … and sends it once the server accepts', async () => {
    const outbox = new MailOutbox(db, { clock, fromAddress: from.address });
    const send = outboxSender({ transport, from });
    await queue(outbox, 501);
    catcher.setFault({ stage: 'rcpt', code: 451, message: '4.7.1 Greylisted, please try again later', times: 3 });

    expect(await outbox.processDue(send)).toMatchObject({ sent: 0, retried: 1 });
    let row = outbox.get(501);
    expect(row).toMatchObject({ status: 'retry', attempts: 1, nextAttemptAt: '2026-11-13T09:01:00.000Z' });
    expect(row?.lastError).toMatchObject({ kind: 'temporary', errorCode: 'LB-6001', smtpCode: 451 });
    expect(row?.lastError?.fix.da).toContain('greylisting');

    // Not due yet: nothing is attempted.
    advance(minutes(1) - 1);
    expect(await outbox.processDue(send)).toMatchObject({ sent: 0, retried: 0 });
    expect(outbox.get(501)?.attempts).toBe(1);

    advance(1);
    await outbox.processDue(send);
    expect(outbox.get(501)).toMatchObject({ status: 'retry', attempts: 2, nextAttemptAt: '2026-11-13T09:06:00.000Z' });

    advance(minutes(5));
    await outbox.processDue(send);
    expect(outbox.get(501)).toMatchObject({ status: 'retry', attempts: 3, nextAttemptAt: '2026-11-13T09:36:00.000Z' });

    advance(minutes(30));
    expect(await outbox.processDue(send)).toMatchObject({ sent: 1 });
    row = outbox.get(501);
    expect(row).toMatchObject({ status: 'sent', attempts: 4, lastError: null });
    expect(catcher.mails()).toHaveLength(1);
    expect(catcher.mails()[0].messageId).toBe(row?.messageId);
  });

  it('gives up after maxAttempts and tells the owner what to do', async () => {
    const outbox = new MailOutbox(db, { clock, maxAttempts: 2, fromAddress: from.address });
    const send = outboxSender({ transport, from });
    await queue(outbox, 502);
    catcher.setFault({ stage: 'data', code: 452, message: '4.3.1 Insufficient system storage' });

    await outbox.processDue(send);
    advance(minutes(1));
    expect(await outbox.processDue(send)).toMatchObject({ failed: 1 });
    const row = outbox.get(502);
    expect(row).toMatchObject({ status: 'failed', attempts: 2, nextAttemptAt: null });
    expect(row?.lastError?.fix.en).toContain('after 2 attempts');
    // No longer "we will try again": the catalogue entry for a mail that did not go out.
    expect(row?.lastError?.errorCode).toBe('LB-6002');

    advance(minutes(600));
    expect(await outbox.processDue(send)).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    expect(catcher.mails()).toHaveLength(0);
  });

  it('treats an unreachable server as temporary and stops the batch', async () => {
    const closed = await startSmtpCatcher();
    const port = closed.port;
    await closed.close();
    const outbox = new MailOutbox(db, { clock, fromAddress: from.address });
    await queue(outbox, 503);
    await queue(outbox, 504);
    const deadTransport = createTransport({ host: '127.0.0.1', port, security: 'none' });

    expect(await outbox.processDue(outboxSender({ transport: deadTransport, from }))).toMatchObject({ retried: 1, failed: 0 });
    const tried = outbox.list({ status: 'retry' });
    expect(tried).toHaveLength(1);
    expect(tried[0].lastError).toMatchObject({ kind: 'temporary', code: 'ECONNREFUSED', smtpCode: null });
    expect(outbox.list({ status: 'queued' })).toHaveLength(1);
    deadTransport.close();
  });
});

describe('permanent failures', () => {
  it('fails a mail to an unknown mailbox (550) at once, with the fix, and sends it after the owner corrects the address', async () => {
    const outbox = new MailOutbox(db, { clock, fromAddress: from.address });
    const send = outboxSender({ transport, from });
    await queue(outbox, 601, 'mette@exampel.dk');
    catcher.setFault({ stage: 'rcpt', code: 550, message: '5.1.1 Mailbox unavailable', times: 1 });

    expect(await outbox.processDue(send)).toMatchObject({ sent: 0, failed: 1 });
    const row = outbox.get(601);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row?.lastError).toMatchObject({ kind: 'bad-address', errorCode: 'LB-6003', smtpCode: 550 });
    expect(row?.lastError?.fix.da).toContain('mailadresse');
    const shown = describeProblem(row?.lastError?.errorCode ?? '', row?.lastError?.params, 'da');
    expect(shown.message).toBe('Faktura 601 (ordre 1042) kunne ikke leveres til mette@exampel.dk: mailserveren kender ikke adressen.');

    advance(minutes(60));
    expect(await outbox.processDue(send)).toMatchObject({ sent: 0, failed: 0 });

    outbox.confirmResend(601, 'owner', { to: 'mette@example.dk' });
    expect(await outbox.processDue(send)).toMatchObject({ sent: 1 });
    expect(catcher.mails().map((m) => m.envelope.to)).toEqual([['mette@example.dk']]);
  });

  it('fails on a refused login (535) and names the SMTP settings as the fix, without revealing the password', async () => {
    const guarded = await startSmtpCatcher({ auth: { user: 'shop', password: 'right-pass' } });
    try {
      const outbox = new MailOutbox(db, { clock, fromAddress: from.address });
      await queue(outbox, 602);
      await queue(outbox, 603);
      const wrong = createTransport({ host: guarded.host, port: guarded.port, security: 'none', user: 'shop' }, 'wrong-s3cret');

      expect(await outbox.processDue(outboxSender({ transport: wrong, from }))).toMatchObject({ failed: 1 });
      const failed = outbox.list({ status: 'failed' });
      expect(failed).toHaveLength(1);
      expect(failed[0].lastError).toMatchObject({ kind: 'auth', errorCode: 'LB-6006', smtpCode: 535 });
      expect(failed[0].lastError?.fix.en).toContain('Settings → Mail');
      expect(JSON.stringify(failed[0])).not.toContain('wrong-s3cret');
      // The second mail was not tried with the same bad login.
      expect(outbox.list({ status: 'queued' })).toHaveLength(1);
      wrong.close();

      const right = createTransport({ host: guarded.host, port: guarded.port, security: 'none', user: 'shop' }, 'right-pass');
      outbox.confirmResend(failed[0].invoiceNumber!, 'owner');
      expect(await outbox.processDue(outboxSender({ transport: right, from }))).toMatchObject({ sent: 2 });
      expect(guarded.mails().map((m) => m.authUser)).toEqual(['shop', 'shop']);
      right.close();
    } finally {
      await guarded.close();
    }
  });

  it('keeps a mail without a usable address as failed for the owner instead of dropping it', async () => {
    const outbox = new MailOutbox(db, { clock, fromAddress: from.address });
    const row = await queue(outbox, 604, '');
    expect(row).toMatchObject({ status: 'failed', attempts: 0 });
    expect(row.lastError?.kind).toBe('bad-address');
    expect(await outbox.processDue(async () => { throw new Error('must not be called'); })).toMatchObject({ sent: 0 });
  });
});

describe('enqueue and owner actions', () => {
  it('is idempotent: the same invoice queued twice is one row and one mail', async () => {
    const outbox = new MailOutbox(db, { clock, fromAddress: from.address });
    const first = await queue(outbox, 701);
    advance(minutes(5));
    const second = outbox.enqueue({ invoiceNumber: 701, orderId: 'other', to: 'someone@else.dk', language: 'en', vars: exampleMailVars('en'), pdfPath: first.pdfPath });
    expect(second).toEqual(first);
    expect(outbox.list()).toHaveLength(1);

    await outbox.processDue(outboxSender({ transport, from }));
    await queue(outbox, 701);
    await outbox.processDue(outboxSender({ transport, from }));
    expect(catcher.mails()).toHaveLength(1);
    expect(outbox.get(701)?.status).toBe('sent');
  });

  it('records who marked a mail as sent by hand, and never sends it after that', async () => {
    const outbox = new MailOutbox(db, { clock, fromAddress: from.address });
    await queue(outbox, 702);
    const row = outbox.markSentManually(702, 'Mette (owner)');
    expect(row).toMatchObject({ status: 'sent', confirmedBy: 'Mette (owner)', sentAt: now.toISOString() });
    const calls: number[] = [];
    await outbox.processDue(async (r): Promise<SendResult> => {
      calls.push(r.invoiceNumber!);
      return { messageId: '<x@y.z>', accepted: [r.to], rejected: [], response: '250' };
    });
    expect(calls).toEqual([]);
  });

  it('resends a sent mail on request with a new Message-ID, so the copy is not dropped as a duplicate', async () => {
    const outbox = new MailOutbox(db, { clock, fromAddress: from.address });
    await queue(outbox, 703);
    const send = outboxSender({ transport, from });
    await outbox.processDue(send);
    const firstId = outbox.get(703)?.messageId;
    outbox.confirmResend(703, 'support');
    await outbox.processDue(send);
    const ids = catcher.mails().map((m) => m.messageId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(firstId);
    expect(ids[1]).not.toBe(firstId);
    expect(outbox.get(703)).toMatchObject({ status: 'sent', messageId: ids[1], confirmedBy: 'support' });
  });
});
