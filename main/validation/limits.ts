/**
 * Longest texts e-conomic accepts (REST reference, draft invoices, products and
 * customers). A longer text makes e-conomic reject the whole invoice, so we check
 * them before anything is sent. Keys are the e-conomic field paths the log names.
 */
export const ECONOMIC_TEXT_LIMITS = {
  'recipient.name': 250,
  'recipient.address': 250,
  'recipient.city': 250,
  'recipient.zip': 50,
  'recipient.country': 50,
  'lines[].description': 2500,
  'lines[].product.productNumber': 25,
  'product.name': 300,
  'references.other': 250,
  'notes.heading': 250,
  'notes.textLine1': 1000,
  'customer.email': 255,
} as const;

export type LimitedField = keyof typeof ECONOMIC_TEXT_LIMITS;
