import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifySmtpError, createTransport, isValidMessageId, sendInvoiceMail, sendTestMail } from '../../../main/mail';
import { startSmtpCatcher, type SmtpCatcher } from '../../../main/sandbox/smtp';
import { DEFAULT_MAIL_TEMPLATES, exampleMailVars, renderTemplate } from '../../../shared/mail';
import { makeInvoicePdf } from './invoice-pdf';

let catcher: SmtpCatcher;
beforeAll(async () => {
  catcher = await startSmtpCatcher();
});
afterAll(async () => {
  await catcher.close();
});

const from = { name: 'Butik Nordlys', address: 'faktura@nordlys.dk' };

describe('sending', () => {
  it("sends the wizard's test mail marked [TEST], with the example PDF", async () => {
    catcher.clear();
    const transport = createTransport({ host: catcher.host, port: catcher.port, security: 'none' });
    const preview = renderTemplate(DEFAULT_MAIL_TEMPLATES.da, exampleMailVars('da'), 'da');
    const pdf = await makeInvoicePdf(10234, '1234.50');
    const result = await sendTestMail({ transport, from, to: 'ejer@nordlys.dk', ...preview, pdf: { filename: 'Faktura-10234.pdf', content: pdf } });
    transport.close();

    expect(result.accepted).toEqual(['ejer@nordlys.dk']);
    expect(result.response).toMatch(/^250/);
    const [mail] = catcher.mails();
    expect(mail.subject).toBe('[TEST] Faktura 10234 fra Butik Nordlys – ordre 1042');
    expect(mail.messageId).toBe(result.messageId);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['Faktura-10234.pdf']);
  });

  it('gives every mail its own Message-ID on the sender’s domain, known before sending', async () => {
    catcher.clear();
    const transport = createTransport({ host: catcher.host, port: catcher.port, security: 'none' });
    const pdf = { filename: 'Faktura-1.pdf', content: await makeInvoicePdf(1, '10.00') };
    const a = await sendInvoiceMail({ transport, from, to: 'a@example.dk', subject: 's', html: '<p>h</p>', text: 't', pdf });
    const b = await sendInvoiceMail({ transport, from, to: 'b@example.dk', subject: 's', html: '<p>h</p>', text: 't', pdf, messageId: '<chosen-1@nordlys.dk>' });
    transport.close();

    expect(isValidMessageId(a.messageId)).toBe(true);
    expect(a.messageId).toMatch(/^<[0-9a-f-]{36}@nordlys\.dk>$/);
    expect(b.messageId).toBe('<chosen-1@nordlys.dk>');
    expect(catcher.mails().map((m) => m.messageId)).toEqual([a.messageId, '<chosen-1@nordlys.dk>']);
  });

  it('enforces the chosen security: STARTTLS or TLS against a plain server fails as a setup problem, never silently in clear text', async () => {
    for (const security of ['starttls', 'tls'] as const) {
      const transport = createTransport({ host: catcher.host, port: catcher.port, security });
      const attempt = sendInvoiceMail({ transport, from, to: 'a@example.dk', subject: 's', html: 'h', text: 't', pdf: { filename: 'Faktura-1.pdf', content: new Uint8Array([37, 80, 68, 70]) } });
      const error = await attempt.then(
        () => null,
        (e: unknown) => e,
      );
      transport.close();
      expect(error, security).not.toBeNull();
      const failure = classifySmtpError(error);
      expect(failure.kind, security).toBe('permanent');
      expect(failure.fix.en, security).toContain('port and security');
    }
  });
});
