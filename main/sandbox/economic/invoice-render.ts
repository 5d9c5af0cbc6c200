import { num } from './json';
import { layoutRef, paymentTermsDoc, productSelf, unitDoc, vatZoneDoc } from './render';
import type { BookedRecord, DraftRecord, LineRecord } from './records';

/**
 * Draft and booked invoice documents. Decimal places follow the live payloads: draft header
 * amounts 6, base-currency amounts 2, margins/cost 4; booked header amounts 2, vatRate 8,
 * line vatAmount 4.
 */

function lineCommon(base: string, l: LineRecord) {
  return {
    lineNumber: l.lineNumber,
    sortKey: l.sortKey,
    ...(l.description !== undefined ? { description: l.description } : {}),
    ...(l.unitNumber ? { unit: unitDoc(base, l.unitNumber) } : {}),
    ...(l.productNumber !== undefined ? { product: { productNumber: l.productNumber, self: productSelf(base, l.productNumber) } } : {}),
    quantity: num(l.quantity, 2),
    unitNetPrice: num(l.unitNetPrice, 2),
    discountPercentage: num(l.discountPercentage, 2),
    unitCostPrice: num(l.unitCostPrice, 2),
    ...l.extras,
  };
}

function header(base: string, d: DraftRecord | BookedRecord) {
  return {
    customer: { customerNumber: d.customerNumber, self: `${base}/customers/${d.customerNumber}` },
    recipient: { ...d.recipient, vatZone: vatZoneDoc(base, d.vatZoneNumber) },
    paymentTerms: paymentTermsDoc(base, d.paymentTermsNumber),
    layout: layoutRef(base, d.layoutNumber),
  };
}

function renderDraft(base: string, d: DraftRecord) {
  const self = `${base}/invoices/drafts/${d.draftInvoiceNumber}`;
  const { externalId, ...extras } = d.extras;
  const t = d.totals;
  const h = header(base, d);
  return {
    draftInvoiceNumber: d.draftInvoiceNumber,
    ...(externalId !== undefined ? { externalId } : {}),
    soap: { currentInvoiceHandle: { id: d.soapId } },
    templates: { bookingInstructions: `${self}/templates/booking-instructions`, self: `${self}/templates` },
    attachment: `${self}/attachment`,
    ...(d.lines.length
      ? {
          lines: d.lines.map((l) => ({
            ...lineCommon(base, l),
            totalNetAmount: num(l.totalNetAmount, 2),
            marginInBaseCurrency: num(l.marginInBaseCurrency, 2),
            marginPercentage: num(l.marginPercentage, 2),
          })),
        }
      : {}),
    date: d.date,
    currency: d.currency,
    exchangeRate: num(d.exchangeRate, 6),
    netAmount: num(t.netAmount, 6),
    netAmountInBaseCurrency: num(t.netAmountInBaseCurrency, 2),
    grossAmount: num(t.grossAmount, 6),
    grossAmountInBaseCurrency: num(t.grossAmountInBaseCurrency, 2),
    marginInBaseCurrency: num(t.marginInBaseCurrency, 4),
    marginPercentage: num(t.marginPercentage, 2),
    vatAmount: num(t.vatAmount, 6),
    roundingAmount: num(t.roundingAmount, 2),
    costPriceInBaseCurrency: num(t.costPriceInBaseCurrency, 4),
    dueDate: d.dueDate,
    paymentTerms: h.paymentTerms,
    customer: h.customer,
    recipient: h.recipient,
    ...extras,
    layout: h.layout,
    pdf: { download: `${self}/pdf` },
    lastUpdated: d.lastUpdated,
    self,
  };
}

function renderBooked(base: string, b: BookedRecord) {
  const self = `${base}/invoices/booked/${b.bookedInvoiceNumber}`;
  const { externalId: _externalId, ...extras } = b.extras;
  const t = b.totals;
  const h = header(base, b);
  return {
    bookedInvoiceNumber: b.bookedInvoiceNumber,
    orderNumber: b.orderNumber,
    date: b.date,
    currency: b.currency,
    exchangeRate: num(b.exchangeRate, 6),
    netAmount: num(t.netAmount, 2),
    netAmountInBaseCurrency: num(t.netAmountInBaseCurrency, 2),
    grossAmount: num(t.grossAmount, 2),
    grossAmountInBaseCurrency: num(t.grossAmountInBaseCurrency, 2),
    vatAmount: num(t.vatAmount, 2),
    roundingAmount: num(t.roundingAmount, 2),
    remainder: num(b.remainder, 2),
    remainderInBaseCurrency: num(b.remainderInBaseCurrency, 2),
    dueDate: b.dueDate,
    paymentTerms: h.paymentTerms,
    customer: h.customer,
    recipient: h.recipient,
    ...extras,
    layout: h.layout,
    pdf: { download: `${self}/pdf` },
    lines: b.lines.map((l) => ({
      ...lineCommon(base, l),
      vatRate: num(l.vatRate, 8),
      vatAmount: num(l.vatAmount, 4),
      totalNetAmount: num(l.totalNetAmount, 2),
    })),
    sent: `${self}/sent`,
    self,
  };
}

/**
 * Collections filter on rendered documents, so rendering is cached per record object. Records
 * are never mutated in place: every change stores a new object, which drops the cached render.
 */
const draftCache = new WeakMap<DraftRecord, ReturnType<typeof renderDraft>>();
const bookedCache = new WeakMap<BookedRecord, ReturnType<typeof renderBooked>>();

export function draftDoc(base: string, d: DraftRecord): ReturnType<typeof renderDraft> {
  let doc = draftCache.get(d);
  if (!doc || doc.self !== `${base}/invoices/drafts/${d.draftInvoiceNumber}`) draftCache.set(d, (doc = renderDraft(base, d)));
  return doc;
}

export function bookedDoc(base: string, b: BookedRecord): ReturnType<typeof renderBooked> {
  let doc = bookedCache.get(b);
  if (!doc || doc.self !== `${base}/invoices/booked/${b.bookedInvoiceNumber}`) bookedCache.set(b, (doc = renderBooked(base, b)));
  return doc;
}
