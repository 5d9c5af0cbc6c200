import type { Order } from '../../shared/domain/order';
import { CODES } from '../../shared/errors';
import { filterValue } from '../connectors/economic/client';
import type { BookedInvoice, DraftInvoice } from '../connectors/economic/types';
import type { EngineContext } from './context';
import { checkEligibility } from './eligibility';
import { orderReference } from './plan/references';
import { danishDate } from './plan/text';
import { DONE_STATES } from './record-seen';

/**
 * Another LedgerBridge (a second installation on the same agreement, or an earlier one whose
 * data folder is gone) may already have invoiced orders this ledger has never drafted. So before
 * a poll page is transferred, e-conomic is asked what it holds under LedgerBridge's references
 * for the page as a whole: a booked invoice makes the order done (not booked, mailed or paid
 * again), a draft is adopted so it is updated rather than made twice.
 *
 * e-conomic allows `$in:` on numeric properties only ("it is not possible to use on string
 * properties", restdocs), so `references.other$in:[…]` cannot be asked. One listing per
 * collection covers the page instead: what carries this platform's reference prefix, dated from
 * the day before the page's oldest order (an invoice is dated the order's paid or created day,
 * in Danish time). The next pages of the same sync reuse it while it covers their dates and is
 * less than a minute old, so a sync costs two calls, or a few in a long import.
 */
const LISTING_FRESH_MS = 60_000;

interface Listing {
  /** The first invoice date it covers (it covers every later one). */
  since: string;
  at: number;
  booked: Map<string, BookedInvoice>;
  drafts: Map<string, DraftInvoice>;
}

export class InvoicedElsewhere {
  private readonly adopted: Array<{ orderNumber: string; invoiceNumber: number }> = [];
  private listing: Listing | null = null;

  constructor(private readonly ctx: EngineContext) {}

  /** Looks up the page's orders that this ledger would draft now; returns how many were adopted. */
  async adopt(orders: Order[]): Promise<number> {
    const { ctx } = this;
    const candidates = orders.filter((order) => this.wouldDraft(order));
    if (candidates.length === 0) return 0;
    const oldest = candidates.map((o) => danishDate(o.dates.created)).sort()[0];
    const since = new Date(Date.parse(`${oldest}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const { booked, drafts } = await this.listingFrom(since, candidates[0].platform);

    let count = 0;
    for (const order of candidates) {
      const reference = orderReference(order.platform, order.id, ctx.referenceQualifier);
      const invoice = booked.get(reference);
      const draft = drafts.get(reference);
      if (invoice) {
        ctx.ledger.orders.transition(order.id, 'done', { bookedNumber: invoice.bookedInvoiceNumber, by: 'e-conomic (booked by another LedgerBridge)' });
        ctx.log.resolveForOrder(order.id);
        this.adopted.push({ orderNumber: order.number, invoiceNumber: invoice.bookedInvoiceNumber });
        count++;
      } else if (draft) {
        ctx.ledger.orders.transition(order.id, 'drafted', { draftNumber: draft.draftInvoiceNumber, by: 'e-conomic (drafted by another LedgerBridge)' });
        count++;
      }
    }
    return count;
  }

  private async listingFrom(since: string, platform: Order['platform']): Promise<Listing> {
    const now = this.ctx.clock().getTime();
    const { listing } = this;
    if (listing && listing.since <= since && now - listing.at < LISTING_FRESH_MS) return listing;
    const filter = `date$gte:${since}$and:references.other$like:${filterValue(orderReference(platform, '', this.ctx.referenceQualifier))}*`;
    const [booked, drafts] = await Promise.all([this.ctx.client.findBookedInvoices(filter), this.ctx.client.findDraftInvoices(filter)]);
    this.listing = { since, at: now, booked: byReference(booked), drafts: byReference(drafts) };
    return this.listing;
  }

  /** One entry for the whole sync, naming the orders found booked. */
  finish(): void {
    if (this.adopted.length === 0) return;
    const detail = this.adopted.map((a) => `${a.orderNumber} (${a.invoiceNumber})`).join(', ');
    this.ctx.log.report({ code: CODES.invoicedElsewhere, profile: this.ctx.profile.name, params: { count: this.adopted.length, detail } });
    this.adopted.length = 0;
  }

  /**
   * Eligible, and neither drafted nor booked as far as this ledger knows. A write of this
   * ledger's own left unfinished is crash recovery's (recover-in-flight.ts), not this.
   */
  private wouldDraft(order: Order): boolean {
    const { ledger } = this.ctx;
    const row = ledger.orders.facts(order.id);
    if (!row || row.draftNumber !== null || row.bookedNumber !== null || DONE_STATES.has(row.state)) return false;
    if (ledger.operations.openForOrder(order.id).length > 0) return false;
    return checkEligibility(order, this.ctx.profile.orderStages).eligible;
  }
}

function byReference<T extends BookedInvoice | DraftInvoice>(invoices: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const invoice of invoices) if (invoice.references?.other && !map.has(invoice.references.other)) map.set(invoice.references.other, invoice);
  return map;
}
