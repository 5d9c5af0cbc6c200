import { dec, money, sum, type Dec } from '../../../../shared/domain/money';
import type { GiftCardRedemption, OrderLine, TaxPortion } from '../../../../shared/domain/order';
import type { Json } from '../shop-json';
import type { AmountReader } from './read';

export interface ShopifyTotals {
  itemsSubtotal: Dec;
  shipping: Dec;
  discount: Dec;
  tax: Dec;
  giftCards: Dec;
  total: Dec;
}

/**
 * The order's totals from its lines, checked against Shopify's own totals. The invariant is
 * itemsSubtotal + shipping − discount + tax − giftCards = total, where total is Shopify's order
 * total minus gift-card payments; each check that fails becomes a finding with both numbers.
 */
export function totalsOf(
  o: Json,
  lines: OrderLine[],
  shippingLines: OrderLine[],
  giftCards: GiftCardRedemption[],
  taxesIncluded: boolean,
  r: AmountReader,
): ShopifyTotals {
  const findings = r.findings;
  const allLines = [...lines, ...shippingLines];
  const itemsSubtotal = sum(lines.map((l) => l.subtotal));
  const shipping = sum(shippingLines.map((l) => l.subtotal));
  const discount = sum(allLines.map((l) => l.discount));
  const tax = sum(allLines.map((l) => l.tax));
  const giftCardTotal = sum(giftCards.map((g) => g.amount));
  const shopTotal = r.amount(o.totalPriceSet, 'totalPriceSet');
  const total = shopTotal.minus(giftCardTotal);
  const computed = itemsSubtotal.plus(shipping).minus(discount).plus(tax).minus(giftCardTotal);
  if (!dec(money(computed)).eq(dec(money(total)))) {
    findings.push({
      code: 'totals-mismatch',
      message: `items ${money(itemsSubtotal)} + shipping ${money(shipping)} − discount ${money(discount)} + tax ${money(tax)} − gift cards ${money(giftCardTotal)} = ${money(computed)}, but the order total is ${money(total)}`,
      field: 'totalPriceSet',
      expected: money(total),
      actual: money(computed),
    });
  }
  if (o.subtotalPriceSet) {
    // Shopify's subtotal is the line items after discounts, before shipping; gross when prices include tax.
    const shopSubtotal = r.amount(o.subtotalPriceSet, 'subtotalPriceSet');
    const lineSubtotal = sum(lines.map((l) => (taxesIncluded ? dec(l.total).plus(l.tax) : dec(l.total))));
    if (!dec(money(shopSubtotal)).eq(dec(money(lineSubtotal)))) {
      findings.push({
        code: 'line-mismatch',
        message: `the order lines add up to ${money(lineSubtotal)} after discounts, but the order's subtotal is ${money(shopSubtotal)}`,
        field: 'subtotalPriceSet',
        expected: money(shopSubtotal),
        actual: money(lineSubtotal),
      });
    }
  }
  if (o.totalTaxSet) {
    const shopTax = r.amount(o.totalTaxSet, 'totalTaxSet');
    if (!dec(money(shopTax)).eq(dec(money(tax)))) {
      findings.push({ code: 'tax-mismatch', message: `line and shipping taxes add up to ${money(tax)}, but the order's tax is ${money(shopTax)}`, field: 'totalTaxSet', expected: money(shopTax), actual: money(tax) });
    }
  }
  return { itemsSubtotal, shipping, discount, tax, giftCards: giftCardTotal, total };
}

/** The tax of all lines summed by rate and label. */
export function taxSummaryOf(lines: OrderLine[]): TaxPortion[] {
  const summary = new Map<string, TaxPortion>();
  for (const portion of lines.flatMap((l) => l.taxes)) {
    const key = `${portion.rate}|${portion.label ?? ''}`;
    const prev = summary.get(key);
    summary.set(key, { ...portion, amount: money(dec(prev?.amount ?? 0).plus(portion.amount)) });
  }
  return [...summary.values()];
}
