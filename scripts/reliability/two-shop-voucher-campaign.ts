import { profileSchema } from '../../shared/profile/schema';
import { DEMO_CREDENTIALS } from '../../main/runtime/sandbox-only';
import { startWooSandbox } from '../../main/sandbox/shops/woocommerce';
import { ConfigStore } from '../../main/settings';
import type { CrashCampaignResult } from './crash-campaign';
import { runDayKills, type MoreShops } from './day-kills';
import { CLEARING_ACCOUNTS, HITS_PER_RUN, journalVoucherProfile, VOUCHER_DAY_POINTS, VOUCHER_JOURNAL, voucherRunConditions, voucherRunFigures } from './day-voucher-campaign';
import type { SandboxHarness } from '../../main/demo/sandbox-harness';
import { auditTwoShopVoucherDays, type TwoShopVoucherAudit } from './two-shop-voucher-audit';

/** The two-shop campaign's figures. */
export interface TwoShopVoucherCampaignResult extends Omit<CrashCampaignResult, 'audit'> {
  /** The profiles, in config.json's order; each shop was sold all `orders`. */
  shops: string[];
  saleDays: number;
  byVoucherNumbers: Record<string, { runs: number; killed: number }>;
  cleanRunsVoucherNumbers: string;
  journalBookings: number;
  audit: TwoShopVoucherAudit;
}

/** The second shop's profile: the Swedish shop of test/main/cli/several-shops.test.ts. */
export const SECOND_SHOP = 'se';

/**
 * Both shops pass each voucher point as often as the one shop does, in one process that counts
 * their passes together (crash-points.ts): twice the one-shop campaign's hits.
 */
const TWO_SHOP_HITS = Object.fromEntries(Object.entries(HITS_PER_RUN).map(([p, n]) => [p, 2 * n])) as typeof HITS_PER_RUN;

/**
 * A second WooCommerce sandbox and a profile for it beside the harness's first: the first
 * profile as saved (days as journal vouchers in journal 1, the same clearing accounts, the same
 * import window) on the same e-conomic agreement, only its shop and its name differ.
 */
export async function addSecondShop(harness: SandboxHarness): Promise<MoreShops> {
  const shop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: [] });
  try {
    const config = new ConfigStore(harness.dataDir);
    const [first] = Object.values(config.load().profiles);
    config.saveProfile(profileSchema.parse({ ...first, name: SECOND_SHOP, shop: { ...first.shop, url: shop.url } }));
  } catch (error) {
    await shop.close();
    throw error;
  }
  return { shops: [shop], close: () => shop.close() };
}

/**
 * Two shops on one e-conomic agreement booking their days as vouchers in the same journal
 * (issue 17 §3): the campaign of day-voucher-campaign.ts with a second profile in the same data
 * dir whose shop is sold the SAME orders (same numbers, amounts and dates, paid with the same
 * methods onto the same clearing accounts) — the hardest case for telling their days apart.
 * Each run is one child syncing both profiles side by side, killed at the `hit`th pass of a
 * voucher point by either shop; the voucherNumbers mode and the accountant's bookings are drawn
 * as in the one-shop campaign. Then the audit (two-shop-voucher-audit.ts).
 */
export async function runTwoShopVoucherCampaign(count: number, kills: number, seed = 20261217, progress: (m: string) => void = () => undefined): Promise<TwoShopVoucherCampaignResult> {
  const conditions = voucherRunConditions();
  const run = await runDayKills(
    {
      count,
      kills,
      seed,
      profile: journalVoucherProfile,
      points: VOUCHER_DAY_POINTS,
      hitsPerRun: TWO_SHOP_HITS,
      beforeRun: conditions.beforeRun,
      moreShops: addSecondShop,
      label: 'two-shop journal-voucher crash campaign',
      progress,
    },
    ({ sold, harness, runtimes }) => ({
      shops: runtimes.map((r) => r.profile.name),
      audit: auditTwoShopVoucherDays(
        sold,
        harness.economic.state(),
        runtimes.map((r) => ({ name: r.profile.name, textTag: r.referenceQualifier, orderStages: r.profile.orderStages, ledger: r.ledger })),
        { dayJournalNumber: VOUCHER_JOURNAL, clearingAccounts: CLEARING_ACCOUNTS },
      ),
    }),
  );
  const { audit } = run;
  return { shops: audit.shops, ...voucherRunFigures(run, seed, conditions), duplicates: audit.audit.duplicates, lost: audit.audit.lost, audit: audit.audit };
}
