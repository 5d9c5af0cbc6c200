import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../main/ledger';
import { removeDir, tempDir } from './helpers/temp-ledger';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t0 = Date.parse('2026-11-27T00:00:00Z');

let dir: string;
let ledger: Ledger;
beforeEach(() => {
  dir = tempDir();
  ledger = openLedger(dir);
});
afterEach(() => {
  ledger.close();
  removeDir(dir);
});

describe('e-conomic call budget in the ledger', () => {
  it('counts the calls of the last 24 hours per agreement', () => {
    const budget = ledger.callBudget;
    for (let h = 0; h < 30; h++) budget.record('agr-1', t0 + h * HOUR, 100);
    budget.record('agr-2', t0 + 29 * HOUR, 7);
    const now = t0 + 30 * HOUR;
    // Hours 6..29 are inside the window: 24 × 100.
    expect(budget.countSince('agr-1', now - DAY)).toBe(2400);
    expect(budget.countSince('agr-2', now - DAY)).toBe(7);
  });

  it('carries its buckets into another ledger, adding to the calls that ledger counted in the same minute', () => {
    ledger.callBudget.record('agr-1', t0 - 10 * HOUR, 900);
    ledger.callBudget.record('agr-1', t0 + HOUR, 40);
    ledger.callBudget.record('agr-2', t0 + 2 * HOUR, 3);
    const otherDir = tempDir();
    const other = openLedger(otherDir);
    try {
      other.callBudget.record('agr-1', t0 + HOUR, 2);
      // From t0 on: the 40 and the 3, not the 900 of ten hours before.
      other.callBudget.addBuckets(ledger.callBudget.bucketsSince(t0));
      expect(other.callBudget.countSince('agr-1', t0)).toBe(42);
      expect(other.callBudget.countSince('agr-2', t0)).toBe(3);
      expect(other.callBudget.countSince('agr-1', t0 - 20 * HOUR)).toBe(42);
      expect(ledger.callBudget.countSince('agr-1', t0 - 20 * HOUR)).toBe(940);
    } finally {
      other.close();
      removeDir(otherDir);
    }
  });

  it('adds up many single calls within the same minute', () => {
    for (let i = 0; i < 500; i++) ledger.callBudget.record('agr-1', t0 + i * 10);
    expect(ledger.callBudget.countSince('agr-1', t0)).toBe(500);
    expect(ledger.db.prepare('SELECT count(*) AS n FROM call_budget').get()).toEqual({ n: 1 });
  });

  it('survives a restart, so the daily budget is not reset by restarting the app', () => {
    ledger.callBudget.record('agr-1', t0, 49_000);
    ledger.close();
    ledger = openLedger(dir);
    expect(ledger.callBudget.countSince('agr-1', t0 + HOUR - DAY)).toBe(49_000);
  });

  it('forgets calls older than 48 hours', () => {
    ledger.callBudget.record('agr-1', t0, 5);
    ledger.callBudget.record('agr-1', t0 + 49 * HOUR, 1);
    expect(ledger.callBudget.countSince('agr-1', 0)).toBe(1);
  });
});
