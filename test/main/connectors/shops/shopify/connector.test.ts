import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NormalizedOrder } from '../../../../../shared/domain/order';
import { ShopifyConnector } from '../../../../../main/connectors/shops/shopify/connector';
import { ShopError } from '../../../../../main/connectors/shops/types';
import { startShopifySandbox, type ShopifySandbox } from '../../../../../main/sandbox/shops/shopify';
import { generateShopifyDemoOrders, generateShopifyOrders } from '../../../../../main/sandbox/shops/shopify/demo-orders';
import { postAdmin } from './reference';
import { mapShopError } from '../../../../../main/validation';

let sandboxes: ShopifySandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});

async function sandboxWith(opts: Parameters<typeof startShopifySandbox>[0]): Promise<ShopifySandbox> {
  const s = await startShopifySandbox(opts);
  sandboxes.push(s);
  return s;
}

async function pollAll(connector: ShopifyConnector, since: string | null = null): Promise<{ orders: NormalizedOrder[]; watermark: string | null }> {
  const orders: NormalizedOrder[] = [];
  let watermark: string | null = null;
  for await (const page of connector.pollChanged(since)) {
    orders.push(...page.orders);
    watermark = page.watermark ?? watermark;
  }
  return { orders, watermark };
}

/** A sleep that returns at once and remembers what was asked. */
function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

const key = (id: string, updatedAt: string): string => `${id}@${Date.parse(updatedAt)}`;

describe('incremental polling', () => {
  it('delivers every change of 1,000 orders exactly once while orders change between and during polls', async () => {
    const seeded = generateShopifyOrders({ count: 1000, seed: 11 });
    const sandbox = await sandboxWith({ orders: seeded, maxAvailable: 1_000_000, restoreRate: 1_000_000 });
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken, pageSize: 50 });

    const versions = new Set(seeded.map((o) => key(String(o.id), o.updated_at as string)));
    const current = new Map(seeded.map((o) => [String(o.id), key(String(o.id), o.updated_at as string)]));
    const delivered = new Set<string>();
    let extraId = 9_000_000_000_000;
    let pick = 7;
    // Changes an order whose current version has already been delivered: a version that
    // no poll could have seen yet is not replaced, so every version must come through.
    const change = (): void => {
      const ids = [...current.keys()];
      let id: string;
      do {
        pick = (pick * 31 + 17) % ids.length;
        id = ids[pick];
      } while (!delivered.has(current.get(id)!));
      const saved = sandbox.upsertOrder({ id: Number(id), note: `changed ${pick}` });
      current.set(saved.id, key(saved.id, saved.updatedAt));
      versions.add(key(saved.id, saved.updatedAt));
    };
    const create = (): void => {
      const [order] = generateShopifyOrders({ count: 1, seed: extraId });
      const saved = sandbox.upsertOrder({ ...order, id: extraId++ });
      current.set(saved.id, key(saved.id, saved.updatedAt));
      versions.add(key(saved.id, saved.updatedAt));
    };

    let since: string | null = null;
    let pagesSeen = 0;
    for (let poll = 0; poll < 4; poll++) {
      if (poll > 0) for (let i = 0; i < 25; i++) change();
      const inThisPoll = new Set<string>();
      let page = 0;
      let watermark: string | null = null;
      for await (const result of connector.pollChanged(since)) {
        page++;
        pagesSeen++;
        for (const { order } of result.orders) {
          const k = key(order.id, order.dates.modified);
          expect(versions.has(k)).toBe(true);
          // a repeat from an earlier poll is only allowed for the inclusive boundary (updated_at >= since)
          if (delivered.has(k) && !inThisPoll.has(k)) expect(Date.parse(order.dates.modified)).toBe(Date.parse(since!));
          inThisPoll.add(k);
          delivered.add(k);
        }
        watermark = result.watermark ?? watermark;
        if (poll < 3 && (page === 2 || page === 5)) {
          for (let i = 0; i < 5; i++) change();
          create();
        }
      }
      since = watermark;
    }
    // a last, quiet poll brings nothing new
    const quiet = await pollAll(connector, since);
    for (const { order } of quiet.orders) expect(delivered.has(key(order.id, order.dates.modified))).toBe(true);

    expect(pagesSeen).toBeGreaterThan(20);
    expect([...delivered].sort()).toEqual([...versions].sort());
  });

  it('keeps ids above 2^53 exactly, from the shop JSON number to the order id', async () => {
    const sandbox = await sandboxWith({});
    const [order] = generateShopifyOrders({ count: 1, seed: 5 });
    const text = JSON.stringify({ order: { ...order, id: 1 } }).replace('"id":1,', '"id":9007199254740993123,');
    expect((await postAdmin(sandbox.url, 'orders', text)).status).toBe(200);
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken });
    const { orders } = await pollAll(connector);
    expect(orders.map((o) => o.order.id)).toEqual(['9007199254740993123']);
    expect((await connector.getOrder('9007199254740993123'))?.order.id).toBe('9007199254740993123');
    expect((await connector.getOrder('gid://shopify/Order/9007199254740993123'))?.order.id).toBe('9007199254740993123');
    expect(await connector.getOrder('9007199254740993124')).toBeNull();
  });

  it('completes an order whose lines and refund lines do not fit in the first page', async () => {
    const sandbox = await sandboxWith({ restoreRate: 100_000, maxAvailable: 100_000 });
    const lines = Array.from({ length: 25 }, (_, i) => ({ id: 100 + i, sku: `SKU-${i}`, name: `Vare ${i}`, title: `Vare ${i}`, quantity: 1, price: '10.00', taxable: false }));
    sandbox.upsertOrder({
      id: 77,
      name: '#1077',
      currency: 'DKK',
      financial_status: 'partially_refunded',
      line_items: lines,
      subtotal_price: '250.00',
      total_price: '250.00',
      total_tax: '0.00',
      refunds: [
        {
          id: 700,
          created_at: '2026-02-01T10:00:00Z',
          refund_line_items: lines.slice(0, 12).map((l, i) => ({ id: 800 + i, line_item_id: l.id, quantity: 1, subtotal: '10.00', total_tax: '0.00' })),
          transactions: [{ kind: 'refund', status: 'success', gateway: 'manual', amount: '120.00' }],
        },
      ],
    });
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken });
    const { orders } = await pollAll(connector);
    expect(orders[0].order.lines.map((l) => l.sku)).toEqual(lines.map((l) => l.sku));
    expect(orders[0].order.refunds[0].lines).toHaveLength(12);
    expect(orders[0].order.refunds[0].amount).toBe('120.00');
    expect(orders[0].findings).toEqual([]);
  });
});

