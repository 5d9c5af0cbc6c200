import { readOrderList } from '../../../shared/days/order-list';
import type { OrderListDocument } from '../../../shared/days/order-list-pdf';
import type { Profile } from '../../../shared/profile/schema';
import type { DayRow, Ledger } from '../../ledger';

/** The shop as the owner named it in the setup wizard, else its web address. */
export function shopNameOf(ledger: Ledger, profile: Pick<Profile, 'shop'>): string {
  const named = ledger.kv.get('shop:name');
  if (typeof named === 'string' && named.trim()) return named.trim();
  try {
    return new URL(profile.shop.url).hostname;
  } catch {
    return profile.shop.url;
  }
}

/**
 * A frozen day's order list as a document (for the PDF, the app and the accountant's mail),
 * read from the CSV fixed when the day was frozen, so every copy shows the same rows. Null
 * while the day is open: its list is not fixed yet.
 */
export function orderListDocument(ledger: Ledger, profile: Pick<Profile, 'shop'>, day: DayRow): OrderListDocument | null {
  if (day.orderList === null) return null;
  return {
    shop: shopNameOf(ledger, profile),
    day: day.day,
    currency: day.currency,
    abroad: day.zone === 'abroad',
    rows: readOrderList(day.orderList),
    gross: day.gross ?? '0.00',
    invoiceNumber: day.bookedNumber,
    fixedAt: day.frozenAt ?? day.updatedAt,
  };
}
