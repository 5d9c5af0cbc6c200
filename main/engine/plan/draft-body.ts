import type { PlannedInvoice } from './types';

/**
 * The JSON document e-conomic's POST/PUT /invoices/drafts takes for a planned invoice.
 * Amounts go on the wire as JSON numbers; they come from two-decimal strings, so the
 * number printed is exactly the decimal we planned.
 */
export function draftInvoiceBody(plan: PlannedInvoice, customerNumber: number): Record<string, unknown> {
  const body: Record<string, unknown> = {
    date: plan.date,
    currency: plan.currency,
    customer: { customerNumber },
    paymentTerms: { paymentTermsNumber: plan.paymentTermsNumber },
    layout: { layoutNumber: plan.layoutNumber },
    recipient: {
      name: plan.recipient.name,
      ...(plan.recipient.address ? { address: plan.recipient.address } : {}),
      ...(plan.recipient.zip ? { zip: plan.recipient.zip } : {}),
      ...(plan.recipient.city ? { city: plan.recipient.city } : {}),
      ...(plan.recipient.country ? { country: plan.recipient.country } : {}),
      ...(plan.recipient.ean ? { ean: plan.recipient.ean } : {}),
      vatZone: { vatZoneNumber: plan.recipient.vatZoneNumber },
    },
    references: { other: plan.referenceOther },
    notes: { heading: plan.notes.heading, ...(plan.notes.textLine1 ? { textLine1: plan.notes.textLine1 } : {}) },
    lines: plan.lines.map((line, i) => ({
      lineNumber: i + 1,
      sortKey: i + 1,
      product: { productNumber: line.productNumber },
      description: line.description,
      quantity: Number(line.quantity),
      unitNetPrice: Number(line.unitNetPrice),
    })),
  };
  if (plan.delivery) {
    const d = plan.delivery;
    body.delivery = {
      ...(d.address ? { address: d.address } : {}),
      ...(d.zip ? { zip: d.zip } : {}),
      ...(d.city ? { city: d.city } : {}),
      ...(d.country ? { country: d.country } : {}),
    };
  }
  return body;
}
