import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE_NAME, migrations, openLedger, runMigrations } from '../../../../main/ledger';
import { DayVoucherStore } from '../../../../main/engine/days/day-voucher-store';
import { removeDir, tempDir } from '../helpers/temp-ledger';

/**
 * Migration 036: a day's voucher keeps what e-conomic answered (`answered`) beside what was sent.
 * A voucher posted before it was, as LedgerBridge then took it, the voucher sent — its number and
 * entries — and reads so; one still being sent has no answer yet.
 */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const ENTRY = { account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1010 }, amount: '299.00', contraVatAccount: { vatCode: 'U25' }, contraVatAmount: '59.80', currency: { code: 'DKK' }, date: '2026-03-02', text: 'Dagsopgørelse 2026-03-02, ordre 9401: MobilePay, salg 25 % moms', voucher: { voucherNumber: 7 } };

describe('migration 036: what e-conomic answered to a day voucher', () => {
  it('reads a voucher posted before it as the voucher sent, and one still being sent as not answered', () => {
    const dir = tempDir();
    dirs.push(dir);
    const before = new Database(join(dir, LEDGER_FILE_NAME));
    runMigrations(before, migrations.filter((m) => m.version < 36), dir);
    const day = (date: string) => before.prepare(`INSERT INTO day_summaries (profile, day, currency, vat_zone, state, created_at, updated_at) VALUES ('demo', ?, 'DKK', 'domestic', 'closing', '2026-03-03T00:00:00Z', '2026-03-03T00:00:00Z')`).run(date).lastInsertRowid as number;
    const insert = before.prepare(`INSERT INTO day_vouchers (day_id, profile, journal_number, accounting_year, voucher_number, voucher_key, entries, state, created_at) VALUES (?, 'demo', 1, '2026', ?, 'k', ?, ?, '2026-03-03T01:00:00Z')`);
    const posted = day('2026-03-02');
    const sending = day('2026-03-03');
    insert.run(posted, 7, JSON.stringify([ENTRY]), 'attached');
    insert.run(sending, 8, JSON.stringify([{ ...ENTRY, date: '2026-03-03', voucher: { voucherNumber: 8 } }]), 'sending');
    before.close();

    const ledger = openLedger(dir);
    const store = new DayVoucherStore(ledger.db);
    expect(store.get(posted)?.answered).toEqual([
      { accountingYear: '2026', voucherNumber: 7, entries: [{ journalEntryNumber: null, account: 5820, contraAccount: 1010, amount: '299.00', vatCode: 'U25', contraVatAmount: '59.80', text: ENTRY.text, date: '2026-03-02' }] },
    ]);
    expect(store.get(sending)?.answered).toBeNull();
    // The answer, once known, is kept as e-conomic gave it: here under 9, not the 8 sent.
    store.posted(sending, [{ accountingYear: '2026', voucherNumber: 9, entries: [] }]);
    expect(store.get(sending)).toMatchObject({ state: 'posted', voucherNumber: 8, answered: [{ accountingYear: '2026', voucherNumber: 9, entries: [] }] });
    ledger.close();
  });
});
