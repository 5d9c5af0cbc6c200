import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE_NAME, migrations, openLedger, runMigrations } from '../../../../main/ledger';
import { removeDir, tempDir } from '../helpers/temp-ledger';

/**
 * Migration 038: a day's writes have a generation, as an order's do. Every day written before it
 * was written under generation 1 (the keys `…:create-draft:g1` and `…:book:g1` its journal rows
 * carry), so it reads as 1; only the owner's retry of a day whose draft was deleted by hand
 * moves it on, and only while the day is stopped for that.
 */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

describe('migration 038: the generation of a day', () => {
  it('reads every day written before it as generation 1, and moves on only a day stopped by its deleted draft', () => {
    const dir = tempDir();
    dirs.push(dir);
    const before = new Database(join(dir, LEDGER_FILE_NAME));
    runMigrations(before, migrations.filter((m) => m.version < 38), dir);
    const day = (date: string, state: string, reason: string | null) =>
      before.prepare(`INSERT INTO day_summaries (profile, day, currency, vat_zone, state, reason_code, draft_number, created_at, updated_at) VALUES ('demo', ?, 'DKK', 'domestic', ?, ?, 41, '2026-03-03T00:00:00Z', '2026-03-03T00:00:00Z')`).run(date, state, reason).lastInsertRowid as number;
    const deleted = day('2026-03-02', 'needs-attention', 'LB-7025');
    const mismatch = day('2026-03-03', 'needs-attention', 'LB-3021');
    before.close();

    const ledger = openLedger(dir);
    expect([ledger.days.get(deleted)!.generation, ledger.days.get(mismatch)!.generation]).toEqual([1, 1]);
    expect(ledger.days.writeAgain(mismatch, 'LB-7025')).toBe(false);
    expect(ledger.days.writeAgain(deleted, 'LB-7025')).toBe(true);
    expect(ledger.days.get(deleted)).toMatchObject({ state: 'closing', generation: 2, draftNumber: null, reasonCode: null });
    // A second retry finds the day no longer stopped.
    expect(ledger.days.writeAgain(deleted, 'LB-7025')).toBe(false);
    expect(ledger.days.get(deleted)!.generation).toBe(2);
    expect(ledger.days.get(mismatch)).toMatchObject({ state: 'needs-attention', generation: 1, draftNumber: 41 });
    ledger.close();
  });
});
