import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/ipc/dispatch';
import { completeWizard, ECONOMIC_TOKENS, SHOP_KEYS, startServiceHarness, type ServiceHarness } from './harness';

/** Every file under `dir` (config, wizard state, the SQLite ledger and its WAL, PDFs, bundles), as bytes read as text. */
function everythingOnDisk(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? everythingOnDisk(path) : readFileSync(path).toString('latin1')))
    .join('\n');
}

const SECRETS = [SHOP_KEYS.consumerKey, SHOP_KEYS.consumerSecret, ECONOMIC_TOKENS.appSecretToken, ECONOMIC_TOKENS.agreementGrantToken];
/** The forms a secret could leak in: as is, base64 (e.g. an Authorization header), URL-encoded. */
const FORMS = [
  ...SECRETS,
  ...SECRETS.map((s) => Buffer.from(s).toString('base64')),
  Buffer.from(`${SHOP_KEYS.consumerKey}:${SHOP_KEYS.consumerSecret}`).toString('base64'),
  ...SECRETS.map(encodeURIComponent),
];

describe('after a full setup and a day of work, no secret is anywhere', () => {
  let h: ServiceHarness;
  const outputs: unknown[] = [];
  beforeAll(async () => {
    h = await startServiceHarness();
    await completeWizard(h);
    // Through the same pipeline the UI uses: payloads validated, defaults applied, responses checked.
    const call = (channel: string, payload: unknown = {}) => dispatch(h.service, channel, payload, { validateResponses: true });
    for (const channel of ['sync.now', 'dashboard.get', 'orders.list', 'log.list', 'profile.get', 'wizard.get', 'settings.get', 'support.createBundle', 'mail.getSettings']) {
      const result = await call(channel);
      expect(result.ok, `${channel}: ${JSON.stringify(result)}`).toBe(true);
      outputs.push(result);
    }
    // A failing connection test must not echo the key it was given either.
    const refused = await call('shop.testConnection', { platform: 'woocommerce', url: h.shop.url, credentials: { kind: 'woocommerce', consumerKey: 'ck_wrong', consumerSecret: SHOP_KEYS.consumerSecret } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'LB-4011' } });
    outputs.push(refused);
    outputs.push(...h.events);
  }, 60_000);
  afterAll(() => h?.close());

  it('is not in the data folder: config, wizard state, ledger, log, PDFs or the support bundle', () => {
    const disk = everythingOnDisk(h.dataDir);
    expect(disk).toContain('nordlys'); // the scan did read the files
    for (const form of FORMS) expect(disk.includes(form), `found ${form.slice(0, 6)}… on disk`).toBe(false);
  });

  it('is not in anything the app shows or sends to the UI', () => {
    const shown = JSON.stringify(outputs);
    for (const form of FORMS) expect(shown.includes(form), `found ${form.slice(0, 6)}… in the UI's data`).toBe(false);
  });

  it('is only in the keychain, under the profile', async () => {
    expect(await h.secrets.get('nordlys', 'wooConsumerSecret')).toBe(SHOP_KEYS.consumerSecret);
    expect(await h.secrets.get('nordlys', 'economicAgreementGrantToken')).toBe(ECONOMIC_TOKENS.agreementGrantToken);
  });
});
