import {
  execute,
  GraphQLError,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { isWithheldField, oldestVisibleOrder, rootFieldRefusal, withheldFieldError } from './access-rules';
import type { ConnectionArgs } from './connection';
import type { CostBucket, ThrottleStatus } from './cost-bucket';
import { searchOrders, type OrderSortKey } from './order-search';
import type { ShopifyOrderStore, StoredOrder } from './order-store';
import { actualQueryCost, requestedQueryCost } from './query-cost';
import { toGraphOrder, type GraphOrder } from './rest-to-graph';
import type { ShopifySettings } from './shop-settings';

/**
 * One Admin GraphQL request: parse and validate against Shopify's schema of the requested
 * version, price it, charge the caller's bucket, execute, refund the unused points. Answers
 * the way Shopify does: HTTP 200 with `errors` for GraphQL-level problems (syntax,
 * validation, throttling, access), and deprecated fields named in the
 * X-Shopify-API-Deprecated-Reason header (shopify.dev changelog, API 2025-04).
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

export interface GraphQLRequestContext {
  schema: GraphQLSchema;
  store: ShopifyOrderStore;
  shop: ShopInfo;
  bucket: CostBucket;
  settings: ShopifySettings;
  now: number;
}

function gidNumber(id: string, type: string): string {
  const prefix = `gid://shopify/${type}/`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}

function rootValue({ store, shop, settings, now }: GraphQLRequestContext) {
  const oldest = oldestVisibleOrder(settings, now);
  const visible = (stored: StoredOrder | undefined): stored is StoredOrder => stored !== undefined && stored.createdMs >= oldest;
  const convert = (() => {
    const cache = new Map<string, GraphOrder>();
    return (id: string): GraphOrder | null => {
      const stored = store.get(id);
      if (!visible(stored)) return null;
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
    // what an app can learn of its own grant (only the handles are modelled)
    currentAppInstallation: { id: 'gid://shopify/AppInstallation/1', accessScopes: settings.scopes.map((handle) => ({ handle })) },
    orders: (args: ConnectionArgs & { query?: string | null; sortKey?: OrderSortKey | null }) => {
      const page = searchOrders([...store.all()].filter(visible), args);
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

/**
 * Resolves every field of Shopify's schema from the plain objects of rest-to-graph: a function
 * property is called with the field's arguments, a field the shop's settings withhold answers
 * null with its error, and a field the sandbox does not model says so instead of inventing a
 * value.
 */
function fieldResolver(settings: ShopifySettings, queryTypeName: string): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, _context, info) => {
    const typeName = info.parentType.name;
    const fieldName = info.fieldName;
    if (typeName === queryTypeName) {
      const refusal = rootFieldRefusal(settings, fieldName);
      if (refusal) throw refusal;
    }
    if (isWithheldField(settings, typeName, fieldName)) throw withheldFieldError(typeName, fieldName);
    if (source === null || typeof source !== 'object' || !(fieldName in source)) {
      throw new GraphQLError(`${typeName}.${fieldName} is in Shopify's schema but the LedgerBridge sandbox does not model it.`, {
        extensions: { code: 'SANDBOX_NOT_MODELLED' },
      });
    }
    const value = (source as Record<string, unknown>)[fieldName];
    return typeof value === 'function' ? (value as (a: unknown) => unknown).call(source, args) : value;
  };
}

/** `Type.field` of every deprecated field the document selects, in order of appearance. */
function deprecatedFields(schema: GraphQLSchema, document: DocumentNode): string[] {
  const found = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const def = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (def?.deprecationReason && parent) found.add(`${parent.name}.${def.name}`);
      },
    }),
  );
  return [...found];
}

function errorList(errors: readonly GraphQLError[]): unknown[] {
  return errors.map((e) => e.toJSON());
}

export interface GraphQLReply {
  body: GraphQLAnswer;
  headers: Record<string, string>;
}

export function answerGraphQL(request: GraphQLRequestBody, context: GraphQLRequestContext): GraphQLReply {
  const { schema, bucket } = context;
  if (typeof request.query !== 'string' || request.query.trim() === '') {
    return { body: { errors: [{ message: 'No query string was present' }] }, headers: {} };
  }
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (err) {
    return { body: { errors: errorList([err as GraphQLError]) }, headers: {} };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return { body: { errors: errorList(validationErrors) }, headers: {} };
  const deprecated = deprecatedFields(schema, document);
  const headers: Record<string, string> = deprecated.length > 0 ? { 'x-shopify-api-deprecated-reason': deprecated.join(', ') } : {};

  const variables = request.variables && typeof request.variables === 'object' ? (request.variables as Record<string, unknown>) : {};
  const operationName = typeof request.operationName === 'string' ? request.operationName : null;
  let requested: number;
  try {
    requested = requestedQueryCost(schema, document, variables, operationName);
  } catch (err) {
    return { body: { errors: [{ message: (err as Error).message }] }, headers };
  }
  if (requested > bucket.maximumAvailable) {
    const message = `Query cost is ${requested}, which exceeds the single query max cost limit (${bucket.maximumAvailable}).

See https://shopify.dev/concepts/about-apis/rate-limits for more information on how the
cost of a query is calculated.

To query larger amounts of data with fewer limits, bulk operations should be used instead.
See https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.
`;
    return {
      body: {
        errors: [{ message, extensions: { code: 'MAX_COST_EXCEEDED', cost: requested, maxCost: bucket.maximumAvailable } }],
        extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: bucket.status() } },
      },
      headers,
    };
  }
  if (!bucket.take(requested)) {
    return {
      body: {
        errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
        extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: bucket.status() } },
      },
      headers,
    };
  }
  const result = execute({
    schema,
    document,
    rootValue: rootValue(context),
    variableValues: variables,
    operationName,
    fieldResolver: fieldResolver(context.settings, schema.getQueryType()?.name ?? 'QueryRoot'),
  }) as ExecutionResult;
  const actual = Math.min(requested, actualQueryCost(schema, document, variables, result.data, operationName));
  bucket.giveBack(requested - actual);
  const body: GraphQLAnswer = { data: result.data ?? null };
  if (result.errors && result.errors.length > 0) body.errors = errorList(result.errors);
  body.extensions = { cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: bucket.status() } };
  return { body, headers };
}
