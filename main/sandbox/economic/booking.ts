import { dec } from '../../../shared/domain/money';
import { ApiError, Validation } from './errors';
import { isObj, refId, requireObjectBody } from './validation/common';
import type { BookedRecord, Json } from './records';
import type { Store } from './store';

export interface BookingRequest {
  draftInvoiceNumber: number;
  bookWithNumber?: number;
  sendBy?: string;
}

/** Reads `{draftInvoice:{draftInvoiceNumber|self}, bookWithNumber?, sendBy?}` (restdocs POST /invoices/booked). */
export function validateBookingRequest(body: unknown, store: Store, v: Validation, urlNumber?: number): BookingRequest {
  const b = requireObjectBody(body);
  const draftInvoiceNumber = refId<number>(v, b, 'draftInvoice', [], 'draftInvoiceNumber', 'int', { required: true, resourcePath: 'invoices/drafts' });
  if (draftInvoiceNumber !== undefined && !store.drafts.has(draftInvoiceNumber)) {
    v.add(['draftInvoice'], 'E06000', 'draftInvoice does not exist.', draftInvoiceNumber, 'Find a list of draft invoices at /invoices/drafts.');
  }
  let bookWithNumber: number | undefined;
  if (b.bookWithNumber !== undefined) {
    const n = b.bookWithNumber;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 999999999) v.add(['bookWithNumber'], 'E04300', 'bookWithNumber must be an integer between 1 and 999999999.', n as Json);
    else bookWithNumber = n;
  }
  if (urlNumber !== undefined) {
    if (bookWithNumber !== undefined && bookWithNumber !== urlNumber) v.add(['bookWithNumber'], 'E04300', 'bookWithNumber must match the invoice number in the URL.', bookWithNumber);
    bookWithNumber = urlNumber;
  }
  if (bookWithNumber !== undefined && store.booked.has(bookWithNumber)) {
    v.add(['bookWithNumber'], 'E04300', `Invoice number ${bookWithNumber} is already used by a booked invoice.`, bookWithNumber, 'Omit bookWithNumber to get the next free number.');
  }
  // the schema allows exactly none, EAN and Email (case-strict, live)
  const sendBy = typeof b.sendBy === 'string' ? b.sendBy : undefined;
  if (draftInvoiceNumber !== undefined && isObj(b.draftInvoice)) {
    const draft = store.drafts.get(draftInvoiceNumber);
    if (draft && draft.lines.length === 0) v.add(['draftInvoice'], 'E04300', 'An invoice without lines cannot be booked.', draftInvoiceNumber);
    for (const line of draft?.lines ?? []) {
      if (line.productNumber !== undefined && store.products.get(line.productNumber)?.barred) {
        v.add(['draftInvoice'], 'E04300', `Product '${line.productNumber}' is barred; invoices with barred products cannot be booked.`, line.productNumber);
      }
    }
    if (sendBy === 'EAN' && draft && typeof draft.recipient.ean !== 'string') {
      v.add(['sendBy'], 'E04300', 'Sending by EAN requires recipient.ean on the invoice.', 'EAN');
    }
    const year = draft ? store.accountingYearOf(draft.date) : undefined;
    if (draft && !year) {
      v.add(['date'], 'E04300', `There is no accounting year for the invoice date ${draft.date}; create it before booking.`, draft.date, 'See /accounting-years.');
    } else if (draft && year?.closed) {
      // The year's `closed`: "closed for further transactions" (accounting-years schema).
      v.add(['date'], 'E04300', `The accounting year ${year.year} of the invoice date ${draft.date} is closed; no invoice can be booked in it.`, draft.date, 'See /accounting-years.');
    }
  }
  v.throwIfAny();
  return { draftInvoiceNumber: draftInvoiceNumber!, bookWithNumber, sendBy };
}

/** Books a draft: it becomes a booked invoice with the next (or the requested) number and disappears. */
export function bookDraftInStore(store: Store, req: BookingRequest): BookedRecord {
  const draft = store.drafts.get(req.draftInvoiceNumber);
  if (!draft) throw new ApiError(404, `Draft invoice ${req.draftInvoiceNumber} not found.`, 'It may already have been booked or deleted.');
  const number = req.bookWithNumber ?? store.nextBookedNumber();
  const { draftInvoiceNumber, ...rest } = draft;
  const booked: BookedRecord = {
    ...rest,
    bookedInvoiceNumber: number,
    orderNumber: draftInvoiceNumber,
    remainder: dec(draft.totals.grossAmount).toFixed(2),
    remainderInBaseCurrency: dec(draft.totals.grossAmountInBaseCurrency).toFixed(2),
    ...(req.sendBy && req.sendBy !== 'none' ? { sendBy: req.sendBy } : {}),
    lastUpdated: store.stamp(),
  };
  store.drafts.delete(draftInvoiceNumber);
  store.booked.set(number, booked);
  store.dirty = true;
  return booked;
}
