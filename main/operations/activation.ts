import { activationBlockers, type Gate } from '../engine/supervised';
import type { Runtime } from '../runtime/runtime';

export interface ActivationResult {
  activated: boolean;
  blockers: Gate[];
}

/** Records the owner's check of the manual bookings (it may happen before the 14 days are over). */
export function confirmChecked(runtime: Runtime, by: string): void {
  runtime.ledger.supervised.forProfile(runtime.profile.name).confirmChecked(by, runtime.clock());
}

/**
 * The owner's activation of automatic posting at their own risk. Every other gate must
 * already hold; the activation is recorded with time and name, and the profile's
 * booking mode becomes automatic.
 */
export function activateAutomaticPosting(runtime: Runtime, input: { by: string; checked: boolean; acceptRisk: true }): ActivationResult {
  const supervised = runtime.ledger.supervised.forProfile(runtime.profile.name);
  if (input.checked && !supervised.get().checkedAt) supervised.confirmChecked(input.by, runtime.clock());
  const blockers = activationBlockers(runtime.postingStatus());
  if (blockers.length > 0) return { activated: false, blockers };
  runtime.ledger.transaction(() => supervised.activate({ by: input.by, at: runtime.clock(), acceptedRisk: true }));
  runtime.saveProfile({ ...runtime.profile, bookingMode: 'automatic' });
  return { activated: true, blockers: [] };
}
