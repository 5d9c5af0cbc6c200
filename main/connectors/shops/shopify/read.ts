import { dec, type Dec } from '../../../../shared/domain/money';
import type { NormalizationFinding } from '../../../../shared/domain/order';
import { list, obj, text, type Json } from '../shop-json';

/**
 * Shopify's own readers, beside those every shop's JSON shares (../shop-json.ts): GraphQL
 * connections, global ids, and MoneyBag amounts with the findings of one order.
 */

/** Items of a connection, whether the query asked for `nodes` or `edges { node }`. */
export function nodes(connection: unknown): Json[] {
  const c = obj(connection);
  if (Array.isArray(c.nodes)) return list(c.nodes);
  if (Array.isArray(c.edges)) return list(c.edges).map((e) => obj(e.node));
  return Array.isArray(connection) ? list(connection) : [];
}

/** "gid://shopify/Order/123" → "123" (kept as text: ids exceed 2^53). */
export function legacyId(gidOrId: unknown): string {
  const s = text(gidOrId);
  const m = /^gid:\/\/shopify\/[^/]+\/([^?]+)/.exec(s);
  return m ? m[1] : s;
}

/**
 * Reads amounts from one side of every MoneyBag (`shopMoney` or `presentmentMoney`, chosen by
 * the profile); what cannot be read counts as 0 and is kept as a finding.
 */
export class AmountReader {
  readonly findings: NormalizationFinding[] = [];
  constructor(private readonly side: 'shopMoney' | 'presentmentMoney') {}

  amount(bag: unknown, field: string): Dec {
    if (bag === null || bag === undefined) return dec(0);
    const m = obj(obj(bag)[this.side]);
    if (m.amount === undefined || m.amount === null) {
      this.findings.push({ code: 'missing-field', message: `${field} has no ${this.side} amount`, field });
      return dec(0);
    }
    return this.decimal(m.amount, field);
  }

  decimal(value: unknown, field: string): Dec {
    try {
      const d = dec(typeof value === 'number' ? String(value) : (value as string));
      if (d.isFinite()) return d;
    } catch {
      // reported below
    }
    this.findings.push({ code: 'invalid-amount', message: `${field} is not a number: ${JSON.stringify(value)}`, field, actual: String(value) });
    return dec(0);
  }
}
