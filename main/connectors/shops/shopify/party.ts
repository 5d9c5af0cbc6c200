import type { Party } from '../../../../shared/domain/order';
import { list, obj, text, textOrNull, type Json } from '../shop-json';
import { nodes } from './read';

/**
 * Buyer, addresses, tags and meta. Shopify has no VAT-number or EAN field: shops keep them in
 * checkout attributes (customAttributes) or metafields under keys the profile names, so the
 * billing party's are looked up there, attributes first.
 */

export interface ShopifyParties {
  billing: Party;
  shipping: Party | null;
  tags: string[];
  meta: Record<string, string>;
}

function party(address: unknown, fallbackName: { first: string; last: string }, email: string | null, phone: string | null): Party {
  const a = obj(address);
  const firstName = text(a.firstName ?? fallbackName.first);
  const lastName = text(a.lastName ?? fallbackName.last);
  const company = textOrNull(a.company);
  const person = [firstName, lastName].filter((s) => s.trim() !== '').join(' ');
  return {
    firstName,
    lastName,
    name: person || company || text(a.name),
    company,
    email,
    phone: textOrNull(a.phone) ?? phone,
    address1: text(a.address1),
    address2: textOrNull(a.address2),
    zip: text(a.zip),
    city: text(a.city),
    state: textOrNull(a.provinceCode) ?? textOrNull(a.province),
    country: text(a.countryCodeV2).toUpperCase(),
    vatNumber: null,
    ean: null,
  };
}

export function partiesOf(o: Json, keys: { vatNumberMetaKey: string; eanMetaKey: string }): ShopifyParties {
  const attributes = list(o.customAttributes).map((a) => ({ key: text(a.key), value: text(a.value) }));
  const metafields = nodes(o.metafields).map((m) => ({ namespace: text(m.namespace), key: text(m.key), value: text(m.value) }));
  const lookup = (key: string): string | null => {
    const k = key.toLowerCase();
    const attr = attributes.find((a) => a.key.toLowerCase() === k && a.value.trim() !== '');
    if (attr) return attr.value.trim();
    const field = metafields.find((m) => (m.key.toLowerCase() === k || `${m.namespace}.${m.key}`.toLowerCase() === k) && m.value.trim() !== '');
    return field ? field.value.trim() : null;
  };
  const customer = obj(o.customer);
  // Customer.email and Customer.phone are deprecated (2026-01): the customer's default address and number.
  const email = textOrNull(o.email) ?? textOrNull(obj(customer.defaultEmailAddress).emailAddress);
  const phone = textOrNull(o.phone) ?? textOrNull(obj(customer.defaultPhoneNumber).phoneNumber);
  const names = { first: text(customer.firstName), last: text(customer.lastName) };
  const billingSource = o.billingAddress ?? o.shippingAddress ?? null;
  const billing = party(billingSource, names, email, phone);
  billing.vatNumber = lookup(keys.vatNumberMetaKey);
  billing.ean = lookup(keys.eanMetaKey);
  const shipping = o.shippingAddress ? party(o.shippingAddress, names, null, null) : null;
  const meta: Record<string, string> = {};
  for (const a of attributes) meta[a.key] = a.value;
  for (const m of metafields) {
    meta[`${m.namespace}.${m.key}`] = m.value;
    meta[m.key] ??= m.value;
  }
  const tags = [
    ...(Array.isArray(o.tags) ? o.tags.map(text).filter((t) => t !== '') : []),
    ...attributes.map((a) => `${a.key}=${a.value}`),
  ];
  return { billing, shipping, tags, meta };
}
