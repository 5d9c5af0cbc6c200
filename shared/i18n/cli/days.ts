import type { Lang } from '../lang';

/** `ledgerbridge days`: the daily summaries, one day's order list, and the table's columns. */
export const DAYS_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    oneShopsOrderList: string;
    notClosed: (day: string) => string;
    columns: readonly string[];
    badDay: (value: string) => string;
    fileNeedsDay: (flag: string) => string;
    noSummary: (day: string, currency: string | undefined) => string;
    onePerCurrency: (day: string, currencies: string) => string;
    retryNeedsDay: string;
    oneShopsRetry: string;
    notRetried: (day: string, currency: string) => string;
  }
> = {
  da: {
    summary: 'dagsopgørelserne og deres ordrelister (postingUnit "day")',
    help: `ledgerbridge days --data-dir DIR [--profile NAVN] [--day ÅÅÅÅ-MM-DD [--currency VALUTA] [--export] [--csv FIL] [--pdf FIL] [--retry]] [--limit N] [--json] [--lang da|en]
  Dagsopgørelserne (postingUnit "day"): hver dag og valuta med status, ordrer, beløb og faktura,
  og hvorfor en dag venter; salg uden for EU har deres egen opgørelse, "DKK (eksport)", og
  --export vælger dens ordreliste. --day viser én dags ordreliste; --csv skriver den til FIL
  (semikolonsepareret; decimalkomma i en dansk liste, decimalpunktum i en engelsk), som den lå
  fast, da dagen blev bogført; --pdf skriver samme liste som PDF på ejerens sprog. Alle datamappens butikker, hver række med sin butik
  (--json: "profile"), eller den nævnte profil; --csv og --pdf kræver én butik: med flere
  nævnes den med --profile. --retry laver dagen igen, når dens kladde (LB-7025) eller dens bilag i
  kassekladden (LB-7026) er slettet i e-conomic: én ny kladde eller ét nyt bilag med de samme ordrer.`,
    oneShopsOrderList: '--csv og --pdf skriver én butiks ordreliste',
    notClosed: (day) => `Dagen ${day} er ikke lukket endnu; ordrelisten fastlægges, når den bogføres.`,
    columns: ['Dag', 'Valuta', 'Tilstand', 'Ordrer', 'Refunderinger', 'I alt', 'Faktura', 'Årsag'],
    badDay: (value) => `--day skal være en dato som 2026-03-10, ikke "${value}".`,
    fileNeedsDay: (flag) => `--${flag} kræver --day: ordrelisten er pr. dag.`,
    noSummary: (day, currency) => `der er ingen dagsopgørelse for ${day}${currency ? ` i ${currency}` : ''}.`,
    onePerCurrency: (day, currencies) => `${day} har en opgørelse pr. valuta (${currencies}): vælg én med --currency (eksporten med --export).`,
    retryNeedsDay: '--retry kræver --day: det er én dag, der laves igen.',
    oneShopsRetry: '--retry laver én butiks dag igen',
    notRetried: (day, currency) => `Dagen ${day} (${currency}) venter ikke på at blive lavet igen (dens kladde eller bilag er ikke slettet i e-conomic), så der er ikke gjort noget.`,
  },
  en: {
    summary: 'the daily summaries and their order lists (postingUnit "day")',
    help: `ledgerbridge days --data-dir DIR [--profile NAME] [--day YYYY-MM-DD [--currency CUR] [--export] [--csv FILE] [--pdf FILE] [--retry]] [--limit N] [--json] [--lang da|en]
  The daily summaries (postingUnit "day"): each day and currency with its state, orders, total
  and invoice, and why a day waits; sales outside the EU have their own summary, "DKK (export)",
  and --export picks its order list. --day shows one day's order list; --csv writes it to FILE
  (semicolon-separated; decimal comma in a Danish list, decimal point in an English one) as it
  was fixed when the day was booked; --pdf writes the same list as a PDF in the owner's
  language. Every shop of the data dir, each row with
  its shop (--json: "profile"), or the profile named; --csv and --pdf need one shop: with
  several, name it with --profile. --retry writes the day again when its draft (LB-7025) or its
  voucher in the journal (LB-7026) was deleted in e-conomic: one new draft or voucher with the
  same orders.`,
    oneShopsOrderList: "--csv and --pdf write one shop's order list",
    notClosed: (day) => `The day ${day} has not closed yet; its order list is fixed when it is booked.`,
    columns: ['Day', 'Currency', 'State', 'Orders', 'Refunds', 'Total', 'Invoice', 'Reason'],
    badDay: (value) => `--day must be a date such as 2026-03-10, not "${value}".`,
    fileNeedsDay: (flag) => `--${flag} needs --day: the order list is per day.`,
    noSummary: (day, currency) => `no daily summary on ${day}${currency ? ` in ${currency}` : ''}.`,
    onePerCurrency: (day, currencies) => `${day} has a summary per currency (${currencies}): choose one with --currency (the export with --export).`,
    retryNeedsDay: '--retry needs --day: it is one day that is written again.',
    oneShopsRetry: "--retry writes one shop's day again",
    notRetried: (day, currency) => `The day ${day} (${currency}) is not waiting to be written again (its draft or voucher was not deleted in e-conomic), so nothing was done.`,
  },
};
