// Invoice mails from e-conomic PDFs: SMTP transport, sending, error classes, the outbox.
export { createTransport, type SmtpSettings, type MailTransport } from './transport';
export { checkMailbox, oneMailbox, NotOneMailboxError, type MailboxCheck, type MailboxProblem } from './mailbox';
export { sendInvoiceMail, sendMailWithFiles, sendTestMail, invoicePdfFilename, type SendInvoiceMailInput, type SendTestMailInput, type SendResult, type MailAddress, type MailAttachment, type InvoicePdf } from './send';
export { newMessageId, isValidMessageId } from './message-id';
export { classifySmtpError, type SmtpFailure, type SmtpFailureKind } from './smtp-errors';
export { MailOutbox, OutboxStateError, OWNER_STATUSES, RETRY_BACKOFF_MS, retryDelayMs } from './outbox';
export type { OutboxRow, OutboxStatus, OutboxError, EnqueueInput, EnqueueDayMailInput, ProcessSummary, MailOutboxOptions } from './outbox';
export { outboxSender } from './outbox-sender';
export { storeInvoicePdf, storeMailFile, storedInvoicePdfPath } from './pdf-store';
