import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netForGross, netForGrossOere, splitUnitPrice, splitUnitPriceOere, vatFor, vatOere as vatInOere } from '../../../../main/engine/plan/net-price';
import { dec, round2 } from '../../../../shared/domain/money';

/**
 * e-conomic's VAT on a net amount, worked in whole øre and tenths of a percent with plain
 * integers, independently of the module under test: round(net × rate) to øre, half away
 * from zero. `rateTenths` is the rate × 10 (25 % → 250, 7.5 % → 75).
 */
function vatOre(netOre: number, rateTenths: number): number {
  const magnitude = Math.floor((Math.abs(netOre) * rateTenths + 500) / 1000);
  return netOre < 0 ? -magnitude : magnitude;
}
const kroner = (ore: number) => dec(ore).div(100);
const percent = (rateTenths: number) => dec(rateTenths).div(10);

/** Every gross up to `maxOre` that some net reaches, and that net (gross rises with net, so it is unique). */
function reachableGross(rateTenths: number, maxOre: number): Map<number, number> {
  const reached = new Map<number, number>();
  for (let net = 0; net <= maxOre; net++) {
    const gross = net + vatOre(net, rateTenths);
    if (gross <= maxOre) reached.set(gross, net);
  }
  return reached;
}

// Danish VAT and the reduced and standard rates of OSS countries, including 7.5 %.
const RATES_TENTHS = [250, 210, 190, 120, 100, 75, 60, 21];

