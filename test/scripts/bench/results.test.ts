import { describe, expect, it } from 'vitest';
import { valueAt } from '../../../scripts/bench/report';
import { benchmarksJson, REQUIRED_BENCH_KEYS, runBench, type BenchSizes } from '../../../scripts/bench/results';

const TINY: BenchSizes = {
  callsOrders: 12,
  throughputOrders: 8,
  latencyMs: 5,
  engineOrders: 40,
  cycleOrders: 20,
  ledgerOrders: 50,
  idleWindowMs: 400,
  idleSettleMs: 200,
  idleStartupMs: 0,
  idleIntervalMinutes: 60,
  dayOrdersPerDay: 10,
  dayDays: 2,
  dayImportOrders: 30,
  dayImportDays: 3,
};

describe('npm run bench writes every figure later runs are compared on', () => {
  it('produces each required key of docs/benchmarks.json as a number, with a table row for it, from a tiny run', async () => {
    const results = await runBench(TINY);
    const json = JSON.parse(JSON.stringify(benchmarksJson(results))) as Record<string, unknown>;
    for (const key of REQUIRED_BENCH_KEYS) {
      const value = valueAt(json, key);
      expect(typeof value === 'number' && Number.isFinite(value), `${key} = ${String(value)}`).toBe(true);
      expect((json.targets as Array<{ key: string }>).some((row) => row.key === key), `table row for ${key}`).toBe(true);
    }
    // Every booking costs at least the draft and the booking call.
    expect(valueAt(json, 'callsPerOrder.shopInvoice')).toBeGreaterThanOrEqual(2);
    expect(json.machine).toMatchObject({ cores: expect.any(Number), node: process.version });
  }, 60_000);
});
