import { startShopifySandbox } from './main/sandbox/shops/shopify/server';
import { ShopifyConnector } from './main/connectors/shops/shopify/connector';
import { generateShopifyDemoOrders } from './main/sandbox/shops/shopify/demo-orders';
const sb = await startShopifySandbox({ orders: generateShopifyDemoOrders({ count: 12, seed: 7 }), restoreRate: 50 });
const c = new ShopifyConnector({ url: sb.url, accessToken: sb.accessToken });
const t0 = Date.now();
for await (const page of c.pollChanged(null)) {
  for (const n of page.orders) console.log(n.order.id, n.order.number, n.order.status, n.order.payment.id, JSON.stringify(n.order.totals), n.order.discounts.map(d=>d.code+':'+d.amount+'/'+d.tax), n.order.giftCards.length, n.order.billing.vatNumber, n.findings.map(f => f.code + ': ' + f.message));
}
console.log(Date.now() - t0, 'ms', JSON.stringify(sb.state().requests));
console.log(await c.discoverStatuses(), await c.discoverPaymentMethods());
await sb.close();
