import type { Lang } from '../../shared/errors';
import { redact, registerSecret } from '../../shared/redact';
import { oneMailbox } from '../mail/mailbox';
import { createTransport, type MailTransport, type SmtpSettings as TransportSettings } from '../mail/transport';
import { composeErrorMail } from './compose';
import type { DigestSetting, MailPlan } from './planner';

/** The app's mail server settings with the password, as the error mailer needs them. */
export interface SmtpSettings extends TransportSettings {
  password?: string;
}

export interface ErrorMailerOptions {
  smtp: SmtpSettings;
  from: string;
  to: string;
  lang?: Lang;
  digest?: DigestSetting;
}

/** Sends the owner's error mails through the app's SMTP settings, in the owner's language. */
export class ErrorMailer {
  private readonly transport: MailTransport;

  constructor(private readonly opts: ErrorMailerOptions) {
    registerSecret(opts.smtp.password);
    this.transport = createTransport(opts.smtp, opts.smtp.password);
  }

  async send(plan: MailPlan): Promise<{ messageId: string }> {
    const mail = composeErrorMail(plan, this.opts.lang ?? 'da', this.opts.digest ?? 'hourly');
    try {
      const info = await this.transport.sendMail({ from: this.opts.from, to: oneMailbox(this.opts.to), subject: mail.subject, text: mail.text, html: mail.html });
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
