import type { OutboxRow } from './outbox';
import { invoicePdfFilename, sendInvoiceMail, sendMailWithFiles, type MailAddress, type SendResult } from './send';
import type { MailTransport } from './transport';

/**
 * The `send` function `MailOutbox.processDue` needs: mails a queued row exactly as
 * it was rendered, with its stored PDF (or, for the accountant, its stored files) and the Message-ID the outbox committed.
 */
export function outboxSender(opts: { transport: MailTransport; from: MailAddress; replyTo?: string | null }): (row: OutboxRow) => Promise<SendResult> {
  return (row) => {
    const mail = {
      transport: opts.transport,
      from: opts.from,
      replyTo: opts.replyTo,
      to: row.to,
      subject: row.subject,
      html: row.html,
      text: row.text,
      messageId: row.messageId ?? undefined,
    };
    // The accountant's mail carries its own files; an invoice mail the invoice's PDF.
    if (row.attachments) return sendMailWithFiles({ ...mail, files: row.attachments });
    if (row.invoiceNumber === null) throw new Error(`mail ${row.id} has neither files nor an invoice`);
    return sendInvoiceMail({ ...mail, pdf: { filename: invoicePdfFilename(row.invoiceNumber), path: row.pdfPath } });
  };
}
