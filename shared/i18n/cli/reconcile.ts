import type { Lang } from '../lang';

/** `ledgerbridge reconcile`: books vs shop, and the quarter's OSS figures. */
export const RECONCILE_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    oneShopsReport: string;
    fromAfterTo: (from: string, to: string) => string;
    badGrouping: (value: string) => string;
    badDecimal: (value: string) => string;
    quarterNeedsOss: string;
    ossWholeQuarter: string;
    ossNeedsQuarter: string;
    badQuarter: (value: string) => string;
  }
> = {
  da: {
    summary: 'shoppens beløb mod bogførte fakturaer, kreditnotaer og betalinger',
    help: `ledgerbridge reconcile --data-dir DIR [--profile NAVN] --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD [--by day|month] [--csv FIL [--decimal comma|point]] [--json] [--lang da|en]
ledgerbridge reconcile --data-dir DIR [--profile NAVN] --oss --quarter ÅÅÅÅQn [--csv FIL [--decimal comma|point]] [--json] [--lang da|en]
  Sammenholder shoppen med e-conomic i perioden (begge dage med): shoppens beløb, bogførte fakturaer,
  kreditnotaer og registrerede betalinger pr. dag eller måned, og viser ordrer, der mangler i
  e-conomic, beløb der ikke passer, fakturaer med vores reference for ukendte ordrer og alt, der er
  bogført to gange. Læser kun; kan køre ved siden af en synkronisering. Alle datamappens butikker,
  hver for sig, eller den nævnte profil.
  --by       pr. dag (day) eller pr. måned (month, standard)
  --csv      skriv også rapporten som semikolonsepareret CSV til FIL (decimalkomma som standard);
             én butiks rapport: med flere butikker nævnes den med --profile
  --json     skriv rapporten som JSON (den første butiks øverst, alle butikkers i "profiles")
  --oss      i stedet kvartalets One-Stop-Shop-tal: pr. land og sats momsgrundlaget og momsen
             bogført i kvartalet (fakturaer minus kreditnotaer), i aftalens valuta til e-conomics
             bogførte kurser, og OSS-ordrerne, der ikke er bogført endnu; --quarter angiver
             kvartalet, f.eks. 2026Q4`,
    oneShopsReport: '--csv skriver én butiks rapport',
    fromAfterTo: (from, to) => `--from (${from}) må ikke ligge efter --to (${to}).`,
    badGrouping: (value) => `--by skal være "day" eller "month", ikke "${value}".`,
    badDecimal: (value) => `--decimal skal være "comma" eller "point", ikke "${value}".`,
    quarterNeedsOss: '--quarter hører til --oss: ledgerbridge reconcile --oss --quarter 2026Q4.',
    ossWholeQuarter: '--oss viser et helt kvartal: brug --quarter 2026Q4 i stedet for --from, --to og --by.',
    ossNeedsQuarter: '--oss kræver --quarter, f.eks. --quarter 2026Q4.',
    badQuarter: (value) => `--quarter skrives som 2026Q4, ikke "${value}".`,
  },
  en: {
    summary: 'shop totals vs booked invoices, credit notes and payments',
    help: `ledgerbridge reconcile --data-dir DIR [--profile NAME] --from YYYY-MM-DD --to YYYY-MM-DD [--by day|month] [--csv FILE [--decimal comma|point]] [--json] [--lang da|en]
ledgerbridge reconcile --data-dir DIR [--profile NAME] --oss --quarter YYYYQn [--csv FILE [--decimal comma|point]] [--json] [--lang da|en]
  Compares the shop with e-conomic over the dates (inclusive): shop totals, booked invoices,
  credit notes and registered payments per day or month, and lists orders missing in
  e-conomic, amounts that differ, invoices with our reference for unknown orders, and
  anything booked twice. Reads only; safe beside a running sync. Every shop of the data dir,
  each on its own, or the profile named.
  --by       group per day or per month (default month)
  --csv      also write the report as semicolon-separated CSV to FILE (decimal comma by default);
             one shop's report: with several shops, name it with --profile
  --json     print the report as JSON (the first shop's at the top, every shop's in "profiles")
  --oss      instead, the quarter's One-Stop-Shop figures: per country and rate the taxable
             base and VAT booked in the quarter (invoices minus credit notes), in the
             agreement's currency at e-conomic's booked exchange rates, and the OSS orders
             not booked yet; --quarter names the quarter, e.g. 2026Q4`,
    oneShopsReport: "--csv writes one shop's report",
    fromAfterTo: (from, to) => `--from (${from}) must not be after --to (${to}).`,
    badGrouping: (value) => `--by must be "day" or "month", got "${value}".`,
    badDecimal: (value) => `--decimal must be "comma" or "point", got "${value}".`,
    quarterNeedsOss: '--quarter belongs to --oss: ledgerbridge reconcile --oss --quarter 2026Q4.',
    ossWholeQuarter: '--oss reports a whole quarter: use --quarter 2026Q4 instead of --from, --to and --by.',
    ossNeedsQuarter: '--oss needs --quarter, e.g. --quarter 2026Q4.',
    badQuarter: (value) => `--quarter is written like 2026Q4, got "${value}".`,
  },
};
