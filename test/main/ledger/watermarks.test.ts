import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../main/ledger';
import { removeDir, tempDir } from './helpers/temp-ledger';

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

describe('watermarks', () => {
  it('remembers how far each profile and stream was polled, across restarts', () => {
    expect(ledger.watermarks.get('butik', 'orders')).toBeNull();
    ledger.watermarks.set('butik', 'orders', '2026-11-27T09:00:00Z');
    ledger.watermarks.set('butik', 'orders', '2026-11-27T10:00:00Z');
    ledger.watermarks.set('butik', 'refunds', '2026-11-26T00:00:00Z');
    ledger.close();
    ledger = openLedger(dir);
    expect(ledger.watermarks.get('butik', 'orders')).toBe('2026-11-27T10:00:00Z');
    expect(ledger.watermarks.get('butik', 'refunds')).toBe('2026-11-26T00:00:00Z');
    expect(ledger.watermarks.get('other', 'orders')).toBeNull();
  });

  it('refuses a value that is not a date-time', () => {
    expect(() => ledger.watermarks.set('butik', 'orders', 'yesterday')).toThrow(/ISO date-time/);
  });
});
