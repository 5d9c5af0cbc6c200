// The benchmarks run on the one sandbox harness (main/demo/sandbox-harness.ts), with the
// client's real waits between retries and a profile that books automatically.
import type { ProfileInput } from '../../shared/profile/schema';
import { demoProfile } from '../../main/demo/demo-profile';
import { startSandboxHarness, type SandboxHarness } from '../../main/demo/sandbox-harness';

/**
 * The benchmark profile: the demo profile (Standard plan, collective customers, missing
 * products created) without its "bank transfers stay drafts" rule, because the figures
 * are about automatic posting: every transferred order should be booked.
 */
function withoutRules(demo: ProfileInput, overrides: Partial<ProfileInput> = {}): ProfileInput {
  return { ...demo, rules: [], ...overrides };
}

/** The benchmark profile against the given servers (engine-work runs without any). */
export function benchProfile(urls: { shopUrl: string; economicUrl: string; smtp: { host: string; port: number } }, overrides: Partial<ProfileInput> = {}): ProfileInput {
  return withoutRules(demoProfile({ platform: 'woocommerce', ...urls }), overrides);
}

export function startBenchHarness(opts: {
  orders: unknown[];
  /** Changes to the bench profile, or a function of it (to change nested settings). */
  profile?: Partial<ProfileInput> | ((base: ProfileInput) => Partial<ProfileInput>);
}): Promise<SandboxHarness> {
  const { profile } = opts;
  return startSandboxHarness({
    orders: opts.orders,
    realWaits: true,
    profile: (demo) => withoutRules(demo, typeof profile === 'function' ? profile(withoutRules(demo)) : profile),
  });
}
