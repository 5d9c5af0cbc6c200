import { generateKeyPairSync } from 'node:crypto';
import { createServer, connect, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { signLicence } from '../../../main/licence';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { startEconomicSandbox, type EconomicSandbox } from '../../../main/sandbox/economic';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { MemorySecretStore } from '../../../main/secrets';
import { describe as describeProblem } from '../../../shared/errors';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';

// The sandbox's agreement number, written out: no real e-conomic agreement has ten digits.
const SANDBOX_AGREEMENT = 9_000_000_001;
const REAL_AGREEMENT = 1_234_567;

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** A plain TCP forward from a port on this machine to another server, as `ssh -L` or socat would make. */
async function forwardTo(target: string): Promise<{ url: string; server: Server }> {
  const { port } = new URL(target);
  const server = createServer((client) => {
    const upstream = connect(Number(port), '127.0.0.1');
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let harness: SandboxHarness | null = null;
const cleanup: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
  await harness?.close();
  harness = null;
});

type SandboxState = { drafts: unknown[]; booked: unknown[] };
const economicState = (sandbox: EconomicSandbox) => sandbox.state() as unknown as SandboxState;
// Orders 1001, 1004 and 1007 are completed (an order stage of the demo profile); 1006 is on hold and is not transferred.
const orders = () => generateWooOrders({ count: 4, seed: 21 });

describe('the licence is bound to the e-conomic agreement LedgerBridge actually reaches', () => {
  it('refuses the demo licence through a port forward to another e-conomic: drafts go on, nothing is booked, the log says why', async () => {
    harness = await startSandboxHarness({ orders: orders(), profile: { rules: [] } });
    // "Another e-conomic" (a real agreement) behind a local forward, so its URL reads 127.0.0.1 like the sandbox's.
    const other = await startEconomicSandbox({ appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken, agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken });
    other.settings({ agreementNumber: REAL_AGREEMENT });
    const forward = await forwardTo(other.url);
    cleanup.push(() => other.close(), () => new Promise((r) => forward.server.close(r)));

    const runtime = await harness.open();
    try {
      runtime.saveProfile({ ...runtime.profile, economic: { ...runtime.profile.economic, url: forward.url } });
      // Every gate met as far as the ledger knows: the owner walked the supervised period.
      walkSupervisedPeriod(runtime);

      await runtime.syncOnce();

      const drafted = runtime.ledger.orders.list({ states: ['held'], limit: 10 }).items;
      expect(drafted.map((r) => r.orderId).sort()).toEqual(['1001', '1004', '1007']);
      expect(economicState(other).drafts).toHaveLength(3);
      expect(economicState(other).booked).toHaveLength(0);
      expect(runtime.postingStatus().effectiveMode).toBe('drafts');
      expect(runtime.licence()).toMatchObject({ plan: null, agreement: { licensed: SANDBOX_AGREEMENT, reached: REAL_AGREEMENT } });
      const [entry] = runtime.log.openProblems('demo').filter((e) => e.code === 'LB-2040');
      expect(entry.params).toEqual({ agreement: REAL_AGREEMENT, licensedAgreement: SANDBOX_AGREEMENT });
      const en = describeProblem(entry.code, entry.params, 'en');
      expect(en.message).toContain(`issued for e-conomic agreement ${SANDBOX_AGREEMENT}, but the keys in LedgerBridge reach agreement ${REAL_AGREEMENT}`);
      // The fix leads to the wizard step that shows the agreement reached, and to the licence step.
      expect(en.fix).toContain('Setup → "e-conomic"');
      expect(en.fix).toContain('Setup → "Licence"');
      expect(describeProblem(entry.code, entry.params, 'da').fix).toContain('Opsætning → "e-conomic"');
    } finally {
      runtime.close();
    }
  });

  it('refuses a licence issued for another agreement until the keys reach that agreement, then books the waiting drafts', async () => {
    harness = await startSandboxHarness({ orders: orders(), profile: { rules: [] } });
    const secrets = new MemorySecretStore();
    await secrets.set('demo', 'economicAppSecretToken', DEMO_CREDENTIALS.economicAppSecretToken);
    await secrets.set('demo', 'economicAgreementGrantToken', DEMO_CREDENTIALS.economicAgreementGrantToken);
    await secrets.set('demo', 'wooConsumerKey', DEMO_CREDENTIALS.wooConsumerKey);
    await secrets.set('demo', 'wooConsumerSecret', DEMO_CREDENTIALS.wooConsumerSecret);
    const runtime = await harness.open({ secrets, licencePublicKeyPem: publicKeyPem });
    try {
      const licence = signLicence({ v: 1, licensee: 'Butik ApS', plan: 'premium', issuedAt: '2026-11-01T00:00:00Z', agreementNumber: REAL_AGREEMENT }, privateKeyPem);
      runtime.saveProfile({ ...runtime.profile, licence });
      walkSupervisedPeriod(runtime);

      await runtime.syncOnce();
      expect(economicState(harness.economic).booked).toHaveLength(0);
      expect(economicState(harness.economic).drafts).toHaveLength(3);
      expect(runtime.log.openProblems('demo').find((e) => e.code === 'LB-2040')?.params).toEqual({ agreement: SANDBOX_AGREEMENT, licensedAgreement: REAL_AGREEMENT });
      const planGate = runtime.postingStatus().gates.find((g) => g.id === 'plan')!;
      expect(planGate.met).toBe(false);
      expect(planGate.text.en).toContain(`The licence was issued for e-conomic agreement ${REAL_AGREEMENT}, but the keys in LedgerBridge reach agreement ${SANDBOX_AGREEMENT}.`);

      // The same keys now reach the licensed agreement: the next sync books what waited, and the entry is resolved.
      harness.economic.settings({ agreementNumber: REAL_AGREEMENT });
      const summary = await runtime.syncOnce();
      expect(summary.booked).toBe(3);
      expect(economicState(harness.economic).booked).toHaveLength(3);
      expect(runtime.log.openProblems('demo').map((e) => e.code)).not.toContain('LB-2040');
    } finally {
      runtime.close();
    }
  });

  it('asks e-conomic on every sync: an agreement that changes between syncs stops automatic posting at the next one', async () => {
    harness = await startSandboxHarness({ orders: orders().slice(0, 2), profile: { rules: [] } }); // 1001 and 1004
    const runtime = await harness.open();
    try {
      walkSupervisedPeriod(runtime);
      expect((await runtime.syncOnce()).booked).toBe(2);
      harness.economic.settings({ agreementNumber: REAL_AGREEMENT });
      harness.shop.upsertOrder(generateWooOrders({ count: 1, seed: 5, firstId: 5001 })[0]); // completed
      const summary = await runtime.syncOnce();
      expect(summary.booked).toBe(0);
      expect(summary.drafted).toBe(1);
      expect(runtime.log.openProblems('demo').map((e) => e.code)).toContain('LB-2040');
    } finally {
      runtime.close();
    }
  });
});
