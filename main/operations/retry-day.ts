import type { DayRow } from '../ledger';
import type { Runtime } from '../runtime/runtime';
import { writeFrozenDay } from '../engine/days/book-days';
import { writeDayAgain } from '../engine/days/write-again';

export interface DayRetryResult {
  /** The day as it is after the retry (ledger state and reason). */
  day: DayRow;
  /** True when the day was written again; false when it was not stopped for a lost document (nothing was done). */
  retried: boolean;
}

/**
 * "Retry the day": a frozen day whose draft (LB-7025) or journal voucher (LB-7026) was deleted
 * by hand in e-conomic is written again with the orders and refunds it was frozen with — they
 * never left it — under the next generation of its operation key (write-again.ts). Exactly
 * once: the day moves back to writing and takes its new generation in one transaction, so a
 * second press (or one after a crash) finds it no longer stopped and only finishes what is under
 * way; a run killed between the journal row and the call is found again in e-conomic (the
 * day's reference for a draft, book-days.ts; the voucher's number and entries, book-day-voucher.ts).
 */
export async function retryDay(runtime: Runtime, dayId: number): Promise<DayRetryResult> {
  const { ledger } = runtime;
  const found = ledger.days.get(dayId);
  if (!found || found.profile !== runtime.profile.name) throw new Error(`no day ${dayId} in ${runtime.profile.name}`);
  const ctx = await runtime.context();
  // A retry may book: the licence is checked against the agreement reached, as at every sync.
  await runtime.checkAgreement();
  const retried = writeDayAgain(ledger, runtime.log, found);
  const day = ledger.days.get(dayId)!;
  // Written now, or finished when a run (or press) before was killed on the way.
  if (day.state === 'closing' || day.state === 'drafted') await writeFrozenDay(ctx, day);
  return { day: ledger.days.get(dayId)!, retried };
}
