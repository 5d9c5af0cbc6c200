import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EconomicClient, EconomicError, InMemoryCallBudgetStore } from '../../../../main/connectors/economic';
import { dropConnection, sendJson, startLocalServer } from './local-server';

const APP = 'APPSECRET-9f8e7d6c5b4a';
const GRANT = 'GRANTTOKEN-0a1b2c3d4e5f';

let server: Awaited<ReturnType<typeof startLocalServer>>;

beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.close());

function everythingVisible(err: unknown, logs: string[], calls: unknown[]): string {
  const e = err as Error;
  return [JSON.stringify(err), String(e.stack), e.message, String(err), JSON.stringify(calls), ...logs].join('\n');
}

describe('tokens never leave the client', () => {
  it.each([
    ['auth (401)', (res: Parameters<typeof sendJson>[0]) => sendJson(res, 401, { message: 'Not authorized', demo: 'https://restapi.e-conomic.com/self?demo=true' })],
    ['validation (400) echoing the tokens', (res: Parameters<typeof sendJson>[0]) => sendJson(res, 400, { message: `bad token ${GRANT}`, errors: { name: { errors: [{ errorCode: 'E1', message: `got ${APP}`, value: APP }] } } })],
    ['network (dropped connection)', (res: Parameters<typeof sendJson>[0]) => dropConnection(res)],
    ['server (503) after retries', (res: Parameters<typeof sendJson>[0]) => sendJson(res, 503, { message: `down, header was ${APP}` })],
  ])('%s', async (_name, respond) => {
    server.reset();
    server.state.handler = (_req, res) => respond(res);
    const logs: string[] = [];
    const calls: unknown[] = [];
    const client = new EconomicClient({
      baseUrl: server.url,
      appSecretToken: APP,
      agreementGrantToken: GRANT,
      maxAttempts: 2,
      sleep: async () => {},
      logger: { warn: (m) => logs.push(m), info: (m) => logs.push(m) },
      onCall: (info) => calls.push(info),
      budget: { store: new InMemoryCallBudgetStore() },
    });
    const err = await client.createProduct({ productNumber: 'p-1', name: 'Kaffe', productGroup: { productGroupNumber: 1 } }, 'p-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EconomicError);
    // The request did carry the tokens — they just must not come back out.
    expect(server.requests[0].headers['x-appsecrettoken']).toBe(APP);
    const visible = everythingVisible(err, logs, calls);
    expect(visible).not.toContain(APP);
    expect(visible).not.toContain(GRANT);
    expect(visible).not.toContain('9f8e7d6c5b4a');
    expect(visible).not.toContain('0a1b2c3d4e5f');
  });
});
