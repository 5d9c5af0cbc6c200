import type { NormalizedOrder } from '../../shared/domain/order';
import { describe as describeProblem, type ProblemReport } from '../../shared/errors';
import type { Profile } from '../../shared/profile/schema';
import { validateOrder } from '../validation';
import type { EconomicReference } from './reference-data';

/** Checks an order against what the integration needs, with the mappings of this profile and agreement. */
export function validateForTransfer(normalized: NormalizedOrder, profile: Profile, reference: EconomicReference): ProblemReport[] {
  return validateOrder(normalized.order, {
    profile,
    knownProducts: reference.productNumbers,
    enabledCurrencies: new Set(profile.enabledCurrencies.filter((c) => reference.currencies.some((x) => x.code === c))),
    vatRatesWithProductGroup: new Set([...Object.keys(profile.productGroups), ...reference.ossProductGroups.keys()]),
    knownPaymentMethods: new Set(Object.keys(profile.paymentMethods)),
    requireEmail: profile.invoiceSource === 'economic',
    findings: normalized.findings,
  });
}

/** The problems that stop an order (warnings such as removed emoji let it through). */
export function blockingProblemsFor(normalized: NormalizedOrder, profile: Profile, reference: EconomicReference): ProblemReport[] {
  return validateForTransfer(normalized, profile, reference).filter((p) => describeProblem(p.code, p.params ?? {}, 'en').blocksOrder);
}
