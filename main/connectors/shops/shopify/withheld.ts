import type { BuyerDetail, NormalizedOrder } from '../../../../shared/domain/order';

/**
 * Which buyer detail a field Shopify withheld carries (protected customer data, level 2:
 * name, e-mail, phone, address). The field is the last name in the error's path, e.g.
 * "billingAddress.firstName" or "customer.email".
 */
const DETAIL_OF_FIELD: Record<string, BuyerDetail> = {
  firstName: 'name',
  lastName: 'name',
  name: 'name',
  displayName: 'name',
  email: 'email',
  defaultEmailAddress: 'email',
  emailAddress: 'email',
  phone: 'phone',
  defaultPhoneNumber: 'phone',
  phoneNumber: 'phone',
  address1: 'address',
  address2: 'address',
  zip: 'address',
  formatted: 'address',
  defaultAddress: 'address',
};

const ORDER: readonly BuyerDetail[] = ['name', 'email', 'phone', 'address'];

/** The buyer details behind the withheld field names of an answer, each once, in a fixed order. */
export function withheldDetails(fields: readonly string[]): BuyerDetail[] {
  const details = new Set(fields.map((f) => DETAIL_OF_FIELD[f.split('.').pop() ?? '']).filter((d) => d !== undefined));
  return ORDER.filter((d) => details.has(d));
}

/**
 * Marks an order read from an answer in which Shopify withheld these details: they are empty
 * because Shopify would not say, which the engine must tell apart from a buyer who left them out.
 */
export function markWithheld(normalized: NormalizedOrder, details: readonly BuyerDetail[]): NormalizedOrder {
  if (details.length === 0) return normalized;
  return { ...normalized, order: { ...normalized.order, withheld: [...details] } };
}
