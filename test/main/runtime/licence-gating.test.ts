import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Runtime } from '../../../main/runtime/runtime';
import { signLicence } from '../../../main/licence';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { describe as describeProblem, MISSING_VALUE } from '../../../shared/errors';
import type { Plan } from '../../../shared/profile/schema';
import { testProfile } from '../../helpers/profiles';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const AGREEMENT = 1_234_567;
const SANDBOX_AGREEMENT = 9_000_000_001;
const licence = (plan: Plan, extra: Record<string, unknown> = {}) =>
  signLicence({ v: 1, licensee: 'Butik ApS', plan, issuedAt: '2026-11-01T00:00:00Z', agreementNumber: AGREEMENT, ...extra }, privateKeyPem);

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A runtime whose last sync found its tokens reaching `reached` (GET /self). */
async function runtimeWith(licenceText: string | undefined, urls: { shop?: string; economic?: string } = {}, reached: number | null = AGREEMENT): Promise<Runtime> {
  const dir = mkdtempSync(join(tmpdir(), 'lb-licence-'));
  dirs.push(dir);
  const profile = testProfile({
    licence: licenceText,
    shop: { platform: 'woocommerce', url: urls.shop ?? 'https://butik.dk' },
    economic: { url: urls.economic ?? 'https://restapi.e-conomic.com' },
  });
  new ConfigStore(dir).saveProfile(profile);
  const runtime = await Runtime.open({ dataDir: dir, secrets: new MemorySecretStore(), licencePublicKeyPem: publicKeyPem });
  if (reached !== null) runtime.ledger.economicFacts.forProfile(profile.name).recordAgreement(reached, new Date());
  return runtime;
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

  it("keeps a sandbox-only licence (the demo's) to the sandbox's agreement on this machine", async () => {
    const demo = licence('standard', { sandboxOnly: true, agreementNumber: undefined });
    const local = { shop: 'http://127.0.0.1:8080', economic: 'http://127.0.0.1:8081' };
    const real = await runtimeWith(demo, {}, SANDBOX_AGREEMENT);
    expect(real.licence()).toMatchObject({ plan: null, problem: expect.stringContaining('sandbox') });
    real.close();
    const forwarded = await runtimeWith(demo, local, AGREEMENT);
    expect(forwarded.licence()).toMatchObject({ plan: null, agreement: { licensed: SANDBOX_AGREEMENT, reached: AGREEMENT } });
    forwarded.close();
    const sandbox = await runtimeWith(demo, local, SANDBOX_AGREEMENT);
    expect(sandbox.licence().plan).toBe('standard');
    sandbox.close();
    // A sandbox-only licence naming a real agreement is valid nowhere, not even there.
    const named = await runtimeWith(licence('standard', { sandboxOnly: true }), local, AGREEMENT);
    expect(named.licence()).toMatchObject({ plan: null, agreement: { licensed: null } });
    named.close();
  });

  it('counts a licence only for the agreement it names, once a sync has read which agreement the keys reach', async () => {
    const unknown = await runtimeWith(licence('standard'), {}, null);
    expect(unknown.licence()).toMatchObject({ plan: null, problem: expect.stringContaining('next sync'), reason: { code: 'LB-2023', params: {} } });
    unknown.close();
    const other = await runtimeWith(licence('standard'), {}, 7_654_321);
    expect(planGate(other).met).toBe(false);
    expect(planGate(other).text.en).toContain('The licence was issued for e-conomic agreement 1234567, but the keys in LedgerBridge reach agreement 7654321.');
    expect(planGate(other).text.da).toContain('Licensen er udstedt til e-conomic-aftale 1234567, men nøglerne i LedgerBridge fører til aftale 7654321.');
    other.close();
    const unbound = await runtimeWith(licence('enterprise', { agreementNumber: undefined }));
    expect(unbound.licence()).toMatchObject({ plan: null, problem: expect.stringContaining('names no e-conomic agreement'), reason: { code: 'LB-2041', params: { agreement: AGREEMENT } } });
    unbound.close();
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

describe('why a licence counts for nothing, in Danish', () => {
  // Words that would show English leaking into a Danish text (none of them is also a Danish word).
  const ENGLISH = /\b(the|and|licence|license|agreement|keys|reach|reached|expired|issued|which|yet|next|works|only|built-in|sandbox|names|ask|valid|missing|damaged|changed)\b/i;

  it('is told in Danish words only, for every way a licence can fail, with a fix that leads to the licence step', async () => {
    const [payload, signature] = licence('standard').split('.');
    const cases: Array<[string, Promise<Runtime>]> = [
      ['LB-2006', runtimeWith(undefined)],
      ['LB-2015', runtimeWith('not a licence at all')],
      ['LB-2016', runtimeWith(`${payload}.${signature.slice(0, -4)}AAAA`)],
      ['LB-2017', runtimeWith(licence('premium', { expiresAt: '2026-01-01T00:00:00Z' }))],
      ['LB-2018', runtimeWith(licence('standard', { sandboxOnly: true, agreementNumber: SANDBOX_AGREEMENT }), {}, SANDBOX_AGREEMENT)],
      ['LB-2023', runtimeWith(licence('standard'), {}, null)],
      ['LB-2041', runtimeWith(licence('standard', { agreementNumber: undefined }))],
      ['LB-2040', runtimeWith(licence('standard'), {}, 7_654_321)],
    ];
    for (const [code, opened] of cases) {
      const runtime = await opened;
      const { reason } = runtime.licence();
      expect(reason?.code, code).toBe(code);
      const danish = describeProblem(reason!.code, reason!.params, 'da');
      for (const text of [danish.title, danish.message, danish.fix, planGate(runtime).text.da]) {
        expect(text, `${code}: ${text}`).not.toMatch(ENGLISH);
        expect(text, `${code}: ${text}`).not.toContain(MISSING_VALUE);
      }
      // Each fix names a place in LedgerBridge that exists, never a path written out in prose.
      expect(danish.places.length, code).toBeGreaterThan(0);
      expect(danish.places.every((place) => place === 'setup.licence' || place === 'setup.economic'), code).toBe(true);
      runtime.close();
    }
  });
});
