import type { DayRow } from '../ledger';
import type { DayState } from '../ledger/days';
import type { Runtime } from '../runtime/runtime';
import { daySubject, writeFrozenDay } from '../engine/days/book-days';
import { REASON } from '../engine/reasons';

export interface DayRetryResult {
  /** The day before and after (ledger states), with the reason it was stopped for before and is now. */
  before: { state: DayState; reasonCode: string | null };
  day: DayRow;
  /** True when the day was written again; false when it was not stopped for a lost document (nothing was done). */
  retried: boolean;
}

/**
 * "Retry the day": a frozen day whose draft was deleted by hand in e-conomic (LB-7025) is
 * written again with the orders and refunds it was frozen with — they never left it — under the
 * next generation of its operation key, so neither the operations journal nor e-conomic's
 * Idempotency-Key answers with the deleted draft. Exactly once: the day moves back to writing
 * and takes its new generation in one statement, so a second press (or one after a crash) finds
 * it no longer stopped and only finishes what is under way; a run killed between the journal
 * row and the call is found again by the day's reference (book-days.ts, adoptAfterCrash).
 */
export async function retryDay(runtime: Runtime, dayId: number): Promise<DayRetryResult> {
  const { ledger } = runtime;
  const found = ledger.days.get(dayId);
  if (!found || found.profile !== runtime.profile.name) throw new Error(`no day ${dayId} in ${runtime.profile.name}`);
  const before = { state: found.state, reasonCode: found.reasonCode };
  const ctx = await runtime.context();
  // A retry may book: the licence is checked against the agreement reached, as at every sync.
  await runtime.checkAgreement();
  // The day and its message in the log change together: a run killed here leaves both or neither.
  const retried = ledger.transaction(() => {
    const reopened = ledger.days.writeAgain(dayId, REASON.dayDraftGone);
    if (reopened) runtime.log.resolveSubject(runtime.profile.name, REASON.dayDraftGone, daySubject(found));
    return reopened;
  });
  const day = ledger.days.get(dayId)!;
  // Written now, or finished when a run (or press) before was killed on the way.
  if (day.state === 'closing' || day.state === 'drafted') await writeFrozenDay(ctx, day);
  return { before, day: ledger.days.get(dayId)!, retried };
}
