import type { LicencePayload } from './licence-payload';
import { SANDBOX_AGREEMENT_NUMBER } from './sandbox-agreement';

/**
 * The e-conomic agreement a licence is valid for, or null when it names none LedgerBridge
 * can accept. A sandbox-only licence (the demo's) is bound to the sandbox's agreement whether
 * or not its payload says so; naming any other agreement makes it valid for none.
 */
export function licensedAgreement(payload: LicencePayload): number | null {
  if (payload.sandboxOnly) return payload.agreementNumber === undefined || payload.agreementNumber === SANDBOX_AGREEMENT_NUMBER ? SANDBOX_AGREEMENT_NUMBER : null;
  return payload.agreementNumber ?? null;
}
