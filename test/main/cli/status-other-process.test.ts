/**
 * `ledgerbridge status` in a terminal beside the app in the tray (issue 17 §3): the app holds
 * the data dir and its last sync of the Swedish shop failed; the consultant's `status`, a process
 * of its own, says so under that shop, with when and the fix, until a sync gets through. And a
 * shop whose ledger is damaged is shown by `status` and told by `sync` under its name, while the
 * other shop is reported and synced. The real command line, as a child process.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileSchema } from '../../../shared/profile/schema';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { demoProfile } from '../../../main/demo/demo-profile';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { ProfileRuntimes } from '../../../main/runtime/profiles';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { runChildOutcome } from '../../../scripts/bench/children/run-child';

/** The owner's clock: Copenhagen, where 03:10 UTC on 8 December is 04.10 (winter time, UTC+1). */
const COPENHAGEN = { TZ: 'Europe/Copenhagen' };
const FAILED_AT = new Date('2026-12-08T03:10:00Z');
/** Port 9 on this machine refuses connections: nothing listens there. */
const DEAD_ECONOMIC = 'http://127.0.0.1:9';
/** LB-4004 as the catalogue words it in Danish. */
const UNREACHABLE_DA = [
  'Seneste synkronisering mislykkedes 08.12.2026 04.10: LB-4004 e-conomic kan ikke nås. LedgerBridge kan ikke få forbindelse til e-conomic lige nu. Ordrerne venter, og LedgerBridge prøver igen af sig selv.',
  '  Tjek at computeren er på nettet. Varer det længe, så se driftsstatus på status.e-conomic.com. Du behøver ikke gøre andet; intet bliver bogført dobbelt.',
].join('\n');

let harness: SandboxHarness;
let swedishShop: WooSandbox;

const cli = (args: string[]) => runChildOutcome('test/bin/cli-entry.ts', [...args, '--data-dir', harness.dataDir], COPENHAGEN);
/** What `status` printed for one shop: from its "Profil:" line to the next shop's. */
const shopPart = (stdout: string, name: string) => stdout.split(/\n(?=Profil: )/).find((part) => part.startsWith(`Profil: ${name} `)) ?? '';
const swedishProfile = (economicUrl: string) => profileSchema.parse({ ...demoProfile({ platform: 'woocommerce', shopUrl: swedishShop.url, economicUrl, smtp: { host: harness.smtp.host, port: harness.smtp.port } }), name: 'se', rules: [] });

/** The app: every shop open under the data dir's lock, one sync of `profile`'s shop at `clock`. */
async function appSyncs(profile: string, clock: () => Date): Promise<unknown> {
  const app = await ProfileRuntimes.open({ dataDir: harness.dataDir, profileName: profile, secrets: new MemorySecretStore(), clock, economicClientOptions: { sleep: async () => undefined } });
  try {
    const [result] = await app.syncOnce();
    return result.error ?? null;
  } finally {
    app.close();
  }
}

beforeAll(async () => {
  harness = await startSandboxHarness({ orders: generateWooOrders({ count: 3, seed: 3201 }), profile: { rules: [] } });
  swedishShop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: generateWooOrders({ count: 3, seed: 3202 }) });
  // The Swedish shop's e-conomic address is one where nothing answers.
  new ConfigStore(harness.dataDir).saveProfile(swedishProfile(DEAD_ECONOMIC));
}, 60_000);

afterAll(async () => {
  await swedishShop?.close();
  await harness?.close();
});

