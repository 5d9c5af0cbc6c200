/**
 * Money flows after the invoice: refunds and cancellations as credit notes, customer
 * payments per payment method, reconciliation of the books against the shop, and the
 * import of earlier orders. The engine calls processRefunds, queuePayment and
 * postPendingPayments; the CLI and the app call reconcile and the import.
 */
export {
  processRefunds,
  refundsToCredit,
  planCreditNote,
  cancellationRefund,
  CANCELLATION_REFUND_ID,
  CreditNotePlanError,
  creditNotesForOrder,
  CreditNotesStore,
  type CreditNotePlan,
  type CreditNoteContext,
  type CreditNoteRow,
  type CreditNoteState,
  type RefundsOutcome,
} from './credit-notes';
export { queuePayment, postPendingPayments, PaymentsStore, PAYMENTS_POSTED_CODE, type PaymentRow, type PaymentsOutcome } from './payments';
export { reconcile, parseReference, type ReconciliationReport, type ReconcileDeps, type ReconcileOptions, type PeriodLine } from './reconciliation';
export { toCsv, formatReport, type CsvOptions } from './reconciliation-format';
export { importPreview, runImport, importProgress, importKey, progressBar, startOfDanishDay, type ImportPreview, type ImportProgress, type ImportSummary, type RunImportOptions } from './import';
