import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_API_VERSION, startShopifySandbox, type ShopifySandbox } from '../../../../../main/sandbox/shops/shopify';
import { generateShopifyOrders } from '../../../../../main/sandbox/shops/shopify/demo-orders';
import { shopifyReference } from '../../../connectors/shops/shopify/reference';

/** The sandbox speaks Shopify's Admin GraphQL protocol; these tests talk to it over HTTP like any client. */

let sandbox: ShopifySandbox;
const dirs: string[] = [];

beforeAll(async () => {
  sandbox = await startShopifySandbox({ maxAvailable: 1000, restoreRate: 100_000 });
});
afterAll(async () => {
  await sandbox.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
beforeEach(async () => {
  await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' });
});

interface OrderEdge {
  cursor: string;
  node: { legacyResourceId: string; updatedAt: string };
}
/** The parts of an Admin GraphQL answer these tests read (fields absent from an answer are undefined at run time). */
interface Answer {
  data: { orders: { edges: OrderEdge[]; nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  errors: { message: string; locations?: unknown; extensions?: { code?: string } }[];
  extensions: { cost: { requestedQueryCost: number; actualQueryCost: number; throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } } };
}

async function gql(query: string, variables: Record<string, unknown> = {}, token = sandbox.accessToken, version: string = SANDBOX_API_VERSION, base = sandbox.url) {
  const res = await fetch(`${base}/admin/api/${version}/graphql.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-access-token': token },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer };
}

function docsShippingRefund(): unknown {
  return shopifyReference('docs-rest-refund-create-shipping-only.json').refund;
}

function seed(count: number, seedValue = 1) {
  for (const o of generateShopifyOrders({ count, seed: seedValue })) sandbox.upsertOrder(o);
}

describe('access', () => {
  it("answers a wrong token with Shopify's 401 body", async () => {
    const { status, body } = await gql('{ shop { name } }', {}, 'shpat_nope');
    expect(status).toBe(401);
    expect(body).toEqual({ errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
  });

  it('serves the API version whose schema it has, lets a retired version fall forward to it, and answers others with 404', async () => {
    const current = await gql('{ shop { name } }', {}, sandbox.accessToken, '2026-01');
    expect(current.status).toBe(200);
    expect(current.headers.get('x-shopify-api-version')).toBe('2026-01');
    // Shopify answers a request for a version it no longer supports with the oldest one it does
    const retired = await gql('{ shop { name } }', {}, sandbox.accessToken, '2025-07');
    expect(retired.status).toBe(200);
    expect(retired.headers.get('x-shopify-api-version')).toBe('2026-01');
    // no schema for these here: answering them with 2026-01's would pass off one version as another
    expect((await gql('{ shop { name } }', {}, sandbox.accessToken, '2026-07')).status).toBe(404);
    expect((await gql('{ shop { name } }', {}, sandbox.accessToken, '2026-13')).status).toBe(404);
  });

  it('issues client-credentials tokens from JSON or form bodies, and they expire', async () => {
    const short = await startShopifySandbox({ tokenTtlSeconds: 1 });
    try {
      const json = await fetch(`${short.url}/admin/oauth/access_token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: short.clientId, client_secret: short.clientSecret, grant_type: 'client_credentials' }),
      });
      const granted = (await json.json()) as { access_token: string; expires_in: number; scope: string };
      expect(granted.expires_in).toBe(1);
      expect(granted.scope).toContain('read_orders');
      const form = await fetch(`${short.url}/admin/oauth/access_token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: short.clientId, client_secret: short.clientSecret, grant_type: 'client_credentials' }).toString(),
      });
      expect(form.status).toBe(200);
      const wrong = await fetch(`${short.url}/admin/oauth/access_token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: short.clientId, client_secret: 'nope', grant_type: 'client_credentials' }),
      });
      expect(wrong.status).toBe(400);
      expect((await gql('{ shop { name } }', {}, granted.access_token, SANDBOX_API_VERSION, short.url)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await gql('{ shop { name } }', {}, granted.access_token, SANDBOX_API_VERSION, short.url)).status).toBe(401);
    } finally {
      await short.close();
    }
  });
});

