import type { DayRow, Ledger } from '../../ledger';
import type { LogStore } from '../../log';
import { REASON } from '../reasons';
import { DayVoucherStore } from './day-voucher-store';
import { daySubject, voucherSubject } from './subjects';

/** The reasons a frozen day's document is lost in e-conomic, each with the subject its message is logged under. */
const LOST: Record<string, (day: DayRow) => string> = {
  [REASON.dayDraftGone]: daySubject,
  [REASON.dayVoucherGone]: voucherSubject,
};

/**
 * A frozen day whose draft (LB-7025) or journal voucher (LB-7026) was deleted by hand goes back
 * to writing, with the entries and plan it was frozen with, under the next generation of its
 * operation key — so neither the operations journal nor e-conomic's Idempotency-Key answers
 * with the deleted document. The day, the voucher it forgets and its message in the log change
 * in one transaction: a run killed here leaves all or nothing. False (nothing done) when the day
 * is not stopped so, e.g. a second press or one after a crash that had already moved it on.
 */
export function writeDayAgain(ledger: Ledger, log: Pick<LogStore, 'resolveSubject'>, day: DayRow): boolean {
  const reason = day.reasonCode;
  if (day.state !== 'needs-attention' || reason === null || !(reason in LOST)) return false;
  return ledger.transaction(() => {
    if (!ledger.days.writeAgain(day.id, reason)) return false;
    if (reason === REASON.dayVoucherGone) new DayVoucherStore(ledger.db).forgetDeleted(day.id);
    log.resolveSubject(day.profile, reason, LOST[reason](day));
    return true;
  });
}
