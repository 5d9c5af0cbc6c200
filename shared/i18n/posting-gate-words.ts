import type { Lang } from './lang';

/**
 * The gates before automatic posting (main/engine/supervised.ts), as the owner reads them on the
 * overview and in `ledgerbridge status`: what is done, and what is still missing.
 */
export const POSTING_GATE_WORDS: Record<
  Lang,
  {
    planIncludes: (plan: string) => string;
    planExcludes: (plan: string) => string;
    /** `why` is the licence problem's own message from the catalogue. */
    noValidLicence: (why: string) => string;
    periodStartsAtFirstDraft: string;
    periodOnEconomicClock: string;
    periodComplete: string;
    periodDay: (day: number, days: number, from: string) => string;
    manualBookingsSeen: (count: number) => string;
    bookOneByHand: string;
    checked: (by: string) => string;
    checkedTooEarly: (by: string) => string;
    checkAndConfirm: string;
    activated: (by: string, at: string) => string;
    ownerMustActivate: string;
    /** Before the list of gates still missing when the owner tries to switch it on. */
    notYet: string;
  }
> = {
  da: {
    planIncludes: (plan) => `Abonnementet (${plan}) omfatter automatisk bogføring.`,
    planExcludes: (plan) => `Abonnementet ${plan} omfatter ikke automatisk bogføring; det kræver Standard, Premium, Enterprise eller Dedikeret.`,
    noValidLicence: (why) => `Ingen gyldig licens: ${why} Automatisk bogføring kræver Standard, Premium, Enterprise eller Dedikeret.`,
    periodStartsAtFirstDraft: 'Indkøringsperioden på 14 dage starter, når den første kladde er oprettet automatisk.',
    periodOnEconomicClock: 'Indkøringsperioden tælles på e-conomics ur, som LedgerBridge læser ved næste synkronisering.',
    periodComplete: 'Indkøringsperioden på 14 dage er gennemført.',
    periodDay: (day, days, from) => `Dag ${day} af ${days}: automatisk bogføring kan tidligst slås til ${from}.`,
    manualBookingsSeen: (count) => `LedgerBridge har set ${count} kladde(r) bogført manuelt i e-conomic.`,
    bookOneByHand: 'Bogfør mindst én af LedgerBridges kladder manuelt i e-conomic, så vi kan se at det virker.',
    checked: (by) => `${by} har bekræftet at have kontrolleret fakturaerne.`,
    checkedTooEarly: (by) =>
      `${by} bekræftede kontrollen, før LedgerBridge havde set en kladde bogført i hånden. Bogfør en kladde i e-conomic, kontrollér den, og bekræft igen ("Jeg har kontrolleret dem").`,
    checkAndConfirm: 'Kontrollér de bogførte fakturaer og bekræft det i LedgerBridge ("Jeg har kontrolleret dem").',
    activated: (by, at) => `Automatisk bogføring blev slået til af ${by} ${at} på eget ansvar.`,
    ownerMustActivate: 'Ejeren skal slå automatisk bogføring til og acceptere, at det sker på eget ansvar.',
    notYet: 'Automatisk bogføring kan ikke slås til endnu:',
  },
  en: {
    planIncludes: (plan) => `The plan (${plan}) includes automatic posting.`,
    planExcludes: (plan) => `The ${plan} plan does not include automatic posting; it needs Standard, Premium, Enterprise or Dedicated.`,
    noValidLicence: (why) => `No valid licence: ${why} Automatic posting needs Standard, Premium, Enterprise or Dedicated.`,
    periodStartsAtFirstDraft: 'The 14-day supervised period starts when the first draft is created automatically.',
    periodOnEconomicClock: "The supervised period is counted on e-conomic's clock, which LedgerBridge reads at the next sync.",
    periodComplete: 'The 14-day supervised period is complete.',
    periodDay: (day, days, from) => `Day ${day} of ${days}: automatic posting can be switched on from ${from}.`,
    manualBookingsSeen: (count) => `LedgerBridge has seen ${count} draft(s) booked by hand in e-conomic.`,
    bookOneByHand: "Book at least one of LedgerBridge's drafts by hand in e-conomic, so we can see that it works.",
    checked: (by) => `${by} confirmed checking the invoices.`,
    checkedTooEarly: (by) =>
      `${by} confirmed the check before LedgerBridge had seen a draft booked by hand. Book a draft in e-conomic, check it, and confirm again ("I have checked them").`,
    checkAndConfirm: 'Check the booked invoices and confirm it in LedgerBridge ("I have checked them").',
    activated: (by, at) => `Automatic posting was switched on by ${by} at ${at} at their own risk.`,
    ownerMustActivate: 'The owner must switch automatic posting on and accept that it runs at their own risk.',
    notYet: 'Automatic posting cannot be switched on yet:',
  },
};
