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

const order = (orderId: string, dayId: number, gross = '100.00') => ({ profile: 'butik', kind: 'order' as const, orderId, refundId: '', dayId, number: orderId, gross });

describe('daily summaries in the ledger', () => {
  it('keeps one summary per profile, date, currency and zone', () => {
    const a = ledger.days.findOrOpen('butik', '2026-03-10', 'DKK', 'domestic');
    expect(ledger.days.findOrOpen('butik', '2026-03-10', 'DKK', 'domestic').id).toBe(a.id);
    expect(ledger.days.findOrOpen('butik', '2026-03-10', 'EUR', 'domestic').id).not.toBe(a.id);
    expect(ledger.days.findOrOpen('butik', '2026-03-10', 'DKK', 'abroad').id).not.toBe(a.id);
    expect(ledger.days.findOrOpen('shop-2', '2026-03-10', 'DKK', 'domestic').id).not.toBe(a.id);
    expect(ledger.days.onDate('butik', '2026-03-10').map((d) => [d.currency, d.zone])).toEqual([
      ['DKK', 'abroad'],
      ['DKK', 'domestic'],
      ['EUR', 'domestic'],
    ]);
  });

  it('puts an order in one day only: a second placement elsewhere leaves it where it is', () => {
    const mon = ledger.days.findOrOpen('butik', '2026-03-09', 'DKK', 'domestic');
    const tue = ledger.days.findOrOpen('butik', '2026-03-10', 'DKK', 'domestic');
    expect(ledger.days.putEntry(order('1', mon.id))).toBe(true);
    expect(ledger.days.putEntry(order('1', tue.id))).toBe(false);
    expect(ledger.days.entryOf('butik', 'order', '1')?.day.id).toBe(mon.id);
    // In its own open day it is refreshed.
    ledger.days.putEntry(order('1', mon.id, '120.00'));
    expect(ledger.days.entries(mon.id).map((e) => e.gross)).toEqual(['120.00']);
  });

  it('takes no entry into a frozen day and lets none leave it', () => {
    const day = ledger.days.findOrOpen('butik', '2026-03-10', 'DKK', 'domestic');
    ledger.days.putEntry(order('1', day.id));
    ledger.days.transition(day.id, 'closing', { gross: '100.00', frozen: true });
    expect(() => ledger.days.putEntry(order('2', day.id))).toThrow(/not open/);
    expect(ledger.days.removeOrder('butik', '1')).toBe(false);
    expect(ledger.days.entries(day.id).map((e) => e.orderId)).toEqual(['1']);
  });

  it('takes an order out with its refunds, and forgets an open day left empty, so no empty invoice is ever made', () => {
    const mon = ledger.days.findOrOpen('butik', '2026-03-09', 'DKK', 'domestic');
    const tue = ledger.days.findOrOpen('butik', '2026-03-10', 'DKK', 'domestic');
    ledger.days.putEntry(order('1', mon.id));
    ledger.days.putEntry(order('2', mon.id));
    ledger.days.putEntry({ ...order('1', tue.id, '-25.00'), kind: 'refund', refundId: 'r1' });
    expect(ledger.days.removeOrder('butik', '1')).toBe(true);
    expect(ledger.days.entries(mon.id).map((e) => e.orderId)).toEqual(['2']);
    expect(ledger.days.get(tue.id)).toBeNull();
  });

  it('keeps an order whose refund is already frozen in a later day', () => {
    const mon = ledger.days.findOrOpen('butik', '2026-03-09', 'DKK', 'domestic');
    const tue = ledger.days.findOrOpen('butik', '2026-03-10', 'DKK', 'domestic');
    ledger.days.putEntry(order('1', mon.id));
    ledger.days.putEntry({ ...order('1', tue.id, '-25.00'), kind: 'refund', refundId: 'r1' });
    ledger.days.transition(tue.id, 'closing', { gross: '-25.00', frozen: true });
    expect(ledger.days.removeOrder('butik', '1')).toBe(false);
    expect(ledger.days.entryOf('butik', 'order', '1')?.day.id).toBe(mon.id);
  });
});
