import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EconomicClient, EconomicError } from '../../../../main/connectors/economic';
import { sendJson, startLocalServer } from './local-server';

/**
 * `DELETE /invoices/drafts` without a number deletes every draft on the agreement (live). The
 * client can only delete one named draft, and refuses, before sending anything, whatever would
 * reach the collection itself.
 */
describe('the e-conomic client never deletes every draft', () => {
  let server: Awaited<ReturnType<typeof startLocalServer>>;
  let client: EconomicClient;

  beforeAll(async () => {
    server = await startLocalServer();
    server.state.handler = (_req, res) => sendJson(res, 200, { deletedCount: 1 });
    client = new EconomicClient({ baseUrl: server.url, appSecretToken: 'app', agreementGrantToken: 'grant', sleep: async () => undefined, maxAttempts: 1 });
  });
  afterAll(() => server.close());

  it('sends DELETE only to /invoices/drafts/{n} with n from 1, for any number it is given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ min: -5, max: 2 ** 31 }), fc.double(), fc.constantFrom(Number.NaN, Infinity, 2 ** 53, -0)), async (n) => {
        const before = server.requests.length;
        try {
          await client.deleteDraftInvoice(n, 'key');
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
        }
        for (const r of server.requests.slice(before)) expect(r.url).toMatch(/^\/invoices\/drafts\/[1-9]\d*$/);
      }),
      { numRuns: 200 },
    );
    expect(server.requests.length).toBeGreaterThan(0);
  });

  it('refuses a DELETE that would reach the collection, even through the generic transport path', async () => {
    const before = server.requests.length;
    const transport = (client as unknown as { transport: { request(spec: object): Promise<unknown> } }).transport;
    for (const path of ['/invoices/drafts', '/invoices/drafts/', '/invoices/drafts?filter=date$gte:2020-01-01', `${server.url}/invoices/drafts`]) {
      await expect(transport.request({ method: 'DELETE', path, idempotencyKey: 'k' })).rejects.toBeInstanceOf(EconomicError);
    }
    expect(server.requests.length).toBe(before);
  });
});
