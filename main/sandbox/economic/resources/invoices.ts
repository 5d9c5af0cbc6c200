import { dec } from '../../../../shared/domain/money';
import { collectionResponse, type CollectionSpec } from '../collection';
import type { CollectionSchemaName } from '../collection-fields';
import { created, ok, type Ctx, type Reply } from '../context';
import { notFound } from '../errors';
import { bookedDoc, draftDoc } from '../invoice-render';
import { bookDraftInStore, validateBookingRequest } from '../booking';
import { invoicePdf } from '../pdf';
import { computeTotals } from '../totals';
import type { Store } from '../store';
import { validateDraft, type DraftInput } from '../validation/draft-invoice';
import type { BookedRecord, DraftRecord } from '../records';

/** /invoices/drafts, /invoices/booked and the payment-state collections (restdocs "Invoices"). */

const DRAFT_SPEC: CollectionSpec = { schema: 'invoices.drafts.get', defaultSort: 'draftInvoiceNumber', createDescription: 'Create a new invoice draft' };
const bookedSpec = (schema: CollectionSchemaName): CollectionSpec => ({ schema, defaultSort: 'bookedInvoiceNumber' });

function numberParam(ctx: Ctx, name: string, what: string): number {
  const n = Number(ctx.params[name]);
  if (!Number.isInteger(n) || n < 1) throw notFound(what);
  return n;
}

function buildDraft(store: Store, input: DraftInput, number: number, soapId: number, vatRounding: 'line' | 'invoice'): DraftRecord {
  const { lines: lineTotals, totals } = computeTotals(input.lines, input.exchangeRate, vatRounding);
  return {
    draftInvoiceNumber: number,
    soapId,
    date: input.date,
    dueDate: input.dueDate,
    currency: input.currency,
    exchangeRate: input.exchangeRate,
    customerNumber: input.customerNumber,
    paymentTermsNumber: input.paymentTermsNumber,
    layoutNumber: input.layoutNumber,
    recipient: input.recipient,
    vatZoneNumber: input.vatZoneNumber,
    extras: input.extras,
    lines: input.lines.map(({ priced: _priced, ...l }, i) => ({ ...l, ...lineTotals[i] })),
    totals,
    lastUpdated: store.stamp(),
  };
}

const draftOf = (ctx: Ctx): DraftRecord => {
  const d = ctx.store.drafts.get(numberParam(ctx, 'draftInvoiceNumber', 'Draft invoice'));
  if (!d) throw notFound('Draft invoice', 'The draft may have been booked or deleted; booked invoices are at /invoices/booked.');
  return d;
};

export const listDrafts = (ctx: Ctx): Reply =>
  ok(collectionResponse([...ctx.store.drafts.values()].map((d) => draftDoc(ctx.base, d)), ctx.query, DRAFT_SPEC, `${ctx.base}/invoices/drafts`));

export const getDraft = (ctx: Ctx): Reply => ok(draftDoc(ctx.base, draftOf(ctx)));

export function createDraft(ctx: Ctx): Reply {
  const input = validateDraft(ctx.body, ctx.store, ctx.options.baseCurrency, ctx.validation);
  const number = ctx.store.nextDraftNumber();
  const record = buildDraft(ctx.store, input, number, ++ctx.store.seq.soap, ctx.options.vatRounding);
  ctx.store.drafts.set(number, record);
  ctx.store.dirty = true;
  const doc = draftDoc(ctx.base, record);
  return created(doc, doc.self);
}

/** PUT replaces the whole draft, and creates it (201) when the number does not exist (live: PUT is an upsert). */
export function replaceDraft(ctx: Ctx): Reply {
  const number = numberParam(ctx, 'draftInvoiceNumber', 'Draft invoice');
  const existing = ctx.store.drafts.get(number);
  const input = validateDraft(ctx.body, ctx.store, ctx.options.baseCurrency, ctx.validation);
  const record = buildDraft(ctx.store, input, number, existing?.soapId ?? ++ctx.store.seq.soap, ctx.options.vatRounding);
  ctx.store.drafts.set(number, record);
  ctx.store.dirty = true;
  const doc = draftDoc(ctx.base, record);
  return existing ? ok(doc) : created(doc, doc.self);
}

const deletedItem = (ctx: Ctx, n: number) => ({ draftInvoiceNumber: n, self: `${ctx.base}/invoices/drafts/${n}` });

/** DELETE answers 200 with a body (draft-invoice-delete-response.json), not 204. */
export function deleteDraft(ctx: Ctx): Reply {
  const d = draftOf(ctx);
  ctx.store.drafts.delete(d.draftInvoiceNumber);
  ctx.store.dirty = true;
  return ok({ message: 'Deleted invoice.', deletedCount: 1, deletedItems: [deletedItem(ctx, d.draftInvoiceNumber)] });
}

