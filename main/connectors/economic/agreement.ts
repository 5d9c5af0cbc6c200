import { EconomicError } from './errors';
import type { EconomicSelf } from './types';

/** Which e-conomic agreement the tokens reach, and when e-conomic said so. */
export interface AgreementIdentity {
  agreementNumber: number;
  companyName: string;
  /** e-conomic's clock in the answer's `Date` header; null when the answer had none. */
  serverTime: Date | null;
}

/**
 * GET /self read as the agreement it names. The licence gate and the fair-use budget both key
 * on this number, so an answer without a usable one is an error, never a guess.
 */
export function agreementFromSelf(self: EconomicSelf, serverTime: Date | null): AgreementIdentity {
  const n = (self as Partial<EconomicSelf> | undefined)?.agreementNumber;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
    throw new EconomicError('server', 'e-conomic answered GET /self without an agreement number, so LedgerBridge cannot tell which agreement it reaches; try again later.', { method: 'GET', path: '/self' });
  }
  return { agreementNumber: n, companyName: self.company?.name ?? '', serverTime };
}

/** An HTTP `Date` header (RFC 9110 IMF-fixdate) as a time, or null when absent or unreadable. */
export function parseHttpDate(value: string | undefined): Date | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}
