import nodemailer, { type Transporter } from 'nodemailer';
import type { Lang } from '../../shared/errors';
import { redact, registerSecret } from '../../shared/redact';
import { composeErrorMail } from './compose';
import type { DigestSetting, MailPlan } from './planner';

export interface SmtpSettings {
  host: string;
  port: number;
  /** tls: TLS from the first byte (465); starttls: upgrade required (587); none: plain (local relays, tests). */
  security: 'tls' | 'starttls' | 'none';
  user?: string;
  password?: string;
}

export interface ErrorMailerOptions {
  smtp: SmtpSettings;
  from: string;
  to: string;
  lang?: Lang;
  digest?: DigestSetting;
}

export function createSmtpTransport(smtp: SmtpSettings): Transporter {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    ignoreTLS: smtp.security === 'none',
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
}

/** Sends the owner's error mails through the app's SMTP settings, in the owner's language. */
export class ErrorMailer {
  private readonly transport: Transporter;

  constructor(private readonly opts: ErrorMailerOptions) {
    registerSecret(opts.smtp.password);
    this.transport = createSmtpTransport(opts.smtp);
  }

  async send(plan: MailPlan): Promise<{ messageId: string }> {
    const mail = composeErrorMail(plan, this.opts.lang ?? 'da', this.opts.digest ?? 'hourly');
    try {
      const info = await this.transport.sendMail({ from: this.opts.from, to: this.opts.to, subject: mail.subject, text: mail.text, html: mail.html });
      return { messageId: String(info.messageId) };
    } catch (err) {
      // SMTP errors can quote the AUTH exchange; never let the password out in the message.
      const message = err instanceof Error ? err.message : String(err);
      throw new Error(redact(`could not send the error mail via ${this.opts.smtp.host}:${this.opts.smtp.port}: ${message}`));
    }
  }

  close(): void {
    this.transport.close();
  }
}
