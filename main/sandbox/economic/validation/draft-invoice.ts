import { dec } from '../../../../shared/domain/money';
import { CURRENCIES, LAYOUTS, PAYMENT_TERMS, PRODUCT_GROUPS, UNITS, VAT_ZONES, salesVatRate } from '../seed';
import { Validation } from '../errors';
import { decodeProductNumber } from '../product-number';
import type { Json, LineRecord } from '../records';
import type { Store } from '../store';
import { computeDueDate } from '../due-date';
import { date, decimal, int, isObj, jsonObj, missingRef, refId, requireObjectBody, str, type Obj } from './common';

const PAYMENT_TERMS_TYPES = ['net', 'invoiceMonth', 'paidInCash', 'prepaid', 'dueDate', 'factoring', 'invoiceWeekStartingSunday', 'invoiceWeekStartingMonday', 'creditcard', 'avtaleGiro'];

export interface DraftInput {
  date: string;
  dueDate: string;
  currency: string;
  exchangeRate: string;
  customerNumber: number;
  paymentTermsNumber: number;
  layoutNumber: number;
  recipient: Record<string, Json>;
  vatZoneNumber: number;
  extras: Record<string, Json>;
  lines: Array<Omit<LineRecord, 'totalNetAmount' | 'vatAmount' | 'marginInBaseCurrency' | 'marginPercentage'> & { priced: boolean }>;
}

/** Exchange rate = cost in base currency of 100 units (restdocs); the default table is per 100 DKK. */
export function defaultExchangeRate(currency: string, baseCurrency: string): string {
  if (currency === baseCurrency) return '100';
  const rate = (code: string) => CURRENCIES.find((c) => c.code === code)?.defaultExchangeRate ?? '100';
  return dec(rate(currency)).div(rate(baseCurrency)).times(100).toDecimalPlaces(6).toFixed();
}

function validateRecipient(v: Validation, b: Obj): { recipient: Record<string, Json>; vatZoneNumber?: number } {
  const out: Record<string, Json> = {};
  const r = b.recipient;
  if (r === undefined) {
    v.add(['recipient'], 'E04300', 'Property recipient is required.');
    return { recipient: out };
  }
  if (!isObj(r)) {
    v.add(['recipient'], 'E04300', 'Property recipient must be an object.', r as Json);
    return { recipient: out };
  }
  const p = ['recipient'];
  const limits: Array<[string, number, boolean?]> = [['name', 250, true], ['address', 250], ['zip', 50], ['city', 250], ['country', 50], ['ean', 13], ['publicEntryNumber', 40], ['mobilePhone', 50], ['cvr', 40]];
  for (const [key, max, required] of limits) {
    const s = str(v, r, key, p, { max, required });
    if (s !== undefined) out[key] = s;
  }
  if (r.nemHandelType !== undefined) {
    if (!['ean', 'corporateIdentificationNumber', 'pNumber'].includes(r.nemHandelType as string)) v.add([...p, 'nemHandelType'], 'E04300', 'nemHandelType must be ean, corporateIdentificationNumber or pNumber.', r.nemHandelType as Json);
    else out.nemHandelType = r.nemHandelType as string;
  }
  const attention = jsonObj(v, r, 'attention', p);
  if (attention) out.attention = attention;
  const vatZoneNumber = refId<number>(v, r, 'vatZone', p, 'vatZoneNumber', 'int', { required: true, resourcePath: 'vat-zones' });
  if (vatZoneNumber !== undefined && !VAT_ZONES.some((z) => z.vatZoneNumber === vatZoneNumber && z.enabledForCustomer)) {
    missingRef(v, [...p, 'vatZone'], 'vatZone', vatZoneNumber, 'vat-zones');
    return { recipient: out };
  }
  return { recipient: out, vatZoneNumber };
}