/** DELETE /invoices/drafts deletes all drafts, or those matching filter=. */
export function deleteDrafts(ctx: Ctx): Reply {
  const all = new URLSearchParams(ctx.query);
  all.set('pagesize', '1000');
  const numbers: number[] = [];
  for (let skip = 0; ; skip++) {
    all.set('skippages', String(skip));
    const page = collectionResponse([...ctx.store.drafts.values()].map((d) => draftDoc(ctx.base, d)), all, DRAFT_SPEC, '');
    numbers.push(...page.collection.map((d) => (d as { draftInvoiceNumber: number }).draftInvoiceNumber));
    if (!('nextPage' in page.pagination)) break;
  }
  for (const n of numbers) ctx.store.drafts.delete(n);
  if (numbers.length) ctx.store.dirty = true;
  return ok({ message: numbers.length === 1 ? 'Deleted invoice.' : `Deleted ${numbers.length} invoices.`, deletedCount: numbers.length, deletedItems: numbers.map((n) => deletedItem(ctx, n)) });
}

export function draftTemplates(ctx: Ctx): Reply {
  const d = draftOf(ctx);
  const self = `${ctx.base}/invoices/drafts/${d.draftInvoiceNumber}/templates`;
  return ok({ bookingInstructions: `${self}/booking-instructions`, self });
}

export function bookingInstructions(ctx: Ctx): Reply {
  const d = draftOf(ctx);
  return ok({ draftInvoice: deletedItem(ctx, d.draftInvoiceNumber), self: `${ctx.base}/invoices/drafts/${d.draftInvoiceNumber}/templates/booking-instructions` });
}

const pdfReply = (bytes: Uint8Array): Reply => ({ status: 200, raw: bytes, contentType: 'application/pdf' });

export const draftPdf = async (ctx: Ctx): Promise<Reply> => pdfReply(await invoicePdf(draftOf(ctx)));

export function bookInvoice(ctx: Ctx): Reply {
  const req = validateBookingRequest(ctx.body, ctx.store, ctx.validation);
  const booked = bookDraftInStore(ctx.store, req);
  const doc = bookedDoc(ctx.base, booked);
  return created(doc, doc.self);
}

/** PUT /invoices/booked/:n books a draft with exactly that number. */
export function bookInvoiceWithNumber(ctx: Ctx): Reply {
  const n = numberParam(ctx, 'bookedInvoiceNumber', 'Booked invoice');
  const req = validateBookingRequest(ctx.body, ctx.store, ctx.validation, n);
  const booked = bookDraftInStore(ctx.store, req);
  const doc = bookedDoc(ctx.base, booked);
  return created(doc, doc.self);
}

const bookedOf = (ctx: Ctx): BookedRecord => {
  const b = ctx.store.booked.get(numberParam(ctx, 'bookedInvoiceNumber', 'Booked invoice'));
  if (!b) throw notFound('Booked invoice');
  return b;
};

export const getBooked = (ctx: Ctx): Reply => ok(bookedDoc(ctx.base, bookedOf(ctx)));
export const bookedPdf = async (ctx: Ctx): Promise<Reply> => pdfReply(await invoicePdf(bookedOf(ctx)));

/** Booked collections: all, and the payment states restdocs lists (today = the real current date). */
export function listBookedWhere(path: string, keep: (b: BookedRecord, today: string) => boolean) {
  return (ctx: Ctx): Reply => {
    const today = ctx.store.today();
    const items = [...ctx.store.booked.values()].filter((b) => keep(b, today)).map((b) => bookedDoc(ctx.base, b));
    return ok(collectionResponse(items, ctx.query, bookedSpec(`invoices${path.slice('/invoices'.length).replace('/', '.')}.get` as CollectionSchemaName), `${ctx.base}${path}`));
  };
}

const open = (b: BookedRecord) => !dec(b.remainder).isZero();
export const listBooked = listBookedWhere('/invoices/booked', () => true);
export const listPaid = listBookedWhere('/invoices/paid', (b) => !open(b));
export const listUnpaid = listBookedWhere('/invoices/unpaid', (b) => open(b));
export const listOverdue = listBookedWhere('/invoices/overdue', (b, today) => open(b) && b.dueDate < today);
export const listNotDue = listBookedWhere('/invoices/not-due', (b, today) => open(b) && b.dueDate >= today);

export function invoicesRoot(ctx: Ctx): Reply {
  const b = `${ctx.base}/invoices`;
  return ok({ booked: `${b}/booked`, drafts: `${b}/drafts`, notDue: `${b}/not-due`, overdue: `${b}/overdue`, paid: `${b}/paid`, sent: `${b}/sent`, totals: `${b}/totals`, unpaid: `${b}/unpaid`, self: b });
}
