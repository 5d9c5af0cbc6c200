// The reliability runs' set-up: the bench harness (sandboxes, temp data dir, the bench
// profile) with invoices from e-conomic, so that the PDF and mail-queue steps and their
// crash points are part of every booking.
import type { ProfileInput } from '../../shared/profile/schema';
import type { SandboxHarness } from '../../main/demo/sandbox-harness';
import { startBenchHarness } from '../bench/harness';
import { createPrng } from '../../main/sandbox/shops/shared/prng';

/**
 * The booked PDF is downloaded and the mail queued, but no SMTP server is configured, so
 * the run does not wait on mail delivery (the outbox has its own exactly-once tests).
 */
function reliabilityProfile(base: ProfileInput): Partial<ProfileInput> {
  return { invoiceSource: 'economic', mail: { ...base.mail!, smtp: undefined } };
}

/**
 * `changes` go on top (the summary-mode campaigns book per day), then `more`, given the profile
 * so far (a journal-voucher campaign adds clearing accounts to its payment methods).
 */
export function startReliabilityHarness(
  orders: unknown[],
  changes: Partial<ProfileInput> = {},
  more: Partial<ProfileInput> | ((base: ProfileInput) => Partial<ProfileInput>) = {},
): Promise<SandboxHarness> {
  return startBenchHarness({
    orders,
    profile: (base) => {
      const so = { ...base, ...reliabilityProfile(base), ...changes };
      return { ...so, ...(typeof more === 'function' ? more(so) : more) };
    },
  });
}

/** A seeded random source (the sandboxes' PRNG) so a campaign can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  return createPrng(seed).next;
}
