import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../main/ledger';
import { MailOutbox, createTransport, isValidMessageId, outboxSender, storeInvoicePdf, type MailTransport } from '../../../main/mail';
import { startSmtpCatcher, type SmtpCatcher } from '../../../main/sandbox/smtp';
import { chooseMailLanguage, type InvoiceMailVars } from '../../../shared/mail';
import { makeInvoicePdf } from './invoice-pdf';

let catcher: SmtpCatcher;
let transport: MailTransport;
let dir: string;

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
  dir = mkdtempSync(join(tmpdir(), 'lb-mail-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

const from = { name: 'Butik Nordlys', address: 'faktura@nordlys.dk' };

function varsFor(invoiceNumber: number, customerName: string, currency: string): InvoiceMailVars {
  return {
    customerName,
    invoiceNumber: String(invoiceNumber),
    orderNumber: '1042',
    total: '1234.50',
    currency,
    dueDate: '2026-11-27',
    invoiceDate: '2026-11-13',
    shopName: 'Butik Nordlys',
    paymentTerms: 'Netto 14 dage',
    companyName: 'Nordlys ApS',
    shopUrl: 'https://nordlys.dk',
  };
}

describe('invoice mail through the outbox to a real SMTP server', () => {
  it('sends the Danish mail with both bodies filled, the PDF byte-identical and the Message-ID the outbox stored', async () => {
    const db = openLedger(dir);
    const outbox = new MailOutbox(db.db, { fromAddress: from.address });
    const pdf = await makeInvoicePdf(10234, '1234.50');
    const pdfPath = storeInvoicePdf(dir, 10234, pdf);
    outbox.enqueue({
      invoiceNumber: 10234,
      orderId: 'wc-5001',
      to: 'mette@example.dk',
      language: chooseMailLanguage('DK'),
      vars: varsFor(10234, 'Mette Hansen', 'DKK'),
      pdfPath,
    });

    const summary = await outbox.processDue(outboxSender({ transport, from, replyTo: 'kontakt@nordlys.dk' }));

    expect(summary).toEqual({ sent: 1, retried: 0, failed: 0, uncertain: 0 });
    const row = outbox.get(10234);
    expect(row?.status).toBe('sent');
    expect(row?.attempts).toBe(1);
    const [mail] = catcher.mails();
    expect(catcher.mails()).toHaveLength(1);
    expect(mail.envelope).toEqual({ from: 'faktura@nordlys.dk', to: ['mette@example.dk'] });
    expect(mail.subject).toBe('Faktura 10234 fra Butik Nordlys – ordre 1042');
    expect(mail.from).toBe('"Butik Nordlys" <faktura@nordlys.dk>');
    expect(mail.headers['reply-to']).toBe('kontakt@nordlys.dk');
    expect(mail.text).toContain('Hej Mette Hansen,');
    expect(mail.text).toContain('faktura 10234 af 13. november 2026 på 1.234,50 kr.');
    expect(mail.html).toContain('Tak for din ordre <strong>1042</strong>');
    expect(mail.html).toContain('<strong>1.234,50 kr.</strong>');
    expect(`${mail.text}${mail.html}`).not.toMatch(/\{\{|\}\}/);

    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ filename: 'Faktura-10234.pdf', contentType: 'application/pdf', size: pdf.length });
    expect(mail.attachments[0].sha256).toBe(createHash('sha256').update(pdf).digest('hex'));

    expect(mail.messageId).not.toBeNull();
    expect(isValidMessageId(mail.messageId ?? '')).toBe(true);
    expect(mail.messageId).toBe(row?.messageId);
    expect(mail.messageId).toMatch(/@nordlys\.dk>$/);
    db.close();
  });

  it('writes to a German customer in English', async () => {
    const db = openLedger(dir);
    const outbox = new MailOutbox(db.db, { fromAddress: from.address });
    const pdfPath = storeInvoicePdf(dir, 10235, await makeInvoicePdf(10235, '1234.50'));
    outbox.enqueue({
      invoiceNumber: 10235,
      orderId: 'wc-5002',
      to: 'jonas@example.de',
      language: chooseMailLanguage('DE'),
      vars: varsFor(10235, 'Jonas Weber', 'EUR'),
      pdfPath,
    });

    await outbox.processDue(outboxSender({ transport, from }));

    const [mail] = catcher.mails();
    expect(mail.subject).toBe('Invoice 10235 from Butik Nordlys – order 1042');
    expect(mail.text).toContain('Hello Jonas Weber,');
    expect(mail.text).toContain('invoice 10235 dated 13 November 2026 for EUR 1,234.50.');
    expect(mail.html).toContain('Due date: 27 November 2026');
    expect(outbox.statusForOrder('wc-5002')).toEqual([expect.objectContaining({ status: 'sent', language: 'en' })]);
    db.close();
  });

  it("sends the owner's edited template, not the default", async () => {
    const db = openLedger(dir);
    const outbox = new MailOutbox(db.db, { fromAddress: from.address });
    const pdfPath = storeInvoicePdf(dir, 10236, await makeInvoicePdf(10236, '99.00'));
    outbox.enqueue({
      invoiceNumber: 10236,
      orderId: 'wc-5003',
      to: 'mette@example.dk',
      language: 'da',
      vars: { ...varsFor(10236, 'Mette', 'DKK'), total: '99' },
      pdfPath,
      template: {
        subject: 'Din faktura {{invoiceNumber}}',
        html: '<p>Kære {{customerName}} – beløb {{total}}</p>',
        text: 'Kære {{customerName}} – beløb {{total}}',
      },
    });

    await outbox.processDue(outboxSender({ transport, from }));

    const [mail] = catcher.mails();
    expect(mail.subject).toBe('Din faktura 10236');
    expect(mail.text?.trim()).toBe('Kære Mette – beløb 99,00 kr.');
    db.close();
  });
});
