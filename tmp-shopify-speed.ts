import { startShopifySandbox } from './main/sandbox/shops/shopify/server';
import { ShopifyConnector } from './main/connectors/shops/shopify/connector';
import { generateShopifyDemoOrders } from './main/sandbox/shops/shopify/demo-orders';
const sb = await startShopifySandbox({ orders: generateShopifyDemoOrders({ count: 30, seed: 2026 }) });
const c = new ShopifyConnector({ url: sb.url, accessToken: sb.accessToken });
const t0 = Date.now(); let n = 0;
for await (const page of c.pollChanged(null)) n += page.orders.length;
console.log(n, Date.now() - t0, 'ms', JSON.stringify(sb.state().requests));
await sb.close();
