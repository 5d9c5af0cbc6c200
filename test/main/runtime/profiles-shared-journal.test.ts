/**
 * Two shops on one e-conomic agreement, both booking each day as a voucher in the same
 * journal (postingUnit "day", dayBooking "journal", journal 1), synced side by side. e-conomic
 * keeps entries sent under a voucher number that is already in the journal in THAT voucher
 * (a voucher is its number), so if both shops took "the next free number" from the journal at
 * the same moment, the Swedish shop's day would land inside the Danish shop's voucher. Each
 * day must be a voucher of its own, holding only its own shop's entries.
 */
import axios, { type AxiosAdapter } from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money } from '../../../shared/domain/money';
import { calendarDaysAgo } from '../../helpers/local-days';
import { profileSchema } from '../../../shared/profile/schema';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { demoProfile } from '../../../main/demo/demo-profile';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { ProfileRuntimes } from '../../../main/runtime/profiles';
import { reconcileShop } from '../../../main/operations/reconcile';
import { startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { DayVoucherStore } from '../../../main/engine/days/day-voucher-store';
import { krusPaidWith } from '../../helpers/refund-cases';
import { journalDayProfile, ZONE } from '../../helpers/day-summary-shop';

const MOBILEPAY = { id: 'mobilepay', title: 'MobilePay' };

interface Entry { accountNumber: number; amount: string; date: string; fields: { text: string } }
interface Voucher { journalNumber: number; voucherNumber: number; entries: Entry[] }

interface TwoShops {
  harness: SandboxHarness;
  swedishShop: WooSandbox;
  close(): Promise<void>;
}

/**
 * A Danish shop (the data dir's first profile, "demo") and a Swedish one ("se") on the sandbox's
 * one e-conomic agreement, both booking each day as a voucher in journal 1, with these orders.
 */
async function twoShopsOnOneAgreement(now: Date, danishOrders: unknown[], swedishOrders: unknown[]): Promise<TwoShops> {
  const harness = await startSandboxHarness({ start: now, orders: danishOrders, profile: journalDayProfile(now, 5) });
  const swedishShop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: swedishOrders as Record<string, unknown>[] });
  const swedish = demoProfile({ platform: 'woocommerce', shopUrl: swedishShop.url, economicUrl: harness.economic.url, smtp: { host: harness.smtp.host, port: harness.smtp.port } });
  new ConfigStore(harness.dataDir).saveProfile(profileSchema.parse({ ...swedish, ...journalDayProfile(now, 5), name: 'se' }));
  return {
    harness,
    swedishShop,
    async close() {
      await swedishShop.close();
      await harness.close();
    },
  };
}

describe('two shops booking their days in one journal of one agreement', () => {
  const now = new Date();
  const day = calendarDaysAgo(2, now, ZONE);
  let shops: TwoShops;
  let harness: SandboxHarness;

  beforeAll(async () => {
    // Each shop sold on the same day: the Danish shop two Krus orders (2 × 299.00), the Swedish one (299.00).
    shops = await twoShopsOnOneAgreement(now, [krusPaidWith(7101, day, MOBILEPAY), krusPaidWith(7102, day, MOBILEPAY)], [krusPaidWith(7201, day, MOBILEPAY)]);
    harness = shops.harness;
  }, 120_000);

  afterAll(() => shops?.close());

  it('gives each shop’s day a voucher number of its own, so neither day lands in the other’s voucher', async () => {
    const profiles = await ProfileRuntimes.open({ dataDir: harness.dataDir, secrets: new MemorySecretStore(), clock: harness.clock.now });
    try {
      for (const runtime of profiles.all) walkSupervisedPeriod(runtime);
      const results = await profiles.syncOnce();
      expect(results.map((r) => [r.profile, r.error === undefined])).toEqual([
        ['demo', true],
        ['se', true],
      ]);
      const vouchers = (harness.economic.state().vouchers as unknown as Voucher[]).filter((v) => v.journalNumber === 1);
      // One voucher per shop's day; the MobilePay clearing account (5820) debited with that shop's sales alone.
      const byNumber = vouchers.map((v) => ({ texts: [...new Set(v.entries.map((e) => e.fields.text))], total: money(v.entries.reduce((sum, e) => sum.plus(dec(e.amount)), dec('0'))) }));
      expect(byNumber.map((v) => v.total).sort()).toEqual(['299.00', '598.00']);
      expect(new Set(vouchers.map((v) => v.voucherNumber)).size).toBe(2);
      for (const v of byNumber) expect(v.texts.length).toBe(1);
      // Each shop's day is done, and its ledger knows it under the voucher that holds its own sales.
      const known = profiles.all.map((r) => {
        const [d] = r.ledger.days.onDate(r.profile.name, day);
        const [answered] = new DayVoucherStore(r.ledger.db, r.clock).get(d.id)?.answered ?? [];
        return [d.state, byNumber[vouchers.findIndex((v) => v.voucherNumber === answered?.voucherNumber)]?.total];
      });
      expect(known).toEqual([
        ['done', '598.00'],
        ['done', '299.00'],
      ]);
      // And each shop's books match its shop: its day is in e-conomic once, the other shop's is not taken for it.
      for (const runtime of profiles.all) {
        const report = await reconcileShop(runtime, { from: day, to: day, groupBy: 'day' });
        expect([runtime.profile.name, report.missing, report.differing, report.duplicates, report.matches]).toEqual([runtime.profile.name, [], [], [], true]);
      }
    } finally {
      profiles.close();
    }
  }, 120_000);
});

