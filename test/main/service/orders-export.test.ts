import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeWizard, startServiceHarness, type ServiceHarness } from './harness';

/**
 * The orders list saved as CSV at 23:30 UTC on New Year's Eve — 00:30 on 1 January 2027 in
 * Copenhagen, where the owner sits: the file is named for the owner's date.
 */
describe('desktop service: the orders list as a file, just after midnight in Denmark', () => {
  let h: ServiceHarness;
  const now = new Date('2026-12-31T23:30:00Z');
  beforeAll(async () => {
    h = await startServiceHarness({ now, clock: () => now });
    await completeWizard(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("names the file for 1 January, the owner's date, not 31 December, UTC's", async () => {
    const file = await h.service['orders.exportCsv']({});
    expect(file.fileName).toBe('ordrer-2027-01-01.csv');
  });
});
