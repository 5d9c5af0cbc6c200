import type { BuyerDetail, NormalizedOrder, Order } from '../../shared/domain/order';
import { CODES } from '../../shared/errors';
import type { Profile } from '../../shared/profile/schema';
import type { ShopConnector } from '../connectors/shops/types';
import type { OrderFacts } from '../ledger/orders';
import type { EngineContext } from './context';
import { recordSeen } from './record-seen';

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

/**
 * What a customer of the buyer's own is made of in e-conomic: the buyer is found by e-mail
 * and the customer card carries name and address. Created from withheld data it would be a
 * nameless card that the buyer's next order, once the shop sends the details, does not find.
 */
const OWN_CUSTOMER_NEEDS: readonly BuyerDetail[] = ['name', 'email', 'address'];

/**
 * The withheld buyer details this order cannot be invoiced without under the profile: the
 * buyer's own customer needs them; a collective-customer invoice (the default, a rule's
 * customer, a day's summary) needs none of them.
 */
export function withheldDetailsNeeded(order: Order, profile: Profile, ruleCustomerNumber: number | undefined): BuyerDetail[] {
  if (profile.customers.mode !== 'perBuyer' || ruleCustomerNumber !== undefined) return [];
  return (order.withheld ?? []).filter((d) => OWN_CUSTOMER_NEEDS.includes(d));
}

/**
 * The order waits for the shop to send what it withholds. It needs the owner (a setting in
 * the shop), so it is "needs attention"; but the one entry for the shop says what to do, so
 * the order gets no entry of its own (thousands of orders, one cause, one entry).
 */
export function waitForWithheldDetails(ctx: EngineContext, order: Order, details: BuyerDetail[]): void {
  ctx.ledger.orders.transition(order.id, 'needs-attention', { reasonCode: CODES.shopCustomerDataWithheld, reasonDetail: { params: {}, withheld: details }, by: 'engine' });
  ctx.log.resolveForOrder(order.id);
}

/** A booked order whose mail waited for the e-mail the shop withheld, now read with one: its mail can go. */
export function mailGetsItsAddress(row: OrderFacts, order: Order): boolean {
  return row.state === 'done' && row.reasonCode === CODES.shopCustomerDataWithheld && row.bookedNumber !== null && Boolean(order.billing.email);
}

/**
 * Orders that wait for withheld details (to be invoiced, or booked and waiting to be mailed)
 * are not changed in the shop when the owner approves the app, so the poll would never bring
 * them again: unless this sync's poll showed that the shop still withholds, they are read
 * again one by one. The first that still comes withheld ends it (one call per sync while the
 * shop withholds and the poll found nothing new); the rest move on. Returns what was withheld
 * and how many orders were read, for the shop's entry.
 */
export async function rereadWaitingOrders(
  ctx: EngineContext,
  shop: Pick<ShopConnector, 'getOrder'>,
  skip: ReadonlySet<string>,
  handle: (normalized: NormalizedOrder) => Promise<void>,
  signal?: AbortSignal,
): Promise<{ withheld: string[]; ordersRead: number }> {
  const waiting = ctx.ledger.orders
    .list({ states: ['needs-attention', 'done'], reasonCode: CODES.shopCustomerDataWithheld, limit: 100_000, sort: 'modified-asc' })
    .items.filter((r) => !skip.has(r.orderId));
  let ordersRead = 0;
  for (const row of waiting) {
    if (signal?.aborted) break;
    const fresh = await shop.getOrder(row.orderId);
    if (!fresh) continue;
    ordersRead++;
    if (fresh.order.withheld?.length) return { withheld: fresh.order.withheld, ordersRead };
    recordSeen(ctx.ledger, fresh);
    await handle(fresh);
  }
  return { withheld: [], ordersRead };
}