describe('a day voucher a run that died may have sent, beside another shop of the agreement', () => {
  const now = new Date();
  const day = calendarDaysAgo(2, now, ZONE);
  let shops: TwoShops;
  let harness: SandboxHarness;
  // The two shops number their orders alike and sold the same that day: their day vouchers carry the same texts and amounts.
  const orders = () => [krusPaidWith(7101, day, MOBILEPAY), krusPaidWith(7102, day, MOBILEPAY)];
  const open = (profileName: string, economicClientOptions: Record<string, unknown> = {}) =>
    ProfileRuntimes.open({ dataDir: harness.dataDir, profileName, secrets: new MemorySecretStore(), clock: harness.clock.now, economicClientOptions: { sleep: async () => undefined, ...economicClientOptions } });
  const vouchers = () => (harness.economic.state().vouchers as unknown as Voucher[]).filter((v) => v.journalNumber === 1);

  beforeAll(async () => {
    shops = await twoShopsOnOneAgreement(now, orders(), orders());
    harness = shops.harness;
  }, 120_000);

  afterAll(() => shops?.close());

  it('is taken by no other shop before its own has looked for it, so neither day passes for the other', async () => {
    // The Danish shop's run picks voucher 1 and records it as being sent; the voucher never reaches e-conomic.
    const http = axios.getAdapter('http');
    const lost: AxiosAdapter = (config) =>
      config.method === 'post' && new URL(config.url!).pathname.endsWith('/journals/1/vouchers') ? Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', config })) : http(config);
    const first = await open('demo', { adapter: lost });
    try {
      for (const runtime of first.all) walkSupervisedPeriod(runtime);
      await first.syncOnce();
      const [danishDay] = first.all[0].ledger.days.onDate('demo', day);
      expect(new DayVoucherStore(first.all[0].ledger.db).get(danishDay.id)).toMatchObject({ state: 'sending', voucherNumber: 1 });
      expect(vouchers()).toEqual([]);
    } finally {
      first.close();
    }

    // The app starts again; the Swedish shop books its day before the Danish shop's run looks for its voucher.
    const second = await open('se');
    try {
      await second.syncOnce();
      expect(vouchers().map((v) => v.voucherNumber)).not.toContain(1);
    } finally {
      second.close();
    }
    const third = await open('demo');
    try {
      await third.syncOnce();
      // Both days are in the journal, each its own voucher of 598.00, the Swedish shop's texts naming it; each shop's ledger names its own.
      expect(vouchers().map((v) => v.entries.map((e) => e.fields.text)).sort()).toEqual([
        [`Dagsopgørelse ${day} (se), ordre 7101–7102: MobilePay, salg 25 % moms`],
        [`Dagsopgørelse ${day}, ordre 7101–7102: MobilePay, salg 25 % moms`],
      ]);
      expect(vouchers().map((v) => money(v.entries.reduce((sum, e) => sum.plus(dec(e.amount)), dec('0'))))).toEqual(['598.00', '598.00']);
      const known = third.all.map((r) => {
        const [d] = r.ledger.days.onDate(r.profile.name, day);
        return [d.state, new DayVoucherStore(r.ledger.db).get(d.id)?.answered?.map((v) => v.voucherNumber)];
      });
      expect(new Set(known.map(([, numbers]) => JSON.stringify(numbers))).size).toBe(2);
      expect(known.map(([state]) => state)).toEqual(['done', 'done']);
    } finally {
      third.close();
    }
  }, 120_000);
});
