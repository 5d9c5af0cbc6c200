import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { retryOrders } from '../../../main/operations/retry';
import type { Runtime } from '../../../main/runtime/runtime';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { ConfigStore } from '../../../main/settings';
import { startSandboxHarness as startHarness, type SandboxHarness as Harness } from '../../../main/demo/sandbox-harness';

/**
 * Issue 14 §4: e-conomic remembers an Idempotency-Key for about an hour. A draft whose answer was
 * lost on the way back is therefore never re-sent later on the strength of the key alone: before
 * anything is written again (the next sync, or the owner's Retry) it is looked up by the order's
 * reference. The sandbox forgets keys after exactly one hour of its own clock, which the test moves.
 */

let harness: Harness | null = null;
let proxy: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  proxy?.closeAllConnections();
  await harness?.close();
  harness = proxy = null;
});

/**
 * A hop between LedgerBridge and the e-conomic sandbox that, while `losing` is on, lets every
 * `POST /invoices/drafts` reach e-conomic and then drops the connection before the answer comes
 * back: the draft exists, but LedgerBridge cannot know it.
 */
async function answerLosingHop(target: string): Promise<{ url: string; losing: { on: boolean } }> {
  const losing = { on: true };
  const upstream = new URL(target);
  proxy = createServer((req, res) => {
    const forward = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      if (losing.on && req.method === 'POST' && req.url?.startsWith('/invoices/drafts')) {
        answer.resume();
        answer.on('end', () => req.socket.destroy());
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, losing };
}

type Draft = { draftInvoiceNumber: number; references?: { other?: string } };

/** One order whose draft was made in e-conomic while its answer was lost; then two hours pass. */
async function draftWithLostAnswer(): Promise<{ runtime: Runtime; orderId: string; ours: () => Draft[] }> {
  const [order] = generateWooOrders({ count: 1, seed: 5 });
  harness = await startHarness({ orders: [order] });
  const hop = await answerLosingHop(harness.economic.url);
  const config = new ConfigStore(harness.dataDir);
  const profile = config.requireProfile();
  config.saveProfile({ ...profile, economic: { ...profile.economic, url: hop.url } });
  const runtime = await harness.open();
  const orderId = String(order.id);
  const ours = () => (harness!.economic.state() as unknown as { drafts: Draft[] }).drafts.filter((d) => d.references?.other === `wc:${orderId}`);

  await runtime.syncOnce();
  expect(runtime.ledger.orders.get(orderId)!.state).toBe('failed');
  expect(runtime.ledger.operations.allOpen().map((op) => op.step)).toEqual(['create-draft']);
  expect(ours()).toHaveLength(1); // e-conomic made it; every repeat within the hour was replayed

  hop.losing.on = false;
  harness.clock.advanceDays(2 / 24);
  harness.economic.settings({ now: harness.clock.now().toISOString() });
  return { runtime, orderId, ours };
}

describe('a draft whose answer was lost, two hours later', () => {
  it('the owner presses Retry: the draft e-conomic made is taken over, not made again', async () => {
    const { runtime, orderId, ours } = await draftWithLostAnswer();
    try {
      await retryOrders(runtime, [orderId]);
      expect(ours()).toHaveLength(1);
      expect(runtime.ledger.orders.get(orderId)).toMatchObject({ state: 'held', draftNumber: ours()[0].draftInvoiceNumber });
      expect(runtime.ledger.operations.allOpen()).toEqual([]);
    } finally {
      runtime.close();
    }
  });

  it('the next sync: the same', async () => {
    const { runtime, orderId, ours } = await draftWithLostAnswer();
    try {
      await runtime.syncOnce();
      expect(ours()).toHaveLength(1);
      expect(runtime.ledger.orders.get(orderId)).toMatchObject({ state: 'held', draftNumber: ours()[0].draftInvoiceNumber });
    } finally {
      runtime.close();
    }
  });
});
