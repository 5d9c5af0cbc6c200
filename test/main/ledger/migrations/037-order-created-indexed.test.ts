import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE_NAME, migrations, openLedger, runMigrations } from '../../../../main/ledger';
import { removeDir, tempDir } from '../helpers/temp-ledger';

/**
 * Migration 037: the order's creation in the shop becomes a column of its own, indexed, filled
 * from the documents already kept, so the orders screen's newest-first page and its date filter
 * no longer read every order's document.
 */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

describe('migration 037: the creation in the shop as an indexed column', () => {
  it("fills it from each kept document (none from one that is not JSON), and the screen's newest-first page and date filter use it", () => {
    const dir = tempDir();
    dirs.push(dir);
    const before = new Database(join(dir, LEDGER_FILE_NAME));
    runMigrations(before, migrations.filter((m) => m.version < 37), dir);
    const order = before.prepare(`INSERT INTO orders (order_id, platform, number, status, modified, content_hash, currency, total, first_seen_at, updated_at)
      VALUES (?, 'woocommerce', ?, 'processing', ?, 'h', 'DKK', '100.00', '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')`);
    const document = before.prepare('INSERT INTO order_documents (order_id, order_json) VALUES (?, ?)');
    // Created 5 May, 3 March and 4 April; changed last in the opposite order.
    for (const [id, created, modified] of [
      ['501', '2026-05-05T12:00:00Z', '2026-06-01T00:00:00Z'],
      ['502', '2026-03-03T12:00:00Z', '2026-06-03T00:00:00Z'],
      ['503', '2026-04-04T12:00:00Z', '2026-06-02T00:00:00Z'],
    ]) {
      order.run(id, id, modified);
      document.run(id, JSON.stringify({ id, number: id, dates: { created, modified, paid: null, completed: null } }));
    }
    // A document that is not JSON must not keep the ledger from opening.
    order.run('504', '504', '2026-06-04T00:00:00Z');
    document.run('504', '{"id": "504", "dates": {');
    before.close();

    const ledger = openLedger(dir);
    try {
      expect(ledger.db.prepare('SELECT order_id, created FROM orders ORDER BY order_id').all()).toEqual([
        { order_id: '501', created: '2026-05-05T12:00:00Z' },
        { order_id: '502', created: '2026-03-03T12:00:00Z' },
        { order_id: '503', created: '2026-04-04T12:00:00Z' },
        { order_id: '504', created: null },
      ]);
      expect(ledger.orders.list({ states: ['seen'], limit: 10, sort: 'created-desc' }).items.map((o) => o.orderId).filter((id) => id !== '504')).toEqual(['501', '503', '502']);
      expect(ledger.orders.list({ limit: 10, createdFrom: '2026-04-01T00:00:00Z', createdBefore: '2026-05-01T00:00:00Z' }).items.map((o) => o.orderId)).toEqual(['503']);
      const plan = ledger.db.prepare(`EXPLAIN QUERY PLAN SELECT order_id FROM orders WHERE created >= ? ORDER BY created DESC, order_id DESC LIMIT 50`).all('2026-01-01') as Array<{ detail: string }>;
      expect(plan.map((p) => p.detail).join('; ')).toMatch(/USING (COVERING )?INDEX orders_created/);
    } finally {
      ledger.close();
    }
  });
});
