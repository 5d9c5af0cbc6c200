import { dec, money, plain, sum, type Dec } from '../../../../shared/domain/money';
import type { OrderLine, TaxPortion } from '../../../../shared/domain/order';
import { list, obj, text, textOrNull, type Json } from '../shop-json';
import { legacyId, nodes, type AmountReader } from './read';

/**
 * Product and shipping lines, net of tax. When the shop's prices include tax (`taxesIncluded`):
 * - line net total = (unit × quantity − discount allocations) − the line's tax lines;
 * - each discount allocation's net part = allocation / (1 + Σ rates of the line's taxed tax
 *   lines), rounded to øre; its tax part is the rest. The line's net discount is the sum of
 *   those net parts, and net subtotal = net total + net discount.
 * Without included taxes the shop's amounts are already net and the discount's tax is
 * allocation × rate.
 */

interface TaxLineIn {
  rate: Dec;
  title: string;
  amount: Dec;
}

/** One discount allocation on a line, split into its net and tax parts. */
export interface DiscountShare {
  index: number;
  allocated: Dec;
  application: Json;
  net: Dec;
  tax: Dec;
}

export interface BuiltLine {
  line: OrderLine;
  shares: DiscountShare[];
}

function taxLinesOf(value: unknown, r: AmountReader, field: string): TaxLineIn[] {
  return list(value).map((t, i) => {
    const pct = t.ratePercentage ?? null;
    const rate = pct !== null ? r.decimal(pct, `${field}.taxLines[${i}].ratePercentage`).dividedBy(100) : r.decimal(t.rate ?? 0, `${field}.taxLines[${i}].rate`);
    return { rate, title: text(t.title), amount: r.amount(t.priceSet, `${field}.taxLines[${i}].priceSet`) };
  });
}

function portions(taxes: TaxLineIn[]): TaxPortion[] {
  return taxes.map((t) => ({ rate: plain(t.rate.times(100)), label: t.title || undefined, amount: money(t.amount) }));
}

/** The one rate that applies, or null when untaxed or mixed. */
function singleRate(taxes: TaxLineIn[], taxable: boolean): string | null {
  if (!taxable) return null;
  // A tax line that collected nothing (e.g. a 10 % line at price 0 on a tax-exempt order) applies no rate.
  const charged = taxes.filter((t) => !t.amount.isZero());
  const rates = new Set(charged.map((t) => plain(t.rate.times(100))));
  return rates.size === 1 ? [...rates][0] : null;
}

function buildLine(
  raw: { id: string; kind: OrderLine['kind']; sku: string | null; productId: string | null; variantId: string | null; name: string; quantity: Dec; unit: Dec; taxable: boolean; methodId?: string | null },
  allocationsIn: unknown,
  taxes: TaxLineIn[],
  taxesIncluded: boolean,
  r: AmountReader,
  field: string,
): BuiltLine {
  const grossOrNetSubtotal = raw.unit.times(raw.quantity);
  const taxSum = sum(taxes.map((t) => t.amount));
  const rateSum = sum(taxes.filter((t) => !t.amount.isZero()).map((t) => t.rate));
  const shares: DiscountShare[] = list(allocationsIn).map((a, i) => {
    const allocated = r.amount(a.allocatedAmountSet, `${field}.discountAllocations[${i}]`);
    const application = obj(a.discountApplication);
    const index = typeof application.index === 'number' ? application.index : -1;
    if (taxesIncluded) {
      const net = dec(money(allocated.dividedBy(dec(1).plus(rateSum))));
      return { index, allocated, application, net, tax: allocated.minus(net) };
    }
    return { index, allocated, application, net: allocated, tax: dec(money(allocated.times(rateSum))) };
  });
  const allocatedTotal = sum(shares.map((s) => s.allocated));
  const netDiscount = sum(shares.map((s) => s.net));
  let subtotal: Dec;
  let total: Dec;
  if (taxesIncluded) {
    total = grossOrNetSubtotal.minus(allocatedTotal).minus(taxSum);
    subtotal = total.plus(netDiscount);
  } else {
    subtotal = grossOrNetSubtotal;
    total = subtotal.minus(netDiscount);
  }
  const unitPrice = raw.quantity.isZero() ? raw.unit : subtotal.dividedBy(raw.quantity).toDecimalPlaces(6);
  const line: OrderLine = {
    id: raw.id,
    kind: raw.kind,
    sku: raw.sku,
    productId: raw.productId,
    variantId: raw.variantId,
    name: raw.name,
    quantity: plain(raw.quantity),
    unitPrice: unitPrice.decimalPlaces() <= 2 ? money(unitPrice) : plain(unitPrice),
    subtotal: money(subtotal),
    discount: money(netDiscount),
    total: money(total),
    tax: money(taxSum),
    taxes: portions(taxes),
    taxRate: singleRate(taxes, raw.taxable),
  };
  if (raw.kind === 'shipping') line.methodId = raw.methodId ?? null;
  return { line, shares };
}

export function readProductLines(o: Json, taxesIncluded: boolean, r: AmountReader): BuiltLine[] {
  return nodes(o.lineItems).map((l, i) => {
    const field = `lineItems[${i}]`;
    return buildLine(
      {
        id: legacyId(l.id),
        kind: 'product',
        sku: textOrNull(l.sku),
        productId: textOrNull(legacyId(obj(l.product).id)),
        variantId: textOrNull(legacyId(obj(l.variant).id)),
        name: text(l.name ?? l.title),
        quantity: r.decimal(l.quantity ?? 0, `${field}.quantity`),
        unit: r.amount(l.originalUnitPriceSet, `${field}.originalUnitPriceSet`),
        taxable: l.taxable !== false,
      },
      l.discountAllocations,
      taxLinesOf(l.taxLines, r, field),
      taxesIncluded,
      r,
      field,
    );
  });
}

export function readShippingLines(o: Json, taxesIncluded: boolean, r: AmountReader): BuiltLine[] {
  return nodes(o.shippingLines).map((s, i) => {
    const field = `shippingLines[${i}]`;
    return buildLine(
      {
        id: legacyId(s.id) || `shipping-${i + 1}`,
        kind: 'shipping',
        sku: null,
        productId: null,
        variantId: null,
        name: text(s.title),
        quantity: dec(1),
        unit: r.amount(s.originalPriceSet, `${field}.originalPriceSet`),
        taxable: true,
        methodId: textOrNull(s.code),
      },
      s.discountAllocations,
      taxLinesOf(s.taxLines, r, field),
      taxesIncluded,
      r,
      field,
    );
  });
}
