import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { SMTPSentMessageInfo } from 'nodemailer';
import { registerSecret } from '../../shared/redact';

export interface SmtpSettings {
  host: string;
  port: number;
  /** `tls`: encrypted from the first byte (port 465); `starttls`: must upgrade (587); `none`: plain (local relays, the sandbox). */
  security: 'tls' | 'starttls' | 'none';
  user?: string;
}

export type MailTransport = Transporter<SMTPSentMessageInfo>;

/**
 * One SMTP transport for the profile's server. The password comes from the
 * keychain (secret `smtpPassword`) and is handed straight to nodemailer; it is
 * never logged (nodemailer's logger stays off) and is registered for redaction.
 */
/**
 * `pool` keeps one SMTP connection open for a batch of mails instead of connecting per
 * mail; whoever asks for it must close the transport.
 */
export function createTransport(settings: SmtpSettings, password?: string | null, options: { pool?: boolean } = {}): MailTransport {
  registerSecret(password);
  const auth = settings.user ? { user: settings.user, pass: password ?? '' } : undefined;
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth,
    ...(options.pool ? { pool: true, maxConnections: 1 } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    logger: false,
    debug: false,
  });
}
