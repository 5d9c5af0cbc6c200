import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMailbox, createTransport, MailOutbox, NotOneMailboxError, outboxSender, sendInvoiceMail, type MailTransport } from '../../../main/mail';
import { migrations, runMigrations } from '../../../main/ledger';
import { ErrorMailer } from '../../../main/notify/mailer';
import { startSmtpCatcher, type SmtpCatcher } from '../../../main/sandbox/smtp';
import { describe as describeProblem } from '../../../shared/errors';
import { exampleMailVars } from '../../../shared/mail';

// RFC 5322 §3.4: `display-name ":" [mailbox-list] ";"` is a group; the name is only a label
// and the mail goes to the members. A comma-separated mailbox-list is several recipients.
describe('one mailbox, read with the parser that addresses the mail', () => {
  it.each([
    ['group syntax', 'kunde@butik.dk:anden@firma.dk;', 'group', ['anden@firma.dk']],
    ['group without the closing semicolon', 'name:other@host.dk', 'group', ['other@host.dk']],
    ['an empty group', 'undisclosed-recipients:;', 'group', []],
    ['a header smuggled after a line break', 'kunde@butik.dk\r\nBcc: anden@firma.dk', 'group', ['anden@firma.dk']],
    ['a list with commas', 'kunde@butik.dk, anden@firma.dk', 'list', ['kunde@butik.dk', 'anden@firma.dk']],
    ['a list with semicolons', 'kunde@butik.dk;anden@firma.dk', 'list', ['kunde@butik.dk', 'anden@firma.dk']],
    ['a name that looks like an address', '"kunde@butik.dk" <anden@firma.dk>', 'display-name', ['anden@firma.dk']],
    ['a comment', 'kunde@butik.dk (anden@firma.dk)', 'display-name', ['kunde@butik.dk']],
    ['a space typed in the middle', 'pamela nguyen@example.com', 'malformed', ['nguyen@example.com']],
    ['no domain', 'marcus.fisher@', 'malformed', ['marcus.fisher@']],
    ['no dot in the domain', 'kunde@butik', 'malformed', ['kunde@butik']],
  ])('refuses %s', (_what, text, problem, recipients) => {
    const check = checkMailbox(text);
    expect(check).toEqual({ ok: false, problem, recipients });
  });

  it('accepts one plain address, Danish letters included, without the spaces around it, or with a plain name', () => {
    expect(checkMailbox(' mette@example.dk ')).toEqual({ ok: true, address: 'mette@example.dk', name: '' });
    expect(checkMailbox('søren.ærø@eksempel.dk')).toEqual({ ok: true, address: 'søren.ærø@eksempel.dk', name: '' });
    expect(checkMailbox('Mette Hansen <mette@example.dk>')).toEqual({ ok: true, address: 'mette@example.dk', name: 'Mette Hansen' });
  });
});

let catcher: SmtpCatcher;
let transport: MailTransport;
beforeAll(async () => {
  catcher = await startSmtpCatcher();
  transport = createTransport({ host: catcher.host, port: catcher.port, security: 'none' });
});
afterAll(async () => {
  transport.close();
  await catcher.close();
});

const from = { name: 'Butik Nordlys', address: 'faktura@nordlys.dk' };
const GROUP = 'mette@example.dk:anden@firma.dk;';

describe('a group-syntax address never gets a mail to the group', () => {
  it('is refused before any SMTP command, for the invoice mail and the error mail alike', async () => {
    catcher.clear();
    const pdf = { filename: 'Faktura-1.pdf', content: new Uint8Array([0x25, 0x50, 0x44, 0x46]) };
    await expect(sendInvoiceMail({ transport, from, to: GROUP, subject: 's', html: 'h', text: 't', pdf })).rejects.toBeInstanceOf(NotOneMailboxError);
    await expect(sendInvoiceMail({ transport, from, to: 'mette@example.dk', replyTo: GROUP, subject: 's', html: 'h', text: 't', pdf })).rejects.toBeInstanceOf(NotOneMailboxError);
    const owner = new ErrorMailer({ smtp: { host: catcher.host, port: catcher.port, security: 'none' }, from: 'faktura@nordlys.dk', to: GROUP });
    await expect(owner.send({ kind: 'digest', problems: [] })).rejects.toThrow(/not one e-mail address \(group\)/);
    owner.close();
    expect(catcher.mails()).toEqual([]);
  });

  it('keeps the invoice mail as failed with LB-1019, naming where the mail would have gone, and sends nothing', async () => {
    catcher.clear();
    const dir = mkdtempSync(join(tmpdir(), 'lb-mailbox-'));
    const db = new Database(join(dir, 'ledger.sqlite'));
    runMigrations(db, migrations, dir);
    try {
      const outbox = new MailOutbox(db, { fromAddress: from.address });
      const row = outbox.enqueue({ invoiceNumber: 701, orderId: 'wc-701', to: GROUP, language: 'da', vars: { ...exampleMailVars('da'), orderNumber: '1042' }, pdfPath: join(dir, 'pdf', 'Faktura-701.pdf') });
      expect(row).toMatchObject({ status: 'failed', attempts: 0 });
      expect(row.lastError).toMatchObject({ kind: 'bad-address', errorCode: 'LB-1019' });
      const shown = describeProblem(row.lastError!.errorCode, row.lastError!.params, 'en');
      expect(shown.message).toBe(
        'Order 1042 has the e-mail address "mette@example.dk:anden@firma.dk;". That is not one plain address but a group, a list or a name that looks like another address, and a mail to it would go to anden@firma.dk. LedgerBridge mails only the one address shown on the order, so the invoice is not mailed.',
      );
      expect(shown.fix).toContain('Then press Orders → order 1042 → "Retry".');
      expect(await outbox.processDue(outboxSender({ transport, from }))).toMatchObject({ sent: 0 });
      expect(() => outbox.confirmResend(701, 'owner', { to: 'kunde@butik.dk, anden@firma.dk' })).toThrow(NotOneMailboxError);
      expect(catcher.mails()).toEqual([]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
