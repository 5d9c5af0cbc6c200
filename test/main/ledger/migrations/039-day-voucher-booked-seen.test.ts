import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE_NAME, migrations, openLedger, runMigrations } from '../../../../main/ledger';
import { DayVoucherStore } from '../../../../main/engine/days/day-voucher-store';
import { removeDir, tempDir } from '../helpers/temp-ledger';

/**
 * Migration 039: a day's voucher waits in the journal until it is found booked on the accounts
 * (`booked_seen_at`). A voucher written before the migration is not known to be booked, so it is
 * looked for (once: then marked); a voucher still being sent, or of a day not done, is not waiting.
 */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const ENTRY = { account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1010 }, amount: '299.00', currency: { code: 'DKK' }, date: '2026-03-02', text: 'Dagsopgørelse 2026-03-02, ordre 9401: MobilePay, salg 25 % moms', voucher: { voucherNumber: 7 } };

describe('migration 039: a day voucher waiting in the journal', () => {
  it('takes every attached voucher of a done day written before it as waiting, until it is seen booked', () => {
    const dir = tempDir();
    dirs.push(dir);
    const before = new Database(join(dir, LEDGER_FILE_NAME));
    runMigrations(before, migrations.filter((m) => m.version < 39), dir);
    const day = (date: string, state: string) => before.prepare(`INSERT INTO day_summaries (profile, day, currency, vat_zone, state, created_at, updated_at) VALUES ('demo', ?, 'DKK', 'domestic', ?, '2026-03-03T00:00:00Z', '2026-03-03T00:00:00Z')`).run(date, state).lastInsertRowid as number;
    const insert = before.prepare(`INSERT INTO day_vouchers (day_id, profile, journal_number, accounting_year, voucher_number, voucher_key, entries, state, created_at) VALUES (?, 'demo', 1, '2026', ?, 'k', ?, ?, '2026-03-03T01:00:00Z')`);
    const done = day('2026-03-02', 'done');
    const sending = day('2026-03-03', 'closing');
    insert.run(done, 7, JSON.stringify([ENTRY]), 'attached');
    insert.run(sending, 8, JSON.stringify([{ ...ENTRY, date: '2026-03-03', voucher: { voucherNumber: 8 } }]), 'sending');
    before.close();

    const ledger = openLedger(dir);
    const store = new DayVoucherStore(ledger.db);
    expect(store.waitingInJournal('demo').map((r) => [r.dayId, r.voucherNumber, r.bookedSeenAt])).toEqual([[done, 7, null]]);
    store.bookedSeen(done);
    expect(store.waitingInJournal('demo')).toEqual([]);
    expect(store.get(done)?.bookedSeenAt).not.toBeNull();
    ledger.close();
  });
});
