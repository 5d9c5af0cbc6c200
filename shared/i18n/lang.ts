/** The two languages LedgerBridge speaks: Danish (the default) and English. */
export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Both texts of one thing, so neither can be forgotten. */
export type Words = Record<Lang, string>;

/** A count's words: "1 ordre" but "2 ordrer". */
export interface PluralWords {
  one: string;
  other: string;
}
