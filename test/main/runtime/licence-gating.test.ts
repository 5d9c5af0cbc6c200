import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Runtime } from '../../../main/runtime/runtime';
import { signLicence } from '../../../main/licence';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import type { Plan } from '../../../shared/profile/schema';
import { testProfile } from '../../helpers/profiles';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const licence = (plan: Plan, extra: Record<string, unknown> = {}) => signLicence({ v: 1, licensee: 'Butik ApS', plan, issuedAt: '2026-11-01T00:00:00Z', ...extra }, privateKeyPem);

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

async function runtimeWith(licenceText: string | undefined, urls: { shop?: string; economic?: string } = {}): Promise<Runtime> {
  const dir = mkdtempSync(join(tmpdir(), 'lb-licence-'));
  dirs.push(dir);
  const profile = testProfile({
    licence: licenceText,
    shop: { platform: 'woocommerce', url: urls.shop ?? 'https://butik.dk' },
    economic: { url: urls.economic ?? 'https://restapi.e-conomic.com' },
  });
  new ConfigStore(dir).saveProfile(profile);
  return Runtime.open({ dataDir: dir, secrets: new MemorySecretStore(), licencePublicKeyPem: publicKeyPem });
}

const planGate = (r: Runtime) => r.postingStatus().gates.find((g) => g.id === 'plan')!;

describe('the plan comes from a signed licence', () => {
  it('offers automatic posting on Standard and above, not on Basic', async () => {
    const standard = await runtimeWith(licence('standard'));
    expect(planGate(standard).met).toBe(true);
    standard.close();
    const basic = await runtimeWith(licence('basic'));
    expect(planGate(basic).met).toBe(false);
    expect(planGate(basic).text.en).toContain('Basic plan does not include automatic posting');
    basic.close();
  });

  it('cannot be unlocked by editing the licence text in config.json', async () => {
    const [payload, signature] = licence('basic').split('.');
    const json = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${Buffer.from(JSON.stringify({ ...json, plan: 'enterprise' })).toString('base64url')}.${signature}`;
    const runtime = await runtimeWith(forged);
    expect(runtime.licence().plan).toBeNull();
    expect(planGate(runtime).met).toBe(false);
    runtime.close();
  });

  it("keeps a sandbox-only licence (the demo's) away from a real shop and e-conomic", async () => {
    const demo = licence('standard', { sandboxOnly: true });
    const real = await runtimeWith(demo);
    expect(real.licence()).toMatchObject({ plan: null, problem: expect.stringContaining('sandbox') });
    real.close();
    const local = await runtimeWith(demo, { shop: 'http://127.0.0.1:8080', economic: 'http://127.0.0.1:8081' });
    expect(local.licence().plan).toBe('standard');
    local.close();
  });

  it('treats an expired or missing licence as no plan, saying why', async () => {
    const expired = await runtimeWith(licence('premium', { expiresAt: '2026-01-01T00:00:00Z' }));
    expect(expired.licence().plan).toBeNull();
    expect(planGate(expired).met).toBe(false);
    expired.close();
    const none = await runtimeWith(undefined);
    expect(none.licence().problem).toContain('no licence');
    none.close();
  });
});