describe("GraphQL on Shopify's own schema", () => {
  it('validates queries against the schema with graphql-js errors', async () => {
    const { status, body } = await gql('{ orders(first: 1) { nodes { id invoiceNumber } } }');
    expect(status).toBe(200);
    expect(body.errors[0].message).toMatch(/^Cannot query field "invoiceNumber" on type "Order"\./);
    expect(body.errors[0].locations).toEqual([{ line: 1, column: 33 }]);
    expect((await gql('{ orders(first: 1) { nodes { id }')).body.errors[0].message).toMatch(/Syntax Error/);
  });

  it("says so when a query asks for a field of Shopify's schema that the sandbox does not model", async () => {
    seed(1);
    const { status, body } = await gql('{ orders(first: 1) { nodes { id statusPageUrl } } }');
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ path: ['orders', 'nodes', 0, 'statusPageUrl'], extensions: { code: 'SANDBOX_NOT_MODELLED' } });
    expect(body.errors[0].message).toContain('Order.statusPageUrl');
  });

  it('names the deprecated fields a query uses in X-Shopify-API-Deprecated-Reason, as Shopify does since 2025-04', async () => {
    seed(1);
    const old = await gql('{ orders(first: 1) { nodes { customer { email phone } } } }');
    expect(old.status).toBe(200);
    // Customer.email and Customer.phone are @deprecated in the 2026-01 schema
    expect(old.headers.get('x-shopify-api-deprecated-reason')).toBe('Customer.email, Customer.phone');
    const current = await gql('{ orders(first: 1) { nodes { customer { defaultEmailAddress { emailAddress } } email } } }');
    expect(current.headers.get('x-shopify-api-deprecated-reason')).toBeNull();
  });

  it('serves a REST shipping refund as a refund shipping line: the schema has no SHIPPING_REFUND adjustment reason', async () => {
    const order = generateShopifyOrders({ count: 1, seed: 9 })[0];
    sandbox.upsertOrder(order);
    // Shopify's docs example: the refund lists the shipping line (5.00) and, again, an adjustment of kind shipping_refund (-5.00)
    sandbox.addRefund(String(order.id), docsShippingRefund());
    const { body } = await gql(`{ orders(first: 1) { nodes { refunds {
      refundShippingLines(first: 5) { nodes { subtotalAmountSet { shopMoney { amount } } } }
      orderAdjustments(first: 5) { nodes { reason } } } } } }`);
    expect(body.errors).toBeUndefined();
    const refund = (body.data.orders.nodes[0] as { refunds: { refundShippingLines: { nodes: unknown[] }; orderAdjustments: { nodes: unknown[] } }[] }).refunds[0];
    expect(refund.refundShippingLines.nodes).toEqual([{ subtotalAmountSet: { shopMoney: { amount: '5.00' } } }]);
    expect(refund.orderAdjustments.nodes).toEqual([]);
  });

  it('requires first or last on a connection', async () => {
    const { body } = await gql('{ orders { nodes { id } } }');
    expect(body.errors[0].message).toBe('you must provide one of first or last');
  });

  it('prices queries like Shopify and reports the bucket', async () => {
    seed(3);
    const q = '{ orders(first: 10) { nodes { id totalPriceSet { shopMoney { amount } } lineItems(first: 5) { nodes { id } } } } }';
    const { body } = await gql(q);
    // 2 + 10 × (order 1 + money bag 1 + money 1 + line connection (2 + 5 × line 1)) = 102
    expect(body.extensions.cost.requestedQueryCost).toBe(102);
    // only 3 orders with 1–3 lines each exist: the actual cost counts what came back
    expect(body.extensions.cost.actualQueryCost).toBeLessThan(50);
    expect(body.extensions.cost.throttleStatus).toMatchObject({ maximumAvailable: 1000, restoreRate: 100_000 });
  });

  it('refuses a single query above the bucket size with MAX_COST_EXCEEDED', async () => {
    const { body } = await gql('{ orders(first: 250) { nodes { lineItems(first: 250) { nodes { id } } } } }');
    expect(body.errors[0].extensions?.code).toBe('MAX_COST_EXCEEDED');
    expect(body.data).toBeUndefined();
  });

  it('throttles a query costing more than what is left in the bucket', async () => {
    const slow = await startShopifySandbox({ maxAvailable: 100, restoreRate: 1, orders: generateShopifyOrders({ count: 40, seed: 2 }) });
    try {
      const q = '{ orders(first: 30) { nodes { totalPriceSet { shopMoney { amount } } } } }';
      const first = await gql(q, {}, slow.accessToken, SANDBOX_API_VERSION, slow.url);
      expect(first.body.data.orders.nodes).toHaveLength(30);
      const second = await gql(q, {}, slow.accessToken, SANDBOX_API_VERSION, slow.url);
      expect(second.status).toBe(200);
      expect(second.body.errors).toEqual([{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }]);
      expect(second.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(92);
    } finally {
      await slow.close();
    }
  });
});

