import type { Order, OrderLine } from '../../../shared/domain/order';
import { dec, plain } from '../../../shared/domain/money';
import { isZeroAmount } from '../../../shared/domain/oere';
import { CODES, type ProblemReport } from '../../../shared/errors';
import { isVatRateOf, vatRatesOn } from '../../../shared/vat/eu-rates';
import { ossKey, taxDay, vatTreatment } from '../../../shared/vat/treatment';
import type { ValidationContext } from '../context';

/** Every line that becomes an invoice line, numbered the way the owner counts them (1-based). */
export function invoiceLines(order: Order): Array<{ line: OrderLine; number: number }> {
  return [...order.lines, ...order.shippingLines, ...order.feeLines].map((line, i) => ({ line, number: i + 1 }));
}

/** Product lines need a SKU that exists in e-conomic, or a way to get one (OSS lines go on the country's OSS product instead). */
export function checkProducts(order: Order, ctx: ValidationContext): ProblemReport[] {
  const out: ProblemReport[] = [];
  if (vatTreatment(order, ctx.profile).kind === 'oss') return out;
  const { createMissingProducts, products } = ctx.profile;
  const hasFallback = Boolean(products.fallback);
  for (const { line, number } of invoiceLines(order)) {
    if (line.kind !== 'product') continue;
    const sku = line.sku?.trim() ?? '';
    if (sku === '') {
      if (!hasFallback) out.push({ code: CODES.missingSku, params: { orderNumber: order.number, line: number, product: line.name } });
      continue;
    }
    if (ctx.knownProducts.has(sku) || createMissingProducts || hasFallback) continue;
    out.push({ code: CODES.skuNotInEconomic, params: { orderNumber: order.number, sku, product: line.name } });
  }
  return out;
}

/** Negative quantities belong to refunds; on an order they would turn part of the invoice into a credit. */
export function checkQuantities(order: Order): ProblemReport[] {
  const out: ProblemReport[] = [];
  for (const { line, number } of invoiceLines(order)) {
    let quantity;
    try {
      quantity = dec(line.quantity);
    } catch {
      out.push({ code: CODES.invalidAmount, params: { orderNumber: order.number, field: `lines[${number - 1}].quantity`, value: line.quantity } });
      continue;
    }
    if (quantity.isNegative()) {
      out.push({ code: CODES.negativeQuantity, params: { orderNumber: order.number, line: number, product: line.name, quantity: line.quantity } });
    }
  }
  return out;
}

function normalRate(rate: string): string {
  try {
    return plain(rate);
  } catch {
    return rate;
  }
}

/** The VAT rates an order's lines were taxed at, as "25", "0", "7.5". */
export function lineVatRates(order: Order): string[] {
  const rates = new Set<string>();
  for (const { line } of invoiceLines(order)) {
    if (isZeroAmount(line.total) && isZeroAmount(line.tax)) continue;
    // Tax portions that collected nothing (a 10 % line at price 0 on an exempt order) apply no rate.
    const charged = line.taxes.filter((t) => !isZeroAmount(t.amount));
    if (line.taxRate !== null) rates.add(normalRate(line.taxRate));
    else if (charged.length > 0) for (const t of charged) rates.add(normalRate(t.rate));
    else if (isZeroAmount(line.tax)) rates.add('0');
  }
  return [...rates];
}

/**
 * Each VAT rate needs a product group with a matching VAT code; a new rate is a mapping prompt.
 * An OSS order's rates must be rates of the buyer's country on the order's day (anything else
 * is almost always the shop's tax set-up, so it is held with the country's rates), and each
 * needs the country's product group for that rate ("DE:19"), chosen or proposed by e-conomic.
 */
export function checkVatRates(order: Order, ctx: ValidationContext): ProblemReport[] {
  const treatment = vatTreatment(order, ctx.profile);
  if (treatment.kind === 'oss') return checkOssRates(order, treatment.country, ctx);
  return lineVatRates(order)
    .filter((rate) => !ctx.vatRatesWithProductGroup.has(rate))
    .map((rate) => ({ code: CODES.vatRateWithoutProductGroup, params: { orderNumber: order.number, vatRate: rate } }));
}

function checkOssRates(order: Order, country: string, ctx: ValidationContext): ProblemReport[] {
  const day = taxDay(order);
  const out: ProblemReport[] = [];
  for (const rate of lineVatRates(order)) {
    if (!isVatRateOf(country, day, rate)) {
      const rates = (vatRatesOn(country, day) ?? []).join(' / ');
      out.push({ code: CODES.ossRateNotOfCountry, params: { orderNumber: order.number, country, vatRate: rate, vatRates: rates, date: day } });
    } else if (!ctx.vatRatesWithProductGroup.has(ossKey(country, rate))) {
      out.push({ code: CODES.ossRateWithoutProductGroup, params: { orderNumber: order.number, country, vatRate: rate } });
    }
  }
  return out;
}

/** Shipping methods are checked only when the profile maps them one by one. */
export function checkShippingMethods(order: Order, ctx: ValidationContext): ProblemReport[] {
  const known = ctx.knownShippingMethods;
  if (!known) return [];
  const seen = new Set<string>();
  const out: ProblemReport[] = [];
  for (const line of order.shippingLines) {
    const method = line.methodId?.trim() || line.name.trim();
    if (method === '' || known.has(method) || seen.has(method)) continue;
    seen.add(method);
    out.push({ code: CODES.shippingMethodUnmapped, params: { orderNumber: order.number, shippingMethod: method } });
  }
  return out;
}
