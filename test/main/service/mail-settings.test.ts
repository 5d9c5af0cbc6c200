import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCatcher, type SmtpCatcher } from '../../../main/sandbox/smtp';
import type { RequestInput } from '../../../shared/ipc/contract';
import { completeWizard, standardAnswers, startServiceHarness, type ServiceHarness } from './harness';

const SMTP_USER = 'faktura@nordlys.dk';
const SMTP_PASSWORD = 'Kx9-smtp-adgangskode-41f7';

/** Every file under `dir`, as text, so a test can prove a secret is nowhere on disk. */
function everythingOnDisk(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? everythingOnDisk(path) : readFileSync(path).toString('latin1')))
    .join('\n');
}

/** The mail server and sender in Settings → Mail (and the wizard's "Invoice and mail" step), against a real SMTP server. */
describe('desktop service: mail server and sender', () => {
  let h: ServiceHarness;
  let smtp: SmtpCatcher;
  let form: RequestInput<'mail.saveSettings'>;
  beforeAll(async () => {
    h = await startServiceHarness();
    smtp = await startSmtpCatcher({ auth: { user: SMTP_USER, password: SMTP_PASSWORD } });
    form = {
      smtp: { host: smtp.host, port: smtp.port, security: 'none', user: SMTP_USER },
      password: SMTP_PASSWORD,
      fromName: 'Nordlys Keramik',
      fromAddress: 'faktura@nordlys.dk',
      replyTo: 'kontakt@nordlys.dk',
      notificationEmail: 'ejer@nordlys.dk',
      digest: 'daily',
    };
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('in the wizard, keeps the server and sender with the answers and the password only in the keychain; the saved profile gets them', async () => {
    await h.service['wizard.saveStep']({ step: 'plan', answers: { plan: standardAnswers(h.shop.url).plan }, next: 'shop' });
    const saved = await h.service['mail.saveSettings'](form as never);
    expect(saved).toEqual({
      saved: true,
      settings: {
        smtp: { host: '127.0.0.1', port: smtp.port, security: 'none', user: SMTP_USER },
        passwordStored: true,
        fromName: 'Nordlys Keramik',
        fromAddress: 'faktura@nordlys.dk',
        replyTo: 'kontakt@nordlys.dk',
        notificationEmail: 'ejer@nordlys.dk',
        digest: 'daily',
      },
    });
    expect(JSON.stringify(await h.service['mail.getSettings']({}))).not.toContain(SMTP_PASSWORD);
    expect(everythingOnDisk(h.dataDir)).not.toContain(SMTP_PASSWORD);
    expect(await h.secrets.get('nordlys', 'smtpPassword')).toBe(SMTP_PASSWORD);

    await completeWizard(h);
    const { profile } = await h.service['profile.get']({});
    expect(profile?.mail).toMatchObject({ smtp: { host: '127.0.0.1', port: smtp.port, security: 'none', user: SMTP_USER }, fromName: 'Nordlys Keramik', fromAddress: 'faktura@nordlys.dk', replyTo: 'kontakt@nordlys.dk' });
    expect(profile?.notifications).toMatchObject({ email: 'ejer@nordlys.dk', digest: 'daily' });
    expect((await h.service['mail.getSettings']({})).passwordStored).toBe(true);
    expect(JSON.parse(readFileSync(join(h.dataDir, 'wizard.json'), 'utf8')).mailSettings).toEqual({});
  });

  it('answers per field in the owner’s language and changes nothing when a value is wrong', async () => {
    const before = await h.service['mail.getSettings']({});
    const result = await h.service['mail.saveSettings']({ ...form, smtp: { host: ' ', port: 70000, security: 'tls', user: '' }, fromAddress: 'faktura(at)nordlys.dk', replyTo: 'kontakt@', notificationEmail: '' } as never);
    expect(result.saved).toBe(false);
    if (result.saved) return;
    expect(Object.fromEntries(result.fieldErrors.map((e) => [e.path, e.message]))).toEqual({
      'smtp.host': 'Skriv mailserverens navn, fx "smtp.simply.com" eller "send.one.com".',
      'smtp.port': 'Porten skal være et helt tal fra 1 til 65535 — typisk 587 (STARTTLS) eller 465 (TLS).',
      fromAddress: 'Det ligner ikke en e-mailadresse. Skriv den som navn@domæne.dk.',
      replyTo: 'Det ligner ikke en e-mailadresse. Skriv den som navn@domæne.dk.',
      // A password without a user name would never be used.
      'smtp.user': 'Skriv brugernavnet, der hører til adgangskoden (ofte din mailadresse).',
    });
    expect(await h.service['mail.getSettings']({})).toEqual(before);
  });

  it('sends the test mail through these settings, logged in, with the booked invoice’s PDF and the sender and reply-to', async () => {
    await h.service['sync.now']({});
    const row = (await h.service['orders.list']({ offset: 0, limit: 100 })).rows.find((r) => r.draftInvoiceNumber !== null)!;
    const booked = h.economic.bookDraft(row.draftInvoiceNumber!);
    await h.service['sync.now']({});
    const pdf = Buffer.from((await h.service['invoices.pdf']({ kind: 'booked', number: booked.bookedInvoiceNumber })).base64, 'base64');
    const { template } = await h.service['mail.getTemplate']({ language: 'da' });

    const sent = await h.service['mail.testSend']({ language: 'da', template: { ...template, subject: 'Faktura {{invoiceNumber}} fra {{shopName}}' }, to: 'ejer@nordlys.dk', orderId: row.id });
    const mail = smtp.mails().at(-1)!;
    expect(mail.messageId).toBe(sent.messageId);
    expect(mail.authUser).toBe(SMTP_USER);
    expect(mail.subject).toBe(`[TEST] Faktura ${booked.bookedInvoiceNumber} fra Nordlys Keramik`);
    expect(mail.from).toBe('"Nordlys Keramik" <faktura@nordlys.dk>');
    expect(mail.envelope.to).toEqual(['ejer@nordlys.dk']);
    expect(mail.headers['reply-to']).toContain('kontakt@nordlys.dk');
    expect(mail.attachments).toEqual([expect.objectContaining({ filename: `Faktura-${booked.bookedInvoiceNumber}.pdf`, sha256: createHash('sha256').update(pdf).digest('hex') })]);
  });

  it('keeps the stored password when the form leaves it empty, and tells the owner in plain words when the server refuses the login', async () => {
    const { template } = await h.service['mail.getTemplate']({ language: 'da' });
    const kept = await h.service['mail.saveSettings']({ ...form, password: '', fromName: 'Nordlys' } as never);
    expect(kept).toMatchObject({ saved: true, settings: { passwordStored: true, fromName: 'Nordlys' } });
    await h.service['mail.testSend']({ language: 'da', template, to: 'ejer@nordlys.dk' });
    expect(smtp.mails().at(-1)).toMatchObject({ authUser: SMTP_USER, from: '"Nordlys" <faktura@nordlys.dk>' });

    await h.service['mail.saveSettings']({ ...form, password: 'forkert-adgangskode' } as never);
    await expect(h.service['mail.testSend']({ language: 'da', template, to: 'ejer@nordlys.dk' })).rejects.toMatchObject({
      code: 'LB-6006',
      message: expect.stringContaining('Tjek brugernavn og adgangskode under Indstillinger → Mail'),
    });
    // Without a user name there is no login, so no password is kept either.
    const anonymous = await h.service['mail.saveSettings']({ ...form, smtp: { ...form.smtp, user: '' }, password: undefined } as never);
    expect(anonymous).toMatchObject({ saved: true, settings: { smtp: { user: '' }, passwordStored: false } });
    expect(await h.secrets.get('nordlys', 'smtpPassword')).toBeNull();
    expect(everythingOnDisk(h.dataDir)).not.toContain(SMTP_PASSWORD);
  });
});
