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

/** One text written in both languages from a dictionary, for what is stored or sent in both (e.g. the posting gates). */
export function inBothLangs<W>(dictionary: Record<Lang, W>, text: (words: W, lang: Lang) => string): Words {
  return { da: text(dictionary.da, 'da'), en: text(dictionary.en, 'en') };
}
