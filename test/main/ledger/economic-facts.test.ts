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

describe("what e-conomic said, per profile: its clock and the agreement reached", () => {
  it("keeps e-conomic's latest time and never moves it back, across a restart", () => {
    const facts = ledger.economicFacts.forProfile('butik');
    expect(facts.time()).toBeNull();
    expect(facts.observeTime(new Date('2026-12-06T10:00:00Z')).toISOString()).toBe('2026-12-06T10:00:00.000Z');
    expect(facts.observeTime(new Date('2026-12-01T10:00:00Z')).toISOString()).toBe('2026-12-06T10:00:00.000Z');
    facts.observeTime(new Date('2026-12-06T10:00:05Z'));
    ledger.close();
    ledger = openLedger(dir);
    expect(ledger.economicFacts.forProfile('butik').time()?.toISOString()).toBe('2026-12-06T10:00:05.000Z');
  });

  it("keeps one profile's clock and agreement apart from another's", () => {
    ledger.economicFacts.forProfile('sandbox').observeTime(new Date('2027-01-01T00:00:00Z'));
    ledger.economicFacts.forProfile('sandbox').recordAgreement(9_000_000_001, new Date('2027-01-01T00:00:00Z'));
    const real = ledger.economicFacts.forProfile('butik');
    expect(real.time()).toBeNull();
    expect(real.agreement()).toBeNull();
    real.recordAgreement(1_234_567, new Date('2026-12-06T10:00:00Z'));
    expect(real.agreement()).toEqual({ agreementNumber: 1_234_567, at: '2026-12-06T10:00:00.000Z' });
  });
});
