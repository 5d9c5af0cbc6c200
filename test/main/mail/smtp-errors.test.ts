import { describe, expect, it } from 'vitest';
import { classifySmtpError } from '../../../main/mail';
import { clearRegisteredSecretsForTests, registerSecret } from '../../../shared/redact';

// Errors shaped exactly as nodemailer reports them (code, responseCode, response, command, originalCode).
const smtp = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? 'smtp error')), fields);

describe('classifySmtpError', () => {
  it('retries 4xx replies, greylisting included', () => {
    expect(classifySmtpError(smtp({ code: 'EENVELOPE', responseCode: 451, response: '451 4.7.1 Greylisted, try again in 5 minutes', command: 'RCPT TO' }))).toMatchObject({
      kind: 'temporary',
      smtpCode: 451,
    });
    expect(classifySmtpError(smtp({ code: 'EMESSAGE', responseCode: 421, response: '421 Service not available', command: 'DATA' })).kind).toBe('temporary');
  });

  it('retries when the server cannot be reached', () => {
    for (const originalCode of ['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'ENOTFOUND']) {
      expect(classifySmtpError(smtp({ code: 'ESOCKET', originalCode })), originalCode).toMatchObject({ kind: 'temporary', smtpCode: null, code: originalCode });
    }
    expect(classifySmtpError(smtp({ code: 'ETIMEDOUT', message: 'Greeting never received' })).kind).toBe('temporary');
  });

  it('calls a refused login an auth problem for the owner, not something to retry', () => {
    const failure = classifySmtpError(smtp({ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Authentication failed', command: 'AUTH PLAIN' }));
    expect(failure).toMatchObject({ kind: 'auth', smtpCode: 535 });
    expect(failure.fix.da).toContain('adgangskode');
  });

  it('calls 550 and 553 on RCPT TO a bad address', () => {
    expect(classifySmtpError(smtp({ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 User unknown', command: 'RCPT TO' })).kind).toBe('bad-address');
    expect(classifySmtpError(smtp({ code: 'EENVELOPE', responseCode: 553, response: '553 5.1.3 Bad recipient address syntax', command: 'RCPT TO' })).kind).toBe('bad-address');
  });

  it('calls other 5xx replies permanent', () => {
    expect(classifySmtpError(smtp({ code: 'EMESSAGE', responseCode: 554, response: '554 5.7.1 Message rejected as spam', command: 'DATA' })).kind).toBe('permanent');
    expect(classifySmtpError(smtp({ code: 'EMESSAGE', responseCode: 552, response: '552 Message size exceeds limit', command: 'DATA' })).kind).toBe('permanent');
  });

  it('calls a missing PDF file permanent, with the fix to download the invoice again', () => {
    const failure = classifySmtpError(Object.assign(new Error("ENOENT: no such file or directory, open '/data/pdf/Faktura-7.pdf'"), { code: 'ENOENT' }));
    expect(failure.kind).toBe('permanent');
    expect(failure.fix.en).toContain('Download the invoice');
  });

  it('never carries the SMTP password into the stored message, even if a server echoes it', () => {
    registerSecret('hunter2-smtp-pass');
    try {
      const failure = classifySmtpError(smtp({ code: 'EAUTH', responseCode: 535, message: 'Invalid login: 535 bad credentials shop/hunter2-smtp-pass', response: '535 bad credentials shop/hunter2-smtp-pass', command: 'AUTH PLAIN' }));
      expect(failure.message).not.toContain('hunter2-smtp-pass');
      expect(failure.kind).toBe('auth');
    } finally {
      clearRegisteredSecretsForTests();
    }
  });
});
