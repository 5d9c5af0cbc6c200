import type { Party } from '../../../../shared/domain/order';
import { text, textOrNull, type Json } from '../shop-json';
import { decodeEntities } from './read';

/**
 * A WooCommerce billing/shipping address as a Party. The VAT number and EAN are not core fields:
 * plugins keep them in order meta under configurable keys, so they are read from there (billing only).
 */
export function partyFromWoo(
  address: Json,
  meta: Record<string, string>,
  keys: { vatNumberMetaKey: string; eanMetaKey: string } | null,
): Party {
  const firstName = decodeEntities(text(address.first_name).trim());
  const lastName = decodeEntities(text(address.last_name).trim());
  const company = textOrNull(decodeEntities(text(address.company)));
  const person = `${firstName} ${lastName}`.trim();
  return {
    firstName,
    lastName,
    name: person || company || '',
    company,
    email: textOrNull(address.email),
    phone: textOrNull(address.phone),
    address1: decodeEntities(text(address.address_1).trim()),
    address2: textOrNull(decodeEntities(text(address.address_2))),
    zip: text(address.postcode).trim(),
    city: decodeEntities(text(address.city).trim()),
    state: textOrNull(address.state),
    country: text(address.country).trim().toUpperCase(),
    vatNumber: keys ? metaValue(meta, keys.vatNumberMetaKey) : null,
    ean: keys ? metaValue(meta, keys.eanMetaKey) : null,
  };
}

function metaValue(meta: Record<string, string>, key: string): string | null {
  if (!key) return null;
  const value = meta[key]?.trim();
  return value ? value.replace(/\s+/g, '') : null;
}
