import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_API_VERSION, startShopifySandbox, type ShopifySandbox } from '../../../../../main/sandbox/shops/shopify';

/**
 * The shop settings of docs/contracts.md, "Sandbox modes", switched through POST /_sandbox/settings, and
 * what the Admin API then answers (shopify.dev/docs/apps/launch/protected-customer-data and the
 * changelog's access-scope errors, as quoted in docs/decisions/0006-shop-sandbox-fidelity.md).
 */

let sandbox: ShopifySandbox;

beforeAll(async () => {
  sandbox = await startShopifySandbox({ restoreRate: 100_000 });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' });
});

const DAY = 86_400_000;

/** A paid order of Mette Hansen's, as Shopify's REST API shows it. */
function metteOrder(id: number, createdAt: string) {
  const address = { first_name: 'Mette', last_name: 'Hansen', address1: 'Nørregade 1', address2: '2. tv', zip: '8000', city: 'Aarhus', country_code: 'DK', phone: '+4512345678' };
  return {
    id,
    name: `#${id}`,
    email: 'mette@example.dk',
    phone: '+4512345678',
    created_at: createdAt,
    currency: 'DKK',
    financial_status: 'paid',
    total_price: '125.00',
    customer: { id: 77, email: 'mette@example.dk', first_name: 'Mette', last_name: 'Hansen', phone: '+4512345678' },
    billing_address: address,
    shipping_address: address,
    line_items: [{ id: id * 10, title: 'Krus', quantity: 1, price: '125.00' }],
  };
}

