import type { Words } from './lang';

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
