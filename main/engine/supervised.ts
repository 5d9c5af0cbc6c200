import { CODES, describe, type ErrorCode, type Params } from '../../shared/errors';
import { formatDate, formatDateTime } from '../../shared/i18n/format';
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
  text: { da: string; en: string };
}

export interface PostingStatus {
  /** What actually happens to drafts now. */
  effectiveMode: 'drafts' | 'automatic';
  gates: Gate[];
  /** 1-based day of the supervised period, null before the first automatic draft. */
  supervisedDay: number | null;
  supervisedEndsAt: Date | null;
}

function licenceGateText(problem: { code: ErrorCode; params: Params }): Gate['text'] {
  const why = (lang: 'da' | 'en') => describe(problem.code, problem.params, lang).message;
  return {
    da: `Ingen gyldig licens: ${why('da')} Automatisk bogføring kræver Standard, Premium, Enterprise eller Dedikeret.`,
    en: `No valid licence: ${why('en')} Automatic posting needs Standard, Premium, Enterprise or Dedicated.`,
  };
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
      ? { da: `Abonnementet (${PLAN_WORDS[input.plan!].da}) omfatter automatisk bogføring.`, en: `The plan (${PLAN_WORDS[input.plan!].en}) includes automatic posting.` }
      : input.plan === null
        ? licenceGateText(input.licenceProblem ?? { code: CODES.licenceMissing, params: {} })
        : {
            da: `Abonnementet ${PLAN_WORDS[input.plan].da} omfatter ikke automatisk bogføring; det kræver Standard, Premium, Enterprise eller Dedikeret.`,
            en: `The ${PLAN_WORDS[input.plan].en} plan does not include automatic posting; it needs Standard, Premium, Enterprise or Dedicated.`,
          },
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
      ? {
          da: `LedgerBridge har set ${input.manualBookingsSeen} kladde(r) bogført manuelt i e-conomic.`,
          en: `LedgerBridge has seen ${input.manualBookingsSeen} draft(s) booked by hand in e-conomic.`,
        }
      : {
          da: 'Bogfør mindst én af LedgerBridges kladder manuelt i e-conomic, så vi kan se at det virker.',
          en: "Book at least one of LedgerBridge's drafts by hand in e-conomic, so we can see that it works.",
        },
  });

  // A check counts only when given after LedgerBridge saw a manual booking: before that there was nothing to check.
  const checkedOk = input.checkedAt !== null && input.firstManualBookingAt !== null && input.checkedAt.getTime() >= input.firstManualBookingAt.getTime();
  const checkedTooEarly = input.checkedAt !== null && !checkedOk;
  gates.push({
    id: 'checked',
    met: checkedOk,
    text: checkedOk
      ? { da: `${input.checkedBy} har bekræftet at have kontrolleret fakturaerne.`, en: `${input.checkedBy} confirmed checking the invoices.` }
      : checkedTooEarly
        ? {
            da: `${input.checkedBy} bekræftede kontrollen, før LedgerBridge havde set en kladde bogført i hånden. Bogfør en kladde i e-conomic, kontrollér den, og bekræft igen ("Jeg har kontrolleret dem").`,
            en: `${input.checkedBy} confirmed the check before LedgerBridge had seen a draft booked by hand. Book a draft in e-conomic, check it, and confirm again ("I have checked them").`,
          }
        : {
            da: 'Kontrollér de bogførte fakturaer og bekræft det i LedgerBridge ("Jeg har kontrolleret dem").',
            en: 'Check the booked invoices and confirm it in LedgerBridge ("I have checked them").',
          },
  });

  const activatedOk = input.activatedAt !== null && input.bookingMode === 'automatic';
  gates.push({
    id: 'activated',
    met: activatedOk,
    text: activatedOk
      ? {
          da: `Automatisk bogføring blev slået til af ${input.activatedBy} ${formatDateTime(input.activatedAt!.toISOString(), 'da')} på eget ansvar.`,
          en: `Automatic posting was switched on by ${input.activatedBy} at ${formatDateTime(input.activatedAt!.toISOString(), 'en')} at their own risk.`,
        }
      : {
          da: 'Ejeren skal slå automatisk bogføring til og acceptere, at det sker på eget ansvar.',
          en: 'The owner must switch automatic posting on and accept that it runs at their own risk.',
        },
  });

  const allMet = gates.every((g) => g.met);
  return {
    effectiveMode: allMet ? 'automatic' : 'drafts',
    gates,
    supervisedDay: start ? Math.min(elapsedDays + 1, SUPERVISED_DAYS) : null,
    supervisedEndsAt: endsAt,
  };
}

function periodText(start: Date | null, now: number | null, done: boolean, elapsedDays: number, endsAt: Date | null): Gate['text'] {
  if (!start) {
    return {
      da: 'Indkøringsperioden på 14 dage starter, når den første kladde er oprettet automatisk.',
      en: 'The 14-day supervised period starts when the first draft is created automatically.',
    };
  }
  if (now === null) {
    return {
      da: 'Indkøringsperioden tælles på e-conomics ur, som LedgerBridge læser ved næste synkronisering.',
      en: "The supervised period is counted on e-conomic's clock, which LedgerBridge reads at the next sync.",
    };
  }
  if (done) return { da: 'Indkøringsperioden på 14 dage er gennemført.', en: 'The 14-day supervised period is complete.' };
  const from = endsAt!.toISOString();
  return {
    da: `Dag ${elapsedDays + 1} af ${SUPERVISED_DAYS}: automatisk bogføring kan tidligst slås til ${formatDate(from, 'da')}.`,
    en: `Day ${elapsedDays + 1} of ${SUPERVISED_DAYS}: automatic posting can be switched on from ${formatDate(from, 'en')}.`,
  };
}

/** Gates that must already hold before the owner may activate (everything but activation itself). */
export function activationBlockers(status: PostingStatus): Gate[] {
  return status.gates.filter((g) => g.id !== 'activated' && !g.met);
}