describe("status beside the app, after the app's sync of one shop failed", () => {
  it('says under the Swedish shop that its last sync failed, when, why and what to do, and nothing of it under the Danish shop', async () => {
    expect(await appSyncs('demo', harness.clock.now)).toBeNull();
    expect(await appSyncs('se', () => FAILED_AT)).toMatchObject({ name: 'EconomicError' });

    const status = await cli(['status', '--lang', 'da']);
    expect(status.code).toBe(0);
    expect(shopPart(status.stdout, 'se')).toContain(UNREACHABLE_DA);
    expect(shopPart(status.stdout, 'se')).toContain('Åbne problemer: 0 · kræver opmærksomhed');
    expect(shopPart(status.stdout, 'demo')).not.toContain('mislykkedes');
  }, 60_000);

  it('gives scripts the failure with its code and time in --json, without a secret', async () => {
    const status = await cli(['status', '--json']);
    const json = JSON.parse(status.stdout) as { profiles: Array<{ profile: { name: string }; needsAttention: boolean; sync: { lastFailure: { at: string; kind: string; problem: { en: { code: string } } } | null } }> };
    expect(json.profiles.map((p) => [p.profile.name, p.needsAttention, p.sync.lastFailure && [p.sync.lastFailure.at, p.sync.lastFailure.kind, p.sync.lastFailure.problem.en.code]])).toEqual([
      ['demo', false, null],
      ['se', true, ['2026-12-08T03:10:00.000Z', 'unreachable', 'LB-4004']],
    ]);
    expect(status.stdout).not.toContain(DEMO_CREDENTIALS.economicAgreementGrantToken);
    expect(status.stdout).not.toContain(DEMO_CREDENTIALS.economicAppSecretToken);
  }, 60_000);

  it('says nothing of it once a sync of the Swedish shop got through (its e-conomic address corrected)', async () => {
    new ConfigStore(harness.dataDir).saveProfile(swedishProfile(harness.economic.url));
    expect(await appSyncs('se', harness.clock.now)).toBeNull();
    const status = await cli(['status', '--lang', 'da']);
    expect(status.code).toBe(0);
    expect(status.stdout).not.toContain('mislykkedes');
  }, 60_000);
});

describe('a shop whose ledger is damaged, seen from the command line', () => {
  const swedishLedger = () => join(harness.dataDir, 'profiles', 'se', 'ledger.sqlite');
  /** LB-2055 as the catalogue words it in Danish, for the Swedish shop's ledger. */
  const notOpenedDa = () =>
    [
      `LB-2055 Butikken kan ikke åbnes. LedgerBridge kan ikke åbne bogføringsregistret for butikken "se", ${swedishLedger()} (file is not a database), så "se" synkroniseres ikke. De andre butikker kører videre.`,
      '  Luk det program, der har filen åben, og sørg for, at LedgerBridge må læse og skrive i mappen; LedgerBridge prøver selv igen ved hver synkronisering, og butikken kommer tilbage af sig selv. Er filen beskadiget, så lav en supportpakke under Fejllog → "Lav supportpakke", og send den til os.',
    ].join('\n');

  beforeAll(() => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(swedishLedger() + suffix, { force: true });
    writeFileSync(swedishLedger(), 'overwritten by a sync tool '.repeat(200));
  });

  it('sync books the Danish shop and tells under the Swedish shop why it cannot be opened, exiting 1', async () => {
    const sync = await cli(['sync', '--once', '--lang', 'da']);
    expect(sync.stdout).toMatch(/^demo: /);
    expect(sync.stderr).toContain(`ledgerbridge: se: ${notOpenedDa()}`);
    expect(sync.code).toBe(1);
  }, 60_000);

  it('orders lists the Danish shop\'s orders and tells on stderr under the Swedish shop why it cannot be opened, exiting 1', async () => {
    const orders = await cli(['orders', '--lang', 'da']);
    // The data dir has two shops: each row names its shop, and every row is the Danish shop's.
    const rows = orders.stdout.split('\n').filter((line) => /^\S+\s+\d{4} /.test(line));
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(['demo', 'demo', 'demo']);
    expect(orders.stderr).toContain(`ledgerbridge: se: ${notOpenedDa()}`);
    expect(orders.code).toBe(1);
  }, 60_000);

  it('status reports the Danish shop and shows the Swedish one in its place with what stops it, exiting 1', async () => {
    const status = await cli(['status', '--lang', 'da']);
    expect(shopPart(status.stdout, 'demo')).toContain('Seneste synkronisering: ');
    expect(shopPart(status.stdout, 'se')).toBe(`Profil: se (woocommerce ${swedishShop.url})\nKan ikke åbnes: ${notOpenedDa()}\n`);
    expect(status.code).toBe(1);
    const json = JSON.parse((await cli(['status', '--json', '--lang', 'en'])).stdout) as { profiles: Array<{ profile: { name: string } }>; unopened: Array<{ profile: string; kind: string; code: string; title: string }> };
    expect(json.profiles.map((p) => p.profile.name)).toEqual(['demo']);
    expect(json.unopened).toMatchObject([{ profile: 'se', kind: 'failure', code: 'LB-2055', title: 'The shop cannot be opened' }]);
  }, 60_000);
});
