import { describe, expect, it } from 'vitest';
import { valueAt } from '../../../scripts/bench/report';
import { reliabilityJson, REQUIRED_RELIABILITY_KEYS, runReliability } from '../../../scripts/reliability/results';

describe('npm run reliability writes every figure later runs are compared on', () => {
  it('produces each required key of docs/reliability.json as a number, with a table row for it, from a tiny run', async () => {
    const results = await runReliability({ crashOrders: 20, kills: 3, pageCrashOrders: 480, pageKills: 1, pageSliceOrders: 240, faultOrders: 20, failRate: 0.2, fuzzCases: 40, dayOrders: 8, dayKills: 2, voucherDayOrders: 8, voucherDayKills: 2, twoShopOrders: 8, twoShopKills: 2 });
    const json = JSON.parse(JSON.stringify(reliabilityJson(results))) as Record<string, unknown>;
    for (const key of REQUIRED_RELIABILITY_KEYS) {
      const value = valueAt(json, key);
      expect(typeof value === 'number' && Number.isFinite(value), `${key} = ${String(value)}`).toBe(true);
      expect((json.targets as Array<{ key: string }>).some((row) => row.key === key), `table row for ${key}`).toBe(true);
    }
    expect(valueAt(json, 'crash.kills')).toBe(3);
    // Runs of three shop pages (240 new orders), killed where the drawn point fell, as the campaign of a few orders a run.
    expect(valueAt(json, 'pages.kills')).toBe(1);
    expect(valueAt(json, 'pages.duplicates')).toBe(0);
    expect(valueAt(json, 'pages.lost')).toBe(0);
    expect(valueAt(json, 'days.kills')).toBe(2);
    expect(valueAt(json, 'days.duplicates')).toBe(0);
    expect(valueAt(json, 'days.lost')).toBe(0);
    expect(valueAt(json, 'voucherDays.kills')).toBe(2);
    expect(valueAt(json, 'voucherDays.duplicates')).toBe(0);
    expect(valueAt(json, 'voucherDays.lost')).toBe(0);
    // Every voucher carries its order list unless the accountant booked it first, and each is the one the ledger recorded.
    expect(valueAt(json, 'voucherDays.audit.daysBooked')).toBeGreaterThan(0);
    expect((valueAt(json, 'voucherDays.audit.attachments') as number) + (valueAt(json, 'voucherDays.audit.bookedBeforeOrderList') as number)).toBe(valueAt(json, 'voucherDays.audit.vouchersInEconomic'));
    for (const key of ['voucherDays.wrongTotals', 'voucherDays.misrecorded', 'voucherDays.unbooked', 'voucherDays.attachmentFaults']) {
      expect((json.targets as Array<{ key: string; met: boolean | null }>).find((row) => row.key === key)?.met, key).toBe(true);
    }
    expect(valueAt(json, 'twoShops.kills')).toBe(2);
    expect(valueAt(json, 'twoShops.duplicates')).toBe(0);
    expect(valueAt(json, 'twoShops.lost')).toBe(0);
    // Both shops booked their days, each in vouchers of its own that its ledger recorded.
    expect(valueAt(json, 'twoShops.audit.byShop.demo.daysBooked')).toBeGreaterThan(0);
    expect(valueAt(json, 'twoShops.audit.byShop.se.daysBooked')).toBe(valueAt(json, 'twoShops.audit.byShop.demo.daysBooked'));
    for (const key of ['twoShops.sharedVouchers', 'twoShops.strangerEntries', 'twoShops.recordedByBoth', 'twoShops.misrecorded', 'twoShops.unbooked', 'twoShops.wrongTotals']) {
      expect((json.targets as Array<{ key: string; met: boolean | null }>).find((row) => row.key === key)?.met, key).toBe(true);
    }
    expect(valueAt(json, 'badInput.cases')).toBeGreaterThan(40);
    // A campaign's SIGKILLs meet their target only when every kill it was sized for landed, and say what they were.
    const row = (key: string) => (json.targets as Array<{ key: string; target: string; met: boolean | null; why: string }>).find((r) => r.key === key);
    expect(row('crash.kills')).toMatchObject({ target: '= 3', met: true, why: expect.stringContaining('3 SIGKILLs') });
    expect(row('voucherDays.kills')).toMatchObject({ target: '= 2', met: true, why: expect.stringContaining('2 SIGKILLs') });
  }, 120_000);
});
