import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWooGmt } from '../../../main/sandbox/shops/woocommerce/clock';
import type { ImportStatus } from '../../../shared/ipc/schemas/import';
import { completeWizard, orderWithoutSku, startServiceHarness, type ServiceHarness } from './harness';

/** Danish calendar day of an instant, as the import's "from" takes it. */
const danishDay = (ms: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(ms));

/**
 * Importing earlier orders in the app: the first sync took the orders of the setup
 * check's dry run onwards; the older ones come in through the import, which previews
 * first, runs in the background beside the sync loop, pauses and resumes, and books each
 * order once.
 */
describe('desktop service: importing earlier orders', () => {
  let h: ServiceHarness;
  let firstSynced: Array<Record<string, unknown>>;
  const isEligible = (o: Record<string, unknown>) => o.status === 'processing' || o.status === 'completed';
  const untilStopped = async (): Promise<ImportStatus> => {
    for (;;) {
      const status = await h.service['import.status']({});
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  beforeAll(async () => {
    h = await startServiceHarness({ orders: 40 });
    firstSynced = await completeWizard(h);
    await h.service['sync.now']({});
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is there only once the setup is finished', async () => {
    expect(await h.service['import.status']({})).toMatchObject({ state: 'idle', from: null, processed: 0 });
  });

  it('previews the orders since a day without writing anything; what the first sync took counts as handled', async () => {
    const from = danishDay(Math.min(...h.orders.map((o) => parseWooGmt(o.date_modified_gmt))));
    const drafts = h.economic.state().drafts.length;
    const preview = await h.service['import.preview']({ from });
    const eligible = h.orders.filter(isEligible);
    // The first sync drafted its orders; the one without SKU waits for a person, so it is not handled.
    const handled = firstSynced.filter((o) => isEligible(o) && o !== orderWithoutSku(h)).length;
    expect(preview).toMatchObject({ from, total: eligible.length, alreadyHandled: handled });
    expect(preview.wouldTransfer + preview.keptByRules + preview.wouldFail.length).toBe(eligible.length - handled);
    expect(h.economic.state().drafts).toHaveLength(drafts);
  });

  it('pauses and resumes through the app, and then every earlier order has its draft, once', async () => {
    const from = danishDay(Math.min(...h.orders.map((o) => parseWooGmt(o.date_modified_gmt))));
    const preview = await h.service['import.preview']({ from });
    const before = h.economic.state().drafts.length;
    // A slow e-conomic, so the pause lands in the middle.
    h.economic.setFaults({ failRate: 0, latencyMs: 40 });
    const started = await h.service['import.start']({ from });
    expect(started.state).toBe('running');
    const paused = await h.service['import.pause']({});
    expect(paused).toMatchObject({ state: 'paused', pausedBecause: 'paused', from });
    expect(h.economic.state().drafts.length - before).toBeLessThan(preview.wouldTransfer);

    h.economic.setFaults({ failRate: 0 });
    await h.service['import.start']({ from });
    const done = await untilStopped();
    expect(done).toMatchObject({ state: 'done', from, problem: null });
    expect(done.processed).toBe(done.total);
    expect(h.economic.state().drafts.length - before).toBe(preview.wouldTransfer);
    // Exactly one draft per order: no order was drafted twice by pausing.
    const refs = (h.economic.state().drafts as Array<{ references?: { other?: string } }>).map((d) => d.references?.other);
    expect(new Set(refs).size).toBe(refs.length);
  });
});
