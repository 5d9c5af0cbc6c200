import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../main/ledger/ledger';
import { formatLogEntry, LogStore } from '../../../main/log';
import { registerSecret } from '../../../shared/redact';

let dir: string;
let ledger: Ledger;
let now: Date;
let log: LogStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lb-log-'));
  now = new Date('2026-03-02T10:00:00Z');
  ledger = openLedger(dir, { clock: () => now });
  log = new LogStore(ledger.db, () => now);
});

afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

const later = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

describe('LogStore grouping', () => {
  it('keeps one open entry per order, counting repeats instead of repeating them', () => {
    const first = log.report({ code: 'LB-1001', params: { orderNumber: '1001', line: 1, product: 'Mug' }, profile: 'butik', orderId: 'w-1001' });
    later(5);
    const again = log.report({ code: 'LB-1001', params: { orderNumber: '1001', line: 1, product: 'Mug' }, profile: 'butik', orderId: 'w-1001' });
    later(5);
    const other = log.report({ code: 'LB-2002', params: { orderNumber: '1001', paymentMethod: 'Klarna' }, profile: 'butik', orderId: 'w-1001' });

    expect([first.change, again.change, other.change]).toEqual(['created', 'repeated', 'changed']);
    expect(other.id).toBe(first.id);
    expect(other).toMatchObject({ code: 'LB-2002', occurrences: 3, firstAt: '2026-03-02T10:00:00.000Z', lastAt: '2026-03-02T10:10:00.000Z', status: 'open' });
    expect(log.list({ orderId: 'w-1001' }).total).toBe(1);
  });

  it('opens a new entry when an order fails again after it was resolved', () => {
    const a = log.report({ code: 'LB-1004', params: { orderNumber: '7' }, profile: 'butik', orderId: 'w-7' });
    expect(log.resolveForOrder('w-7')).toBe(1);
    expect(log.get(a.id)).toMatchObject({ status: 'resolved', resolvedAt: '2026-03-02T10:00:00.000Z' });
    later(1);
    const b = log.report({ code: 'LB-1004', params: { orderNumber: '7' }, profile: 'butik', orderId: 'w-7' });
    expect(b.change).toBe('created');
    expect(b.id).not.toBe(a.id);
    expect(log.openProblems().map((e) => e.id)).toEqual([b.id]);
  });

  it('groups problems that are not about one order by code and subject', () => {
    const a = log.report({ code: 'LB-4004', params: {}, profile: 'butik' });
    const b = log.report({ code: 'LB-4004', params: {}, profile: 'butik' });
    const c = log.report({ code: 'LB-2002', params: { paymentMethod: 'Klarna' }, profile: 'butik', subject: 'klarna' });
    const d = log.report({ code: 'LB-2002', params: { paymentMethod: 'MobilePay' }, profile: 'butik', subject: 'mobilepay' });
    expect(b.id).toBe(a.id);
    expect(d.id).not.toBe(c.id);
    expect(log.resolveSubject('butik', 'LB-2002', 'klarna')).toBe(1);
    expect(log.openProblems().map((e) => e.code).sort()).toEqual(['LB-2002', 'LB-4004']);
  });

  it('stores every problem validation found for an order in one entry, headline first', () => {
    const e = log.reportOrderProblems({
      profile: 'butik',
      orderId: 'w-9',
      problems: [
        { code: 'LB-1002', params: { orderNumber: '9' } },
        { code: 'LB-1013', params: { orderNumber: '9', field: 'recipient.name' } },
      ],
    })!;
    const f = formatLogEntry(log.get(e.id)!, 'en');
    expect(f.title).toBe('Country missing');
    expect(f.related).toEqual([expect.objectContaining({ code: 'LB-1013', title: 'Emoji removed from the invoice' })]);
  });

  it('keeps info events as resolved history, never as open problems', () => {
    const e = log.info({ code: 'LB-7004', params: { orderNumber: '12', draftNumber: 404 }, profile: 'butik', orderId: 'w-12' });
    expect(e).toMatchObject({ level: 'info', status: 'resolved' });
    expect(log.openProblems()).toEqual([]);
    expect(formatLogEntry(e).message).toBe('Ordre 12 blev annulleret i shoppen, så LedgerBridge har slettet kladde 404 i e-conomic.');
  });
});

