import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE_NAME, migrations, openLedger, runMigrations, type Ledger } from '../../../../main/ledger';
import { manualClock, removeDir, tempDir } from '../helpers/temp-ledger';

/**
 * Migration 035: a state change is one UPDATE of the order, and a trigger writes its history
 * row. The rows must be the ones the two statements wrote before it (history INSERT…SELECT of
 * the state left, then the UPDATE), column for column; the expected rows here are written out
 * by hand from `transition`'s contract: `at` the clock's instant, `detail` the JSON of
 * reasonDetail, draftNumber, bookedNumber and nextRetryAt in that order, when given.
 */
const dirs: string[] = [];
const ledgers: Ledger[] = [];
afterEach(() => {
  ledgers.splice(0).forEach((l) => l.close());
  dirs.splice(0).forEach(removeDir);
});

const INSERT_ORDER = `INSERT INTO orders (order_id, platform, number, status, modified, content_hash, currency, total, state, first_seen_at, updated_at)
  VALUES (?, 'woocommerce', ?, 'processing', '2026-12-01T09:00:00Z', 'h', 'DKK', '299.00', 'seen', '2026-12-01T09:00:00Z', '2026-12-01T09:00:00Z')`;

function historyRows(ledger: Ledger, orderId: string) {
  return ledger.db.prepare('SELECT id, order_id, at, from_state, to_state, reason_code, detail, by FROM order_history WHERE order_id = ? ORDER BY id').all(orderId);
}

function freshLedger(clock = manualClock('2026-12-07T10:00:00.000Z')) {
  const dir = tempDir();
  dirs.push(dir);
  const ledger = openLedger(dir, { clock: clock.now });
  ledgers.push(ledger);
  return { ledger, clock, dir };
}

