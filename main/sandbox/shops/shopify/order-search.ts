import { GraphQLError } from 'graphql';
import { decodeCursor, paginate, type ConnectionArgs, type Connection } from './connection';

/**
 * The `orders(query:, sortKey:)` part of the Admin API: Shopify's search syntax
 * (`field:value`, comparators, quotes, space = AND, leading `-` = NOT) over the
 * fields an order sync filters on, and cursor paging that stays correct while orders
 * are being modified (a cursor remembers the sort value and id, not a position).
 */

export interface SearchableOrder {
  id: string;
  updatedMs: number;
  createdMs: number;
  processedMs: number;
  financialStatus: string | null;
  fulfillmentStatus: string | null;
  cancelled: boolean;
  closed: boolean;
  name: string;
  email: string | null;
}

type Comparator = ':' | '>=' | '<=' | '>' | '<';
interface Term {
  negate: boolean;
  field: string | null;
  op: Comparator;
  value: string;
}

const TERM = /(-?)(?:([a-z_]+):(>=|<=|>|<)?)?('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\S+)/gi;

export function parseSearch(query: string): Term[] {
  const terms: Term[] = [];
  for (const m of query.matchAll(TERM)) {
    let value = m[4];
    if ((value.startsWith("'") && value.endsWith("'")) || (value.startsWith('"') && value.endsWith('"'))) value = value.slice(1, -1);
    if (!m[2] && /^(AND|OR)$/i.test(value)) continue;
    terms.push({ negate: m[1] === '-', field: m[2]?.toLowerCase() ?? null, op: (m[3] as Comparator | undefined) ?? ':', value });
  }
  return terms;
}

function compareNumbers(actual: number, op: Comparator, expected: number): boolean {
  switch (op) {
    case '>=':
      return actual >= expected;
    case '<=':
      return actual <= expected;
    case '>':
      return actual > expected;
    case '<':
      return actual < expected;
    default:
      return actual === expected;
  }
}

function dateTerm(actual: number, term: Term): boolean {
  const expected = Date.parse(term.value);
  if (Number.isNaN(expected)) throw new GraphQLError(`Invalid date in search query: ${term.value}`, { extensions: { code: 'BAD_REQUEST' } });
  return compareNumbers(actual, term.op, expected);
}

function matches(order: SearchableOrder, term: Term): boolean {
  const v = term.value.toLowerCase();
  switch (term.field) {
    case 'updated_at':
      return dateTerm(order.updatedMs, term);
    case 'created_at':
      return dateTerm(order.createdMs, term);
    case 'processed_at':
      return dateTerm(order.processedMs, term);
    case 'status':
      if (v === 'any') return true;
      if (v === 'cancelled') return order.cancelled;
      if (v === 'closed') return order.closed;
      if (v === 'open') return !order.closed && !order.cancelled;
      return false;
    case 'financial_status':
      return (order.financialStatus ?? '').toLowerCase() === v;
    case 'fulfillment_status': {
      const f = (order.fulfillmentStatus ?? 'unfulfilled').toLowerCase();
      if (v === 'shipped') return f === 'fulfilled';
      if (v === 'unshipped') return f === 'unfulfilled';
      return f === v || (v === 'partial' && f === 'partially_fulfilled');
    }
    case 'id': {
      const c = compareIds(order.id, term.value.replace(/^gid:\/\/shopify\/Order\//, ''));
      return term.op === ':' ? c === 0 : compareNumbers(c, term.op, 0);
    }
    case 'name':
      return order.name.toLowerCase() === v || order.name.toLowerCase() === `#${v}`;
    case 'email':
      return (order.email ?? '').toLowerCase() === v;
    case null:
      return order.name.toLowerCase().includes(v) || (order.email ?? '').toLowerCase().includes(v);
    default:
      // Shopify ignores unknown search fields (with a warning); so do we.
      return true;
  }
}

/** Ids are numeric strings in practice; compare them as integers without losing digits. */
export function compareIds(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (an !== bn) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export type OrderSortKey = 'UPDATED_AT' | 'CREATED_AT' | 'PROCESSED_AT' | 'ID';

function sortValue(order: SearchableOrder, key: OrderSortKey): number {
  switch (key) {
    case 'UPDATED_AT':
      return order.updatedMs;
    case 'CREATED_AT':
      return order.createdMs;
    case 'PROCESSED_AT':
      return order.processedMs;
    default:
      return 0;
  }
}

type CursorKey = [OrderSortKey, number, string];

function compareToKey(order: SearchableOrder, key: OrderSortKey, cursor: CursorKey): number {
  const diff = sortValue(order, key) - cursor[1];
  return diff !== 0 ? Math.sign(diff) : compareIds(order.id, cursor[2]);
}

export function searchOrders<T extends SearchableOrder>(
  orders: Iterable<T>,
  args: ConnectionArgs & { query?: string | null; sortKey?: OrderSortKey | null },
): Connection<T> {
  const key: OrderSortKey = args.sortKey ?? 'ID';
  const terms = parseSearch(args.query ?? '');
  const found = [...orders].filter((o) => terms.every((t) => matches(o, t) !== t.negate));
  found.sort((a, b) => compareToKey(a, key, [key, sortValue(b, key), b.id]));
  for (const c of [args.after, args.before]) {
    if (!c) continue;
    const decoded = decodeCursor(c);
    if (!Array.isArray(decoded) || decoded[0] !== key || typeof decoded[1] !== 'number' || typeof decoded[2] !== 'string') {
      throw new GraphQLError('Invalid cursor for current pagination sort.', { extensions: { code: 'BAD_REQUEST' } });
    }
  }
  return paginate(
    found,
    args,
    (o): CursorKey => [key, sortValue(o, key), o.id],
    (o, cursor) => compareToKey(o, key, cursor),
  );
}
