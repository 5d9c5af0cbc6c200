/** The two languages LedgerBridge speaks: Danish (the default) and English. */
export type Lang = 'da' | 'en';

export const LANGS: readonly Lang[] = ['da', 'en'];

/** Both texts of one thing, so neither can be forgotten. */
export type Words = Record<Lang, string>;

/** A count's words: "1 ordre" but "2 ordrer". */
export interface PluralWords {
  one: string;
  other: string;
}
