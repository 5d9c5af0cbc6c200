import type { BookedInvoice, DraftInvoice } from '../connectors/economic/types';

/*
 * What the exactly-once journal keeps of e-conomic's answer to an invoice write: the facts the
 * engine reads back when a write is resumed (after a crash, or a cycle that stopped between two
 * steps), not the whole answer. e-conomic answers a draft or a booking with the whole invoice —
 * about 2 KB: its lines, layout, links and the buyer's name and address — and a booked order
 * makes two such writes, so the journal kept ~4 KB an order of which the engine reads a few
 * numbers; the rest is in e-conomic under the number kept, and the buyer's details do not
 * belong in a second place (nor in the support bundle, which shows an order's journal).
 * Orders' invoices and credit notes keep these; a day's invoice (one a day, to the collective
 * customer) keeps e-conomic's whole answer.
 */

/** A draft invoice as the journal keeps it: its number and what the totals check compares. */
export type KeptDraft = Pick<DraftInvoice, 'draftInvoiceNumber' | 'date' | 'currency' | 'netAmount' | 'grossAmount' | 'vatAmount'> &
  Partial<Pick<DraftInvoice, 'roundingAmount'>>;

/** A booked invoice as the journal keeps it: what the invoice mail and the payment registration use. */
export type KeptBooked = Pick<BookedInvoice, 'bookedInvoiceNumber' | 'date' | 'currency' | 'netAmount' | 'grossAmount' | 'vatAmount'> &
  Partial<Pick<BookedInvoice, 'dueDate' | 'remainder' | 'roundingAmount'>> & {
    // e-conomic's schema requires neither in its answer; what reads them fetches the invoice without.
    customer?: Pick<BookedInvoice['customer'], 'customerNumber'>;
    paymentTerms?: Pick<BookedInvoice['paymentTerms'], 'paymentTermsNumber' | 'name'>;
  };

export function keptDraft(draft: DraftInvoice): KeptDraft {
  return defined({
    draftInvoiceNumber: draft.draftInvoiceNumber,
    date: draft.date,
    currency: draft.currency,
    netAmount: draft.netAmount,
    grossAmount: draft.grossAmount,
    vatAmount: draft.vatAmount,
    roundingAmount: draft.roundingAmount,
  });
}

export function keptBooked(invoice: BookedInvoice): KeptBooked {
  return defined({
    bookedInvoiceNumber: invoice.bookedInvoiceNumber,
    date: invoice.date,
    dueDate: invoice.dueDate,
    currency: invoice.currency,
    netAmount: invoice.netAmount,
    grossAmount: invoice.grossAmount,
    vatAmount: invoice.vatAmount,
    roundingAmount: invoice.roundingAmount,
    remainder: invoice.remainder,
    customer: invoice.customer ? { customerNumber: invoice.customer.customerNumber } : undefined,
    paymentTerms: invoice.paymentTerms ? defined({ paymentTermsNumber: invoice.paymentTerms.paymentTermsNumber, name: invoice.paymentTerms.name }) : undefined,
  });
}

/** The object without its undefined members, so that the stored JSON holds only what e-conomic said. */
function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}
