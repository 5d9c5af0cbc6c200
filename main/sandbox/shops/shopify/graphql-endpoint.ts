import { execute, GraphQLError, parse, validate, type DocumentNode, type ExecutionResult } from 'graphql';
import type { ConnectionArgs } from './connection';
import type { CostBucket, ThrottleStatus } from './cost-bucket';
import { searchOrders, type OrderSortKey } from './order-search';
import type { ShopifyOrderStore } from './order-store';
import { actualQueryCost, requestedQueryCost } from './query-cost';
import { toGraphOrder, type GraphOrder } from './rest-to-graph';
import { shopifyAdminSchema } from './schema';

/**
 * One Admin GraphQL request: parse and validate with graphql-js, price it, charge the
 * caller's bucket, execute, refund the unused points. Answers the way Shopify does:
 * HTTP 200 with `errors` for GraphQL-level problems (syntax, validation, throttling).
 */

export interface ShopInfo {
  name: string;
  currencyCode: string;
  myshopifyDomain: string;
}

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

interface CostExtension {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

export interface GraphQLAnswer {
  data?: unknown;
  errors?: unknown[];
  extensions?: { cost: CostExtension };
}

function gidNumber(id: string, type: string): string {
  const prefix = `gid://shopify/${type}/`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}

function rootValue(store: ShopifyOrderStore, shop: ShopInfo) {
  const convert = (() => {
    const cache = new Map<string, GraphOrder>();
    return (id: string): GraphOrder | null => {
      const stored = store.get(id);
      if (!stored) return null;
      let order = cache.get(id);
      if (!order) {
        order = toGraphOrder(stored.rest, shop.currencyCode);
        cache.set(id, order);
      }
      return order;
    };
  })();
  return {
    shop: { id: 'gid://shopify/Shop/1', ...shop },
    orders: (args: ConnectionArgs & { query?: string | null; sortKey?: OrderSortKey | null }) => {
      const page = searchOrders(store.all(), args);
      return {
        pageInfo: page.pageInfo,
        edges: page.edges.map((e) => ({ cursor: e.cursor, node: () => convert(e.node.id) })),
        nodes: () => page.nodes.map((n) => convert(n.id)),
      };
    },
    order: (args: { id: string }) => convert(gidNumber(args.id, 'Order')),
    refund: (args: { id: string }) => {
      const wanted = `gid://shopify/Refund/${gidNumber(args.id, 'Refund')}`;
      for (const stored of store.all()) {
        const refunds = Array.isArray(stored.rest.refunds) ? stored.rest.refunds : [];
        if (!refunds.some((r) => `gid://shopify/Refund/${String((r as { id?: unknown }).id)}` === wanted)) continue;
        return convert(stored.id)?.refunds({}).find((r) => r.id === wanted) ?? null;
      }
      return null;
    },
  };
}

function errorList(errors: readonly GraphQLError[]): unknown[] {
  return errors.map((e) => e.toJSON());
}

export function answerGraphQL(body: GraphQLRequestBody, store: ShopifyOrderStore, shop: ShopInfo, bucket: CostBucket): GraphQLAnswer {
  const schema = shopifyAdminSchema();
  if (typeof body.query !== 'string' || body.query.trim() === '') {
    return { errors: [{ message: 'No query string was present' }] };
  }
  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (err) {
    return { errors: errorList([err as GraphQLError]) };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return { errors: errorList(validationErrors) };

  const variables = body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {};
  const operationName = typeof body.operationName === 'string' ? body.operationName : null;
  let requested: number;
  try {
    requested = requestedQueryCost(schema, document, variables, operationName);
  } catch (err) {
    return { errors: [{ message: (err as Error).message }] };
  }
  if (requested > bucket.maximumAvailable) {
    return {
      errors: [
        {
          message: `Query cost is ${requested}, which exceeds the single query max cost limit (${bucket.maximumAvailable}).

See https://shopify.dev/concepts/about-apis/rate-limits for more information on how the
cost of a query is calculated.

To query larger amounts of data with fewer limits, bulk operations should be used instead.
See https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.
`,
          extensions: { code: 'MAX_COST_EXCEEDED', cost: requested, maxCost: bucket.maximumAvailable },
        },
      ],
      extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: bucket.status() } },
    };
  }
  if (!bucket.take(requested)) {
    return {
      errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
      extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: bucket.status() } },
    };
  }
  const result = execute({ schema, document, rootValue: rootValue(store, shop), variableValues: variables, operationName }) as ExecutionResult;
  const actual = Math.min(requested, actualQueryCost(schema, document, variables, result.data, operationName));
  bucket.giveBack(requested - actual);
  const answer: GraphQLAnswer = { data: result.data ?? null };
  if (result.errors && result.errors.length > 0) answer.errors = errorList(result.errors);
  answer.extensions = { cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: bucket.status() } };
  return answer;
}
