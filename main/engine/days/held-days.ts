import type { BookedInvoice, DraftInvoice } from '../../connectors/economic/types';
import type { DayRow } from '../../ledger';
import type { EngineContext } from '../context';
import { failureFor } from '../failures';
import type { PlannedInvoice } from '../plan/types';
import { REASON } from '../reasons';
import { bookDayDraft, finishDay } from './finish-day';
import { daySubject } from './subjects';
import { isDayVoucher } from './plan-day-voucher';
import { dayAndRange } from './day-voucher-accounts';

/** e-conomic takes at most 200 values in one `$in:` filter. */
const IN_FILTER_MAX = 200;

/**
 * The days whose draft invoice waits in e-conomic for a person: left for the owner ('held'),
 * stopped by the totals check (LB-3021, whose fix is to correct the draft and book it by hand),
 * or a write that failed after the draft was made ('drafted' with a reason). A day with a write
 * whose outcome is unknown is left to the recovery after a crash, which looks it up itself.
 */
function daysOnDraft(ctx: EngineContext): DayRow[] {
  const { ledger, profile } = ctx;
  const candidates = [
    ...ledger.days.inState(profile.name, 'held'),
    ...ledger.days.inState(profile.name, 'needs-attention').filter((d) => d.reasonCode === REASON.dayTotalMismatch),
    ...ledger.days.inState(profile.name, 'drafted').filter((d) => d.reasonCode !== null),
  ];
  return candidates.filter((d) => d.draftNumber !== null && !isDayVoucher(d.plan) && ledger.operations.openForOrder(daySubject(d)).length === 0);
}

/**
 * What became of the drafts the days wait on, at most one call for every 200 of them (none while
 * no day waits): a draft still ours is listed by its number with the day's reference. Any other
 * day's draft was booked by a person — found among the booked invoices with its reference, and
 * adopted as booked (the supervised period's proof, as for orders) — or deleted by hand (LB-7025):
 * the day then waits for the owner's retry. The booked invoices are read after the drafts, so a
 * draft booked between the two readings is found booked, never taken for deleted. Returns the
 * days still on their draft and how many were found booked.
 */
export async function settleDaysOnDraft(ctx: EngineContext): Promise<{ waiting: DayRow[]; booked: number }> {
  const days = daysOnDraft(ctx);
  if (days.length === 0) return { waiting: [], booked: 0 };
  const drafts = await draftsByNumber(ctx, days.map((d) => d.draftNumber!));
  const referenceOf = (day: DayRow) => (day.plan as PlannedInvoice).referenceOther;
  const waiting = days.filter((d) => drafts.get(d.draftNumber!)?.references?.other === referenceOf(d));
  const gone = days.filter((d) => !waiting.includes(d));
  if (gone.length === 0) return { waiting, booked: 0 };
  const since = gone.map((d) => d.day).sort()[0];
  const byReference = new Map<string, BookedInvoice>();
  for (const invoice of await ctx.client.findBookedInvoices(`date$gte:${since}`)) if (invoice.references?.other) byReference.set(invoice.references.other, invoice);
  let booked = 0;
  for (const day of gone) {
    const invoice = byReference.get(referenceOf(day));
    if (invoice) {
      adoptManualBooking(ctx, day, invoice);
      booked++;
    } else dayDraftDeletedByHand(ctx, day);
  }
  return { waiting, booked };
}

async function draftsByNumber(ctx: EngineContext, numbers: number[]): Promise<Map<number, DraftInvoice>> {
  const found = new Map<number, DraftInvoice>();
  const unique = [...new Set(numbers)].sort((a, b) => a - b);
  for (let i = 0; i < unique.length; i += IN_FILTER_MAX) {
    const drafts = await ctx.client.findDraftInvoices(`draftInvoiceNumber$in:[${unique.slice(i, i + IN_FILTER_MAX).join(',')}]`);
    for (const draft of drafts) found.set(draft.draftInvoiceNumber, draft);
  }
  return found;
}

function adoptManualBooking(ctx: EngineContext, day: DayRow, invoice: BookedInvoice): void {
  ctx.ledger.transaction(() => {
    finishDay(ctx, day.id, invoice.bookedInvoiceNumber, 'e-conomic (manual booking)');
    ctx.ledger.supervised.forProfile(ctx.profile.name).recordManualBooking(daySubject(day), day.draftNumber!, invoice.bookedInvoiceNumber, ctx.clock());
  });
}

/**
 * A person deleted the day's draft in e-conomic: a decision about the day, so no new draft is
 * made by itself. The day keeps its orders and its frozen plan and waits for the owner
 * (LB-7025); "Retry the day" writes it again under a new generation (retry-day.ts).
 */
function dayDraftDeletedByHand(ctx: EngineContext, day: DayRow): void {
  const { ledger, profile } = ctx;
  const count = ledger.days.entries(day.id).length;
  const params = { date: day.day, currency: day.currency, draftNumber: day.draftNumber!, count };
  const subject = daySubject(day);
  ledger.transaction(() => {
    ledger.days.transition(day.id, 'needs-attention', { reasonCode: REASON.dayDraftGone, reasonDetail: { params, generation: day.generation } });
    ctx.log.resolveSubject(profile.name, REASON.dayTotalMismatch, subject);
    ctx.log.report({ code: REASON.dayDraftGone, profile: profile.name, subject, params });
  });
}

/** Books the days left as drafts for the owner, once automatic posting is in effect; only drafts just found to be still ours. */
export async function bookHeldDays(ctx: EngineContext, waiting: DayRow[]): Promise<number> {
  if (ctx.posting().effectiveMode !== 'automatic') return 0;
  let booked = 0;
  for (const day of waiting.filter((d) => d.state === 'held')) {
    try {
      await bookDayDraft(ctx, day.id, day.draftNumber!);
      booked++;
    } catch (error) {
      // Named for the owner by the day's order numbers and date, as the day's other problems are.
      const failure = failureFor(error, { number: dayAndRange(day, (day.plan as PlannedInvoice).orderNumber) });
      ctx.log.report({ ...failure.problem, profile: ctx.profile.name, subject: daySubject(day) });
    }
  }
  return booked;
}
