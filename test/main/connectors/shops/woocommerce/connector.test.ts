import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WooCommerceConnector } from '../../../../../main/connectors/shops/woocommerce/connector';
import { ShopError } from '../../../../../main/connectors/shops/types';
import { startWooSandbox, type WooSandbox, type WooSandboxOptions } from '../../../../../main/sandbox/shops/woocommerce';
import { WpRestError } from '../../../../../main/sandbox/shops/woocommerce/list-query';
import { generateWooOrders } from '../../../../../main/sandbox/shops/woocommerce/demo-orders';
import { createPrng } from '../../../../../main/sandbox/shops/shared/prng';
import type { NormalizedOrder } from '../../../../../shared/domain/order';
import { wooReference, wooReferenceOrders } from './reference';

const sandboxes: WooSandbox[] = [];
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
});

async function sandbox(opts: WooSandboxOptions = {}): Promise<WooSandbox> {
  const s = await startWooSandbox(opts);
  sandboxes.push(s);
  return s;
}

function connect(s: WooSandbox, extra: Partial<ConstructorParameters<typeof WooCommerceConnector>[0]> = {}): WooCommerceConnector {
  return new WooCommerceConnector({ url: s.url, consumerKey: s.consumerKey, consumerSecret: s.consumerSecret, sleep: async () => {}, ...extra });
}

async function pollAll(c: WooCommerceConnector, since: string | null = null): Promise<{ orders: NormalizedOrder[]; watermark: string | null }> {
  const orders: NormalizedOrder[] = [];
  let watermark: string | null = null;
  for await (const page of c.pollChanged(since)) {
    orders.push(...page.orders);
    watermark = page.watermark ?? watermark;
  }
  return { orders, watermark };
}

const pair = (o: NormalizedOrder): string => `${o.order.id}@${o.order.dates.modified}`;

