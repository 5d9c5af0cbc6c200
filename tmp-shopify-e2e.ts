import { readFileSync } from 'node:fs';
import { startShopifySandbox } from './main/sandbox/shops/shopify/server';
import { ShopifyConnector } from './main/connectors/shops/shopify/connector';
const R = 'test/fixtures/reference/shops/shopify/';
const j = (f: string) => JSON.parse(readFileSync(R + f, 'utf8'));
const orders = [
  j('docs-rest-order-1001-partially-refunded.json').order,
  j('docs-rest-order-create-eur-paid.json').order,
  j('docs-rest-order-create-manual-percentage-discount.json').order,
  j('docs-rest-order-create-partially-paid.json').order,
  j('docs-rest-order-create-pending.json').order,
  j('pyapi-fixture-order-1001-legacy.json').order,
  ...j('real-devstore-orders-jpy-draft-orders.json').data.orders,
];
const sb = await startShopifySandbox({ maxAvailable: 1000, restoreRate: 1000 });
for (const o of orders) sb.upsertOrder({ ...o, id: o.id === 450789469 && o.gateway ? 450789470 : o.id });
sb.upsertOrder(j('docs-rest-order-cancelled-refunded.json').order);
const c = new ShopifyConnector({ url: sb.url, accessToken: sb.accessToken });
for await (const page of c.pollChanged(null)) {
  for (const n of page.orders) console.log(n.order.id, n.order.number, n.order.status, JSON.stringify(n.order.totals), n.findings.map(f => f.code + ': ' + f.message));
}
console.log(JSON.stringify(sb.state().requests));
await sb.close();
