import { GraphQLError } from 'graphql';

/**
 * Relay connections the way Shopify serves them: `first` or `last` is required,
 * at most 250 items, opaque cursors. Cursors name the item (not its position), so a
 * cursor handed out before an edit still points at the same item afterwards.
 */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  reverse?: boolean | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export const MAX_PAGE_SIZE = 250;

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
}

export function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
  } catch {
    throw new GraphQLError(`Invalid cursor for current pagination sort.`, { extensions: { code: 'BAD_REQUEST' } });
  }
}

export function checkPageArgs(args: ConnectionArgs): void {
  const { first, last } = args;
  if ((first === undefined || first === null) && (last === undefined || last === null)) {
    throw new GraphQLError('you must provide one of first or last', { extensions: { code: 'BAD_REQUEST' } });
  }
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value !== undefined && value !== null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`The '${name}' argument must be between 0 and ${MAX_PAGE_SIZE}.`, { extensions: { code: 'BAD_REQUEST' } });
    }
  }
}

/**
 * Pages through `items` (already in their natural order). `keyOf` gives the value a
 * cursor encodes; `isAfter(item, cursorKey)` says whether an item sorts after the
 * cursor, which keeps paging correct when items moved or vanished in between.
 */
export function paginate<T, K>(
  items: readonly T[],
  args: ConnectionArgs,
  keyOf: (item: T) => K,
  compareToKey: (item: T, key: K) => number,
): Connection<T> {
  checkPageArgs(args);
  let list = args.reverse ? [...items].reverse() : [...items];
  const sign = args.reverse ? -1 : 1;
  let hasPreviousPage = false;
  let hasNextPage = false;
  if (args.after) {
    const key = decodeCursor(args.after) as K;
    const before = list.length;
    list = list.filter((item) => sign * compareToKey(item, key) > 0);
    hasPreviousPage = list.length < before;
  }
  if (args.before) {
    const key = decodeCursor(args.before) as K;
    const before = list.length;
    list = list.filter((item) => sign * compareToKey(item, key) < 0);
    hasNextPage = list.length < before;
  }
  if (args.first !== undefined && args.first !== null) {
    if (list.length > args.first) hasNextPage = true;
    list = list.slice(0, args.first);
  }
  if (args.last !== undefined && args.last !== null) {
    if (list.length > args.last) hasPreviousPage = true;
    list = list.slice(Math.max(0, list.length - args.last));
  }
  const edges = list.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: list,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Pages a fixed list of sub-objects (line items of one order, …) keyed by their id. */
export function paginateById<T extends { id?: string | null }>(items: readonly T[], args: ConnectionArgs): Connection<T> {
  const index = new Map(items.map((item, i) => [item.id ?? String(i), i]));
  return paginate(
    items,
    args,
    (item) => item.id ?? String(items.indexOf(item)),
    (item, key) => {
      const at = index.get(key as string);
      const mine = items.indexOf(item);
      return at === undefined ? 1 : mine - at;
    },
  );
}