describe('LogStore formatting and redaction', () => {
  it('formats in Danish by default and English on request, with the technical details beside', () => {
    const e = log.report({
      code: 'LB-3005',
      params: { orderNumber: '55', field: 'lines[2].unitNetPrice', value: '9.999' },
      technical: { httpStatus: 400, logId: '86d2a1f150c392bb-CPH', economicErrorCode: 'E04740' },
      profile: 'butik',
      orderId: 'w-55',
    });
    expect(formatLogEntry(e).message).toBe('Ordre 55: enhedsprisen på linje 3 er 9.999, men e-conomic tager kun priser med højst to decimaler.');
    expect(formatLogEntry(e, 'en').technical).toEqual({ httpStatus: 400, logId: '86d2a1f150c392bb-CPH', economicErrorCode: 'E04740' });
  });

  it('never writes a registered secret or a secret-named field to the database', () => {
    const token = 'grant-9f8e7d6c5b4a-secret-value';
    registerSecret(token);
    log.report({
      code: 'LB-4001',
      params: { detail: `header X-AgreementGrantToken: ${token}` },
      technical: { message: `request failed with token ${token}`, requestId: `GET /self?token=${token}` },
      profile: 'butik',
    });
    ledger.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(join(dir, 'ledger.sqlite')).toString('latin1');
    expect(bytes).not.toContain(token);
    expect(JSON.stringify(log.list())).not.toContain(token);
    expect(JSON.stringify(log.list())).toContain('«redacted»');
  });
});

describe('LogStore listing', () => {
  function seed(count: number): void {
    const insert = ledger.db.prepare(
      `INSERT INTO log_entries (at, level, code, order_id, order_number, profile, params, technical, status, occurrences, first_at, last_at, resolved_at, group_key)
       VALUES (@at, @level, @code, @orderId, @number, 'butik', @params, NULL, @status, 1, @at, @at, NULL, NULL)`,
    );
    const codes = [
      ['LB-1001', 'error'],
      ['LB-2002', 'warning'],
      ['LB-4004', 'warning'],
      ['LB-7003', 'info'],
      ['LB-4001', 'critical'],
    ] as const;
    const start = Date.parse('2026-01-01T00:00:00Z');
    ledger.db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const [code, level] = codes[i % codes.length];
        const at = new Date(start + i * 60_000).toISOString();
        insert.run({ at, level, code, orderId: `w-${i}`, number: String(10_000 + i), params: JSON.stringify({ orderNumber: String(10_000 + i), paymentMethod: i % 1000 === 0 ? 'Klarna' : 'Stripe' }), status: i % 10 === 0 ? 'open' : 'resolved' });
      }
    })();
  }

  it('filters and pages 100,000 entries with exact totals, newest first', () => {
    seed(100_000);
    const page = log.list({ limit: 20, offset: 40 });
    expect(page.total).toBe(100_000);
    expect(page.entries).toHaveLength(20);
    expect(page.entries[0].orderId).toBe('w-99959');

    expect(log.list({ level: 'critical' }).total).toBe(20_000);
    // Every tenth entry is open, and those are all the missing-SKU errors.
    expect(log.list({ level: ['error', 'critical'], status: 'open' }).total).toBe(10_000);
    expect(log.list({ code: 'LB-2002' }).total).toBe(20_000);
    expect(log.list({ orderId: 'w-4242' }).entries.map((e) => e.code)).toEqual(['LB-4004']);
    expect(log.list({ from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T00:59:00.000Z' }).total).toBe(60);
    expect(log.list({ search: 'Klarna' }).total).toBe(100);
    // A substring search over order number and id: numbers 10042 and 100420–100429, and order id w-10042.
    const found = log.list({ search: '10042' });
    expect(found.total).toBe(12);
    expect(found.entries.map((e) => e.orderId)).toContain('w-42');
  });

  it('answers the common filters from an index rather than a table scan', () => {
    const plan = (sql: string, ...args: unknown[]) =>
      (ledger.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan('SELECT * FROM log_entries ORDER BY last_at DESC, id DESC LIMIT 50')).toContain('log_entries_last');
    expect(plan('SELECT * FROM log_entries WHERE order_id = ? ORDER BY last_at DESC', 'w-1')).toContain('log_entries_order');
    expect(plan('SELECT * FROM log_entries WHERE code = ? ORDER BY last_at DESC', 'LB-1001')).toContain('log_entries_code');
    expect(plan(`SELECT * FROM log_entries WHERE profile = ? AND group_key = ? AND status = 'open'`, 'butik', 'order:w-1')).toContain('log_entries_open_group');
  });
});
