import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWooSandbox, type WooSandbox } from '../../../../../main/sandbox/shops/woocommerce';

/**
 * The WooCommerce release a shop runs, switched by POST /_sandbox/settings {"version"} (docs/contracts.md
 * "Sandbox modes"): modified_after and modified_before exist from 5.8, dates_are_gmt from 5.4,
 * orderby=modified from 4.5, wc/v3 from 3.5. Like WordPress, an older release answers as if a
 * parameter it does not register were not there.
 */

type Order = Record<string, unknown>;

/** An order saved on a Danish site in January (site time = GMT + 1 h). */
function order(id: number, createdGmt: string, modifiedGmt: string): Order {
  const local = (gmt: string) => new Date(Date.parse(`${gmt}Z`) + 3_600_000).toISOString().slice(0, 19);
  return {
    id,
    number: String(id),
    status: 'processing',
    currency: 'DKK',
    total: '100.00',
    date_created: local(createdGmt),
    date_created_gmt: createdGmt,
    date_modified: local(modifiedGmt),
    date_modified_gmt: modifiedGmt,
  };
}

let s: WooSandbox;

beforeAll(async () => {
  s = await startWooSandbox({
    orders: [order(1, '2026-01-10T09:00:00', '2026-01-10T09:00:00'), order(2, '2026-01-10T09:30:00', '2026-01-12T08:00:00'), order(3, '2026-01-11T09:00:00', '2026-01-11T09:00:00')],
  });
});
afterAll(() => s.close());
beforeEach(async () => {
  await fetch(`${s.url}/_sandbox/reset`, { method: 'POST' });
});

