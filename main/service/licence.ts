import { verifyLicence } from '../licence';
import type { Lang } from '../../shared/errors';
import type { LicenceCheck } from '../../shared/ipc/schemas/setup';
import { problemError } from './errors';

const REASON_CODES = { malformed: 'LB-2015', 'bad-signature': 'LB-2016', expired: 'LB-2017' } as const;

/**
 * Reads a licence the way the engine will: the plan comes from a licence that is
 * well-formed, signed by the vendor and not expired, and from nothing else. A licence
 * that fails says why, in the owner's language.
 */
export function readLicence(licence: string, lang: Lang, now: Date): LicenceCheck {
  const result = verifyLicence(licence, { now });
  if (!result.ok) {
    const day = result.reason === 'expired' ? result.expiresAt.slice(0, 10) : null;
    // Danish dates read day first: 31-12-2026.
    const date = day && lang === 'da' ? day.split('-').reverse().join('-') : day;
    throw problemError({ code: REASON_CODES[result.reason], params: date ? { date } : {} }, lang);
  }
  const { payload } = result;
  return { plan: payload.plan, licensee: payload.licensee, expiresAt: payload.expiresAt ?? null, sandboxOnly: payload.sandboxOnly === true };
}
