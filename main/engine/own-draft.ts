import { filterValue, type EconomicClient } from '../connectors/economic/client';
import type { BookedInvoice, DraftInvoice } from '../connectors/economic/types';

/**
 * What became of a draft LedgerBridge wrote, read before writing to (or booking) its number
 * again. A number alone proves nothing in e-conomic: draft numbers are reused once a draft is
 * booked or deleted, and a PUT to a number that does not exist creates it. So a draft is ours
 * only while it still carries our `references.other`.
 */
export type DraftStatus =
  | { kind: 'ours'; draft: DraftInvoice }
  /** A person booked it in e-conomic. */
  | { kind: 'booked'; invoice: BookedInvoice }
  /** Deleted by hand; its number may now belong to somebody else's draft. */
  | { kind: 'gone' };

export async function draftStatus(client: EconomicClient, draftNumber: number, reference: string): Promise<DraftStatus> {
  const draft = await client.getDraftInvoice(draftNumber);
  if (draft?.references?.other === reference) return { kind: 'ours', draft };
  const [invoice] = await client.findBookedInvoices(`references.other$eq:${filterValue(reference)}`);
  return invoice ? { kind: 'booked', invoice } : { kind: 'gone' };
}

/** The draft, when it is still ours; otherwise throws what became of it. */
export async function requireOwnDraft(client: EconomicClient, draftNumber: number, reference: string): Promise<DraftInvoice> {
  const status = await draftStatus(client, draftNumber, reference);
  if (status.kind === 'ours') return status.draft;
  if (status.kind === 'booked') throw new DraftBookedElsewhere(status.invoice.bookedInvoiceNumber);
  throw new DraftDeletedElsewhere(draftNumber);
}

export class DraftBookedElsewhere extends Error {
  constructor(readonly bookedInvoiceNumber: number) {
    super(`the draft was booked in e-conomic as invoice ${bookedInvoiceNumber}`);
  }
}

export class DraftDeletedElsewhere extends Error {
  constructor(readonly draftNumber: number) {
    super(`draft ${draftNumber} was deleted in e-conomic`);
  }
}
