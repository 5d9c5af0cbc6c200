import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EconomicClient, EconomicError, InMemoryCallBudgetStore, agreementKeyFor, type EconomicClientOptions } from '../../../../main/connectors/economic';
import { SUCCESSES_PER_STEP_UP } from '../../../../main/connectors/economic/limiter';
import { sendJson, startLocalServer } from './local-server';

let server: Awaited<ReturnType<typeof startLocalServer>>;
let sleeps: number[];
let warnings: string[];

function client(extra: Partial<EconomicClientOptions> = {}) {
  return new EconomicClient({
    baseUrl: server.url,
    appSecretToken: 'app-secret-123',
    agreementGrantToken: 'grant-456',
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0,
    logger: { warn: (m) => warnings.push(m) },
    ...extra,
  });
}

/** Answers after a short pause so that parallel calls overlap at the server. */
const slowOk = (_req: unknown, res: Parameters<typeof sendJson>[0]) => new Promise<void>((r) => setTimeout(() => (sendJson(res, 200, { agreementNumber: 1 }), r()), 20));

beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  sleeps = [];
  warnings = [];
});

describe('concurrency', () => {
  it('never has more requests in flight than the configured limit', async () => {
    server.state.handler = slowOk;
    const c = client({ concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, () => c.self()));
    expect(server.requests).toHaveLength(12);
    expect(server.state.maxInFlight).toBe(3);
  });

  it('lowers the limit after a 429 and raises it again only after a run of successes', async () => {
    const c = client({ concurrency: 4 });
    server.state.handler = (_req, res, i) => (i === 0 ? sendJson(res, 429, {}) : sendJson(res, 200, { agreementNumber: 1 }));
    await c.self();
    expect(c.concurrencyLimit).toBe(2);
    expect(warnings.join('\n')).toMatch(/slow down \(429\); now at most 2 call/);

    server.reset();
    server.state.handler = slowOk;
    await Promise.all(Array.from({ length: 8 }, () => c.self()));
    expect(server.state.maxInFlight).toBe(2);

    for (let i = 0; i < 2 * SUCCESSES_PER_STEP_UP; i++) await c.self();
    expect(c.concurrencyLimit).toBe(4);
  });
});

describe('fair-use budget', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  const hour = 3600_000;

  it('records every HTTP attempt, retries included, under a key that is not the token', async () => {
    const store = new InMemoryCallBudgetStore();
    server.state.handler = (_req, res, i) => (i === 0 ? sendJson(res, 503, {}) : sendJson(res, 200, { agreementNumber: 1 }));
    await client({ budget: { store }, now: () => now }).self();
    const key = agreementKeyFor('grant-456');
    expect(key).not.toContain('grant-456');
    expect(store.countSince(key, now - 24 * hour)).toBe(2);
  });

  it('spreads calls out above 90 % of the daily limit and says so once', async () => {
    const store = new InMemoryCallBudgetStore();
    store.record('shop-a', now - hour, 91);
    server.state.handler = (_req, res) => sendJson(res, 200, { agreementNumber: 1 });
    const c = client({ budget: { store, dailyLimit: 100, agreementKey: 'shop-a' }, now: () => now, concurrency: 1 });
    await c.self();
    await c.self();
    await c.self();
    // 24 h / 100 calls = one call every 864 s; the clock stands still, so each waits one more slot.
    expect(sleeps).toEqual([864_000, 1_728_000]);
    expect(warnings.filter((w) => /API calls allowed per 24 hours/.test(w))).toHaveLength(1);
    expect(warnings[0]).toMatch(/used 91 of the 100 e-conomic API calls/);
  });

  it('stops at the limit without calling e-conomic and says when calls are possible again', async () => {
    const store = new InMemoryCallBudgetStore();
    store.record('shop-a', now - 20 * hour, 40); // frees up 4 h from now
    store.record('shop-a', now - 2 * hour, 60);
    const err = (await client({ budget: { store, dailyLimit: 100, agreementKey: 'shop-a' }, now: () => now })
      .self()
      .catch((e: unknown) => e)) as EconomicError;
    expect(err).toBeInstanceOf(EconomicError);
    expect(err.kind).toBe('budget-exhausted');
    // The oldest 40 calls leave the 24-hour window just after 16:00.
    expect(err.message).toContain('2026-11-27T16:00:00.001Z');
    expect(err.message).toContain('in about 4 h 0 min');
    expect(err.detail.retryAfterMs).toBe(4 * hour + 1);
    expect(server.requests).toHaveLength(0);
  });

  it('counts the calls of every profile on one agreement together once GET /self has named it, and stops them all at its limit', async () => {
    const store = new InMemoryCallBudgetStore();
    server.state.handler = (_req, res) => sendJson(res, 200, { agreementNumber: 7 });
    // A Danish and a Swedish shop, each with its own grant token, on agreement 7 with a (tiny) limit of 4 calls a day.
    const danish = client({ agreementGrantToken: 'grant-dk', budget: { store, dailyLimit: 4, agreementKey: 'profile:dk' }, now: () => now });
    const swedish = client({ agreementGrantToken: 'grant-se', budget: { store, dailyLimit: 4, agreementKey: 'profile:se' }, now: () => now });
    // The Swedish shop's first call counts under its own key: its agreement is not known yet.
    await swedish.vatZones();
    expect(store.countSince('profile:se', now - hour)).toBe(1);
    expect(swedish.budgetKey).toBe('profile:se');

    await danish.agreement();
    expect(danish.budgetKey).toBe('agreement:7');
    expect(store.countSince('agreement:7', now - hour)).toBe(1);
    // Once /self names the Swedish shop's agreement too, its earlier call joins the agreement's count: 1 + 2 + 1.
    await swedish.agreement();
    await danish.vatZones();
    expect(swedish.budgetKey).toBe('agreement:7');
    expect(store.countSince('agreement:7', now - hour)).toBe(4);

    const stopped = await Promise.all([swedish.vatZones(), danish.vatZones()].map((p) => p.catch((e: unknown) => e as EconomicError)));
    expect(stopped.map((e) => (e as EconomicError).kind)).toEqual(['budget-exhausted', 'budget-exhausted']);
    expect(server.requests).toHaveLength(4);
  });

  it('counts only the last 24 hours', async () => {
    const store = new InMemoryCallBudgetStore();
    store.record('shop-a', now - 25 * hour, 1000);
    server.state.handler = (_req, res) => sendJson(res, 200, { agreementNumber: 1 });
    await client({ budget: { store, dailyLimit: 100, agreementKey: 'shop-a' }, now: () => now }).self();
    expect(sleeps).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
