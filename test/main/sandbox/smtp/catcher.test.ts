import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifySmtpError, createTransport, sendInvoiceMail, type MailTransport } from '../../../../main/mail';
import { startSmtpCatcher, type CaughtMail, type SmtpCatcher } from '../../../../main/sandbox/smtp';
import { makeInvoicePdf } from '../../mail/invoice-pdf';

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

describe('SMTP catcher', () => {
  it('shows caught mails over HTTP with envelope, headers, bodies and attachment checksums, and serves the attachment bytes', async () => {
    const pdf = await makeInvoicePdf(10234, '1234.50');
    const sent = await sendInvoiceMail({
      transport,
      from,
      replyTo: 'kontakt@nordlys.dk',
      to: 'Mette Hansen <mette@example.dk>',
      subject: 'Faktura 10234 – æøå',
      html: '<p>Hej Mette</p>',
      text: 'Hej Mette',
      pdf: { filename: 'Faktura-10234.pdf', content: pdf },
    });

    const response = await fetch(catcher.mailsUrl);
    expect(response.status).toBe(200);
    const mails = (await response.json()) as CaughtMail[];
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    expect(mail).toMatchObject({
      envelope: { from: 'faktura@nordlys.dk', to: ['mette@example.dk'] },
      messageId: sent.messageId,
      subject: 'Faktura 10234 – æøå',
      from: '"Butik Nordlys" <faktura@nordlys.dk>',
      to: '"Mette Hansen" <mette@example.dk>',
      text: 'Hej Mette',
      html: '<p>Hej Mette</p>',
    });
    expect(mail.headers['message-id']).toBe(sent.messageId);
    expect(mail.headers['reply-to']).toBe('kontakt@nordlys.dk');
    expect(Number.isNaN(Date.parse(mail.receivedAt))).toBe(false);
    expect(mail.attachments).toEqual([
      { filename: 'Faktura-10234.pdf', contentType: 'application/pdf', size: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex') },
    ]);

    const bytes = await fetch(`${catcher.mailsUrl}/${mail.id}/attachments/0`);
    expect(bytes.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.compare(Buffer.from(await bytes.arrayBuffer()), Buffer.from(pdf))).toBe(0);
    expect((await fetch(`${catcher.mailsUrl}/${mail.id}/attachments/1`)).status).toBe(404);
  });

  it('refuses mails on request (POST faults), e.g. to show greylisting, and forgets everything on reset', async () => {
    catcher.clear();
    const faulted = await fetch(`${catcher.mailsUrl}/faults`, {
      method: 'POST',
      body: JSON.stringify({ stage: 'rcpt', code: 451, message: '4.7.1 Greylisted', times: 1 }),
    });
    expect(faulted.status).toBe(200);
    const mail = { transport, from, to: 'a@example.dk', subject: 's', html: 'h', text: 't', pdf: { filename: 'Faktura-1.pdf', content: new Uint8Array([1, 2, 3]) } };
    const refused = await sendInvoiceMail(mail).then(
      () => null,
      (e: unknown) => e,
    );
    expect(classifySmtpError(refused)).toMatchObject({ kind: 'temporary', smtpCode: 451 });
    await sendInvoiceMail(mail);
    expect(catcher.mails()).toHaveLength(1);

    const reset = await fetch(`${catcher.mailsUrl}/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(await (await fetch(catcher.mailsUrl)).json()).toEqual([]);
  });

  it('rejects a malformed fault', async () => {
    const response = await fetch(`${catcher.mailsUrl}/faults`, { method: 'POST', body: JSON.stringify({ stage: 'helo', code: 250 }) });
    expect(response.status).toBe(400);
  });
});
