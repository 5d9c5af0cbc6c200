import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { signLicence } from '../../../main/licence';
import type { Runtime } from '../../../main/runtime/runtime';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { MemorySecretStore } from '../../../main/secrets';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';

const DAY = 86_400_000;
/** The PC time as LB-2042 shows it: minutes, UTC. */
const shown = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
/** `Date` headers have whole seconds: e-conomic's time of an answer lies within these bounds. */
const secondsBetween = (from: number, to: number) => ({ from: Math.floor(from / 1000) * 1000, to });

let harness: SandboxHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

// Orders 1001, 1004 and 1007 are completed (an order stage of the demo profile).
const orders = () => generateWooOrders({ count: 4, seed: 21 });
const daysGate = (r: Runtime) => r.postingStatus().gates.find((g) => g.id === 'supervised-days')!;

describe("the supervised period counts on e-conomic's clock, never the PC's", () => {
  it('a first sync with the PC clock 30 days behind starts the period at e-conomic\'s time, so correcting the clock completes nothing', async () => {
    harness = await startSandboxHarness({ orders: orders(), start: new Date(Date.now() - 30 * DAY) });
    const runtime = await harness.open();
    try {
      const before = Date.now();
      const pcBefore = harness.clock.now();
      await runtime.syncOnce();
      const pcAfter = harness.clock.now();
      const window = secondsBetween(before, Date.now());
      const start = Date.parse(runtime.ledger.supervised.forProfile('demo').get().firstAutomaticDraftAt!);
      expect(start).toBeGreaterThanOrEqual(window.from);
      expect(start).toBeLessThanOrEqual(window.to);
      // The owner is told the PC's clock is wrong, with both times.
      const [entry] = runtime.log.openProblems('demo').filter((e) => e.code === 'LB-2042');
      expect([shown(pcBefore), shown(pcAfter)]).toContain(entry.params.pcTime);
      expect(Date.parse(String(entry.params.economicTime).replace(' UTC', 'Z'))).toBeGreaterThanOrEqual(window.from - 60_000);

      // The clock is corrected: still day 1, and the warning is resolved at the next sync.
      harness.clock.advanceDays(30);
      expect(runtime.postingStatus().supervisedDay).toBe(1);
      expect(daysGate(runtime).met).toBe(false);
      await runtime.syncOnce();
      expect(runtime.log.openProblems('demo').map((e) => e.code)).not.toContain('LB-2042');
      expect(daysGate(runtime).met).toBe(false);

      // Only e-conomic's clock ends the period: 14 days later there, the gate is met at the next sync.
      harness.economic.settings({ now: new Date(start + 14 * DAY + 60_000).toISOString() });
      expect(daysGate(runtime).met).toBe(false);
      await runtime.syncOnce();
      expect(daysGate(runtime).met).toBe(true);
    } finally {
      runtime.close();
    }
  });

  it('a PC clock moved 15 days ahead completes nothing', async () => {
    harness = await startSandboxHarness({ orders: orders() });
    const runtime = await harness.open();
    try {
      await runtime.syncOnce();
      harness.clock.advanceDays(15);
      const pcBefore = harness.clock.now();
      await runtime.syncOnce();
      const pcAfter = harness.clock.now();
      expect(runtime.postingStatus().supervisedDay).toBe(1);
      expect(daysGate(runtime).text.en).toMatch(/^Day 1 of 14/);
      expect([shown(pcBefore), shown(pcAfter)]).toContain(runtime.log.openProblems('demo').find((e) => e.code === 'LB-2042')?.params.pcTime);
    } finally {
      runtime.close();
    }
  });

  it('keeps e-conomic\'s time from going back, and judges licence expiry on it: a PC clock set back does not extend a licence', async () => {
    harness = await startSandboxHarness({ orders: orders(), start: new Date(Date.now() - 10 * DAY) });
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const expiresAt = new Date(Date.now() - 2 * DAY).toISOString();
    const licence = signLicence({ v: 1, licensee: 'Butik ApS', plan: 'premium', issuedAt: '2026-01-01T00:00:00Z', expiresAt, agreementNumber: 9_000_000_001 }, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const secrets = new MemorySecretStore();
    for (const name of ['economicAppSecretToken', 'economicAgreementGrantToken', 'wooConsumerKey', 'wooConsumerSecret'] as const) await secrets.set('demo', name, DEMO_CREDENTIALS[name]);
    const runtime = await harness.open({ secrets, licencePublicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() });
    try {
      runtime.saveProfile({ ...runtime.profile, licence });
      // Before e-conomic has answered, only the PC's clock is there, and by it the licence has not expired.
      expect(runtime.licence().problem).not.toContain('expired');
      await runtime.syncOnce();
      expect(runtime.licence()).toMatchObject({ plan: null, problem: expect.stringContaining(`expired on ${expiresAt.slice(0, 10)}`) });
      const seen = runtime.economicTime()!.getTime();

      // A server answering with an earlier Date does not move e-conomic's time back.
      harness.economic.settings({ now: new Date(Date.now() - 20 * DAY).toISOString() });
      await runtime.syncOnce();
      expect(runtime.economicTime()!.getTime()).toBeGreaterThanOrEqual(seen);
      expect(runtime.licence().plan).toBeNull();
    } finally {
      runtime.close();
    }
  });
});