describe('WooCommerceConnector against the sandbox', () => {
  it('carries ids beyond 2^53 from the wire to the Order as exact strings', async () => {
    const big = { ...(wooReference('ios-order-211-prices-include-tax.json') as object), id: '9007199254740993', number: '9007199254740993' };
    const s = await sandbox({ orders: [big] });
    const wire = await fetch(`${s.url}/wp-json/wc/v3/orders/9007199254740993`, { headers: { Authorization: `Basic ${Buffer.from(`${s.consumerKey}:${s.consumerSecret}`).toString('base64')}` } });
    const text = await wire.text();
    expect(text).toContain('"id":9007199254740993'); // a bare number, as PHP writes it
    expect(String((JSON.parse(text) as { id: number }).id)).not.toBe('9007199254740993'); // what a naive client would get
    const c = connect(s);
    const { orders } = await pollAll(c);
    expect(orders.map((o) => o.order.id)).toEqual(['9007199254740993']);
    expect((await c.getOrder('9007199254740993'))?.order.id).toBe('9007199254740993');
    expect(await c.getOrder('424242')).toBeNull();
  });

  it('fetches the full refunds of orders that have refunds and skips checkout drafts', async () => {
    const [o727, o723] = wooReferenceOrders('docs-orders-list-727-723.json');
    const draft = { ...o727, id: 800, status: 'checkout-draft' };
    const s = await sandbox({ orders: [o727, o723, draft], refunds: { '723': wooReference('docs-refunds-list-order-723.json') as unknown[] } });
    const { orders } = await pollAll(connect(s));
    expect(orders.map((o) => o.order.id).sort()).toEqual(['723', '727']);
    const refunds = orders.find((o) => o.order.id === '723')!.order.refunds;
    expect(refunds.find((r) => r.id === '724')?.lines[0]).toMatchObject({ lineId: '311', total: '9.00' });
    expect(refunds.find((r) => r.id === '726')?.amountOnly).toBe(true);
  });

  it('delivers only orders modified at or after `since`, oldest change first', async () => {
    const s = await sandbox({ orders: generateWooOrders({ count: 30, seed: 11 }) });
    const c = connect(s);
    const all = (await pollAll(c)).orders;
    const modified = all.map((o) => o.order.dates.modified);
    expect(modified).toEqual([...modified].sort());
    const since = modified[20];
    const later = (await pollAll(c, since)).orders;
    expect(later.map(pair).sort()).toEqual(all.filter((o) => o.order.dates.modified >= since).map(pair).sort());
  });

  it('gives the newest changed orders first, whatever their dates, up to the limit and without checkout drafts', async () => {
    const seeded = generateWooOrders({ count: 130, seed: 5, start: new Date('2024-01-01T08:00:00Z') });
    const s = await sandbox({ orders: [...seeded, { ...seeded[0], id: 9999, status: 'checkout-draft', date_modified_gmt: '2030-01-01T00:00:00' }] });
    const all = (await pollAll(connect(s))).orders;
    const newestFirst = [...all].sort((a, b) => (a.order.dates.modified < b.order.dates.modified ? 1 : -1));
    const latest = await connect(s, { pageSize: 50 }).latestOrders(120);
    expect(latest.map((o) => o.order.id)).toEqual(newestFirst.slice(0, 120).map((o) => o.order.id));
    expect((await connect(s).latestOrders(3)).map((o) => o.order.id)).toEqual(newestFirst.slice(0, 3).map((o) => o.order.id));
  });

  it('sees every change of 1,000 orders exactly once while orders change between and during page fetches', async () => {
    const seed = generateWooOrders({ count: 1000, seed: 5 });
    // 250 orders share one second (a bulk status change in wp-admin), more than two pages' worth.
    const bulk = '2026-10-20T10:00:00';
    for (const o of seed.slice(300, 550)) Object.assign(o, { date_modified_gmt: bulk, date_modified: '2026-10-20T12:00:00' });
    const prng = createPrng(99);
    const delivered = new Set<string>();
    const latest = new Map<string, string>(); // id → its current (id@modified)
    const expected = new Set<string>();
    let chaos = true;
    const modifySome = (n: number): void => {
      for (let k = 0; k < n; k++) {
        // Change only orders whose current version was delivered: an order changed twice before
        // anyone read it has only its last version left to see.
        const candidates = [...latest.entries()].filter(([, p]) => delivered.has(p));
        if (candidates.length === 0) return;
        const [id] = candidates[prng.int(0, candidates.length - 1)];
        const saved = s.upsertOrder({ id: Number(id), customer_note: `change ${prng.int(1, 1e6)}` });
        const p = `${id}@${String(saved.date_modified_gmt)}Z`;
        latest.set(id, p);
        expected.add(p);
      }
    };
    const s = await sandbox({
      orders: seed,
      onRequest: ({ path }) => {
        if (chaos && path.endsWith('/orders')) modifySome(prng.int(1, 4));
      },
    });
    for (const o of seed) {
      const p = `${String(o.id)}@${String(o.date_modified_gmt)}Z`;
      latest.set(String(o.id), p);
      expected.add(p);
    }

    const c = connect(s);
    let watermark: string | null = null;
    for (let poll = 0; poll < 5; poll++) {
      if (poll === 4) chaos = false;
      const since: string | null = watermark === null ? null : new Date(Date.parse(watermark) - 1000).toISOString();
      const thisPoll: string[] = [];
      for await (const page of c.pollChanged(since)) {
        for (const o of page.orders) thisPoll.push(pair(o));
        for (const p of thisPoll) delivered.add(p);
        watermark = page.watermark ?? watermark;
        if (chaos) modifySome(prng.int(1, 3));
      }
      expect(new Set(thisPoll).size).toBe(thisPoll.length); // nothing doubled within a poll
    }
    expect(expected.size).toBeGreaterThan(1050);
    const missed = [...expected].filter((p) => !delivered.has(p));
    const unexpected = [...delivered].filter((p) => !expected.has(p));
    expect(missed).toEqual([]);
    expect(unexpected).toEqual([]);
  });

  describe('on older WooCommerce releases, which ignore parameters they do not know', () => {
    const orders = generateWooOrders({ count: 250, seed: 2 });
    /** What a poll since `since` must deliver, worked out from the seed orders themselves. */
    const changedSince = (since: string): string[] =>
      orders
        .filter((o) => `${String(o.date_modified_gmt)}Z` >= since)
        .map((o) => `${String(o.id)}@${String(o.date_modified_gmt)}Z`)
        .sort();
    const sinceOf = (index: number): string => `${String([...orders].sort((a, b) => (String(a.date_modified_gmt) < String(b.date_modified_gmt) ? -1 : 1))[index].date_modified_gmt)}Z`;
    /** The list requests a poll made, as "orderby order modified_after?". */
    const listed: string[] = [];
    const recordLists = ({ path, query }: { path: string; query: URLSearchParams }): void => {
      if (path.endsWith('/orders')) listed.push(`${query.get('orderby')} ${query.get('order')}${query.has('modified_after') ? ' modified_after' : ''}`);
    };
    const refuseSystemStatus = (request: { path: string; query: URLSearchParams }): void => {
      // A key without manage_woocommerce may list orders but not read the system status.
      if (request.path.endsWith('/system_status')) throw new WpRestError(403, 'woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');
      recordLists(request);
    };
    afterEach(() => void (listed.length = 0));

    it('5.7: reads the release, walks newest change first down to `since` and delivers exactly the changes since then, oldest first', async () => {
      const s = await sandbox({ orders, version: '5.7.2', onRequest: recordLists });
      const c = connect(s);
      const since = sinceOf(180);
      const pages: NormalizedOrder[][] = [];
      for await (const page of c.pollChanged(since)) pages.push(page.orders);
      const got = pages.flat();
      expect(got.map(pair).sort()).toEqual(changedSince(since));
      expect(got.map((o) => o.order.dates.modified)).toEqual(got.map((o) => o.order.dates.modified).sort());
      // 70 changes since then: one page of the newest 100 reaches past `since`, and modified_after (ignored) is never sent.
      expect(listed).toEqual(['modified desc']);
    });

    it('5.7 without the system status: notices that modified_after was ignored and still delivers exactly the changes', async () => {
      const s = await sandbox({ orders, version: '5.7.2', onRequest: refuseSystemStatus });
      const c = connect(s);
      const since = sinceOf(100);
      expect((await pollAll(c, since)).orders.map(pair).sort()).toEqual(changedSince(since));
      expect(listed[0]).toBe('modified asc modified_after');
      expect(listed.slice(1).every((l) => l === 'modified desc')).toBe(true);
      listed.length = 0;
      // Remembered: the next poll asks the right way at once.
      const later = sinceOf(240);
      expect((await pollAll(c, later)).orders.map(pair).sort()).toEqual(changedSince(later));
      expect(listed).toEqual(['modified desc']);
    });

    it('5.7, first poll of all: every order once, oldest change first', async () => {
      const s = await sandbox({ orders, version: '5.0.0', onRequest: recordLists });
      const { orders: got } = await pollAll(connect(s));
      expect(got.map(pair).sort()).toEqual(changedSince('0000'));
      expect(got.map((o) => o.order.dates.modified)).toEqual(got.map((o) => o.order.dates.modified).sort());
    });

    it('4.4: walks in id order and delivers only the changes since `since`, though the shop sends every order', async () => {
      const s = await sandbox({ orders, version: '4.4.0', onRequest: recordLists });
      const c = connect(s);
      const first = await pollAll(c);
      expect(first.orders.map(pair).sort()).toEqual(changedSince('0000'));
      expect(listed.every((l) => l === 'id asc')).toBe(true);
      listed.length = 0;
      const since = sinceOf(200);
      const changed = s.upsertOrder({ id: orders[10].id, status: 'completed' });
      const second = await pollAll(c, since);
      // The old orders come back from the shop (modified_after is ignored) but are not this poll's.
      expect(second.orders.map(pair).sort()).toEqual([...changedSince(since).filter((p) => !p.startsWith(`${String(orders[10].id)}@`)), `${String(changed.id)}@${String(changed.date_modified_gmt)}Z`].sort());
      expect(listed.every((l) => l === 'id asc')).toBe(true);
      // The newest created orders of such a shop come by creation date.
      listed.length = 0;
      const latest = await c.latestOrders(5);
      expect(listed).toEqual(['date desc']);
      expect(latest.map((o) => o.order.dates.created)).toEqual(first.orders.map((o) => o.order.dates.created).sort().reverse().slice(0, 5));
    });

    it('4.4 without the system status: falls back to id order when orderby=modified is refused, and remembers it', async () => {
      const s = await sandbox({ orders, version: '4.4.0', onRequest: refuseSystemStatus });
      const c = connect(s);
      const since = sinceOf(200);
      expect((await pollAll(c, since)).orders.map(pair).sort()).toEqual(changedSince(since));
      expect(listed[0]).toBe('modified asc modified_after');
      expect(listed.slice(1).every((l) => l === 'id asc')).toBe(true);
      listed.length = 0;
      await pollAll(c, since);
      expect(listed.every((l) => l === 'id asc')).toBe(true);
    });
  });

  describe('when the shop misbehaves', () => {
    let s: WooSandbox;
    afterEach(() => s?.setFaults({}));

    it('retries 429, 5xx and dropped connections without losing an order, honouring Retry-After', async () => {
      s = await sandbox({ orders: generateWooOrders({ count: 300, seed: 4 }), refunds: {} });
      s.setFaults({ failRate: 0.4, statuses: [429, 500, 503, 'drop'], seed: 21 });
      const sleeps: number[] = [];
      const c = connect(s, { pageSize: 20, maxAttempts: 12, sleep: async (ms) => void sleeps.push(ms) });
      const { orders } = await pollAll(c);
      expect(new Set(orders.map((o) => o.order.id)).size).toBe(300);
      expect(s.state().calls.faults).toBeGreaterThan(0);
      expect(sleeps).toContain(1000); // the sandbox's Retry-After: 1
    });

    it('retries requests that time out', async () => {
      s = await sandbox({ orders: generateWooOrders({ count: 120, seed: 6 }) });
      s.setFaults({ failRate: 0.3, statuses: ['hang'], seed: 3 });
      const c = connect(s, { timeoutMs: 150, maxAttempts: 10 });
      const { orders } = await pollAll(c);
      expect(orders).toHaveLength(120);
    });

    it('gives up with a server error after the last attempt, without the keys in the message', async () => {
      s = await sandbox({ orders: generateWooOrders({ count: 3, seed: 1 }) });
      s.setFaults({ failRate: 1, statuses: [503] });
      const c = connect(s, { maxAttempts: 3 });
      const err = await pollAll(c).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ShopError);
      expect((err as ShopError).kind).toBe('server');
      expect(JSON.stringify({ m: (err as ShopError).message, d: (err as ShopError).detail })).not.toContain(s.consumerSecret);
    });
  });

  it('explains an auth failure plainly and keeps the secret out of it', async () => {
    const s = await sandbox();
    const c = new WooCommerceConnector({ url: s.url, consumerKey: s.consumerKey, consumerSecret: 'cs_wrong_secret_123456', sleep: async () => {} });
    const err = (await c.testConnection().catch((e: unknown) => e)) as ShopError;
    expect(err).toBeInstanceOf(ShopError);
    expect(err.kind).toBe('auth');
    expect(err.message).toMatch(/consumer key and secret/);
    expect(`${err.message} ${JSON.stringify(err.detail)}`).not.toContain('cs_wrong_secret_123456');
  });

  it('tells the shop name, address and currency', async () => {
    const s = await sandbox({ name: 'Nordisk Hjem' });
    expect(await connect(s).testConnection()).toEqual({ name: 'Nordisk Hjem', url: s.url, currency: 'DKK' });
  });

  it('sends the keys as query parameters when the host strips the Authorization header', async () => {
    const s = await sandbox({ orders: generateWooOrders({ count: 3, seed: 9 }), stripAuthorizationHeader: true });
    const c = connect(s);
    expect((await c.testConnection()).currency).toBe('DKK');
    expect((await pollAll(c)).orders).toHaveLength(3);
  });

  it('says when the address is not a WordPress site', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>Min butik</title>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const c = new WooCommerceConnector({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, consumerKey: 'ck_x', consumerSecret: 'cs_x', sleep: async () => {} });
      const err = (await c.testConnection().catch((e: unknown) => e)) as ShopError;
      expect(err.kind).toBe('config');
      expect(err.message).toMatch(/not JSON/);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('refuses plain http to anything but this machine, saying why', async () => {
    const c = new WooCommerceConnector({ url: 'http://butik.dk', consumerKey: 'ck_x', consumerSecret: 'cs_x' });
    const err = (await c.testConnection().catch((e: unknown) => e)) as ShopError;
    expect(err.kind).toBe('config');
    expect(err.message).toMatch(/https:\/\/butik\.dk/);
    expect(err.message).toMatch(/unencrypted/);
  });

  it('never follows the shop to another host with the keys, and names the new address', async () => {
    const reached: string[] = [];
    const other = createServer((req, res) => {
      reached.push(`${req.url} ${req.headers.authorization ?? ''}`);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('[]');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      for (const stripAuthorizationHeader of [false, true]) {
        const s = await sandbox({ orders: generateWooOrders({ count: 3, seed: 9 }), stripAuthorizationHeader });
        s.setSettings({ redirectTo: otherOrigin, redirectStatus: 301 });
        const c = connect(s);
        for (const attempt of [() => c.testConnection(), () => pollAll(c)]) {
          const err = (await attempt().catch((e: unknown) => e)) as ShopError;
          expect(err).toBeInstanceOf(ShopError);
          expect(err.kind).toBe('config');
          expect(err.detail.moved).toEqual({ platform: 'WooCommerce', address: s.url, to: otherOrigin });
        }
      }
      expect(reached).toEqual([]);
    } finally {
      other.closeAllConnections();
      await new Promise((r) => other.close(r));
    }
  });

  it('discovers statuses (marking plugin statuses as custom) and payment methods', async () => {
    const [o727] = wooReferenceOrders('docs-orders-list-727-723.json');
    const s = await sandbox({ orders: [o727, { ...o727, id: 900, status: 'pre-ordered' }] });
    const c = connect(s);
    const statuses = await c.discoverStatuses();
    expect(statuses.find((x) => x.slug === 'pre-ordered')).toEqual({ slug: 'pre-ordered', name: 'Pre ordered', count: 1, custom: true });
    expect(statuses.find((x) => x.slug === 'processing')).toEqual({ slug: 'processing', name: 'Processing', count: 1, custom: false });
    const methods = await c.discoverPaymentMethods();
    expect(methods).toContainEqual({ id: 'mobilepay', title: 'MobilePay', enabled: true });
    expect(methods).toContainEqual({ id: 'cod', title: 'Betaling ved levering', enabled: false });
  });
});