function validateLines(v: Validation, b: Obj, store: Store, vatZoneNumber: number | undefined): DraftInput['lines'] {
  const raw = b.lines;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    v.add(['lines'], 'E04300', 'Property lines must be an array.', raw as Json);
    return [];
  }
  return raw.map((line, i) => {
    const p: Array<string | number> = ['lines', i];
    const l = isObj(line) ? line : {};
    if (!isObj(line)) v.add(p, 'E04300', 'A line must be an object.', line as Json);
    const lineNumber = int(v, l, 'lineNumber', p, { min: 1 }) ?? i + 1;
    const sortKey = int(v, l, 'sortKey', p, { min: 1 }) ?? lineNumber;
    const description = str(v, l, 'description', p, { max: 2500 });
    const productNumber = refId<string>(v, l, 'product', p, 'productNumber', 'string', { resourcePath: 'products', decodeSelf: decodeProductNumber });
    const product = productNumber !== undefined ? store.products.get(productNumber) : undefined;
    if (productNumber !== undefined && !product) missingRef(v, [...p, 'product'], 'product', productNumber, 'products');
    const hasProduct = l.product !== undefined;
    if (hasProduct && description === undefined && l.description === undefined) {
      v.add([...p, 'description'], 'E04300', 'Property description must have a value when product is set.');
    }
    const quantity = decimal(v, l, 'quantity', p, { required: hasProduct, requiredCode: 'E04730', requiredMessage: 'Property quantity must have a value when product is set.' });
    const unitNetPrice = decimal(v, l, 'unitNetPrice', p, { maxDecimals: 2 });
    const discountPercentage = decimal(v, l, 'discountPercentage', p, { maxDecimals: 2, min: '0', max: '100' });
    const unitCostPrice = decimal(v, l, 'unitCostPrice', p, { maxDecimals: 2 });
    const unitNumber = refId<number>(v, l, 'unit', p, 'unitNumber', 'int', { resourcePath: 'units' });
    if (unitNumber !== undefined && !UNITS.some((u) => u.unitNumber === unitNumber)) missingRef(v, [...p, 'unit'], 'unit', unitNumber, 'units');
    const extras: Record<string, Json> = {};
    for (const key of ['departmentalDistribution', 'accrual'] as const) {
      const o = jsonObj(v, l, key, p);
      if (o) extras[key] = o;
    }
    const group = product ? PRODUCT_GROUPS.find((g) => g.productGroupNumber === product.productGroupNumber) : undefined;
    return {
      lineNumber,
      sortKey,
      description,
      productNumber: product?.productNumber,
      unitNumber: unitNumber ?? product?.unitNumber,
      quantity: quantity ?? '1',
      // an omitted price takes the product's sales price, as on e-conomic's invoice line template
      unitNetPrice: unitNetPrice ?? product?.salesPrice ?? '0',
      discountPercentage: discountPercentage ?? '0',
      unitCostPrice: unitCostPrice ?? product?.costPrice ?? '0',
      extras,
      vatRate: group && vatZoneNumber !== undefined ? salesVatRate(group, vatZoneNumber) : '0',
      priced: product !== undefined,
    };
  });
}

/**
 * Validates a POST/PUT /invoices/drafts document atomically (one bad line rejects the whole
 * invoice). Read-only totals in the request are ignored, as e-conomic recomputes them.
 */
