import type { Lang } from '../lang';

/** `ledgerbridge support-bundle`. */
export const SUPPORT_BUNDLE_WORDS: Record<Lang, { summary: string; help: string }> = {
  da: {
    summary: 'én fil til support uden hemmeligheder',
    help: `ledgerbridge support-bundle --data-dir DIR [--profile NAVN] [--order ID …] [--json]
  Skriver én JSON-fil til support: versioner, indstillinger uden nogen hemmeligheder, de seneste
  logposter med tekniske detaljer og forløbet for de berørte ordrer, for alle butikker (hver i
  "profiles") eller for den nævnte profil. Skriver filens sti.`,
  },
  en: {
    summary: 'one redacted file for support',
    help: `ledgerbridge support-bundle --data-dir DIR [--profile NAME] [--order ID …] [--json]
  Writes one JSON file for support: versions, settings with every secret removed, recent log
  entries with technical details, and the history of the affected orders, of every shop (each
  in "profiles") or of the profile named. Prints its path.`,
  },
};
