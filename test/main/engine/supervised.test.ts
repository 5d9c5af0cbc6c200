import { describe, expect, it } from 'vitest';
import { activationBlockers, postingStatus, type GateInputs } from '../../../main/engine/supervised';

const start = new Date('2026-11-01T09:00:00Z');
const day = (n: number) => new Date(start.getTime() + n * 86_400_000);
const base: GateInputs = {
  bookingMode: 'drafts',
  plan: 'standard',
  licenceProblem: null,
  firstAutomaticDraftAt: start,
  manualBookingsSeen: 0,
  firstManualBookingAt: null,
  checkedAt: null,
  checkedBy: null,
  activatedAt: null,
  activatedBy: null,
  now: day(3),
};
const gate = (inputs: GateInputs, id: string) => postingStatus(inputs).gates.find((g) => g.id === id)!;

describe('the road to automatic posting', () => {
  it('counts the supervised period from the first automatic draft: day 4 of 14 after three days', () => {
    const status = postingStatus(base);
    expect(status.supervisedDay).toBe(4);
    expect(status.effectiveMode).toBe('drafts');
    expect(gate(base, 'supervised-days').text.da).toContain('Dag 4 af 14');
    expect(gate({ ...base, now: day(13.9) }, 'supervised-days').met).toBe(false);
    expect(gate({ ...base, now: day(14) }, 'supervised-days').met).toBe(true);
  });

  it('keeps posting drafts until the 14 days are over, even with every other gate met', () => {
    const early: GateInputs = { ...base, now: day(13.99), manualBookingsSeen: 3, firstManualBookingAt: day(2), checkedAt: day(13), checkedBy: 'Mette', bookingMode: 'automatic', activatedAt: day(13), activatedBy: 'Mette' };
    expect(activationBlockers(postingStatus(early)).map((g) => g.id)).toEqual(['supervised-days']);
    expect(postingStatus(early).effectiveMode).toBe('drafts');
    expect(postingStatus({ ...early, now: day(14) }).effectiveMode).toBe('automatic');
  });

  it('does not start the period before LedgerBridge has created a draft', () => {
    const status = postingStatus({ ...base, firstAutomaticDraftAt: null });
    expect(status.supervisedDay).toBeNull();
    expect(gate({ ...base, firstAutomaticDraftAt: null }, 'supervised-days').met).toBe(false);
  });

  it('only offers automatic posting on Standard and above', () => {
    expect(gate({ ...base, plan: 'basic' }, 'plan').met).toBe(false);
    expect(gate({ ...base, plan: 'basic' }, 'plan').text.en).toContain('does not include automatic posting');
    for (const plan of ['standard', 'premium', 'enterprise', 'dedicated'] as const) expect(gate({ ...base, plan }, 'plan').met).toBe(true);
    const notFromVendor = gate({ ...base, plan: null, licenceProblem: { code: 'LB-2016', params: {} } }, 'plan').text;
    expect(notFromVendor.en).toBe('No valid licence: The licence was not issued by LedgerBridge, or it has been changed. Automatic posting needs Standard, Premium, Enterprise or Dedicated.');
    expect(notFromVendor.da).toBe('Ingen gyldig licens: Licensen er ikke udstedt af LedgerBridge, eller den er blevet ændret. Automatisk bogføring kræver Standard, Premium, Enterprise eller Dedikeret.');
  });

  it('requires manual bookings seen, the owner\'s check and the activation, and only then posts automatically', () => {
    const ready: GateInputs = { ...base, now: day(15), manualBookingsSeen: 3, firstManualBookingAt: day(2), checkedAt: day(14), checkedBy: 'Mette' };
    expect(activationBlockers(postingStatus(ready))).toEqual([]);
    expect(postingStatus(ready).effectiveMode).toBe('drafts');
    const active = { ...ready, bookingMode: 'automatic' as const, activatedAt: day(15), activatedBy: 'Mette' };
    expect(postingStatus(active).effectiveMode).toBe('automatic');
    expect(activationBlockers(postingStatus({ ...ready, manualBookingsSeen: 0, firstManualBookingAt: null })).map((g) => g.id)).toEqual(['manual-bookings', 'checked']);
    expect(activationBlockers(postingStatus({ ...ready, checkedAt: null })).map((g) => g.id)).toEqual(['checked']);
  });

  it('counts a check only when it was given after LedgerBridge saw a draft booked by hand', () => {
    const ready: GateInputs = { ...base, now: day(15), manualBookingsSeen: 1, firstManualBookingAt: day(5), checkedAt: day(1), checkedBy: 'Mette' };
    const checked = gate(ready, 'checked');
    expect(checked.met).toBe(false);
    expect(checked.text.en).toBe('Mette confirmed the check before LedgerBridge had seen a draft booked by hand. Book a draft in e-conomic, check it, and confirm again ("I have checked them").');
    expect(gate({ ...ready, checkedAt: day(5) }, 'checked').met).toBe(true);
    expect(gate({ ...ready, manualBookingsSeen: 0, firstManualBookingAt: null }, 'checked').met).toBe(false);
  });

  it("counts the days only on e-conomic's clock: before e-conomic has answered, no day has passed", () => {
    const unknown = postingStatus({ ...base, now: null });
    expect(unknown.gates.find((g) => g.id === 'supervised-days')).toMatchObject({ met: false, text: { en: "The supervised period is counted on e-conomic's clock, which LedgerBridge reads at the next sync." } });
    expect(unknown.supervisedDay).toBe(1);
  });
});
