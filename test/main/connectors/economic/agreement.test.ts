import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EconomicClient, EconomicError } from '../../../../main/connectors/economic';
import { sendJson, startLocalServer } from './local-server';

let server: Awaited<ReturnType<typeof startLocalServer>>;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.close());

const client = (onServerTime?: (t: Date) => void) =>
  new EconomicClient({ baseUrl: server.url, appSecretToken: 'app', agreementGrantToken: 'grant', sleep: async () => undefined, onServerTime });

describe('the agreement the tokens reach, and e-conomic\'s clock', () => {
  it('reads the agreement number from GET /self with the time of the answer', async () => {
    server.state.handler = (req, res) => sendJson(res, 200, { agreementNumber: 1234567, company: { name: 'Butik ApS' } }, { Date: 'Mon, 21 Dec 2026 07:28:00 GMT' });
    const seen: string[] = [];
    const identity = await client((t) => seen.push(t.toISOString())).agreement();
    expect(identity).toEqual({ agreementNumber: 1234567, companyName: 'Butik ApS', serverTime: new Date('2026-12-21T07:28:00Z') });
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: '/self' });
    expect(seen).toEqual(['2026-12-21T07:28:00.000Z']);
  });

  it('refuses an answer without an agreement number rather than guessing one', async () => {
    server.state.handler = (_req, res) => sendJson(res, 200, { company: { name: 'Butik ApS' } });
    await expect(client().agreement()).rejects.toBeInstanceOf(EconomicError);
  });
});
