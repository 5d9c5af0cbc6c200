import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netForGross, splitUnitPrice, vatFor } from '../../../../main/engine/plan/net-price';
import { dec, round2 } from '../../../../shared/domain/money';

describe('net prices for shops that sell incl. VAT', () => {
  it('finds a two-decimal net that e-conomic turns back into the gross at 25 %, for every øre amount tried', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (ore) => {
        const gross = dec(ore).div(100);
        const net = netForGross(gross, dec(25));
        if (net === null) return true; // a gross no net can reach: the totals check settles it
        expect(net.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(net.plus(vatFor(net, dec(25))).eq(gross)).toBe(true);
        return true;
      }),
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
});
