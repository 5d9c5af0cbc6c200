import type { Lang, Words } from './lang';

/**
 * Names the whole product uses for one thing each. A test keeps their synonyms out of
 * the catalogue, the app's dictionaries and the command line.
 */
export const SUPERVISED_PERIOD: Words & { capitalised: Words } = {
  da: 'indkøringsperioden',
  en: 'the supervised period',
  capitalised: { da: 'Indkøringsperioden', en: 'The supervised period' },
};

/** Words that must not name the supervised period (they mean other things, or split the vocabulary). */
export const SUPERVISED_PERIOD_SYNONYMS: readonly RegExp[] = [/prøveperiode/i, /overvåget periode/i, /overvågningsperiode/i, /trial period/i, /probation/i];

/** The connections LedgerBridge signs in to, as a sentence names them ("the sign-in details for {connection}"). */
export const CONNECTION_WORDS: Record<'shop' | 'economic' | 'mail', Words> = {
  shop: { da: 'butikken', en: 'the shop' },
  economic: { da: 'e-conomic', en: 'e-conomic' },
  mail: { da: 'mailserveren (SMTP)', en: 'the mail server (SMTP)' },
};

/** The plans as the owner reads them on the licence and the price list. */
export const PLAN_WORDS: Record<'basic' | 'standard' | 'premium' | 'enterprise' | 'dedicated', Words> = {
  basic: { da: 'Basis', en: 'Basic' },
  standard: { da: 'Standard', en: 'Standard' },
  premium: { da: 'Premium', en: 'Premium' },
  enterprise: { da: 'Enterprise', en: 'Enterprise' },
  dedicated: { da: 'Dedikeret', en: 'Dedicated' },
};

/** How serious a problem in the log is. */
export const SEVERITY_WORDS: Record<Lang, Record<'info' | 'warning' | 'error' | 'critical', string>> = {
  da: { info: 'Info', warning: 'Advarsel', error: 'Fejl', critical: 'Kritisk' },
  en: { info: 'Info', warning: 'Warning', error: 'Error', critical: 'Critical' },
};

/** An order's invoice mail: none, on its way, sent, or not sent (the log says why). */
export const MAIL_STATUS_WORDS: Record<Lang, Record<'none' | 'pending' | 'sent' | 'failed', string>> = {
  da: { none: '—', pending: 'Venter', sent: 'Sendt', failed: 'Ikke sendt' },
  en: { none: '—', pending: 'Pending', sent: 'Sent', failed: 'Not sent' },
};

/** The plan names in one language, for a dictionary. */
export function planWords(lang: Lang): Record<keyof typeof PLAN_WORDS, string> {
  return Object.fromEntries(Object.entries(PLAN_WORDS).map(([plan, words]) => [plan, words[lang]])) as Record<keyof typeof PLAN_WORDS, string>;
}
