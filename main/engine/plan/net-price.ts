import { dec, money, round2, type Dec } from '../../../shared/domain/money';
import { amountOfOere, mulDivRounded, type Ratio } from '../../../shared/domain/oere';

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

/**
 * netForGross in whole øre, for a rate given as a fraction of one percent (`rate` = 25/1 for
 * 25 %, 75/10 for 7.5 %): the same first guess and the same nets tried, in integers. Null when
 * no net reaches the gross, and also when the arithmetic would leave the exact integer range —
 * `fits` false — so that the caller can take the decimal path.
 */
export function netForGrossOere(grossOere: number, rate: Ratio): { fits: boolean; net: number | null } {
  // gross ÷ (1 + rate/100) = gross × 100·d ÷ (100·d + n), for the rate n/d.
  const scale = 100 * rate.denominator;
  const first = mulDivRounded(grossOere, scale, scale + rate.numerator);
  if (first === null) return { fits: false, net: null };
  for (const delta of NET_STEPS_OERE) {
    const net = first + delta;
    const vat = vatOere(net, rate);
    if (vat === null) return { fits: false, net: null };
    if (net + vat === grossOere) return { fits: true, net };
  }
  return { fits: true, net: null };
}

const NET_STEPS_OERE = [0, -1, 1, -2, 2];

/** vatFor in whole øre: net × rate/100, rounded half away from zero; null beyond the exact range. */
export function vatOere(netOere: number, rate: Ratio): number | null {
  return mulDivRounded(netOere, rate.numerator, 100 * rate.denominator);
}

/**
 * splitUnitPrice for a total in whole øre over a whole quantity of at least 1, in integers:
 * the same lines with the same texts.
 */
export function splitUnitPriceOere(totalOere: number, quantity: number): UnitSplit[] | null {
  if (!Number.isSafeInteger(quantity) || quantity < 1) return null;
  const unit = mulDivRounded(totalOere, 1, quantity);
  const all = unit === null ? null : unit * quantity;
  if (unit === null || all === null || !Number.isSafeInteger(all)) return null;
  if (all === totalOere) return [{ quantity: String(quantity), unitNetPrice: amountOfOere(unit) }];
  const rest = quantity - 1;
  return [
    { quantity: String(rest), unitNetPrice: amountOfOere(unit) },
    { quantity: '1', unitNetPrice: amountOfOere(totalOere - unit * rest) },
  ];
}
