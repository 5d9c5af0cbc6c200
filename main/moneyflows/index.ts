/**
 * Money flows after the invoice: refunds and cancellations as credit notes, customer
 * payments per payment method, and the reconciliation of the books against the shop.
 * The engine reaches credit notes and payments only through `EngineContext.moneyFlows`,
 * which the runtime fills from here; the CLI calls reconcile.
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
  reopenCreditNotesWhenYearOpens,
  type CreditNotePlan,
  type CreditNoteContext,
  type CreditNoteRow,
  type CreditNoteState,
  type RefundsOutcome,
} from './credit-notes';
export { queuePayment, postPendingPayments, PaymentsStore, PAYMENTS_POSTED_CODE, type PaymentRow, type PaymentsOutcome } from './payments';
export { queueDayPayments, postDayPayments, DayPaymentsStore, type DayPaymentLine, type DayPaymentRow } from './day-payments';
export { reconcile, parseReference, type ReconciliationReport, type ReconcileDeps, type ReconcileOptions, type PeriodLine } from './reconciliation';
export { toCsv, formatReport, type CsvOptions } from './reconciliation-format';
