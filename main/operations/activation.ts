import { activationBlockers, type Gate } from '../engine/supervised';
import { REASON } from '../engine/reasons';
import type { Runtime } from '../runtime/runtime';
import { dec, money, type Dec } from '../../shared/domain/money';

export interface ActivationResult {
  activated: boolean;
  blockers: Gate[];
}

/** What switching automatic posting on does to drafts that wait: book them too, or leave them for the owner. */
export type ActivationScope = 'waiting-and-new' | 'new-only';

/** The owner confirmed a check before there was anything to check. */
export class NothingToCheckYetError extends Error {
  constructor() {
    super('LedgerBridge has not yet seen a draft booked by hand in e-conomic, so there is nothing to confirm. Book one of the drafts in e-conomic, let LedgerBridge sync, check the invoice, and confirm then.');
    this.name = 'NothingToCheckYetError';
  }
}

/**
 * Records the owner's check of the manual bookings (it may happen before the 14 days are over,
 * but only after LedgerBridge has seen a draft booked by hand: a check of nothing is no check).
 * The time is e-conomic's, like the bookings it follows.
 */
export function confirmChecked(runtime: Runtime, by: string): void {
  const supervised = runtime.ledger.supervised.forProfile(runtime.profile.name);
  if (supervised.get().manualBookingCount === 0) throw new NothingToCheckYetError();
  supervised.confirmChecked(by, runtime.economicTime() ?? runtime.clock());
}

/** The drafts automatic posting would book at once: those waiting for the owner's hand booking. */
export function waitingDrafts(runtime: Runtime) {
  return runtime.ledger.orders.list({ states: ['held'], limit: 100_000 }).items.filter((r) => r.reasonCode === REASON.awaitingManualBooking && r.draftNumber !== null);
}

/** What switching on would do at once: the waiting drafts booked, the invoice mails sent, and their sum per currency. */
export interface WaitingPreview {
  drafts: number;
  mails: number;
  total: Array<{ currency: string; amount: string }>;
}

export function waitingPreview(runtime: Runtime): WaitingPreview {
  const drafts = waitingDrafts(runtime);
  const mailed = runtime.profile.invoiceSource === 'economic' && runtime.profile.mail.smtp !== undefined;
  const sums = new Map<string, Dec>();
  for (const row of drafts) sums.set(row.currency, (sums.get(row.currency) ?? dec(0)).plus(dec(row.total)));
  return {
    drafts: drafts.length,
    mails: mailed ? drafts.filter((row) => (row.order.billing?.email ?? '').trim() !== '').length : 0,
    total: [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount: money(amount) })),
  };
}

/**
 * The owner's activation of automatic posting at their own risk. Every other gate must
 * already hold; the activation is recorded with time and name, and the profile's
 * booking mode becomes automatic. With `new-only`, the drafts that wait now stay
 * drafts for the owner (reason LB-7010) and only orders from now on are booked.
 */
export function activateAutomaticPosting(runtime: Runtime, input: { by: string; checked: boolean; acceptRisk: true; scope?: ActivationScope }): ActivationResult {
  const supervised = runtime.ledger.supervised.forProfile(runtime.profile.name);
  const checkMissing = () => runtime.postingStatus().gates.some((g) => g.id === 'checked' && !g.met);
  // A check given now counts once there are manual bookings; one given before them is replaced.
  if (input.checked && supervised.get().manualBookingCount > 0 && checkMissing()) confirmChecked(runtime, input.by);
  const blockers = activationBlockers(runtime.postingStatus());
  if (blockers.length > 0) return { activated: false, blockers };
  runtime.ledger.transaction(() => {
    if (input.scope === 'new-only') {
      for (const row of waitingDrafts(runtime)) {
        runtime.ledger.orders.transition(row.orderId, 'held', {
          reasonCode: REASON.leftForOwner,
          reasonDetail: { params: { orderNumber: row.number, draftNumber: row.draftNumber } },
          draftNumber: row.draftNumber,
          by: input.by,
        });
      }
    }
    supervised.activate({ by: input.by, at: runtime.clock(), acceptedRisk: true });
  });
  runtime.saveProfile({ ...runtime.profile, bookingMode: 'automatic' });
  return { activated: true, blockers: [] };
}

/**
 * The owner switches automatic posting off, at any time: recorded with time and name
 * like switching it on. From the next order on, drafts wait for a hand booking again.
 */
export function deactivateAutomaticPosting(runtime: Runtime, by: string): void {
  runtime.ledger.supervised.forProfile(runtime.profile.name).deactivate(by, runtime.clock());
  runtime.saveProfile({ ...runtime.profile, bookingMode: 'drafts' });
}
