import type { OutboxRow } from './outbox';
import { invoicePdfFilename, sendInvoiceMail, type MailAddress, type SendResult } from './send';
import type { MailTransport } from './transport';

/**
 * The `send` function `MailOutbox.processDue` needs: mails a queued row exactly as
 * it was rendered, with its stored PDF and the Message-ID the outbox committed.
 */
export function outboxSender(opts: { transport: MailTransport; from: MailAddress; replyTo?: string | null }): (row: OutboxRow) => Promise<SendResult> {
  return (row) =>
    sendInvoiceMail({
      transport: opts.transport,
      from: opts.from,
      replyTo: opts.replyTo,
      to: row.to,
      subject: row.subject,
      html: row.html,
      text: row.text,
      pdf: { filename: invoicePdfFilename(row.invoiceNumber), path: row.pdfPath },
      messageId: row.messageId ?? undefined,
    });
}
