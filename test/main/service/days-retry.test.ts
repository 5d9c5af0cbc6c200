import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EconomicClient } from '../../../main/connectors/economic/client';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { createAppService, type DesktopService } from '../../../main/service/app-service';
import { MemorySecretStore } from '../../../main/secrets';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { Channel, RequestInput, Response } from '../../../shared/ipc/contract';
import { calendarDaysAgo } from '../../helpers/local-days';
import { soldOn, ZONE } from '../../helpers/day-summary-shop';

/**
 * "Retry the day" through the validated contract (`days.retry`) over the real service and
 * ledger: the day of orders 8401, 8402 (2 × 299.00 = 598.00), left as a draft in the supervised
 * period, whose draft the owner deleted in e-conomic. The days screen and the overview's
 * attention list show LB-7025; the retry makes one new draft; a second makes none; a request
 * that names no day is refused before the service sees it.
 */
let h: SandboxHarness;
let service: DesktopService;
const now = new Date();
const day = calendarDaysAgo(3, now, ZONE);
const reference = `lb-day:demo:${day}:DKK:domestic`;
const ours = () => (h.economic.state().drafts as unknown as Array<{ draftInvoiceNumber: number; grossAmount: number; references?: { other?: string } }>).filter((d) => d.references?.other === reference);
let dayId: number;

async function call<K extends Channel>(channel: K, request: RequestInput<K>): Promise<Response<K>> {
  const result = await dispatch(service, channel, request, { validateResponses: true });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as Response<K>;
}

beforeAll(async () => {
  h = await startSandboxHarness({
    start: now,
    orders: [soldOn(8401, day), soldOn(8402, day)],
    profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * 86_400_000).toISOString() } },
  });
  const runtime = await h.open();
  try {
    await runtime.syncOnce();
    await new EconomicClient({ baseUrl: h.economic.url, appSecretToken: h.economic.appSecretToken, agreementGrantToken: h.economic.agreementGrantToken }).deleteDraftInvoice(ours()[0].draftInvoiceNumber, 'owner-deletes');
    await runtime.syncOnce();
    dayId = runtime.ledger.days.find('demo', day, 'DKK', 'domestic')!.id;
  } finally {
    runtime.close();
  }
  service = await createAppService({ dataDir: h.dataDir, onEvent: () => undefined, secrets: new MemorySecretStore(), economicUrl: h.economic.url, autoSync: false });
}, 60_000);

afterAll(async () => {
  await service?.dispose();
  await h?.close();
});

describe('days.retry', () => {
  it('the days screen shows the day as needing action, with what happened', async () => {
    const { days } = await call('days.list', { offset: 0, limit: 60 });
    const row = days.find((d) => d.id === dayId)!;
    expect(row).toMatchObject({ status: 'action', orders: 2, gross: '598.00', orderListFixed: true, problem: { code: 'LB-7025', title: 'Dagsopgørelsens kladde er slettet i e-conomic' } });
    expect(row.problem!.message).toContain(`Dagen ${day} (DKK): kladde`);
  });

  it('the overview lists it among what needs attention, with the way to "Retry the day"', async () => {
    const dashboard = await call('dashboard.get', {});
    const group = dashboard.problemGroups.find((g) => g.code === 'LB-7025');
    expect(group).toMatchObject({ orderCount: 0, places: expect.arrayContaining(['days.retry']) });
    expect(group!.fix).toContain('Dagsopgørelser → dagen → "Prøv dagen igen"');
  });

  it('refuses a request that names no day, before the service sees it', async () => {
    for (const request of [{}, { id: 'x' }, { id: 0 }, { id: 1.5 }]) {
      expect(await dispatch(service, 'days.retry', request, { validateResponses: true })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(ours()).toEqual([]);
  });

  it('refuses a day the shop does not have, with a code', async () => {
    expect(await dispatch(service, 'days.retry', { id: 99_999 }, { validateResponses: true })).toMatchObject({ ok: false, error: { code: 'LB-9407' } });
  });

  it('makes one new draft of 598.00, and the day waits for the owner as a draft', async () => {
    const row = await call('days.retry', { id: dayId });
    const drafts = ours();
    expect(drafts.map((d) => d.grossAmount)).toEqual([598]);
    expect(row).toMatchObject({ id: dayId, status: 'draft', draftNumber: drafts[0].draftInvoiceNumber, problem: null });
    const dashboard = await call('dashboard.get', {});
    expect(dashboard.problemGroups.map((g) => g.code)).not.toContain('LB-7025');
  });

  it('makes none the second time', async () => {
    const row = await call('days.retry', { id: dayId });
    expect(ours()).toHaveLength(1);
    expect(row).toMatchObject({ status: 'draft', draftNumber: ours()[0].draftInvoiceNumber });
  });
});
