import type { Plan, Profile } from '../../shared/profile/schema';
import { licensedAgreement, verifyLicence } from '../licence';
import { isLoopbackUrl } from './sandbox-only';

export interface LicenceState {
  plan: Plan | null;
  problem: string | null;
  sandboxOnly: boolean;
  licensee: string | null;
  /** The agreement the licence is for, and the one the profile's tokens reached at the last sync (GET /self). */
  agreement: { licensed: number | null; reached: number | null };
}

/**
 * The plan a profile's licence grants here and now. A licence is bound to one e-conomic
 * agreement and counts only while the agreement LedgerBridge actually reaches is that one: a
 * URL that reads as this machine proves nothing (a port forward to a real e-conomic reads the
 * same), the agreement number e-conomic reports does.
 */
export function licenceState(profile: Profile, opts: { now: Date; reachedAgreement: number | null; publicKeyPem?: string }): LicenceState {
  const reached = opts.reachedAgreement;
  const refused = (problem: string, rest: Partial<LicenceState> = {}): LicenceState => ({
    plan: null,
    problem,
    sandboxOnly: false,
    licensee: null,
    agreement: { licensed: null, reached },
    ...rest,
  });
  if (!profile.licence) return refused('no licence in the profile');
  const result = verifyLicence(profile.licence, { publicKeyPem: opts.publicKeyPem, now: opts.now });
  if (!result.ok) return refused(result.message);
  const { payload } = result;
  const sandboxOnly = Boolean(payload.sandboxOnly);
  const licensed = licensedAgreement(payload);
  const known = { sandboxOnly, licensee: payload.licensee, agreement: { licensed, reached } };
  if (sandboxOnly && !(isLoopbackUrl(profile.economic.url) && isLoopbackUrl(profile.shop.url))) {
    return refused('the demo licence works only against the built-in sandbox', known);
  }
  if (licensed === null) return refused('the licence names no e-conomic agreement; ask LedgerBridge for a licence issued for yours', known);
  if (reached === null) return refused('LedgerBridge has not yet read which e-conomic agreement the keys reach; it does at the next sync', known);
  if (reached !== licensed) return refused(`the licence is for e-conomic agreement ${licensed}, but the keys reach agreement ${reached}`, known);
  return { plan: payload.plan, problem: null, ...known };
}
