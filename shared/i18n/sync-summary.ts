import { fill, fillCount } from './format';
import type { Lang, PluralWords } from './lang';

/** What one sync did, counted in the owner's words: the overview and the command line say the same. */
export const SYNC_SUMMARY_PARTS = ['fetched', 'drafted', 'booked', 'held', 'skipped', 'failed', 'mailed', 'creditNotes', 'paymentsRegistered', 'daysBooked', 'daysHeld'] as const;
export type SyncSummaryPart = (typeof SYNC_SUMMARY_PARTS)[number];

export const SYNC_SUMMARY_WORDS: Record<Lang, Record<SyncSummaryPart, PluralWords> & { done: string; nothingNew: string }> = {
  da: {
    fetched: { one: '{count} ordre hentet', other: '{count} ordrer hentet' },
    drafted: { one: '{count} ny kladde i e-conomic', other: '{count} nye kladder i e-conomic' },
    booked: { one: '{count} bogført', other: '{count} bogført' },
    held: { one: '{count} venter på dig', other: '{count} venter på dig' },
    skipped: { one: '{count} sprunget over', other: '{count} sprunget over' },
    failed: { one: '{count} med problemer', other: '{count} med problemer' },
    mailed: { one: '{count} fakturamail sendt', other: '{count} fakturamails sendt' },
    creditNotes: { one: '{count} kreditnota', other: '{count} kreditnotaer' },
    paymentsRegistered: { one: '{count} betaling registreret', other: '{count} betalinger registreret' },
    daysBooked: { one: '{count} dag bogført som samlefaktura', other: '{count} dage bogført som samlefakturaer' },
    daysHeld: { one: '{count} dag venter som kladde', other: '{count} dage venter som kladder' },
    done: 'Synkronisering færdig: {summary}.',
    nothingNew: 'Synkronisering færdig: intet nyt.',
  },
  en: {
    fetched: { one: '{count} order fetched', other: '{count} orders fetched' },
    drafted: { one: '{count} new draft in e-conomic', other: '{count} new drafts in e-conomic' },
    booked: { one: '{count} booked', other: '{count} booked' },
    held: { one: '{count} waits for you', other: '{count} wait for you' },
    skipped: { one: '{count} skipped', other: '{count} skipped' },
    failed: { one: '{count} with problems', other: '{count} with problems' },
    mailed: { one: '{count} invoice mail sent', other: '{count} invoice mails sent' },
    creditNotes: { one: '{count} credit note', other: '{count} credit notes' },
    paymentsRegistered: { one: '{count} payment registered', other: '{count} payments registered' },
    daysBooked: { one: '{count} day booked as a summary invoice', other: '{count} days booked as summary invoices' },
    daysHeld: { one: '{count} day waits as a draft', other: '{count} days wait as drafts' },
    done: 'Sync finished: {summary}.',
    nothingNew: 'Sync finished: nothing new.',
  },
};

/** Only what happened, each count in the right form: "Synkronisering færdig: 3 ordrer hentet, 1 bogført." */
export function syncSummaryText(summary: Partial<Record<SyncSummaryPart, number>>, lang: Lang): string {
  const words = SYNC_SUMMARY_WORDS[lang];
  const parts = SYNC_SUMMARY_PARTS.filter((k) => (summary[k] ?? 0) > 0).map((k) => fillCount(words[k], summary[k]!, lang));
  return parts.length === 0 ? words.nothingNew : fill(words.done, { summary: parts.join(', ') });
}
