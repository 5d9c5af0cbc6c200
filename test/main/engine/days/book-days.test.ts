import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../../main/demo/sandbox-harness';
import type { Runtime } from '../../../../main/runtime/runtime';
import { localDate } from '../../../../shared/domain/local-day';
import { describe as describeProblem } from '../../../../shared/errors';
import { soldOn, ZONE } from '../../../helpers/day-summary-shop';

/**
 * A closed day that cannot be planned waits and tells the owner why in words they can act on:
 * the order numbers and the date of the day, never LedgerBridge's internal name for it. Here the
 * owner took the collective customer for euros out of the profile after a euro order (9901, sold
 * today) had joined its day; two days on, the day closes and cannot go to any customer.
 */

const DAY_MS = 86_400_000;

describe('a closed day that cannot be planned', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  const now = new Date();
  const today = localDate(now, ZONE);

  beforeAll(async () => {
    const at = now.toISOString().slice(0, 19);
    h = await startSandboxHarness({
      start: now,
      orders: [soldOn(9901, today, { currency: 'EUR', date_created_gmt: at, date_paid_gmt: at, date_completed_gmt: at, date_modified_gmt: at })],
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 2 * DAY_MS).toISOString() } },
    });
    runtime = await h.open();
    walkSupervisedPeriod(runtime);
    await runtime.syncOnce();
    runtime.saveProfile({ ...runtime.profile, customers: { ...runtime.profile.customers, collective: { DKK: 1 } } });
    h.clock.advanceDays(2);
    await runtime.syncOnce();
  }, 60_000);
  afterAll(async () => {
    runtime?.close();
    await h?.close();
  });

  it('waits with LB-2005 naming its order and date', () => {
    const day = runtime.ledger.days.find('demo', today, 'EUR', 'domestic')!;
    expect(day).toMatchObject({ state: 'open', reasonCode: 'LB-2005' });
    const problem = runtime.log.openProblems('demo').find((p) => p.code === 'LB-2005')!;
    expect(describeProblem(problem.code, problem.params as never, 'da').message).toBe(`Ordre 9901 (${today}) er i EUR, men EUR er ikke slået til for overførsel i LedgerBridge.`);
  });
});
