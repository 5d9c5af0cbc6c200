import { oneMailbox } from './mailbox';
import { isValidMessageId, newMessageId } from './message-id';
import type { MailTransport } from './transport';

export interface MailAddress {
  name: string;
  address: string;
}

export interface InvoicePdf {
  /** "Faktura-<n>.pdf" — the name the customer sees. */
  filename: string;
  path?: string;
  content?: Uint8Array;
}

export interface SendInvoiceMailInput {
  transport: MailTransport;
  from: MailAddress;
  replyTo?: string | null;
  to: string;
  subject: string;
  html: string;
  text: string;
  pdf: InvoicePdf;
  /** Set by the outbox, which stores it before sending; generated here otherwise. */
  messageId?: string;
}

/** A file a mail carries, kept in the data dir until it is sent. */
export interface MailAttachment {
  filename: string;
  path: string;
  contentType: string;
}

export interface SendResult {
  messageId: string;
  accepted: string[];
  rejected: string[];
  response: string;
}

export function invoicePdfFilename(invoiceNumber: number | string): string {
  return `Faktura-${invoiceNumber}.pdf`;
}

/**
 * Sends one invoice mail with its PDF. Resolves once the SMTP server has accepted
 * the message (250 after DATA); rejects with nodemailer's error otherwise, which
 * `classifySmtpError` turns into retry-or-not.
 */
export async function sendInvoiceMail(input: SendInvoiceMailInput): Promise<SendResult> {
  if (!input.pdf.path && !input.pdf.content) throw new Error(`the invoice PDF ${input.pdf.filename} has neither a path nor content`);
  const attachment = input.pdf.path
    ? { filename: input.pdf.filename, path: input.pdf.path, contentType: 'application/pdf' }
    : { filename: input.pdf.filename, content: Buffer.from(input.pdf.content as Uint8Array), contentType: 'application/pdf' };
  return deliver(input, [attachment]);
}

/** Sends one mail with the files it carries (the accountant's order list as PDF and CSV), like an invoice mail. */
export function sendMailWithFiles(input: Omit<SendInvoiceMailInput, 'pdf'> & { files: MailAttachment[] }): Promise<SendResult> {
  return deliver(input, input.files.map((f) => ({ filename: f.filename, path: f.path, contentType: f.contentType })));
}

async function deliver(
  input: Omit<SendInvoiceMailInput, 'pdf'>,
  attachments: Array<{ filename: string; path?: string; content?: Buffer; contentType: string }>,
): Promise<SendResult> {
  const messageId = input.messageId ?? newMessageId(input.from.address);
  if (!isValidMessageId(messageId)) throw new Error(`invalid Message-ID ${JSON.stringify(messageId)}`);
  const info = await input.transport.sendMail({
    from: { name: input.from.name, address: input.from.address },
    to: oneMailbox(input.to),
    replyTo: input.replyTo ? oneMailbox(input.replyTo) : undefined,
    subject: input.subject,
    text: input.text,
    html: input.html,
    messageId,
    attachments,
  });
  return { messageId: info.messageId || messageId, accepted: info.accepted.map(String), rejected: info.rejected.map(String), response: info.response };
}

export interface SendTestMailInput {
  transport: MailTransport;
  from: MailAddress;
  replyTo?: string | null;
  to: string;
  /** The rendered example invoice mail, so the owner sees exactly what customers get. */
  subject: string;
  html: string;
  text: string;
  /** An example PDF; without one the test mail carries no attachment. */
  pdf?: InvoicePdf;
}

/**
 * The wizard's "send test mail" button: the same path as a real invoice mail,
 * with "[TEST]" in front of the subject so nobody mistakes it for a real invoice.
 */
export async function sendTestMail(input: SendTestMailInput): Promise<SendResult> {
  const messageId = newMessageId(input.from.address);
  const attachments = input.pdf
    ? [
        input.pdf.path
          ? { filename: input.pdf.filename, path: input.pdf.path, contentType: 'application/pdf' }
          : { filename: input.pdf.filename, content: Buffer.from(input.pdf.content ?? new Uint8Array()), contentType: 'application/pdf' },
      ]
    : [];
  const info = await input.transport.sendMail({
    from: { name: input.from.name, address: input.from.address },
    to: oneMailbox(input.to),
    replyTo: input.replyTo ? oneMailbox(input.replyTo) : undefined,
    subject: `[TEST] ${input.subject}`,
    text: input.text,
    html: input.html,
    messageId,
    attachments,
  });
  return { messageId: info.messageId || messageId, accepted: info.accepted.map(String), rejected: info.rejected.map(String), response: info.response };
}
