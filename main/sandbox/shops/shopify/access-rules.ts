import { GraphQLError } from 'graphql';
import type { ShopifySettings } from './shop-settings';

/**
 * What a shop's settings withhold from an app, with the errors Shopify answers:
 *
 * - Access scopes (shopify.dev changelog "New error messages for GraphQL operations without
 *   necessary access scopes", 2020-07): a root field the app has no scope for is refused with
 *   ACCESS_DENIED and `requiredAccess`; its value is null (for `orders`, which cannot be null,
 *   `data` itself becomes null).
 * - Protected customer data (shopify.dev/docs/apps/launch/protected-customer-data): orders
 *   are protected customer data, so an app without level 1 gets "not approved to access the
 *   Order object" (seen live in 2026-10 on a development store). With level 1 only, the
 *   protected customer fields (name, address lines and zip, geolocation, email, phone) are
 *   null, with one `errors` entry per field in the answer and HTTP 200, exactly as the docs'
 *   example shows (message, locations, path; no extensions).
 */

type Category = 'name' | 'address' | 'email' | 'phone';

/** Level-2 fields, by type: the docs' four categories spelt out on the Admin API's types. */
const PROTECTED_FIELDS: Record<string, Record<string, Category>> = {
  Customer: {
    firstName: 'name',
    lastName: 'name',
    displayName: 'name',
    email: 'email',
    defaultEmailAddress: 'email',
    phone: 'phone',
    defaultPhoneNumber: 'phone',
    defaultAddress: 'address',
    addresses: 'address',
    addressesV2: 'address',
  },
  MailingAddress: {
    firstName: 'name',
    lastName: 'name',
    name: 'name',
    address1: 'address',
    address2: 'address',
    zip: 'address',
    formatted: 'address',
    latitude: 'address',
    longitude: 'address',
    phone: 'phone',
  },
  Order: { email: 'email', phone: 'phone' },
};

/** Root fields that read orders: the scope they need and the protected object they return. */
const ORDER_ROOT_FIELDS: Record<string, string> = { orders: 'Order', order: 'Order', refund: 'Refund' };

const DATA_REQUEST_URL = 'https://partners.shopify.com/1/apps/1/customer_data';

/** True when the field is a level-2 field the shop has not approved. */
export function isWithheldField(settings: ShopifySettings, typeName: string, fieldName: string): boolean {
  return settings.protectedCustomerData < 2 && PROTECTED_FIELDS[typeName]?.[fieldName] !== undefined;
}

export function withheldFieldError(typeName: string, fieldName: string): GraphQLError {
  const message =
    typeName === 'Customer'
      ? `This app is not approved to access the Customer object. See ${DATA_REQUEST_URL} for more details.`
      : `This app is not approved to use the ${fieldName} field. See ${DATA_REQUEST_URL} for more details.`;
  return new GraphQLError(message);
}

/** Why a root field is refused under these settings, or null when it is answered. */
export function rootFieldRefusal(settings: ShopifySettings, fieldName: string): GraphQLError | null {
  const object = ORDER_ROOT_FIELDS[fieldName];
  if (object === undefined) return null;
  if (!settings.scopes.includes('read_orders')) {
    return new GraphQLError(`Access denied for ${fieldName} field. Required access: \`read_orders\` access scope.`, {
      extensions: { code: 'ACCESS_DENIED', documentation: 'https://shopify.dev/api/usage/access-scopes', requiredAccess: '`read_orders` access scope.' },
    });
  }
  if (settings.protectedCustomerData === 0) {
    return new GraphQLError(`This app is not approved to access the ${object} object. See https://shopify.dev/docs/apps/launch/protected-customer-data for more details.`, {
      extensions: { code: 'ACCESS_DENIED' },
    });
  }
  return null;
}

const SIXTY_DAYS_MS = 60 * 24 * 60 * 60 * 1000;

/** The oldest creation time an app may see: 60 days back without `read_all_orders`, else none. */
export function oldestVisibleOrder(settings: ShopifySettings, now: number): number {
  return settings.scopes.includes('read_all_orders') ? -Infinity : now - SIXTY_DAYS_MS;
}