const auth = (): Record<string, string> => ({ Authorization: `Basic ${Buffer.from(`${s.consumerKey}:${s.consumerSecret}`).toString('base64')}` });

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${s.url}/wp-json/${path}`, { headers: auth() });
  return { status: res.status, body: await res.json() };
}

async function setVersion(version: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${s.url}/_sandbox/settings`, { method: 'POST', body: JSON.stringify({ version }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const ids = (body: unknown): number[] => (body as Order[]).map((o) => o.id as number);
const CHANGED_SINCE_11TH = 'wc/v3/orders?modified_after=2026-01-11T00:00:00&dates_are_gmt=true&orderby=modified&order=asc';
const CREATED_AFTER_0915_GMT = 'wc/v3/orders?after=2026-01-10T09:15:00&dates_are_gmt=true&orderby=id&order=asc';

describe('the version setting', () => {
  it('starts at 9.4.0, takes any release number, refuses anything else without changing, and reset restores it', async () => {
    expect(await (await fetch(`${s.url}/_sandbox/settings`)).json()).toEqual({ version: '9.4.0', redirectTo: null, redirectStatus: 301 });
    expect(await setVersion('5.7.2')).toEqual({ status: 200, body: { version: '5.7.2', redirectTo: null, redirectStatus: 301 } });
    expect((await setVersion('five')).status).toBe(400);
    const unknown = await fetch(`${s.url}/_sandbox/settings`, { method: 'POST', body: JSON.stringify({ version: '4.0', hpos: true }) });
    expect(unknown.status).toBe(400);
    expect(s.state().settings).toEqual({ version: '5.7.2', redirectTo: null, redirectStatus: 301 });
    await fetch(`${s.url}/_sandbox/reset`, { method: 'POST' });
    expect(s.state().settings).toEqual({ version: '9.4.0', redirectTo: null, redirectStatus: 301 });
  });

  it('reports the release in system_status and stamps it on every order the shop saves', async () => {
    await setVersion('5.7.2');
    expect(((await get('wc/v3/system_status')).body as { environment: { version: string } }).environment.version).toBe('5.7.2');
    s.upsertOrder({ id: 2, status: 'completed' });
    const versions = Object.fromEntries((((await get('wc/v3/orders?orderby=id&order=asc')).body as Order[]).map((o) => [o.id, o.version])));
    // orders 1 and 3 were last saved before the switch, by 9.4.0
    expect(versions).toEqual({ 1: '9.4.0', 2: '5.7.2', 3: '9.4.0' });
  });
});

describe('what each release answers', () => {
  it('5.8 and later filter on modified_after and read dates as GMT with dates_are_gmt', async () => {
    for (const version of ['9.4.0', '5.8.0']) {
      await setVersion(version);
      expect(ids((await get(CHANGED_SINCE_11TH)).body)).toEqual([3, 2]);
      expect(ids((await get(CREATED_AFTER_0915_GMT)).body)).toEqual([2, 3]);
    }
  });

  it('5.4 to 5.7 ignore modified_after and modified_before, silently (every order), but read after/before as GMT with dates_are_gmt', async () => {
    for (const version of ['5.7.2', '5.4.0']) {
      await setVersion(version);
      const res = await get(CHANGED_SINCE_11TH);
      expect(res.status).toBe(200);
      expect(ids(res.body)).toEqual([1, 3, 2]);
      expect(ids((await get('wc/v3/orders?modified_before=2026-01-10T00:00:00&dates_are_gmt=true&orderby=id')).body)).toEqual([3, 2, 1]);
      // 09:15 GMT: order 1 was created at 09:00 GMT, before it; orders 2 and 3 after
      expect(ids((await get(CREATED_AFTER_0915_GMT)).body)).toEqual([2, 3]);
    }
  });

  it('4.5 to 5.3 ignore dates_are_gmt as well: after/before in site time', async () => {
    await setVersion('5.3.1');
    expect(ids((await get(CHANGED_SINCE_11TH)).body)).toEqual([1, 3, 2]);
    // 09:15 read as site time (08:15 GMT): order 1, created 09:00 GMT = 10:00 site time, is after it
    expect(ids((await get(CREATED_AFTER_0915_GMT)).body)).toEqual([1, 2, 3]);
  });

  it('before 4.5 refuse orderby=modified (not in the enum) and ignore modified_after with orderby=id', async () => {
    await setVersion('4.4.0');
    expect(await get(CHANGED_SINCE_11TH)).toEqual({
      status: 400,
      body: {
        code: 'rest_invalid_param',
        message: 'Invalid parameter(s): orderby',
        data: { status: 400, params: { orderby: 'orderby is not one of date, id, include, title, and slug.' } },
      },
    });
    expect(ids((await get('wc/v3/orders?modified_after=2026-01-11T00:00:00&dates_are_gmt=true&orderby=id&order=asc')).body)).toEqual([1, 2, 3]);
  });

  it('before 3.5 have no wc/v3 at all', async () => {
    await setVersion('3.4.7');
    expect(await get('wc/v3/orders')).toMatchObject({ status: 404, body: { code: 'rest_no_route' } });
    expect(((await get('')).body as { namespaces: string[] }).namespaces).not.toContain('wc/v3');
  });
});

describe('a shop that moved (redirectTo, redirectStatus)', () => {
  const post = (body: unknown) => fetch(`${s.url}/_sandbox/settings`, { method: 'POST', body: JSON.stringify(body) });

  it('answers every REST request with the redirect to the same path and query on the new origin, and nothing else', async () => {
    expect((await post({ redirectTo: 'https://www.butik.example/ignored-path', redirectStatus: 308 })).status).toBe(200);
    expect(s.state().settings).toEqual({ version: '9.4.0', redirectTo: 'https://www.butik.example', redirectStatus: 308 });
    const res = await fetch(`${s.url}/wp-json/wc/v3/orders?orderby=id&per_page=5`, { headers: auth(), redirect: 'manual' });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('https://www.butik.example/wp-json/wc/v3/orders?orderby=id&per_page=5');
    expect(await res.text()).toBe('');
    // The admin API keeps working, so a test can move the shop back.
    expect((await post({ redirectTo: null })).status).toBe(200);
    expect((await get('wc/v3/orders?orderby=id&order=asc')).status).toBe(200);
  });

  it('refuses a redirect that is not an http(s) address or a status that is not a redirect, changing nothing', async () => {
    expect((await post({ redirectTo: 'ftp://butik.example' })).status).toBe(400);
    expect((await post({ redirectTo: 'https://www.butik.example', redirectStatus: 200 })).status).toBe(400);
    expect(s.state().settings).toEqual({ version: '9.4.0', redirectTo: null, redirectStatus: 301 });
  });
});
