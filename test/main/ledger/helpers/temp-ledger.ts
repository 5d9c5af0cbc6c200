import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger, type Ledger, type OpenLedgerOptions } from '../../../../main/ledger';
import type { SeenOrder } from '../../../../main/ledger';

export function tempDir(prefix = 'lb-ledger-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A clock the test moves by hand. */
export function manualClock(startIso = '2026-11-27T10:00:00.000Z'): { now: () => Date; advance(ms: number): void; set(iso: string): void } {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(iso: string) {
      t = Date.parse(iso);
    },
  };
}

export function openTempLedger(opts: OpenLedgerOptions = {}): { ledger: Ledger; dir: string; cleanup(): void } {
  const dir = tempDir();
  const ledger = openLedger(dir, opts);
  return {
    ledger,
    dir,
    cleanup() {
      ledger.close();
      removeDir(dir);
    },
  };
}

/** A fetched order as the engine would record it; the JSON stands in for the normalized Order. */
export function seenOrder(id: string, overrides: Partial<SeenOrder> = {}): SeenOrder {
  return {
    platform: 'woocommerce',
    id,
    number: id,
    status: 'processing',
    modified: '2026-11-27T09:00:00.000Z',
    created: '2026-11-27T08:55:00.000Z',
    contentHash: `hash-${id}-1`,
    currency: 'DKK',
    total: '125.00',
    orderJson: JSON.stringify({ id, number: id, billing: { name: `Kunde ${id}`, email: `kunde${id}@example.dk` } }),
    ...overrides,
  };
}