describe('the newest orders', () => {
  it('comes newest change first, whatever the dates, up to the limit', async () => {
    const seeded = generateShopifyOrders({ count: 120, seed: 4 });
    const sandbox = await sandboxWith({ orders: seeded, maxAvailable: 1_000_000, restoreRate: 1_000_000 });
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken, pageSize: 50 });
    const newestFirst = [...seeded].sort((a, b) => Date.parse(b.updated_at as string) - Date.parse(a.updated_at as string) || Number(b.id) - Number(a.id));
    const latest = await connector.latestOrders(70);
    expect(latest.map((o) => o.order.id)).toEqual(newestFirst.slice(0, 70).map((o) => String(o.id)));
  });
});

describe('throttling and failures', () => {
  it('waits for the cost bucket to refill when it is small, and still reads every order', async () => {
    // A one-order page is priced at about 290 points and really costs about 45, so after one page
    // about 255 of the 300 are left: the next page must wait for the bucket. 100 points/s keeps
    // that wait (~0.35 s) longer than any pause between two requests on a busy machine.
    const sandbox = await sandboxWith({ orders: generateShopifyDemoOrders({ count: 4, seed: 3 }), maxAvailable: 300, restoreRate: 100 });
    const waits: number[] = [];
    const sleep = (ms: number) => {
      waits.push(ms);
      return new Promise<void>((r) => setTimeout(r, ms));
    };
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken, sleep });
    const { orders } = await pollAll(connector);
    expect(orders).toHaveLength(4);
    expect(waits.length).toBeGreaterThan(0);
  });

  it('waits out a THROTTLED answer when another client drained the bucket', async () => {
    // 100 points/s: the drained bucket cannot refill the ~190 points a page needs before the
    // connector asks, even on a busy machine
    const sandbox = await sandboxWith({ orders: generateShopifyDemoOrders({ count: 3, seed: 3 }), maxAvailable: 1000, restoreRate: 100 });
    // 150 aliased money fields on each of the 3 orders: a query whose actual cost is ~900 points
    const fields = Array.from({ length: 150 }, (_, i) => `m${i}: totalPriceSet { shopMoney { amount } }`).join(' ');
    const drain = await fetch(`${sandbox.url}/admin/api/2026-01/graphql.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-shopify-access-token': sandbox.accessToken },
      body: JSON.stringify({ query: `{ orders(first: 3) { nodes { ${fields} } } }` }),
    });
    expect(((await drain.json()) as { extensions: { cost: { actualQueryCost: number } } }).extensions.cost.actualQueryCost).toBeGreaterThan(800);
    // one order per page fits the single-query limit, so the first page is sent at once and refused
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken, pageSize: 1 });
    const { orders } = await pollAll(connector);
    expect(orders).toHaveLength(3);
    expect(sandbox.state().requests.throttled).toBeGreaterThan(0);
  });

  it('retries 429 (honouring Retry-After), 500, 503 and dropped connections without losing an order', async () => {
    const sandbox = await sandboxWith({ orders: generateShopifyDemoOrders({ count: 10, seed: 4 }), maxAvailable: 100_000, restoreRate: 100_000 });
    sandbox.setFaults({ failRate: 0.4, statuses: [429, 500, 503, 'drop'], seed: 9 });
    const { sleep, waits } = recordingSleep();
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken, sleep, maxAttempts: 20 });
    const { orders } = await pollAll(connector);
    expect(new Set(orders.map((o) => o.order.id)).size).toBe(10);
    expect(sandbox.state().requests.faultsInjected).toBeGreaterThan(0);
    expect(waits).toContain(1000);
  });

  it('retries a request that timed out', async () => {
    const sandbox = await sandboxWith({ orders: generateShopifyDemoOrders({ count: 2, seed: 4 }) });
    sandbox.setFaults({ latencyMs: 400 });
    const sleep = async () => void sandbox.setFaults({ latencyMs: 0 });
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken, sleep, timeoutMs: 100 });
    expect((await pollAll(connector)).orders).toHaveLength(2);
  });

  it('gives up with a clear error when the shop keeps failing', async () => {
    const sandbox = await sandboxWith({ orders: generateShopifyDemoOrders({ count: 2, seed: 4 }) });
    sandbox.setFaults({ failRate: 1, statuses: [503] });
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken, sleep: recordingSleep().sleep, maxAttempts: 3 });
    await expect(connector.testConnection()).rejects.toMatchObject({ kind: 'server' });
  });
});

describe('authentication', () => {
  it('rejects a wrong token with an auth error that does not repeat the token', async () => {
    const sandbox = await sandboxWith({});
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: 'shpat_wrong-secret-value' });
    const error = await connector.testConnection().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShopError);
    expect(error).toMatchObject({ kind: 'auth' });
    expect(JSON.stringify(error) + (error as Error).message).not.toContain('wrong-secret-value');
  });

  it('refuses plain http to anything but this machine, and an unknown API version', async () => {
    expect(() => new ShopifyConnector({ url: 'http://butik.myshopify.com', accessToken: 'x' })).toThrow(/https/);
    const sandbox = await sandboxWith({});
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken, apiVersion: '2026-13' });
    await expect(connector.testConnection()).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('gets a client-credentials token, renews it a few minutes before it expires', async () => {
    const sandbox = await sandboxWith({ orders: generateShopifyDemoOrders({ count: 2, seed: 1 }), tokenTtlSeconds: 3600 });
    let clock = Date.now();
    const connector = new ShopifyConnector({ url: sandbox.url, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, now: () => clock });
    expect((await connector.testConnection()).currency).toBe('DKK');
    await connector.testConnection();
    expect(sandbox.state().requests.tokensIssued).toBe(1);
    clock += 3600_000 - 4 * 60_000; // four minutes before expiry
    expect((await pollAll(connector)).orders).toHaveLength(2);
    expect(sandbox.state().requests.tokensIssued).toBe(2);
  });

  it('renews a client-credentials token once when the shop says it has expired', async () => {
    const sandbox = await sandboxWith({ tokenTtlSeconds: 1 });
    const frozen = Date.now();
    const connector = new ShopifyConnector({ url: sandbox.url, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, now: () => frozen });
    await connector.testConnection();
    await new Promise((r) => setTimeout(r, 1100));
    await connector.testConnection();
    expect(sandbox.state().requests.tokensIssued).toBe(2);
  });

  it('never follows a redirect to another host with the token or the client secret, and names the new address', async () => {
    const reached: string[] = [];
    const other = createServer((req, res) => {
      reached.push(`${req.method} ${req.url} ${req.headers['x-shopify-access-token'] ?? ''}`);
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{"shop":{"name":"Elsewhere","currencyCode":"DKK"}}}');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      // 307 and 308 would send the POST body (the query, or the client secret) again to the new address.
      const sandbox = await sandboxWith({ orders: generateShopifyDemoOrders({ count: 2, seed: 1 }), settings: { redirectTo: otherOrigin, redirectStatus: 307 } });
      const withToken = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken });
      const withGrant = new ShopifyConnector({ url: sandbox.url, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret });
      for (const attempt of [() => withToken.testConnection(), () => pollAll(withToken), () => withGrant.testConnection()]) {
        const error = (await attempt().catch((e: unknown) => e)) as ShopError;
        expect(error).toBeInstanceOf(ShopError);
        expect(error).toMatchObject({ kind: 'config', detail: { moved: { platform: 'Shopify', address: sandbox.url, to: otherOrigin } } });
      }
      expect(reached).toEqual([]);
    } finally {
      other.closeAllConnections();
      await new Promise((r) => other.close(r));
    }
  });

  it('reports wrong client credentials as an auth error', async () => {
    const sandbox = await sandboxWith({});
    const connector = new ShopifyConnector({ url: sandbox.url, clientId: sandbox.clientId, clientSecret: 'shpss_not-it' });
    await expect(connector.testConnection()).rejects.toMatchObject({ kind: 'auth' });
  });
});

describe("the shop's protected-customer-data approval and scopes", () => {
  it('level 1: reads every order with what came, names the withheld fields once per page, and never fails the poll', async () => {
    const seeded = generateShopifyOrders({ count: 3, seed: 4 });
    const sandbox = await sandboxWith({ orders: seeded, settings: { protectedCustomerData: 1 } });
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken });
    const pages = [];
    for await (const page of connector.pollChanged(null)) pages.push(page);
    const orders = pages.flatMap((p) => p.orders);
    expect(orders.map((o) => o.order.id).sort()).toEqual(seeded.map((o) => String(o.id)).sort());
    for (const { order } of orders) {
      expect(order.billing).toMatchObject({ firstName: '', lastName: '', address1: '', email: null });
      // Level 1 still tells where the buyer lives: city and country are not level-2 fields.
      expect(order.billing.country).not.toBe('');
    }
    expect(pages[0].withheldFields).toEqual(expect.arrayContaining(['email', 'billingAddress.firstName', 'billingAddress.address1', 'customer.firstName']));
    // Each order says which of the buyer's details are empty because Shopify would not send them,
    // so the engine can tell them from a buyer who left them out; an order read alone says it too.
    for (const { order } of orders) expect(order.withheld).toEqual(['name', 'email', 'phone', 'address']);
    expect((await connector.getOrder(String(seeded[0].id)))?.order.withheld).toEqual(['name', 'email', 'phone', 'address']);
  });

  it('level 2: nothing withheld', async () => {
    const seeded = generateShopifyOrders({ count: 2, seed: 4 });
    const sandbox = await sandboxWith({ orders: seeded });
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken });
    for await (const page of connector.pollChanged(null)) {
      expect(page.withheldFields ?? []).toEqual([]);
      for (const { order } of page.orders) expect(order.withheld).toBeUndefined();
    }
    expect((await connector.getOrder(String(seeded[0].id)))?.order.withheld).toBeUndefined();
  });

  it('level 0 and a missing read_orders scope stop the poll with what to switch on in Shopify', async () => {
    const sandbox = await sandboxWith({ orders: generateShopifyOrders({ count: 2, seed: 4 }), settings: { protectedCustomerData: 0 } });
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken });
    const notApproved = (await pollAll(connector).catch((e: unknown) => e)) as ShopError;
    expect(notApproved).toMatchObject({ kind: 'auth', detail: { denied: { protectedCustomerData: true } } });
    expect(mapShopError(notApproved).code).toBe('LB-4016');
    // The shop itself still answers: the connection test names the shop.
    expect((await connector.testConnection()).currency).toBe('DKK');

    sandbox.setSettings({ protectedCustomerData: 2, scopes: ['read_products'] });
    const noScope = (await pollAll(connector).catch((e: unknown) => e)) as ShopError;
    expect(noScope).toMatchObject({ kind: 'auth', detail: { denied: { scope: 'read_orders' } } });
    expect(mapShopError(noScope)).toMatchObject({ code: 'LB-4015', params: { scope: 'read_orders' } });
  });

  it('tells about deprecated fields once, and goes on reading', async () => {
    const sandbox = await sandboxWith({ orders: generateShopifyOrders({ count: 2, seed: 4 }) });
    // On the pinned version the queries ask for no deprecated field: nothing to tell.
    const quiet: string[] = [];
    await pollAll(new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken, onDeprecated: (m) => quiet.push(m) }));
    expect(quiet).toEqual([]);

    // Shopify deprecates fields in newer versions and then names them on every answer, as this
    // forwarding server in front of the sandbox does.
    const forwarder = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const answer = await fetch(`${sandbox.url}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: req.method === 'POST' ? Buffer.concat(chunks) : undefined });
        res.writeHead(answer.status, { 'content-type': 'application/json', 'x-shopify-api-deprecated-reason': 'Order.email, Order.phone' });
        res.end(Buffer.from(await answer.arrayBuffer()));
      });
    });
    await new Promise<void>((r) => forwarder.listen(0, '127.0.0.1', r));
    try {
      const told: string[] = [];
      const connector = new ShopifyConnector({ url: `http://127.0.0.1:${(forwarder.address() as AddressInfo).port}`, accessToken: sandbox.accessToken, onDeprecated: (m) => told.push(m) });
      expect((await pollAll(connector)).orders).toHaveLength(2);
      expect((await pollAll(connector)).orders).toHaveLength(2);
      expect(told).toEqual(['Shopify API 2026-01: the order query uses deprecated fields (Order.email, Order.phone); they still answer']);
    } finally {
      forwarder.closeAllConnections();
      await new Promise((r) => forwarder.close(r));
    }
  });
});

describe('setup discovery', () => {
  it('lists the financial × fulfilment combinations and gateways seen in recent orders', async () => {
    const demo = generateShopifyDemoOrders({ count: 12, seed: 2026 });
    const sandbox = await sandboxWith({ orders: [...demo, { ...demo[0], id: 55, cancelled_at: '2026-01-06T10:00:00Z', refunds: [] }] });
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken });
    const statuses = await connector.discoverStatuses();
    const slugs = statuses.map((s) => s.slug);
    expect(slugs).toContain('paid:fulfilled');
    expect(slugs).toContain('partially_refunded:unfulfilled');
    expect(statuses.find((s) => s.slug === 'cancelled')?.count).toBe(1);
    expect(statuses.reduce((n, s) => n + (s.count ?? 0), 0)).toBe(13);
    for (const s of slugs) expect(s).toMatch(/^(cancelled|[a-z_]+:[a-z_]+)$/);
    const gateways = (await connector.discoverPaymentMethods()).map((m) => m.id).sort();
    expect(gateways).toEqual(['Bank Deposit', 'Dankort', 'MobilePay', 'shopify_payments']);
  });
});
