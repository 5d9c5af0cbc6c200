// The reliability runs' set-up: the bench harness (sandboxes, temp data dir, the bench
// profile) with invoices from e-conomic, so that the PDF and mail-queue steps and their
// crash points are part of every booking.
import type { ProfileInput } from '../../shared/profile/schema';
import { startBenchHarness, type BenchHarness } from '../bench/harness';

export { enableAutomaticPosting } from '../bench/harness';

/**
 * The booked PDF is downloaded and the mail queued, but no SMTP server is configured, so
 * the run does not wait on mail delivery (the outbox has its own exactly-once tests).
 */
function reliabilityProfile(base: ProfileInput): Partial<ProfileInput> {
  return { invoiceSource: 'economic', mail: { ...base.mail!, smtp: undefined } };
}

export function startReliabilityHarness(orders: unknown[]): Promise<BenchHarness> {
  return startBenchHarness({ orders, profile: reliabilityProfile });
}

/** mulberry32: a tiny seeded PRNG so a campaign can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
