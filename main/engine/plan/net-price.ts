import { dec, money, round2, type Dec } from '../../../shared/domain/money';

/**
 * The net amount (two decimals) that e-conomic will turn back into exactly `gross`
 * when it adds VAT at `ratePercent` rounded to øre, if such an amount exists.
 * Shops that show prices incl. VAT sell at a gross price; booking the shop's own net
 * figure can land one øre off after e-conomic recomputes VAT, so we aim at the gross.
 */
export function netForGross(gross: Dec, ratePercent: Dec): Dec | null {
  const factor = ratePercent.div(100);
  const first = round2(gross.div(factor.plus(1)));
  for (const delta of NET_STEPS) {
    const net = first.plus(delta);
    if (net.plus(round2(net.times(factor))).eq(gross)) return net;
  }
  return null;
}

/** The nets tried around the first guess, nearest first (parsed once, not per line). */
const NET_STEPS = ['0', '-0.01', '0.01', '-0.02', '0.02'].map((d) => dec(d));

export interface UnitSplit {
  quantity: string;
  unitNetPrice: string;
}

/**
 * Splits a line's net total into e-conomic lines with unit prices of at most two
 * decimals whose quantity × price adds up to the total exactly: one line when the
 * total divides evenly, otherwise (integer quantities) q−1 units at the rounded price
 * plus one unit carrying the remainder.
 */
export function splitUnitPrice(total: Dec, quantity: Dec): UnitSplit[] {
  if (quantity.isZero()) return [{ quantity: '1', unitNetPrice: money(total) }];
  const unit = round2(total.div(quantity));
  if (unit.times(quantity).eq(total)) return [{ quantity: quantity.toFixed(), unitNetPrice: money(unit) }];
  if (quantity.isInteger() && quantity.gt(1)) {
    const rest = quantity.minus(1);
    const last = total.minus(unit.times(rest));
    return [
      { quantity: rest.toFixed(), unitNetPrice: money(unit) },
      { quantity: '1', unitNetPrice: money(last) },
    ];
  }
  // Fractional quantities: keep the quantity; the totals check settles the øre.
  return [{ quantity: quantity.toFixed(), unitNetPrice: money(unit) }];
}

export function vatFor(net: Dec, ratePercent: Dec): Dec {
  return round2(net.times(ratePercent).div(100));
}

export { dec };
