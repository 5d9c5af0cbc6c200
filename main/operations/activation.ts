import { activationBlockers, type Gate } from '../engine/supervised';
import type { Runtime } from '../runtime/runtime';

export interface ActivationResult {
  activated: boolean;
  blockers: Gate[];
}

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

/**
 * The owner's activation of automatic posting at their own risk. Every other gate must
 * already hold; the activation is recorded with time and name, and the profile's
 * booking mode becomes automatic.
 */
export function activateAutomaticPosting(runtime: Runtime, input: { by: string; checked: boolean; acceptRisk: true }): ActivationResult {
  const supervised = runtime.ledger.supervised.forProfile(runtime.profile.name);
  const checkMissing = () => runtime.postingStatus().gates.some((g) => g.id === 'checked' && !g.met);
  // A check given now counts once there are manual bookings; one given before them is replaced.
  if (input.checked && supervised.get().manualBookingCount > 0 && checkMissing()) confirmChecked(runtime, input.by);
  const blockers = activationBlockers(runtime.postingStatus());
  if (blockers.length > 0) return { activated: false, blockers };
  runtime.ledger.transaction(() => supervised.activate({ by: input.by, at: runtime.clock(), acceptedRisk: true }));
  runtime.saveProfile({ ...runtime.profile, bookingMode: 'automatic' });
  return { activated: true, blockers: [] };
}