describe('migration 035: the history row of a state change written by a trigger', () => {
  it('writes the rows the insert and the update wrote before: time, state left and entered, reason, detail and who', () => {
    const { ledger, clock } = freshLedger();
    ledger.db.prepare(INSERT_ORDER).run('1042', '1042');
    ledger.orders.transition('1042', 'eligible', { by: 'engine' });
    clock.set('2026-12-07T10:00:01.500Z');
    ledger.orders.transition('1042', 'failed', { reasonCode: 'LB-3001', reasonDetail: { params: { status: 503 } }, nextRetryAt: new Date('2026-12-07T10:01:01.500Z'), by: 'engine' });
    clock.set('2026-12-07T10:02:00.000Z');
    // Failing again keeps the state, and is a change in the history all the same.
    ledger.orders.transition('1042', 'failed', { reasonCode: 'LB-3001', nextRetryAt: '2026-12-07T10:04:00.000Z', by: 'engine' });
    clock.set('2026-12-07T10:05:00.000Z');
    ledger.orders.transition('1042', 'drafted', { draftNumber: 17, by: 'cli:retry' });
    clock.set('2026-12-07T10:05:02.000Z');
    ledger.orders.transition('1042', 'booked', { draftNumber: 17, bookedNumber: 20017 });
    clock.set('2026-12-07T11:00:00.000Z');
    ledger.orders.transition('1042', 'skipped', { reasonCode: 'LB-7004', draftNumber: null, by: 'Mette Hansen' });

    expect(historyRows(ledger, '1042')).toEqual([
      { id: 1, order_id: '1042', at: '2026-12-07T10:00:00.000Z', from_state: 'seen', to_state: 'eligible', reason_code: null, detail: null, by: 'engine' },
      {
        id: 2,
        order_id: '1042',
        at: '2026-12-07T10:00:01.500Z',
        from_state: 'eligible',
        to_state: 'failed',
        reason_code: 'LB-3001',
        detail: '{"reasonDetail":{"params":{"status":503}},"nextRetryAt":"2026-12-07T10:01:01.500Z"}',
        by: 'engine',
      },
      { id: 3, order_id: '1042', at: '2026-12-07T10:02:00.000Z', from_state: 'failed', to_state: 'failed', reason_code: 'LB-3001', detail: '{"nextRetryAt":"2026-12-07T10:04:00.000Z"}', by: 'engine' },
      { id: 4, order_id: '1042', at: '2026-12-07T10:05:00.000Z', from_state: 'failed', to_state: 'drafted', reason_code: null, detail: '{"draftNumber":17}', by: 'cli:retry' },
      { id: 5, order_id: '1042', at: '2026-12-07T10:05:02.000Z', from_state: 'drafted', to_state: 'booked', reason_code: null, detail: '{"draftNumber":17,"bookedNumber":20017}', by: null },
      { id: 6, order_id: '1042', at: '2026-12-07T11:00:00.000Z', from_state: 'booked', to_state: 'skipped', reason_code: 'LB-7004', detail: '{"draftNumber":null}', by: 'Mette Hansen' },
    ]);
    // The order itself moved as before: two attempts counted, the draft number cleared last.
    expect(ledger.orders.get('1042')).toMatchObject({ state: 'skipped', reasonCode: 'LB-7004', attempts: 2, draftNumber: null, bookedNumber: 20017, updatedAt: '2026-12-07T11:00:00.000Z' });
  });

  it('writes no history for the writes that leave the state alone: the shop facts, the rule decision, an approval, a new generation', () => {
    const { ledger } = freshLedger();
    ledger.db.prepare(INSERT_ORDER).run('7', '7');
    ledger.orders.transition('7', 'eligible', { by: 'engine' });
    ledger.orders.setRuleDecision('7', { ruleId: null, ruleName: null, actions: [] });
    ledger.orders.approve('7', 'Mette Hansen');
    ledger.orders.bumpGeneration('7');
    ledger.orders.settleRefunds('7', '');
    expect(historyRows(ledger, '7').map((r) => (r as { to_state: string }).to_state)).toEqual(['eligible']);
  });

  it('changes neither the state nor the history of an unknown order, nor of the other orders', () => {
    const { ledger } = freshLedger();
    ledger.db.prepare(INSERT_ORDER).run('8', '8');
    expect(() => ledger.orders.transition('9', 'eligible', { by: 'engine' })).toThrow(/9/);
    expect(ledger.db.prepare('SELECT count(*) FROM order_history').pluck().get()).toBe(0);
    expect(ledger.orders.get('8')?.state).toBe('seen');
  });

  it('leaves the state as it was when the history row cannot be written: the change is one statement', () => {
    const { ledger } = freshLedger();
    ledger.db.prepare(INSERT_ORDER).run('10', '10');
    // A history that refuses rows (as a full disk or a broken constraint would).
    ledger.db.exec(`CREATE TRIGGER refuse_history BEFORE INSERT ON order_history BEGIN SELECT RAISE(ABORT, 'history refused'); END`);
    expect(() => ledger.orders.transition('10', 'eligible', { by: 'engine' })).toThrow('history refused');
    expect(ledger.orders.get('10')).toMatchObject({ state: 'seen', updatedAt: '2026-12-01T09:00:00Z' });
  });

  it('keeps the history of an older ledger, and writes the next change after it', () => {
    const dir = tempDir();
    dirs.push(dir);
    // The ledger before 035, with a change written as the history insert of then wrote it.
    const before = new Database(join(dir, LEDGER_FILE_NAME));
    runMigrations(before, migrations.filter((m) => m.version < 35), dir);
    before.prepare(INSERT_ORDER).run('1001', '1001');
    before.prepare(`INSERT INTO order_history (order_id, at, from_state, to_state, reason_code, detail, by) VALUES ('1001', '2026-12-06T08:00:00.000Z', 'seen', 'eligible', NULL, NULL, 'engine')`).run();
    before.prepare(`UPDATE orders SET state = 'eligible', updated_at = '2026-12-06T08:00:00.000Z' WHERE order_id = '1001'`).run();
    before.close();

    const ledger = openLedger(dir, { clock: manualClock('2026-12-07T12:00:00.000Z').now });
    ledgers.push(ledger);
    ledger.orders.transition('1001', 'drafted', { draftNumber: 3, by: 'engine' });
    expect(historyRows(ledger, '1001')).toEqual([
      { id: 1, order_id: '1001', at: '2026-12-06T08:00:00.000Z', from_state: 'seen', to_state: 'eligible', reason_code: null, detail: null, by: 'engine' },
      { id: 2, order_id: '1001', at: '2026-12-07T12:00:00.000Z', from_state: 'eligible', to_state: 'drafted', reason_code: null, detail: '{"draftNumber":3}', by: 'engine' },
    ]);
  });
});
