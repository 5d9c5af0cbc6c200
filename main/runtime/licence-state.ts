import { CODES, type ErrorCode, type Params } from '../../shared/errors';
import type { Plan, Profile } from '../../shared/profile/schema';
import { licensedAgreement, verifyLicence } from '../licence';
import { isLoopbackUrl } from './sandbox-only';

/** Why a licence grants no plan, as a catalogue problem the owner reads in their own language. */
export interface LicenceReason {
  code: ErrorCode;
  params: Params;
}

const VERIFY_CODES = { malformed: CODES.licenceMalformed, 'bad-signature': CODES.licenceNotFromVendor, expired: CODES.licenceExpired } as const;

export interface LicenceState {
  plan: Plan | null;
  /** Why the licence grants nothing, for support and `status --json` (English, technical). */
  problem: string | null;
  /** The same, as a catalogue problem (describe() renders it in Danish or English). */
  reason: LicenceReason | null;
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
  const refused = (problem: string, reason: LicenceReason, rest: Partial<LicenceState> = {}): LicenceState => ({
    plan: null,
    problem,
    reason,
    sandboxOnly: false,
    licensee: null,
    agreement: { licensed: null, reached },
    ...rest,
  });
  if (!profile.licence) return refused('no licence in the profile', { code: CODES.licenceMissing, params: {} });
  const result = verifyLicence(profile.licence, { publicKeyPem: opts.publicKeyPem, now: opts.now });
  if (!result.ok) return refused(result.message, { code: VERIFY_CODES[result.reason], params: result.reason === 'expired' ? { date: result.expiresAt.slice(0, 10) } : {} });
  const { payload } = result;
  const sandboxOnly = Boolean(payload.sandboxOnly);
  const licensed = licensedAgreement(payload);
  const known = { sandboxOnly, licensee: payload.licensee, agreement: { licensed, reached } };
  if (sandboxOnly && !(isLoopbackUrl(profile.economic.url) && isLoopbackUrl(profile.shop.url))) {
    return refused('the demo licence works only against the built-in sandbox', { code: CODES.demoLicenceOnRealServices, params: {} }, known);
  }
  if (reached === null) return refused('LedgerBridge has not yet read which e-conomic agreement the keys reach; it does at the next sync', { code: CODES.licenceAgreementNotRead, params: {} }, known);
  if (licensed === null) return refused('the licence names no e-conomic agreement; ask LedgerBridge for a licence issued for yours', { code: CODES.licenceWithoutAgreement, params: { agreement: reached } }, known);
  if (reached !== licensed) return refused(`the licence is for e-conomic agreement ${licensed}, but the keys reach agreement ${reached}`, { code: CODES.licenceOtherAgreement, params: { agreement: reached, licensedAgreement: licensed } }, known);
  return { plan: payload.plan, problem: null, reason: null, ...known };
}