describe('order search and paging', () => {
  const page = `query($first: Int!, $after: String, $query: String) {
    orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) { edges { cursor node { legacyResourceId updatedAt } } pageInfo { hasNextPage endCursor } }
  }`;

  it('filters on updated_at, created_at, financial_status and status, combined with spaces', async () => {
    seed(20, 3);
    const all = (await gql(page, { first: 250, query: 'status:any' })).body.data.orders.edges;
    expect(all).toHaveLength(20);
    const cut = all[10].node.updatedAt;
    const since = (await gql(page, { first: 250, query: `updated_at:>='${cut}'` })).body.data.orders.edges;
    expect(since.map((e: OrderEdge) => e.node.legacyResourceId)).toEqual(all.slice(10).map((e: OrderEdge) => e.node.legacyResourceId));
    const after = (await gql(page, { first: 250, query: `updated_at:>"${cut}" status:any` })).body.data.orders.edges;
    expect(after).toHaveLength(9);
    const created = (await gql(page, { first: 250, query: 'created_at:>=2030-01-01' })).body.data.orders.edges;
    expect(created).toHaveLength(0);
    sandbox.upsertOrder({ id: Number(all[0].node.legacyResourceId), financial_status: 'pending' });
    const paid = (await gql(page, { first: 250, query: 'financial_status:paid status:any' })).body.data.orders.edges;
    const paidInStore = sandbox.state().orders.filter((o) => o.financial_status === 'paid');
    expect(paidInStore.length).toBeGreaterThan(10);
    expect(paid.map((e: OrderEdge) => e.node.legacyResourceId).sort()).toEqual(paidInStore.map((o) => String(o.id)).sort());
    expect(paid.map((e: OrderEdge) => e.node.legacyResourceId)).not.toContain(all[0].node.legacyResourceId);
  });

  it('keeps cursors valid while orders are modified between pages', async () => {
    seed(30, 4);
    const first = (await gql(page, { first: 10 })).body.data.orders;
    const seen = first.edges.map((e: OrderEdge) => e.node.legacyResourceId);
    // modify one order already seen and one not yet seen: both move to the end
    sandbox.upsertOrder({ id: Number(seen[0]), note: 'x' });
    const unseen = (await gql(page, { first: 1, after: first.pageInfo.endCursor })).body.data.orders.edges[0].node.legacyResourceId;
    sandbox.upsertOrder({ id: Number(unseen), note: 'y' });
    let after = first.pageInfo.endCursor;
    const rest: string[] = [];
    for (;;) {
      const next = (await gql(page, { first: 10, after })).body.data.orders;
      rest.push(...next.edges.map((e: OrderEdge) => e.node.legacyResourceId));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(new Set([...seen, ...rest]).size).toBe(30);
    expect(rest.slice(-2)).toEqual([seen[0], unseen]);
  });
});

describe('admin API', () => {
  it('merges a partial order by id and moves updated_at strictly forward', async () => {
    seed(1, 5);
    const [order] = generateShopifyOrders({ count: 1, seed: 5 });
    const a = sandbox.upsertOrder({ id: order.id, note: 'one' });
    const b = sandbox.upsertOrder({ id: order.id, note: 'two' });
    expect(Date.parse(b.updatedAt)).toBeGreaterThan(Date.parse(a.updatedAt));
    const saved = sandbox.state().orders[0];
    expect(saved.note).toBe('two');
    expect(saved.line_items).toEqual(order.line_items);
  });

  it('rejects an order without id', async () => {
    const res = await fetch(`${sandbox.url}/_sandbox/orders`, { method: 'POST', body: JSON.stringify({ order: { name: '#1' } }) });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('order.id is required');
  });

  it('injects seeded faults: 429 with Retry-After, 5xx and dropped connections', async () => {
    await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'POST', body: JSON.stringify({ failRate: 1, statuses: [429], seed: 1 }) });
    const limited = await fetch(`${sandbox.url}/admin/api/${SANDBOX_API_VERSION}/graphql.json`, { method: 'POST', headers: { 'x-shopify-access-token': sandbox.accessToken }, body: '{}' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1.0');
    sandbox.setFaults({ statuses: ['drop'] });
    await expect(fetch(`${sandbox.url}/admin/api/${SANDBOX_API_VERSION}/graphql.json`, { method: 'POST', body: '{}' })).rejects.toThrow();
    sandbox.setFaults({ statuses: [503] });
    expect((await gql('{ shop { name } }')).status).toBe(503);
    sandbox.setFaults({ failRate: 0 });
    expect((await gql('{ shop { name } }')).status).toBe(200);
  });

  it('keeps its orders in a persist file across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shopify-sandbox-'));
    dirs.push(dir);
    const file = join(dir, 'shopify.json');
    const first = await startShopifySandbox({ persistFile: file, orders: generateShopifyOrders({ count: 2, seed: 8 }) });
    first.upsertOrder({ id: generateShopifyOrders({ count: 1, seed: 8 })[0].id, note: 'kept' });
    await first.close();
    const second = await startShopifySandbox({ persistFile: file, orders: generateShopifyOrders({ count: 2, seed: 8 }) });
    try {
      expect(second.state().orders).toHaveLength(2);
      expect(second.state().orders.map((o) => o.note)).toContain('kept');
    } finally {
      await second.close();
    }
  });
});
