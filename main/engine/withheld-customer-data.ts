import { CODES } from '../../shared/errors';
import type { EngineContext } from './context';

const SUBJECT = 'shop-customer-data';

/**
 * One log entry for the shop, not one per order, while it withholds buyers' personal data
 * (Shopify without protected-customer-data approval sends those fields null): the orders were
 * read with what was there and are booked to the collective customer (the invoice then names
 * the order); the entry says which setting in the shop to switch on. It is resolved by the
 * first sync that reads orders with nothing withheld.
 */
export function noteWithheldCustomerData(ctx: EngineContext, withheld: ReadonlySet<string>, ordersRead: number): void {
  const profile = ctx.profile.name;
  if (withheld.size > 0) {
    ctx.log.report({ code: CODES.shopCustomerDataWithheld, profile, subject: SUBJECT, params: {}, technical: { message: `withheld fields: ${[...withheld].sort().join(', ')}` } });
  } else if (ordersRead > 0) {
    ctx.log.resolveSubject(profile, CODES.shopCustomerDataWithheld, SUBJECT);
  }
}
