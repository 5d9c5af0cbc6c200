import type Database from 'better-sqlite3';
import type { Order } from '../../shared/domain/order';
import { CODES } from '../../shared/errors';
import { ORDER_STATES, type Ledger } from '../ledger';
import { KeyValueStore } from '../ledger/kv';
import { MailOutbox } from '../mail';
import type { EngineContext } from './context';
import { findByReference } from './recover-in-flight';

/**
 * A ledger restored from a backup has forgotten everything booked after the backup was
 * taken, and the shop will bring those orders again. So `ledgerbridge restore` marks the
 * restored ledger, and the next sync first asks e-conomic about every order the ledger
 * does not know as booked, by its reference, the same lookup that settles a write a crash
 * left unfinished (recover-in-flight.ts): what e-conomic has booked is adopted as done (not booked,
 * mailed or paid again), a draft it holds is adopted so it is updated rather than created
 * twice, and only what e-conomic does not have goes the normal way. The mark goes when a
 * whole sync has run with it.
 */
const MARKER = 'restore:reconcile';

/** Marks the restored copy before it becomes the ledger (restoreLedger's `prepare`). */
export function markRestored(db: Database.Database, at: Date, file: string): void {
  new KeyValueStore(db, () => at).set(MARKER, { restoredAt: at.toISOString(), file });
  // A mail still waiting in the backup may have gone out since: the owner decides.
  new MailOutbox(db, { clock: () => at }).holdUnsentAfterRestore();
}

/** True until a whole sync has reconciled the restored ledger with e-conomic. */
export function restorePending(ledger: Ledger): boolean {
  return ledger.kv.get(MARKER) !== undefined;
}

const KNOWN_BOOKED = new Set(['done']);

export class RestoreReconciliation {
  private readonly checked = new Set<string>();
  private readonly adopted: Array<{ orderNumber: string; invoiceNumber: number }> = [];

  private constructor(private readonly ctx: EngineContext) {}

  /** The reconciliation of this sync, or null when no restore is pending. */
  static begin(ctx: EngineContext): RestoreReconciliation | null {
    return restorePending(ctx.ledger) ? new RestoreReconciliation(ctx) : null;
  }

  /**
   * Every order in the ledger that is not done: it may have been booked since the backup.
   * 'booked' ones too: the mail and payment that follow a booking may have gone out since,
   * and are not repeated.
   */
  async checkLedger(): Promise<void> {
    const states = ORDER_STATES.filter((s) => !KNOWN_BOOKED.has(s));
    for (const row of this.ctx.ledger.orders.list({ states, limit: 1_000_000 }).items) await this.check(row.order as Order);
  }

  /** Before the order is transferred (it is already recorded as seen). */
  async check(order: Order): Promise<void> {
    if (this.checked.has(order.id)) return;
    this.checked.add(order.id);
    const { ledger } = this.ctx;
    const row = ledger.orders.get(order.id);
    if (!row || KNOWN_BOOKED.has(row.state)) return;
    const { booked, drafts } = await findByReference(this.ctx, order);
    if (booked) {
      ledger.orders.transition(order.id, 'done', { bookedNumber: booked.bookedInvoiceNumber, by: 'restore: found booked in e-conomic' });
      this.adopted.push({ orderNumber: order.number, invoiceNumber: booked.bookedInvoiceNumber });
    } else if (drafts.length > 0 && row.draftNumber !== drafts[0].draftInvoiceNumber) {
      ledger.orders.transition(order.id, 'drafted', { draftNumber: drafts[0].draftInvoiceNumber, by: 'restore: found as a draft in e-conomic' });
    }
  }

  /** After a whole sync: the restored ledger knows what e-conomic knows; the owner is told what was found. */
  finish(): void {
    const { ctx, adopted } = this;
    if (adopted.length > 0) {
      const detail = adopted.map((a) => `${a.orderNumber} (${a.invoiceNumber})`).join(', ');
      ctx.log.report({ code: CODES.restoredFoundBooked, profile: ctx.profile.name, params: { count: adopted.length, detail } });
    }
    ctx.ledger.kv.delete(MARKER);
  }
}
