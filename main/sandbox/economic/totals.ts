import { dec, sum, type Dec } from '../../../shared/domain/money';
import { roundToOre } from './rounding';
import type { InvoiceTotals } from './records';

export interface LineInput {
  quantity: string;
  unitNetPrice: string;
  discountPercentage: string;
  unitCostPrice: string;
  vatRate: string;
  /** text lines without a product carry no amount (see README) */
  priced: boolean;
}

export interface LineTotals {
  totalNetAmount: string;
  vatAmount: string;
  marginInBaseCurrency: string;
  marginPercentage: string;
}

/** Rounded to øre by the sandbox's own rule (./rounding), never the engine's. */
const round2 = (value: Dec): Dec => dec(roundToOre(value.toFixed()));

const pct = (part: Dec, whole: Dec) => (whole.isZero() ? dec(0) : round2(part.div(whole).times(100)));

/**
 * e-conomic's invoice arithmetic as observed in live payloads (øre rounded half away from zero):
 *   line totalNetAmount = round2(qty × unitNetPrice × (1 − discount/100))
 *   VAT from the product group's rate for the recipient's VAT zone
 *   'line' rounding: each line's VAT rounded to øre, then summed;
 *   'invoice' rounding: net summed per rate, VAT rounded once per rate.
 * Amounts in base currency = amount × exchangeRate / 100; cost prices are in base currency.
 */
export function computeTotals(lines: LineInput[], exchangeRate: string, mode: 'line' | 'invoice'): { lines: LineTotals[]; totals: InvoiceTotals } {
  const rate = dec(exchangeRate).div(100);
  const perLine = lines.map((l) => {
    const net = l.priced ? round2(dec(l.quantity).times(l.unitNetPrice).times(dec(1).minus(dec(l.discountPercentage).div(100)))) : dec(0);
    const rawVat = net.times(l.vatRate).div(100);
    const cost = l.priced ? dec(l.quantity).times(l.unitCostPrice) : dec(0);
    const netBase = round2(net.times(rate));
    const margin = round2(netBase.minus(cost));
    return { net, rawVat, cost, margin, netBase, vatRate: l.vatRate };
  });

  let vat: Dec;
  if (mode === 'line') {
    vat = sum(perLine.map((l) => round2(l.rawVat)));
  } else {
    const netByRate = new Map<string, Dec>();
    for (const l of perLine) {
      const key = dec(l.vatRate).toFixed();
      netByRate.set(key, (netByRate.get(key) ?? dec(0)).plus(l.net));
    }
    vat = sum([...netByRate].map(([r, n]) => round2(n.times(r).div(100))));
  }
  const net = sum(perLine.map((l) => l.net));
  const gross = net.plus(vat);
  const netBase = round2(net.times(rate));
  const cost = round2(sum(perLine.map((l) => l.cost)));
  const margin = netBase.minus(cost);
  return {
    lines: perLine.map((l) => ({
      totalNetAmount: l.net.toFixed(2),
      vatAmount: (mode === 'line' ? round2(l.rawVat) : l.rawVat.toDecimalPlaces(4)).toFixed(4),
      marginInBaseCurrency: l.margin.toFixed(2),
      marginPercentage: pct(l.margin, l.netBase).toFixed(2),
    })),
    totals: {
      netAmount: net.toFixed(2),
      vatAmount: vat.toFixed(2),
      grossAmount: gross.toFixed(2),
      roundingAmount: '0.00',
      netAmountInBaseCurrency: netBase.toFixed(2),
      grossAmountInBaseCurrency: round2(gross.times(rate)).toFixed(2),
      costPriceInBaseCurrency: cost.toFixed(4),
      marginInBaseCurrency: margin.toFixed(4),
      marginPercentage: pct(margin, netBase).toFixed(2),
    },
  };
}
