import { CODES, describe, type ErrorCode, type Params } from '../../shared/errors';
import { formatDate, formatDateTime } from '../../shared/i18n/format';
import { inBothLangs, type Lang, type Words } from '../../shared/i18n/lang';
import { POSTING_GATE_WORDS } from '../../shared/i18n/posting-gate-words';
import { PLAN_WORDS } from '../../shared/i18n/terms';
import { PLANS_WITH_AUTOMATIC_BOOKING, type Plan } from '../../shared/profile/schema';

export const SUPERVISED_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface GateInputs {
  bookingMode: 'drafts' | 'automatic';
  /** The plan from a valid licence, or null with the reason the licence is not valid. */
  plan: Plan | null;
  /** Why the licence is not valid (a catalogue problem, so both languages read it in their own words). */
  licenceProblem: { code: ErrorCode; params: Params } | null;
  /** e-conomic's time of the first automatic draft. */
  firstAutomaticDraftAt: Date | null;
  manualBookingsSeen: number;
  /** e-conomic's time when LedgerBridge first saw a draft booked by hand. */
  firstManualBookingAt: Date | null;
  checkedAt: Date | null;
  checkedBy: string | null;
  activatedAt: Date | null;
  activatedBy: string | null;
  /**
   * e-conomic's clock (the latest `Date` it answered with), never the PC's: a PC clock moved
   * forward cannot end the period early, nor one set back at the first draft move its start.
   * Null until e-conomic has answered.
   */
  now: Date | null;
}

export type GateId = 'plan' | 'supervised-days' | 'manual-bookings' | 'checked' | 'activated';

export interface Gate {
  id: GateId;
  met: boolean;
  /** What is missing (or what was done), for the owner, in both languages. */
  text: Words;
}

export interface PostingStatus {
  /** What actually happens to drafts now. */
  effectiveMode: 'drafts' | 'automatic';
  gates: Gate[];
  /** 1-based day of the supervised period, null before the first automatic draft. */
  supervisedDay: number | null;
  supervisedEndsAt: Date | null;
}

const gateText = (text: (words: (typeof POSTING_GATE_WORDS)[Lang], lang: Lang) => string): Words => inBothLangs(POSTING_GATE_WORDS, text);

function licenceGateText(problem: { code: ErrorCode; params: Params }): Words {
  return gateText((w, lang) => w.noValidLicence(describe(problem.code, problem.params, lang).message));
}

/**
 * The gates of docs/architecture.md, "Automatic posting and the supervised period": automatic posting happens only when the plan includes it,
 * 14 days have passed since the first automatic draft, the owner booked drafts by hand
 * and LedgerBridge saw it, the owner confirmed checking them, and the owner activated
 * automatic posting at their own risk.
 */
export function postingStatus(input: GateInputs): PostingStatus {
  const gates: Gate[] = [];
  const planOk = input.plan !== null && PLANS_WITH_AUTOMATIC_BOOKING.includes(input.plan);
  gates.push({
    id: 'plan',
    met: planOk,
    text: planOk
      ? gateText((w, lang) => w.planIncludes(PLAN_WORDS[input.plan!][lang]))
      : input.plan === null
        ? licenceGateText(input.licenceProblem ?? { code: CODES.licenceMissing, params: {} })
        : gateText((w, lang) => w.planExcludes(PLAN_WORDS[input.plan!][lang])),
  });

  const start = input.firstAutomaticDraftAt;
  const now = input.now?.getTime() ?? null;
  const elapsedDays = start && now !== null ? Math.max(0, Math.floor((now - start.getTime()) / DAY_MS)) : 0;
  const endsAt = start ? new Date(start.getTime() + SUPERVISED_DAYS * DAY_MS) : null;
  const daysOk = start !== null && now !== null && now >= start.getTime() + SUPERVISED_DAYS * DAY_MS;
  gates.push({
    id: 'supervised-days',
    met: daysOk,
    text: periodText(start, now, daysOk, elapsedDays, endsAt),
  });

  const bookedOk = input.manualBookingsSeen > 0;
  gates.push({
    id: 'manual-bookings',
    met: bookedOk,
    text: bookedOk
      ? gateText((w) => w.manualBookingsSeen(input.manualBookingsSeen))
      : gateText((w) => w.bookOneByHand),
  });

  // A check counts only when given after LedgerBridge saw a manual booking: before that there was nothing to check.
  const checkedOk = input.checkedAt !== null && input.firstManualBookingAt !== null && input.checkedAt.getTime() >= input.firstManualBookingAt.getTime();
  const checkedTooEarly = input.checkedAt !== null && !checkedOk;
  gates.push({
    id: 'checked',
    met: checkedOk,
    text: checkedOk
      ? gateText((w) => w.checked(String(input.checkedBy)))
      : checkedTooEarly
        ? gateText((w) => w.checkedTooEarly(String(input.checkedBy)))
        : gateText((w) => w.checkAndConfirm),
  });

  const activatedOk = input.activatedAt !== null && input.bookingMode === 'automatic';
  gates.push({
    id: 'activated',
    met: activatedOk,
    text: activatedOk
      ? gateText((w, lang) => w.activated(String(input.activatedBy), formatDateTime(input.activatedAt!.toISOString(), lang)))
      : gateText((w) => w.ownerMustActivate),
  });

  const allMet = gates.every((g) => g.met);
  return {
    effectiveMode: allMet ? 'automatic' : 'drafts',
    gates,
    supervisedDay: start ? Math.min(elapsedDays + 1, SUPERVISED_DAYS) : null,
    supervisedEndsAt: endsAt,
  };
}

function periodText(start: Date | null, now: number | null, done: boolean, elapsedDays: number, endsAt: Date | null): Words {
  if (!start) return gateText((w) => w.periodStartsAtFirstDraft);
  if (now === null) return gateText((w) => w.periodOnEconomicClock);
  if (done) return gateText((w) => w.periodComplete);
  const from = endsAt!.toISOString();
  return gateText((w, lang) => w.periodDay(elapsedDays + 1, SUPERVISED_DAYS, formatDate(from, lang)));
}

/** Gates that must already hold before the owner may activate (everything but activation itself). */
export function activationBlockers(status: PostingStatus): Gate[] {
  return status.gates.filter((g) => g.id !== 'activated' && !g.met);
}
