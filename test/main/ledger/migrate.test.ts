import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE_NAME, LedgerTooNewError, migrations, openLedger, runMigrations, type Migration } from '../../../main/ledger';
import { removeDir, tempDir } from './helpers/temp-ledger';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));
const freshDir = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};

describe('ledger migrations', () => {
  it('creates the ledger in WAL mode with every migration recorded once', () => {
    const dir = freshDir();
    const ledger = openLedger(dir);
    expect(ledger.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const recorded = ledger.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
    ledger.close();
  });

  it('applies nothing the second time and keeps the data', () => {
    const dir = freshDir();
    const first = openLedger(dir);
    first.kv.set('lastSync', '2026-11-27T10:00:00Z');
    first.close();

    const db = new Database(join(dir, LEDGER_FILE_NAME));
    expect(runMigrations(db, migrations, dir).applied).toEqual([]);
    db.close();

    const again = openLedger(dir);
    expect(again.kv.get('lastSync')).toBe('2026-11-27T10:00:00Z');
    expect(again.db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: migrations.length });
    again.close();
  });

  it('applies a migration appended later (as other modules do) without re-running the old ones', () => {
    const dir = freshDir();
    openLedger(dir).close();
    const logStore: Migration = {
      version: 9001,
      name: 'test-appended',
      up: (db) => db.exec('CREATE TABLE test_appended (id INTEGER PRIMARY KEY, message TEXT)'),
    };
    const ledger = openLedger(dir, { migrations: [...migrations, logStore] });
    ledger.db.prepare('INSERT INTO test_appended (message) VALUES (?)').run('hello');
    expect(ledger.db.prepare('SELECT version FROM schema_migrations WHERE version = 9001').pluck().get()).toBe(9001);
    ledger.close();
  });

  it('rolls back a failing migration completely, so the next start tries it again', () => {
    const dir = freshDir();
    const broken: Migration = {
      version: 9002,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (id INTEGER)');
        throw new Error('disk said no');
      },
    };
    expect(() => openLedger(dir, { migrations: [...migrations, broken] })).toThrow('disk said no');
    const ledger = openLedger(dir);
    expect(ledger.db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect(ledger.db.prepare('SELECT count(*) AS n FROM schema_migrations WHERE version = 9002').get()).toEqual({ n: 0 });
    ledger.close();
  });

  it('refuses a ledger written by a newer version instead of guessing', () => {
    const dir = freshDir();
    const future: Migration = { version: 9999, name: 'future', up: () => {} };
    openLedger(dir, { migrations: [...migrations, future] }).close();
    expect(() => openLedger(dir)).toThrow(LedgerTooNewError);
  });

  it('applies migrations by version even when a module appended its own out of order', () => {
    const dir = freshDir();
    const order: number[] = [];
    const late: Migration = { version: 9004, name: 'late', up: () => void order.push(9004) };
    const early: Migration = { version: 9003, name: 'early', up: () => void order.push(9003) };
    openLedger(dir, { migrations: [...migrations, late, early] }).close();
    expect(order).toEqual([9003, 9004]);
  });

  it('refuses two migrations with the same version', () => {
    const dir = freshDir();
    const dup: Migration = { version: migrations[0].version, name: 'dup', up: () => {} };
    expect(() => openLedger(dir, { migrations: [...migrations, dup] })).toThrow(/share version 1/);
  });

  it('numbers the core ledger migrations 1–9, leaving 10+ to other modules', () => {
    const core = migrations.filter((m) => m.version < 10);
    expect(core.length).toBeGreaterThan(0);
    expect(core.every((m, i) => m.version === i + 1)).toBe(true);
  });

  it('marks the orders of an older ledger that have refunds or were cancelled as pending refunds, so missed credit notes are made', () => {
    const dir = freshDir();
    const db = new Database(join(dir, LEDGER_FILE_NAME));
    runMigrations(db, migrations.filter((m) => m.version < 6), dir);
    const insert = db.prepare(`INSERT INTO orders (order_id, platform, number, status, modified, content_hash, currency, total, state, order_json, first_seen_at, updated_at)
      VALUES (?, 'woocommerce', ?, 'completed', '2026-11-01T10:00:00Z', 'h', 'DKK', '299.00', ?, ?, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')`);
    const order = (refunds: unknown[], cancelled = false) => JSON.stringify({ refunds, stage: { cancelled } });
    insert.run('1', '1', 'done', order([{ id: '77', amount: '125.00' }]));
    insert.run('2', '2', 'done', order([]));
    insert.run('3', '3', 'booked', order([], true));
    insert.run('4', '4', 'held', order([{ id: '78', amount: '10.00' }]));
    db.close();

    const ledger = openLedger(dir);
    expect(ledger.orders.withPendingRefunds().map((r) => r.orderId).sort()).toEqual(['1', '3']);
    // Not booked yet: pending, and offered to the credit-note step once it is.
    expect(ledger.orders.get('4')?.refundsPending).toBe(true);
    ledger.close();
  });

  it('keeps every order of an older ledger, with its JSON and its history, when the JSON moves to a table of its own', () => {
    const dir = freshDir();
    const db = new Database(join(dir, LEDGER_FILE_NAME));
    runMigrations(db, migrations.filter((m) => m.version < 9), dir);
    const json = JSON.stringify({ id: '1042', billing: { email: 'kunde@example.dk' }, totals: { total: '299.00' } });
    db.prepare(`INSERT INTO orders (order_id, platform, number, status, modified, content_hash, currency, total, state, order_json, first_seen_at, updated_at, draft_number)
      VALUES ('1042', 'woocommerce', '1042', 'processing', '2026-11-01T10:00:00Z', 'h', 'DKK', '299.00', 'drafted', ?, '2026-11-01T10:00:00Z', '2026-11-01T10:05:00Z', 17)`).run(json);
    const history = db.prepare(`INSERT INTO order_history (order_id, at, from_state, to_state, by) VALUES ('1042', ?, ?, ?, 'engine')`);
    history.run('2026-11-01T10:01:00Z', 'seen', 'eligible');
    history.run('2026-11-01T10:05:00Z', 'eligible', 'drafted');
    db.close();

    const ledger = openLedger(dir);
    expect(ledger.orders.get('1042')).toMatchObject({ state: 'drafted', draftNumber: 17, total: '299.00', order: JSON.parse(json) });
    expect(ledger.orders.list({ search: 'kunde@example.dk', limit: 10 }).items.map((r) => r.orderId)).toEqual(['1042']);
    ledger.orders.transition('1042', 'booked', { bookedNumber: 5, by: 'engine' });
    // The history reads on in the order it happened, the new change after the migrated ones.
    expect(ledger.orders.history('1042').map((h) => `${h.fromState}→${h.toState}`)).toEqual(['seen→eligible', 'eligible→drafted', 'drafted→booked']);
    ledger.close();
  });
});