describe('net prices for shops that sell incl. VAT', () => {
  it('finds the net for every gross from 0.01 to 200.00 that a net can reach at 25 %, and no net where none can', () => {
    const reached = reachableGross(250, 20_000);
    // Worked by hand: 0.01 + 0.00 VAT = 0.01; 0.02 + 0.005 → 0.01 VAT = 0.03, so no net gives
    // 0.02; 100.00 + 25.00 = 125.00; 79.96 + 19.99 = 99.95 and 79.97 + 19.99 (19.9925) = 99.96.
    expect([reached.get(1), reached.has(2), reached.get(3), reached.get(12_500), reached.get(9_995), reached.get(9_996)]).toEqual([1, false, 2, 10_000, 7_996, 7_997]);
    for (let gross = 1; gross <= 20_000; gross++) {
      const net = netForGross(kroner(gross), dec(25));
      const expected = reached.get(gross);
      if (expected === undefined) expect(net, `gross ${kroner(gross).toFixed(2)} has no net`).toBeNull();
      else expect(net?.toFixed(2), `gross ${kroner(gross).toFixed(2)}`).toBe(kroner(expected).toFixed(2));
    }
  });

  it('finds the net wherever one exists at other rates and for large amounts (up to 10 million kroner)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), fc.constantFrom(...RATES_TENTHS), (grossOre, rateTenths) => {
        // gross = net × (1 + rate) + (less than half an øre), so every net that reaches it lies
        // within an øre of gross ÷ (1 + rate): searching ±3 øre around it is exhaustive.
        const centre = Math.round((grossOre * 1000) / (1000 + rateTenths));
        const nets = [-3, -2, -1, 0, 1, 2, 3].map((d) => centre + d).filter((net) => net >= 0 && net + vatOre(net, rateTenths) === grossOre);
        const found = netForGross(kroner(grossOre), percent(rateTenths));
        if (nets.length === 0) expect(found).toBeNull();
        else expect(found?.toFixed(2)).toBe(kroner(nets[0]).toFixed(2));
      }),
      { numRuns: 2000 },
    );
  });

  it('computes VAT as e-conomic does: rounded to øre, half away from zero, also on negative lines', () => {
    expect(vatFor(dec('0.02'), dec(25)).toFixed(2)).toBe('0.01'); // 0.005 → 0.01
    expect(vatFor(dec('-0.02'), dec(25)).toFixed(2)).toBe('-0.01');
    expect(vatFor(dec('0.10'), dec(25)).toFixed(2)).toBe('0.03'); // 0.025 → 0.03, not the even 0.02
    expect(vatFor(dec('99.99'), dec('7.5')).toFixed(2)).toBe('7.50'); // 7.49925 → 7.50
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.constantFrom(...RATES_TENTHS), (netOre, rateTenths) => {
        expect(vatFor(kroner(netOre), percent(rateTenths)).toFixed(2)).toBe(kroner(vatOre(netOre, rateTenths)).toFixed(2));
      }),
      { numRuns: 2000 },
    );
  });

  it('splits any total over an integer quantity into lines whose sum is exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 500 }), (ore, qty) => {
        const total = dec(ore).div(100);
        const parts = splitUnitPrice(total, dec(qty));
        const back = parts.reduce((acc, p) => acc.plus(dec(p.quantity).times(p.unitNetPrice)), dec(0));
        expect(back.eq(total)).toBe(true);
        expect(parts.reduce((acc, p) => acc.plus(p.quantity), dec(0)).eq(qty)).toBe(true);
        for (const p of parts) expect(round2(p.unitNetPrice).eq(p.unitNetPrice)).toBe(true);
      }),
    );
  });

  describe('in whole øre, as the planner runs them for amounts that fit (the same rule in integers)', () => {
    const tenths = (rateTenths: number) => ({ numerator: rateTenths, denominator: 10 });

    it('finds the same net as the search above for every gross up to 200.00 at 25 % and at random amounts and rates', () => {
      const reached = reachableGross(250, 20_000);
      for (let gross = 1; gross <= 20_000; gross++) expect(netForGrossOere(gross, { numerator: 25, denominator: 1 }), `gross ${gross} øre`).toEqual({ fits: true, net: reached.get(gross) ?? null });
      fc.assert(
        fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.constantFrom(...RATES_TENTHS), (grossOere, rateTenths) => {
          const found = netForGrossOere(grossOere, tenths(rateTenths));
          const decimal = netForGross(kroner(grossOere), percent(rateTenths));
          expect(found.fits).toBe(true);
          expect(found.net === null ? null : kroner(found.net).toFixed(2)).toBe(decimal === null ? null : decimal.toFixed(2));
        }),
        { numRuns: 2000 },
      );
    });

    it('says when an amount is too large for exact integers, so that the decimals decide', () => {
      expect(netForGrossOere(2 ** 52, { numerator: 25, denominator: 1 }).fits).toBe(false);
      expect(vatInOere(2 ** 52, { numerator: 25, denominator: 1 })).toBeNull();
    });

    it('computes VAT as e-conomic does: 0.02 → 0.01, −0.02 → −0.01, 0.10 → 0.03, 99.99 at 7.5 % → 7.50', () => {
      expect([vatInOere(2, tenths(250)), vatInOere(-2, tenths(250)), vatInOere(10, tenths(250)), vatInOere(9_999, tenths(75))]).toEqual([1, -1, 3, 750]);
      fc.assert(
        fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.constantFrom(...RATES_TENTHS), (netOre, rateTenths) => {
          expect(vatInOere(netOre, tenths(rateTenths))).toBe(vatOre(netOre, rateTenths));
        }),
        { numRuns: 2000 },
      );
    });

    it('splits a total over a whole quantity into the same lines as splitUnitPrice: 100.00 over 3 → 2 × 33.33 + 1 × 33.34', () => {
      expect(splitUnitPriceOere(10_000, 3)).toEqual([
        { quantity: '2', unitNetPrice: '33.33' },
        { quantity: '1', unitNetPrice: '33.34' },
      ]);
      expect(splitUnitPriceOere(10_000, 4)).toEqual([{ quantity: '4', unitNetPrice: '25.00' }]);
      expect(splitUnitPriceOere(-1, 2)).toEqual([
        { quantity: '1', unitNetPrice: '-0.01' },
        { quantity: '1', unitNetPrice: '0.00' },
      ]);
      expect(splitUnitPriceOere(100, 0)).toBeNull();
      fc.assert(
        fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 500 }), (ore, qty) => {
          expect(splitUnitPriceOere(ore, qty)).toEqual(splitUnitPrice(kroner(ore), dec(qty)));
        }),
        { numRuns: 2000 },
      );
    });
  });
});
