/**
 * A shop whose keys are missing from the computer's keychain (issue 17 §3): the Swedish shop was
 * set up on another PC, and its e-conomic keys never reached this one's keychain. `sync` books
 * the Danish shop and tells under the Swedish shop's name that its sign-in details are missing
 * (LB-2013) and where to enter them; `status`, in a process of its own, shows it with when,
 * until the keys are in the keychain and a sync got through. The real OS keychain (Secret
 * Service, in the D-Bus session `npm test` starts) and the real command line as child processes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileSchema } from '../../../shared/profile/schema';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { demoProfile } from '../../../main/demo/demo-profile';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { KeyringSecretStore, type SecretName } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { runChildOutcome } from '../../../scripts/bench/children/run-child';

const noSessionBus = process.env.DBUS_SESSION_BUS_ADDRESS ? '' : ' — skipped: no D-Bus session (apt-get install -y gnome-keyring dbus; npm test starts one)';
/** The Swedish shop's keys, as they would be entered under Opsætning → "Webshop" and "e-conomic". */
const SWEDISH_KEYS: Array<[SecretName, string]> = [
  ['economicAppSecretToken', DEMO_CREDENTIALS.economicAppSecretToken],
  ['economicAgreementGrantToken', DEMO_CREDENTIALS.economicAgreementGrantToken],
  ['wooConsumerKey', DEMO_CREDENTIALS.wooConsumerKey],
  ['wooConsumerSecret', DEMO_CREDENTIALS.wooConsumerSecret],
];
/** LB-2013 for e-conomic as the catalogue words it in Danish, with its fix. */
const KEYS_MISSING_DA = [
  'LB-2013 Adgangsoplysninger mangler. Adgangsoplysningerne til e-conomic er ikke gemt i computerens nøglering, så LedgerBridge kan ikke logge ind.',
  '  Indtast dem igen i LedgerBridge: butikkens nøgler under Opsætning → "Webshop", e-conomics under Opsætning → "e-conomic" (tryk "Test forbindelse"), og mailserverens adgangskode under Indstillinger → "Adgangskode".',
].join('\n');

let harness: SandboxHarness;
let swedishShop: WooSandbox;
const keychain = new KeyringSecretStore();
/** Without LEDGERBRIDGE_* variables: the keys come from the keychain or not at all. */
const cli = (args: string[]) => runChildOutcome('test/bin/cli-entry.ts', [...args, '--data-dir', harness.dataDir, '--lang', 'da'], { TZ: 'Europe/Copenhagen' });
const shopPart = (stdout: string, name: string) => stdout.split(/\n(?=Profil: )/).find((part) => part.startsWith(`Profil: ${name} `)) ?? '';

describe.skipIf(noSessionBus !== '')(`a shop whose keys are not in this computer's keychain${noSessionBus}`, () => {
  beforeAll(async () => {
    harness = await startSandboxHarness({ orders: generateWooOrders({ count: 3, seed: 3501 }), profile: { rules: [] } });
    swedishShop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: generateWooOrders({ count: 3, seed: 3502 }) });
    // A shop of the owner's own, with no demo licence: its keys must come from the keychain.
    const { licence: _demoLicence, ...swedish } = demoProfile({ platform: 'woocommerce', shopUrl: swedishShop.url, economicUrl: harness.economic.url, smtp: { host: harness.smtp.host, port: harness.smtp.port } });
    new ConfigStore(harness.dataDir).saveProfile(profileSchema.parse({ ...swedish, name: 'se', rules: [] }));
    for (const [name] of SWEDISH_KEYS) await keychain.delete('se', name);
  }, 60_000);

  afterAll(async () => {
    for (const [name] of SWEDISH_KEYS) await keychain.delete('se', name);
    await swedishShop?.close();
    await harness?.close();
  });

  it('sync books the Danish shop and tells under the Swedish shop which sign-in details are missing and where to enter them, exiting 2', async () => {
    const sync = await cli(['sync', '--once']);
    expect(sync.stdout).toMatch(/^demo: /);
    expect(sync.stderr).toContain(`ledgerbridge: se: ${KEYS_MISSING_DA}`);
    expect(sync.code).toBe(2);
  }, 60_000);

  it('status, in a process of its own, shows it under the Swedish shop with when it happened', async () => {
    const status = await cli(['status']);
    expect(status.code).toBe(0);
    expect(shopPart(status.stdout, 'se')).toMatch(/\nSeneste synkronisering mislykkedes \d{2}\.\d{2}\.\d{4} \d{2}\.\d{2}: /);
    expect(shopPart(status.stdout, 'se')).toContain(`: ${KEYS_MISSING_DA}`);
    expect(shopPart(status.stdout, 'demo')).not.toContain('mislykkedes');
  }, 60_000);

  it('is gone once the keys are in the keychain and a sync got through', async () => {
    for (const [name, value] of SWEDISH_KEYS) await keychain.set('se', name, value);
    const sync = await cli(['sync', '--once']);
    expect(sync.stderr).not.toContain('LB-2013');
    expect(sync.stdout).toMatch(/^se: /m);
    expect((await cli(['status'])).stdout).not.toContain('mislykkedes');
  }, 60_000);
});
