import { CURRENCIES, CUSTOMER_GROUPS, LAYOUTS, PAYMENT_TERMS, VAT_ZONES } from '../seed';
import { Validation } from '../errors';
import type { CustomerRecord, Json } from '../records';
import { bool, decimal, int, missingRef, refId, requireObjectBody, str, type Obj } from './common';

/** Text properties of a customer with their restdocs length limits. */
const TEXT_LIMITS: Array<[string, number]> = [
  ['address', 510], ['zip', 30], ['city', 50], ['country', 50], ['email', 255], ['corporateIdentificationNumber', 40],
  ['pNumber', 10], ['ean', 40], ['publicEntryNumber', 50], ['vatNumber', 50], ['telephoneAndFaxNumber', 255],
  ['mobilePhone', 50], ['website', 255],
];

export type CustomerInput = Omit<CustomerRecord, 'lastUpdated' | 'customerNumber'> & { customerNumber?: number };

export function validateCustomer(body: unknown, v: Validation): CustomerInput {
  const b = requireObjectBody(body) as Obj;
  const fields: Record<string, Json> = {};
  const customerNumber = int(v, b, 'customerNumber', [], { min: 1, max: 999999999 });
  const name = str(v, b, 'name', [], { required: true, min: 1, max: 255 });
  if (name !== undefined) fields.name = name;
  for (const [key, max] of TEXT_LIMITS) {
    const s = str(v, b, key, [], { max });
    if (s !== undefined) fields[key] = s;
  }
  if (bool(v, b, 'barred', [])) fields.barred = true;
  for (const key of ['attention', 'customerContact', 'salesPerson', 'defaultDeliveryLocation'] as const) {
    if (b[key] !== undefined && typeof b[key] === 'object' && b[key] !== null) fields[key] = b[key] as Json;
  }

  const currency = str(v, b, 'currency', [], { required: true, min: 3, max: 3 });
  if (currency !== undefined && !CURRENCIES.some((c) => c.code === currency)) missingRef(v, ['currency'], 'currency', currency, 'currencies');
  const customerGroupNumber = refId<number>(v, b, 'customerGroup', [], 'customerGroupNumber', 'int', { required: true, resourcePath: 'customer-groups' });
  if (customerGroupNumber !== undefined && !CUSTOMER_GROUPS.some((g) => g.customerGroupNumber === customerGroupNumber)) missingRef(v, ['customerGroup'], 'customerGroup', customerGroupNumber, 'customer-groups');
  const paymentTermsNumber = refId<number>(v, b, 'paymentTerms', [], 'paymentTermsNumber', 'int', { required: true, resourcePath: 'payment-terms' });
  if (paymentTermsNumber !== undefined && !PAYMENT_TERMS.some((t) => t.paymentTermsNumber === paymentTermsNumber)) missingRef(v, ['paymentTerms'], 'paymentTerms', paymentTermsNumber, 'payment-terms');
  const vatZoneNumber = refId<number>(v, b, 'vatZone', [], 'vatZoneNumber', 'int', { required: true, resourcePath: 'vat-zones' });
  if (vatZoneNumber !== undefined && !VAT_ZONES.some((z) => z.vatZoneNumber === vatZoneNumber && z.enabledForCustomer)) missingRef(v, ['vatZone'], 'vatZone', vatZoneNumber, 'vat-zones');
  let layoutNumber = refId<number>(v, b, 'layout', [], 'layoutNumber', 'int', { resourcePath: 'layouts' });
  if (layoutNumber !== undefined && !LAYOUTS.some((l) => l.layoutNumber === layoutNumber)) missingRef(v, ['layout'], 'layout', layoutNumber, 'layouts');
  const creditLimit = decimal(v, b, 'creditLimit', [], { maxDecimals: 2 }) ?? '0';
  v.throwIfAny();
  // without an explicit layout a customer uses its group's layout (the live create response shows one)
  layoutNumber ??= CUSTOMER_GROUPS.find((g) => g.customerGroupNumber === customerGroupNumber)?.layoutNumber;
  return {
    customerNumber,
    fields,
    currency: currency!,
    customerGroupNumber: customerGroupNumber!,
    paymentTermsNumber: paymentTermsNumber!,
    vatZoneNumber: vatZoneNumber!,
    layoutNumber,
    creditLimit,
  };
}