interface GraphError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}
interface Reply {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: GraphError[] };
}

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Reply> {
  const res = await fetch(`${sandbox.url}/admin/api/${SANDBOX_API_VERSION}/graphql.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-access-token': sandbox.accessToken },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as Reply['body'] };
}

async function settings(body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${sandbox.url}/_sandbox/settings`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const BUYER_QUERY = `{ orders(first: 5) { nodes {
  name email phone totalPriceSet { shopMoney { amount } }
  customer { id firstName lastName defaultEmailAddress { emailAddress } }
  billingAddress { firstName lastName address1 address2 zip city countryCodeV2 phone }
} } }`;

describe('the settings admin API', () => {
  it('starts at level 2 with read_orders and read_all_orders and no redirect', async () => {
    expect(await settings()).toEqual({
      status: 200,
      body: { protectedCustomerData: 2, scopes: ['read_orders', 'read_all_orders'], redirectTo: null, redirectStatus: 301 },
    });
  });

  it('changes only the keys a POST names, refuses a bad value or an unknown key without changing anything, and reset restores the start', async () => {
    expect((await settings({ protectedCustomerData: 1 })).body).toEqual({ protectedCustomerData: 1, scopes: ['read_orders', 'read_all_orders'], redirectTo: null, redirectStatus: 301 });
    const bad = await settings({ protectedCustomerData: 3, scopes: ['read_orders'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toBe('protectedCustomerData must be 0, 1 or 2');
    expect((await settings({ scopes: 'read_orders' })).status).toBe(400);
    expect((await settings({ level: 1 })).status).toBe(400);
    expect((await settings()).body).toMatchObject({ protectedCustomerData: 1, scopes: ['read_orders', 'read_all_orders'] });
    expect(sandbox.state().settings.protectedCustomerData).toBe(1);
    await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' });
    expect((await settings()).body.protectedCustomerData).toBe(2);
  });

  it('tells the app its scopes, as currentAppInstallation.accessScopes does', async () => {
    await settings({ scopes: ['read_orders'] });
    expect((await gql('{ currentAppInstallation { accessScopes { handle } } }')).body).toEqual({
      data: { currentAppInstallation: { accessScopes: [{ handle: 'read_orders' }] } },
      extensions: expect.anything(),
    });
  });

  it('grants client-credentials tokens with the scopes the shop has', async () => {
    await settings({ scopes: ['read_orders'] });
    const res = await fetch(`${sandbox.url}/admin/oauth/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: sandbox.clientId, client_secret: sandbox.clientSecret, grant_type: 'client_credentials' }),
    });
    expect(((await res.json()) as { scope: string }).scope).toBe('read_orders');
  });
});

describe('protected customer data', () => {
  beforeEach(() => {
    sandbox.upsertOrder(metteOrder(5001, new Date(Date.now() - DAY).toISOString()));
  });

  it('level 2 answers every field', async () => {
    const { status, body } = await gql(BUYER_QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      orders: {
        nodes: [
          {
            name: '#5001',
            email: 'mette@example.dk',
            phone: '+4512345678',
            totalPriceSet: { shopMoney: { amount: '125.00' } },
            customer: { id: 'gid://shopify/Customer/77', firstName: 'Mette', lastName: 'Hansen', defaultEmailAddress: { emailAddress: 'mette@example.dk' } },
            billingAddress: { firstName: 'Mette', lastName: 'Hansen', address1: 'Nørregade 1', address2: '2. tv', zip: '8000', city: 'Aarhus', countryCodeV2: 'DK', phone: '+4512345678' },
          },
        ],
      },
    });
  });

  it('level 1 answers HTTP 200 with name, address lines, zip, e-mail and phone null and one error per withheld field', async () => {
    await settings({ protectedCustomerData: 1 });
    const { status, body } = await gql(BUYER_QUERY);
    expect(status).toBe(200);
    expect(body.data).toEqual({
      orders: {
        nodes: [
          {
            name: '#5001',
            email: null,
            phone: null,
            totalPriceSet: { shopMoney: { amount: '125.00' } },
            customer: { id: 'gid://shopify/Customer/77', firstName: null, lastName: null, defaultEmailAddress: null },
            billingAddress: { firstName: null, lastName: null, address1: null, address2: null, zip: null, city: 'Aarhus', countryCodeV2: 'DK', phone: null },
          },
        ],
      },
    });
    const order = ['orders', 'nodes', 0];
    expect(body.errors?.map((e) => e.path)).toEqual([
      [...order, 'email'],
      [...order, 'phone'],
      [...order, 'customer', 'firstName'],
      [...order, 'customer', 'lastName'],
      [...order, 'customer', 'defaultEmailAddress'],
      [...order, 'billingAddress', 'firstName'],
      [...order, 'billingAddress', 'lastName'],
      [...order, 'billingAddress', 'address1'],
      [...order, 'billingAddress', 'address2'],
      [...order, 'billingAddress', 'zip'],
      [...order, 'billingAddress', 'phone'],
    ]);
    const see = 'See https://partners.shopify.com/1/apps/1/customer_data for more details.';
    expect(body.errors?.[0]).toMatchObject({ message: `This app is not approved to use the email field. ${see}` });
    expect(body.errors?.[2]).toMatchObject({ message: `This app is not approved to access the Customer object. ${see}` });
    expect(body.errors?.[0].extensions).toBeUndefined();
  });

  it('level 0 refuses orders themselves, as protected customer data, and still answers about the shop', async () => {
    await settings({ protectedCustomerData: 0 });
    const { status, body } = await gql(BUYER_QUERY);
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'This app is not approved to access the Order object. See https://shopify.dev/docs/apps/launch/protected-customer-data for more details.',
        path: ['orders'],
        extensions: { code: 'ACCESS_DENIED' },
      }),
    ]);
    expect((await gql('{ shop { name } }')).body).toMatchObject({ data: { shop: { name: 'LedgerBridge Sandbox' } } });
  });
});

describe('access scopes', () => {
  it('without read_orders answers HTTP 200 with ACCESS_DENIED naming the scope', async () => {
    sandbox.upsertOrder(metteOrder(5002, new Date().toISOString()));
    await settings({ scopes: ['read_all_orders'] });
    const many = await gql('{ orders(first: 5) { nodes { name } } }');
    expect(many.status).toBe(200);
    expect(many.body.data).toBeNull();
    expect(many.body.errors).toEqual([
      {
        message: 'Access denied for orders field. Required access: `read_orders` access scope.',
        locations: [{ line: 1, column: 3 }],
        path: ['orders'],
        extensions: { code: 'ACCESS_DENIED', documentation: 'https://shopify.dev/api/usage/access-scopes', requiredAccess: '`read_orders` access scope.' },
      },
    ]);
    const one = await gql('{ order(id: "gid://shopify/Order/5002") { name } }');
    expect(one.body.data).toEqual({ order: null });
    expect(one.body.errors?.[0]).toMatchObject({ path: ['order'], extensions: { code: 'ACCESS_DENIED' } });
  });

  it('without read_all_orders shows only orders created in the last 60 days, silently', async () => {
    sandbox.upsertOrder(metteOrder(5003, new Date(Date.now() - 61 * DAY).toISOString()));
    sandbox.upsertOrder(metteOrder(5004, new Date(Date.now() - 59 * DAY).toISOString()));
    expect((await gql('{ orders(first: 5) { nodes { name } } }')).body.data).toEqual({ orders: { nodes: [{ name: '#5003' }, { name: '#5004' }] } });
    await settings({ scopes: ['read_orders'] });
    const recent = await gql('{ orders(first: 5) { nodes { name } } }');
    expect(recent.body).toMatchObject({ data: { orders: { nodes: [{ name: '#5004' }] } } });
    expect(recent.body.errors).toBeUndefined();
    const old = await gql('{ order(id: "gid://shopify/Order/5003") { name } }');
    expect(old.body.data).toEqual({ order: null });
    expect(old.body.errors).toBeUndefined();
  });
});

describe('a shop that moved', () => {
  it('answers every Admin API request with a redirect to the same path on the other host, and keeps its admin API', async () => {
    await settings({ redirectTo: 'http://127.0.0.2:9/ignored-path' });
    const post = (path: string) => fetch(`${sandbox.url}${path}`, { method: 'POST', redirect: 'manual', headers: { 'x-shopify-access-token': sandbox.accessToken }, body: '{}' });
    const graphql = await post(`/admin/api/${SANDBOX_API_VERSION}/graphql.json`);
    expect(graphql.status).toBe(301);
    expect(graphql.headers.get('location')).toBe(`http://127.0.0.2:9/admin/api/${SANDBOX_API_VERSION}/graphql.json`);
    const token = await post('/admin/oauth/access_token');
    expect(token.headers.get('location')).toBe('http://127.0.0.2:9/admin/oauth/access_token');
    await settings({ redirectStatus: 307 });
    expect((await post(`/admin/api/${SANDBOX_API_VERSION}/graphql.json`)).status).toBe(307);
    expect((await settings()).body).toMatchObject({ redirectTo: 'http://127.0.0.2:9', redirectStatus: 307 });
    await settings({ redirectTo: null });
    expect((await gql('{ shop { name } }')).status).toBe(200);
  });
});
