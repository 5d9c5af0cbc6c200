import { dec, plain, sum, type Dec } from '../../../../shared/domain/money';
import type { TaxPortion } from '../../../../shared/domain/order';
import { arr, idText, obj, text, type Json } from '../shop-json';
import { FindingLog } from './read';

export interface TaxRates {
  /** Rate, id and label for a WooCommerce tax rate id (taxes[].id / tax_lines[].rate_id). */
  portion(rateId: string): Omit<TaxPortion, 'amount'>;
}

/**
 * The order's tax rates from tax_lines[].rate_percent (WooCommerce 3.7+). Older shops send no
 * percentage; the rate is then derived from the lines taxed at it (tax ÷ net × 100) and reported.
 */
export function readTaxRates(o: Json, log: FindingLog): TaxRates {
  const known = new Map<string, Omit<TaxPortion, 'amount'>>();
  arr(o.tax_lines).forEach((t, i) => {
    const line = obj(t);
    const rateId = idText(line.rate_id);
    const label = text(line.label).trim() || undefined;
    let rate: string;
    if (line.rate_percent !== undefined && line.rate_percent !== null && line.rate_percent !== '') {
      // A whole JSON number (as WooCommerce sends it) is its own plain text and never unreadable.
      const percent = line.rate_percent;
      rate = typeof percent === 'number' && Number.isSafeInteger(percent) ? String(percent) : plain(log.amount(percent, `tax_lines[${i}].rate_percent`));
    } else {
      rate = deriveRate(o, rateId);
      log.add({
        code: 'missing-field',
        field: `tax_lines[${i}].rate_percent`,
        message: `tax rate ${rateId} has no rate_percent (WooCommerce before 3.7); derived ${rate} % from the taxed lines`,
      });
    }
    known.set(rateId, { rate, rateId: rateId || undefined, label });
  });
  return {
    portion(rateId) {
      const hit = known.get(rateId);
      if (hit) return hit;
      const derived = { rate: deriveRate(o, rateId), rateId: rateId || undefined };
      known.set(rateId, derived);
      return derived;
    },
  };
}

function deriveRate(o: Json, rateId: string): string {
  const base: Dec[] = [];
  const tax: Dec[] = [];
  for (const list of [o.line_items, o.shipping_lines, o.fee_lines]) {
    for (const l of arr(list)) {
      const line = obj(l);
      const hits = arr(line.taxes).map(obj).filter((t) => idText(t.id) === rateId && text(t.total).trim() !== '');
      if (hits.length === 0) continue;
      base.push(safe(line.total));
      for (const h of hits) tax.push(safe(h.total));
    }
  }
  const net = sum(base);
  if (net.isZero()) return '0';
  return plain(sum(tax).div(net).times(100).toDecimalPlaces(2));
}

function safe(value: unknown): Dec {
  try {
    return dec(text(value).trim() || 0);
  } catch {
    return dec(0);
  }
}
