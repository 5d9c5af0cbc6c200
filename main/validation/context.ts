import type { NormalizationFinding } from '../../shared/domain/order';
import type { Profile } from '../../shared/profile/schema';

/** What validation knows about the world; gathered by the engine, so validation itself does no IO. */
export interface ValidationContext {
  profile: Profile;
  /** SKUs that exist as products in e-conomic. */
  knownProducts: Set<string>;
  /** Currencies the profile transfers (and e-conomic has). */
  enabledCurrencies: Set<string>;
  /**
   * VAT rates ("25", "0", "7.5") that have a product group in the profile, and with OSS the
   * countries' rates ("DE:19") that have one, chosen in the profile or proposed by e-conomic.
   */
  vatRatesWithProductGroup: Set<string>;
  /** Payment method ids mapped in profile.paymentMethods. */
  knownPaymentMethods: Set<string>;
  /** True when the invoice is mailed by LedgerBridge, so the buyer's e-mail is needed. */
  requireEmail: boolean;
  /** What the shop normalizer found that does not add up. */
  findings: NormalizationFinding[];
  /**
   * Shipping method ids that are mapped. When absent, every shipping method is
   * booked on the profile's one shipping product and nothing needs mapping.
   */
  knownShippingMethods?: Set<string>;
}
