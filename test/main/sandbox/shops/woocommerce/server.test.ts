import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWooSandbox, type WooSandbox } from '../../../../../main/sandbox/shops/woocommerce';
import { wooReference, wooReferenceOrders } from '../../../connectors/shops/woocommerce/reference';

type Order = Record<string, unknown>;

describe('WooCommerce sandbox REST API', () => {
  let s: WooSandbox;
  const [o727, o723] = wooReferenceOrders('docs-orders-list-727-723.json');
  const mk = (id: number, status: string, modifiedGmt: string): Order => ({ ...o727, id, number: String(id), status, date_modified_gmt: modifiedGmt, date_created_gmt: modifiedGmt });
  const seed = [
    mk(10, 'processing', '2026-01-01T10:00:00'),
    mk(11, 'completed', '2026-01-01T10:00:00'),
    mk(12, 'on-hold', '2026-01-01T10:00:05'),
    mk(13, 'trash', '2026-01-01T10:00:06'),
    mk(14, 'pending', '2026-01-01T10:00:07'),
    o723,
  ];

  beforeAll(async () => {
    s = await startWooSandbox({ orders: seed, refunds: { '723': wooReference('docs-refunds-list-order-723.json') as unknown[] } });
  });
  afterAll(() => s.close());

  const auth = (): Record<string, string> => ({ Authorization: `Basic ${Buffer.from(`${s.consumerKey}:${s.consumerSecret}`).toString('base64')}` });
  const get = async (path: string, headers = auth()): Promise<{ status: number; body: unknown; headers: Headers }> => {
    const res = await fetch(`${s.url}/wp-json/wc/v3/${path}`, { headers });
    return { status: res.status, body: await res.json(), headers: res.headers };
  };
  const ids = (body: unknown): number[] => (body as Order[]).map((o) => o.id as number);

  it('asks for the keys, by Basic auth or by query parameters', async () => {
    expect(await get('orders', {})).toMatchObject({ status: 401, body: { code: 'woocommerce_rest_cannot_view', data: { status: 401 } } });
    const wrong = { Authorization: `Basic ${Buffer.from(`${s.consumerKey}:nope`).toString('base64')}` };
    expect(await get('orders', wrong)).toMatchObject({ status: 401, body: { code: 'woocommerce_rest_authentication_error' } });
    const viaQuery = await get(`orders?consumer_key=${s.consumerKey}&consumer_secret=${s.consumerSecret}`, {});
    expect(viaQuery.status).toBe(200);
  });

  it('lists with status=any (all but trash), paging headers and Link', async () => {
    const res = await get('orders?per_page=2&page=2&orderby=id&order=asc');
    expect(ids(res.body)).toEqual([12, 14]);
    expect(res.headers.get('x-wp-total')).toBe('5');
    expect(res.headers.get('x-wp-totalpages')).toBe('3');
    expect(res.headers.get('link')).toMatch(/[?&]page=1[&>][^,]*; rel="prev", <[^>]*[?&]page=3[&>][^,]*; rel="next"/);
    expect(ids((await get('orders?status=trash')).body)).toEqual([13]);
    expect(ids((await get('orders?status=processing,on-hold&orderby=id&order=asc')).body)).toEqual([10, 12]);
  });

  it('rejects per_page above 100 like WooCommerce', async () => {
    expect(await get('orders?per_page=101')).toMatchObject({ status: 400, body: { code: 'rest_invalid_param', data: { params: { per_page: expect.any(String) } } } });
  });

  it('filters modified_after exclusively at whole seconds and sorts by modified with an id tie-breaker', async () => {
    const res = await get('orders?modified_after=2026-01-01T10:00:00&dates_are_gmt=true&orderby=modified&order=asc');
    expect(ids(res.body)).toEqual([12, 14]);
    const all = await get('orders?modified_after=2025-12-31T23:59:59Z&dates_are_gmt=true&orderby=modified&order=asc&include=14,11,10');
    expect(ids(all.body)).toEqual([10, 11, 14]);
    const before = await get('orders?modified_before=2026-01-01T10:00:05&dates_are_gmt=true&orderby=modified&order=desc');
    expect(ids(before.body)).toEqual([11, 10, 723]);
  });

  it('serves single orders, their refunds, status totals, gateways and the currency', async () => {
    expect((await get('orders/723')).body).toMatchObject({ id: 723, total: '39.00' });
    expect(await get('orders/999')).toMatchObject({ status: 404, body: { code: 'woocommerce_rest_shop_order_invalid_id' } });
    expect(ids((await get('orders/723/refunds')).body)).toEqual([726, 724]);
    expect((await get('orders/723/refunds/724')).body).toMatchObject({ amount: '9.00' });
    const totals = (await get('reports/orders/totals')).body as { slug: string; total: number }[];
    expect(totals.find((t) => t.slug === 'completed')?.total).toBe(2);
    expect((await get('payment_gateways')).body).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'bacs', title: 'Bankoverførsel' })]));
    expect((await get('settings/general/woocommerce_currency')).body).toMatchObject({ value: 'DKK' });
    expect(await get('nothing/here')).toMatchObject({ status: 404, body: { code: 'rest_no_route' } });
  });

  it('bumps date_modified on every admin change, at least a second apart and after every existing order', async () => {
    const post = async (path: string, body: unknown): Promise<Order> =>
      (await (await fetch(`${s.url}/_sandbox/${path}`, { method: 'POST', body: JSON.stringify(body) })).json()) as Order;
    const a = await post('orders', { id: 10, status: 'completed', billing: { city: 'Odense C' } });
    const b = await post('orders', { id: 10, customer_note: 'igen' });
    expect(a.billing).toMatchObject({ city: 'Odense C', first_name: 'John' });
    expect(Date.parse(`${String(b.date_modified_gmt)}Z`) - Date.parse(`${String(a.date_modified_gmt)}Z`)).toBeGreaterThanOrEqual(1000);
    expect(b).toMatchObject({ status: 'completed', customer_note: 'igen' });
    const created = await post('orders', { status: 'pending', total: '10.00' });
    expect(Number(created.id)).toBeGreaterThan(723);

    const refund = await post('orders/10/refunds', { amount: '29.35', reason: 'Fortrudt køb' });
    const order = (await get('orders/10')).body as Order;
    expect(order.refunds).toEqual([{ id: refund.id, reason: 'Fortrudt køb', total: '-29.35' }]);
    expect(order.status).toBe('refunded');
    expect(String(order.date_modified_gmt) > String(b.date_modified_gmt)).toBe(true);

    const state = await (await fetch(`${s.url}/_sandbox/state`)).json();
    expect(state).toMatchObject({ orders: 7, byStatus: { refunded: 1 } });
    await fetch(`${s.url}/_sandbox/reset`, { method: 'POST' });
    expect(((await get('orders/10')).body as Order).status).toBe('processing');
  });

  it('injects faults from a seed, and drops connections', async () => {
    s.setFaults({ failRate: 1, statuses: ['drop'] });
    await expect(fetch(`${s.url}/wp-json/wc/v3/orders`, { headers: auth() })).rejects.toThrow();
    s.setFaults({ failRate: 1, statuses: [429] });
    const limited = await fetch(`${s.url}/wp-json/wc/v3/orders`, { headers: auth() });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    s.setFaults({});
    expect((await get('orders')).status).toBe(200);
  });
});

describe('WooCommerce sandbox persistence', () => {
  it('keeps its orders in the persist file across restarts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'woo-sandbox-')), 'shop.json');
    const first = await startWooSandbox({ persistFile: file });
    first.upsertOrder({ id: 5001, status: 'processing', total: '125.00' });
    await first.close();
    const second = await startWooSandbox({ persistFile: file });
    try {
      expect(second.state().orders).toBe(1);
      const res = await fetch(`${second.url}/wp-json/wc/v3/orders/5001`, { headers: { Authorization: `Basic ${Buffer.from(`${second.consumerKey}:${second.consumerSecret}`).toString('base64')}` } });
      expect(await res.json()).toMatchObject({ id: 5001, total: '125.00', currency: 'DKK' });
    } finally {
      await second.close();
    }
  });
});
