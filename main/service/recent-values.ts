import { lineVatRates } from '../validation';
import { ossKey, vatTreatment } from '../../shared/vat/treatment';
import type { Order } from '../../shared/domain/order';
import type { SeenValue, ShopRecentValues } from '../../shared/ipc/schemas/setup';

/** How many of the shop's newest orders the setup looks at. */
export const RECENT_ORDERS = 250;

/** Counts values over orders: each order counts once per value, most used first. */
function tally(orders: readonly Order[], valuesOf: (order: Order) => Array<{ value: string; label: string }>): SeenValue[] {
  const seen = new Map<string, SeenValue>();
  for (const order of orders) {
    const once = new Map(valuesOf(order).filter((v) => v.value !== '').map((v) => [v.value, v]));
    for (const v of once.values()) {
      const s = seen.get(v.value) ?? { value: v.value, label: v.label || v.value, orders: 0 };
      s.orders++;
      seen.set(v.value, s);
    }
  }
  return [...seen.values()].sort((a, b) => b.orders - a.orders || a.label.localeCompare(b.label));
}

/**
 * The values the shop's newest orders contain, as the engine reads them: payment
 * gateways, shipping methods, billing countries, currencies, line VAT rates and tags.
 * Mappings and rules pick from these instead of anyone typing them.
 */
export function recentValues(orders: readonly Order[]): ShopRecentValues {
  return {
    orders: orders.length,
    paymentMethods: tally(orders, (o) => [{ value: o.payment.id, label: o.payment.title }]),
    shippingMethods: tally(orders, (o) => o.shippingLines.map((l) => ({ value: l.methodId?.trim() || l.name.trim(), label: l.name.trim() }))),
    countries: tally(orders, (o) => [{ value: o.billing.country, label: o.billing.country }]),
    currencies: tally(orders, (o) => [{ value: o.currency, label: o.currency }]),
    vatRates: tally(orders, (o) => lineVatRates(o).map((rate) => ({ value: rate, label: rate }))),
    ossRates: tally(orders, euConsumerRates),
    tags: tally(orders, (o) => o.tags.map((t) => ({ value: t, label: t }))),
  };
}

/**
 * An EU consumer's country and line rates ("DE:19"), as One-Stop-Shop would book them: by the
 * goods' destination, businesses with a VAT number and territories outside the VAT area left
 * out. Every EU country counts, the shop's own too, so the form can leave out whichever
 * country it shows as home, saved or not.
 */
function euConsumerRates(order: Order): Array<{ value: string; label: string }> {
  const treatment = vatTreatment(order, { homeCountry: '', oss: true });
  if (treatment.kind !== 'oss') return [];
  return lineVatRates(order).map((rate) => ({ value: ossKey(treatment.country, rate), label: ossKey(treatment.country, rate) }));
}