export function validateDraft(body: unknown, store: Store, baseCurrency: string, v: Validation): DraftInput {
  const b = requireObjectBody(body) as Obj;

  const currency = str(v, b, 'currency', [], { required: true, min: 3, max: 3 });
  if (currency !== undefined && !CURRENCIES.some((c) => c.code === currency)) missingRef(v, ['currency'], 'currency', currency, 'currencies');
  const customerNumber = refId<number>(v, b, 'customer', [], 'customerNumber', 'int', { required: true, resourcePath: 'customers' });
  if (customerNumber !== undefined && !store.customers.has(customerNumber)) missingRef(v, ['customer'], 'customer', customerNumber, 'customers');
  const invoiceDate = date(v, b, 'date', [], true);
  const exchangeRate = decimal(v, b, 'exchangeRate', [], { min: '0.000001', max: '999999999999' });
  const layoutNumber = refId<number>(v, b, 'layout', [], 'layoutNumber', 'int', { required: true, resourcePath: 'layouts' });
  if (layoutNumber !== undefined && !LAYOUTS.some((l) => l.layoutNumber === layoutNumber)) missingRef(v, ['layout'], 'layout', layoutNumber, 'layouts');

  const paymentTermsNumber = refId<number>(v, b, 'paymentTerms', [], 'paymentTermsNumber', 'int', { required: true, resourcePath: 'payment-terms' });
  const terms = PAYMENT_TERMS.find((t) => t.paymentTermsNumber === paymentTermsNumber);
  if (paymentTermsNumber !== undefined && !terms) {
    // the live API reports unknown payment terms with their own code (error-validation-400.2024.json)
    v.add(['paymentTerms'], 'E07080', `PaymentTerms '${paymentTermsNumber}' not found.`, paymentTermsNumber, 'Find a list of paymentTermss at /payment-terms .');
  }
  const sentType = isObj(b.paymentTerms) ? b.paymentTerms.paymentTermsType : undefined;
  if (sentType !== undefined && (!PAYMENT_TERMS_TYPES.includes(sentType as string) || !terms || terms.paymentTermsType !== sentType)) {
    // reported at top level under "paymentTermsType", exactly like the live sample
    v.add(['paymentTermsType'], 'E07180', 'Payment terms type does not match the type on the payment terms specified.', sentType as Json, 'Either specify the matching payment terms type for the payment terms in question, or omit the property.');
  }
  const sentDueDate = date(v, b, 'dueDate', [], terms?.paymentTermsType === 'dueDate');

  const { recipient, vatZoneNumber } = validateRecipient(v, b);

  const extras: Record<string, Json> = {};
  if (b.notes !== undefined) {
    const notes = jsonObj(v, b, 'notes', []);
    if (notes) {
      const out: Record<string, Json> = {};
      for (const [key, max] of [['heading', 250], ['textLine1', 1000], ['textLine2', 1000]] as const) {
        const s = str(v, notes, key, ['notes'], { max });
        if (s !== undefined) out[key] = s;
      }
      extras.notes = out;
    }
  }
  if (b.references !== undefined) {
    const refs = jsonObj(v, b, 'references', []);
    if (refs) {
      const out: Record<string, Json> = { ...refs };
      const other = str(v, refs, 'other', ['references'], { max: 250 });
      if (other === undefined) delete out.other;
      extras.references = out;
    }
  }
  if (b.delivery !== undefined) {
    const d = jsonObj(v, b, 'delivery', []);
    if (d) {
      const out: Record<string, Json> = {};
      for (const [key, max] of [['address', 255], ['zip', 30], ['city', 50], ['country', 50], ['deliveryTerms', 100]] as const) {
        const s = str(v, d, key, ['delivery'], { max });
        if (s !== undefined) out[key] = s;
      }
      const dd = date(v, d, 'deliveryDate', ['delivery'], false);
      if (dd) out.deliveryDate = dd;
      extras.delivery = out;
    }
  }
  for (const key of ['project', 'deliveryLocation'] as const) {
    const o = jsonObj(v, b, key, []);
    if (o) extras[key] = o;
  }
  const externalId = str(v, b, 'externalId', [], { max: 250 });
  if (externalId !== undefined) extras.externalId = externalId;

  const lines = validateLines(v, b, store, vatZoneNumber);
  v.throwIfAny();

  return {
    date: invoiceDate!,
    dueDate: computeDueDate(terms!.paymentTermsType, terms!.daysOfCredit, invoiceDate!, sentDueDate),
    currency: currency!,
    exchangeRate: exchangeRate ?? defaultExchangeRate(currency!, baseCurrency),
    customerNumber: customerNumber!,
    paymentTermsNumber: paymentTermsNumber!,
    layoutNumber: layoutNumber!,
    recipient,
    vatZoneNumber: vatZoneNumber!,
    extras,
    lines,
  };
}
