/**
 * Two profiles of a data dir on one webshop and one e-conomic agreement (issue 17 §3): a
 * consultant copies the live shop's profile.json for a "test shop", changes its name and runs
 * `configure` with it, forgetting to point it at the staging webshop. Each order would be invoiced
 * twice, once under either shop's reference; the copy is refused before anything is written
 * (LB-2054), and the live shop runs on. On another agreement the same webshop is a shop of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileSchema } from '../../../shared/profile/schema';
import { describe as describeProblem } from '../../../shared/errors';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { ProfileRuntimes, type ProfileSyncResult } from '../../../main/runtime/profiles';
import { ShopSetUpTwiceError } from '../../../main/runtime/runtime';
import { classifyError } from '../../../main/runtime/classify-error';
import { startEconomicSandbox, type EconomicSandbox } from '../../../main/sandbox/economic';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';

const orders = generateWooOrders({ count: 6, seed: 2951 });
/** What the demo profile transfers (its order stages for WooCommerce). */
const transferred = orders.filter((o) => o.status === 'processing' || o.status === 'completed').map((o) => String(o.id));
/** The test agreement's own tokens. */
const TEST_TOKENS = { appSecretToken: 'app-secret-test-2951', agreementGrantToken: 'grant-test-2951' };

let harness: SandboxHarness;
let testAgreement: EconomicSandbox;

const references = (economic: EconomicSandbox) => (economic.state() as unknown as { drafts: Array<{ references?: { other?: string } }> }).drafts.map((d) => d.references?.other ?? '(none)').sort();
const outcome = (results: ProfileSyncResult[]) => results.map((r) => [r.profile, r.error ? (r.error as Error).name : r.summary!.drafted]);

async function syncBoth(secrets = new MemorySecretStore()): Promise<ProfileSyncResult[]> {
  const profiles = await ProfileRuntimes.open({ dataDir: harness.dataDir, secrets, clock: harness.clock.now, economicClientOptions: { sleep: async () => undefined } });
  try {
    return await profiles.syncOnce();
  } finally {
    profiles.close();
  }
}

beforeAll(async () => {
  harness = await startSandboxHarness({ orders, profile: { rules: [] } });
  testAgreement = await startEconomicSandbox(TEST_TOKENS);
  testAgreement.settings({ agreementNumber: 777777 });
  // The copy: the live profile under another name, on the same webshop and the same e-conomic.
  const config = new ConfigStore(harness.dataDir);
  config.saveProfile(profileSchema.parse({ ...config.requireProfile(), name: 'kopi' }));
}, 60_000);

afterAll(async () => {
  await testAgreement?.close();
  await harness?.close();
});

describe('a second profile on the webshop and agreement of the first', () => {
  it('is not synced, with LB-2054, while the first shop books each of its orders once', async () => {
    const results = await syncBoth();
    expect(outcome(results)).toEqual([
      ['demo', transferred.length],
      ['kopi', 'ShopSetUpTwiceError'],
    ]);
    expect(references(harness.economic)).toEqual(transferred.map((id) => `wc:${id}`).sort());

    const error = results[1].error as ShopSetUpTwiceError;
    expect([error.profile, error.other]).toEqual(['kopi', 'demo']);
    const { kind, problem } = classifyError(error, { lang: 'da' });
    expect(kind).toBe('usage');
    const told = describeProblem(problem!.code, problem!.params, 'da');
    expect([told.code, told.title, told.message]).toEqual([
      'LB-2054',
      'Webshoppen er sat op to gange',
      'Butikken "kopi" henter ordrer fra den samme webshop som butikken "demo" og bogfører dem i den samme e-conomic-aftale, så hver ordre ville blive faktureret to gange. LedgerBridge synkroniserer ikke "kopi"; "demo" kører videre.',
    ]);
    expect(told.places).toEqual(['shops.choose', 'shops.remove', 'setup.shop', 'setup.economic']);
  });

  it('is refused again at the next sync, and the first shop is never refused for it', async () => {
    expect(outcome(await syncBoth())).toEqual([
      ['demo', 0],
      ['kopi', 'ShopSetUpTwiceError'],
    ]);
    expect(references(harness.economic)).toEqual(transferred.map((id) => `wc:${id}`).sort());
  });
});

describe('the same webshop on another e-conomic agreement', () => {
  it('is a shop of its own: it books the orders into its agreement under its reference', async () => {
    const config = new ConfigStore(harness.dataDir);
    const copy = config.getProfile('kopi')!;
    config.saveProfile({ ...copy, economic: { ...copy.economic, url: testAgreement.url } });
    const secrets = new MemorySecretStore([
      ['kopi', 'economicAppSecretToken', TEST_TOKENS.appSecretToken],
      ['kopi', 'economicAgreementGrantToken', TEST_TOKENS.agreementGrantToken],
    ]);
    expect(outcome(await syncBoth(secrets))).toEqual([
      ['demo', 0],
      ['kopi', transferred.length],
    ]);
    expect(references(testAgreement)).toEqual(transferred.map((id) => `wc:kopi:${id}`).sort());
  });
});
