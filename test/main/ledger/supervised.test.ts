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

describe('the supervised period record', () => {
  it('is empty and inactive for a profile that has not started', () => {
    expect(ledger.supervised.forProfile('butik').get()).toEqual({
      profile: 'butik',
      firstAutomaticDraftAt: null,
      manualBookingCount: 0,
      firstManualBookingAt: null,
      checkedBy: null,
      checkedAt: null,
      active: false,
      activatedBy: null,
      activatedAt: null,
      acceptedRisk: false,
      deactivatedBy: null,
      deactivatedAt: null,
    });
  });

  it('starts with the first automatic draft and is not moved by later drafts', () => {
    const period = ledger.supervised.forProfile('butik');
    expect(period.recordAutomaticDraft(new Date('2026-11-01T08:00:00Z'))).toBe('2026-11-01T08:00:00.000Z');
    expect(period.recordAutomaticDraft('2026-11-03T08:00:00Z')).toBe('2026-11-01T08:00:00.000Z');
    expect(ledger.supervised.forProfile('other').get().firstAutomaticDraftAt).toBeNull();
  });

  it('records each manually booked draft once, and survives a restart', () => {
    const period = ledger.supervised.forProfile('butik');
    period.recordManualBooking('1001', 11, 20001, '2026-11-02T09:00:00Z');
    period.recordManualBooking('1001', 11, 20001, '2026-11-02T09:05:00Z');
    period.recordManualBooking('1002', 12, 20002, '2026-11-03T09:00:00Z');
    ledger.close();
    ledger = openLedger(dir);
    const again = ledger.supervised.forProfile('butik');
    expect(again.manualBookings()).toEqual([
      { orderId: '1001', draftNumber: 11, bookedNumber: 20001, at: '2026-11-02T09:00:00.000Z' },
      { orderId: '1002', draftNumber: 12, bookedNumber: 20002, at: '2026-11-03T09:00:00.000Z' },
    ]);
    expect(again.get()).toMatchObject({ manualBookingCount: 2, firstManualBookingAt: '2026-11-02T09:00:00.000Z' });
  });

  it('records who confirmed the check and who activated and deactivated automatic posting, with an audit trail', () => {
    const period = ledger.supervised.forProfile('butik');
    period.confirmChecked('Mette', '2026-11-16T10:00:00Z');
    period.activate({ by: 'Mette', at: '2026-11-16T10:01:00Z', acceptedRisk: true });
    expect(period.get()).toMatchObject({ checkedBy: 'Mette', active: true, activatedBy: 'Mette', acceptedRisk: true, activatedAt: '2026-11-16T10:01:00.000Z' });

    period.deactivate('Jonas', '2026-11-20T12:00:00Z');
    expect(period.get()).toMatchObject({ active: false, deactivatedBy: 'Jonas', activatedBy: 'Mette' });
    period.activate({ by: 'Mette', at: '2026-11-21T12:00:00Z', acceptedRisk: true });
    expect(period.get()).toMatchObject({ active: true, deactivatedBy: null });
    expect(period.events().map((e) => [e.kind, e.by])).toEqual([
      ['checked', 'Mette'],
      ['activated', 'Mette'],
      ['deactivated', 'Jonas'],
      ['activated', 'Mette'],
    ]);
  });

  it('refuses activation without accepting the risk or without a name', () => {
    const period = ledger.supervised.forProfile('butik');
    expect(() => period.activate({ by: 'Mette', at: new Date(), acceptedRisk: false as true })).toThrow(/own risk/);
    expect(() => period.activate({ by: ' ', at: new Date(), acceptedRisk: true })).toThrow(/name/);
    expect(period.get().active).toBe(false);
  });
});
