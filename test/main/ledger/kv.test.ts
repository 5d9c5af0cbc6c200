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

describe('engine key/value state', () => {
  it('stores JSON values and deletes them', () => {
    ledger.kv.set('loopPaused', true);
    ledger.kv.set('lastSync', { at: '2026-11-27T10:00:00Z', fetched: 3 });
    expect(ledger.kv.get('loopPaused')).toBe(true);
    expect(ledger.kv.get('lastSync')).toEqual({ at: '2026-11-27T10:00:00Z', fetched: 3 });
    ledger.kv.delete('loopPaused');
    expect(ledger.kv.get('loopPaused')).toBeUndefined();
  });
});
