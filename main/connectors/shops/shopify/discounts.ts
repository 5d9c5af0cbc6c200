import { dec, money, type Dec } from '../../../../shared/domain/money';
import type { Discount } from '../../../../shared/domain/order';
import { obj, text, textOrNull, type Json } from '../shop-json';
import type { DiscountShare } from './lines';
import { nodes } from './read';

function discountKind(typename: unknown): Discount['kind'] {
  if (typename === 'DiscountCodeApplication') return 'coupon';
  if (typename === 'ManualDiscountApplication') return 'manual';
  return 'automatic';
}

/**
 * One entry per discount application, summed over its allocations on product and shipping
 * lines. The code comes from the application (the order's list, else the line's copy), else
 * its title, else the order's first discount code.
 */
export function discountsOf(o: Json, shares: DiscountShare[]): Discount[] {
  const byApplication = new Map<number, { application: Json; net: Dec; tax: Dec }>();
  for (const share of shares) {
    const entry = byApplication.get(share.index) ?? { application: share.application, net: dec(0), tax: dec(0) };
    entry.net = entry.net.plus(share.net);
    entry.tax = entry.tax.plus(share.tax);
    byApplication.set(share.index, entry);
  }
  const applicationsByIndex = new Map(nodes(o.discountApplications).map((a) => [a.index as number, a]));
  const codes = Array.isArray(o.discountCodes) ? o.discountCodes.map(text).filter((c) => c !== '') : [];
  return [...byApplication.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, d]) => {
      const app = { ...d.application, ...obj(applicationsByIndex.get(index)) };
      const code = textOrNull(app.code) ?? textOrNull(app.title) ?? codes[0] ?? 'discount';
      return { code, kind: discountKind(app.__typename), amount: money(d.net), tax: money(d.tax) };
    });
}
