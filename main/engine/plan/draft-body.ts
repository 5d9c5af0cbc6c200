import type { PlannedInvoice } from './types';

/**
 * The JSON document e-conomic's POST/PUT /invoices/drafts takes for a planned invoice.
 * Amounts go on the wire as JSON numbers; they come from two-decimal strings, so the
 * number printed is exactly the decimal we planned.
 */
export function draftInvoiceBody(plan: PlannedInvoice, customerNumber: number): Record<string, unknown> {
  const recipient: Record<string, unknown> = { name: plan.recipient.name };
  // Members set one by one, not spread in: each spread into a literal followed by more members
  // cost V8 a microsecond or more. The order of the members is the one e-conomic has always got.
  if (plan.recipient.address) recipient.address = plan.recipient.address;
  if (plan.recipient.zip) recipient.zip = plan.recipient.zip;
  if (plan.recipient.city) recipient.city = plan.recipient.city;
  if (plan.recipient.country) recipient.country = plan.recipient.country;
  if (plan.recipient.ean) recipient.ean = plan.recipient.ean;
  recipient.vatZone = { vatZoneNumber: plan.recipient.vatZoneNumber };
  const notes: Record<string, unknown> = { heading: plan.notes.heading };
  if (plan.notes.textLine1) notes.textLine1 = plan.notes.textLine1;
  const body: Record<string, unknown> = {
    date: plan.date,
    currency: plan.currency,
    customer: { customerNumber },
    paymentTerms: { paymentTermsNumber: plan.paymentTermsNumber },
    layout: { layoutNumber: plan.layoutNumber },
    recipient,
    references: { other: plan.referenceOther },
    notes,
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
    const delivery: Record<string, unknown> = {};
    if (d.address) delivery.address = d.address;
    if (d.zip) delivery.zip = d.zip;
    if (d.city) delivery.city = d.city;
    if (d.country) delivery.country = d.country;
    body.delivery = delivery;
  }
  return body;
}
