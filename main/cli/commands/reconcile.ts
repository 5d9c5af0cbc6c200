import type { Words } from '../../../shared/i18n/lang';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Order } from '../../../shared/domain/order';
import { startOfDanishDay } from '../../operations/import';
import { reconcile } from '../../moneyflows/reconciliation';
import { formatReport, toCsv } from '../../moneyflows/reconciliation-format';
import { ossReport } from '../../moneyflows/oss-report';
import { formatOssReport, ossCsv } from '../../moneyflows/oss-report-format';
import { parse, requireDataDir } from '../args';
import { cliLanguage } from '../language';
import { UsageError } from '../exit-codes';
import { withProfiles } from '../runtime-errors';
import { eachProfile, oneProfile, profilesJson, PROFILE_OPTION, underShop } from '../profile-selection';
import type { Runtime } from '../../runtime/runtime';
import type { ProfileRuntimes } from '../../runtime/profiles';
import { print, printJson } from '../output';

export const reconcileHelp: Words = {
  en: `ledgerbridge reconcile --data-dir DIR [--profile NAME] --from YYYY-MM-DD --to YYYY-MM-DD [--by day|month] [--csv FILE [--decimal comma|point]] [--json] [--lang da|en]
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
  da: `ledgerbridge reconcile --data-dir DIR [--profile NAVN] --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD [--by day|month] [--csv FIL [--decimal comma|point]] [--json] [--lang da|en]
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
};

/** A YYYY-MM-DD option, or a usage error that says what is wrong. */
export function dateOption(name: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(`--${name} YYYY-MM-DD is required.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new UsageError(`--${name} must be a date like 2026-10-31, got "${value}".`);
  return value;
}

export async function reconcileCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    ...PROFILE_OPTION,
    from: { type: 'string' },
    to: { type: 'string' },
    by: { type: 'string' },
    csv: { type: 'string' },
    decimal: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
    oss: { type: 'boolean' },
    quarter: { type: 'string' },
  });
  const dataDir = requireDataDir(values['data-dir']);
  if (values.oss) return ossCommand(dataDir, values);
  if (values.quarter !== undefined) throw new UsageError('--quarter belongs to --oss: ledgerbridge reconcile --oss --quarter 2026Q4.');
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  if (from > to) throw new UsageError(`--from (${from}) must not be after --to (${to}).`);
  const groupBy = values.by ?? 'month';
  if (groupBy !== 'day' && groupBy !== 'month') throw new UsageError(`--by must be "day" or "month", got "${groupBy}".`);
  const decimal = values.decimal ?? 'comma';
  if (decimal !== 'comma' && decimal !== 'point') throw new UsageError(`--decimal must be "comma" or "point", got "${decimal}".`);
  const lang = cliLanguage(values.lang, dataDir);

  return eachShopReport(dataDir, values, lang, async (runtime) => {
    // Every order changed since the first day: orders placed in the range and orders refunded in it.
    const shopOrders: Order[] = [];
    for await (const page of (await runtime.shop()).pollChanged(startOfDanishDay(from))) shopOrders.push(...page.orders.map((n) => n.order));
    const report = await reconcile({ ledger: runtime.ledger, client: await runtime.economic(), profile: runtime.profile, referenceQualifier: runtime.referenceQualifier }, { from, to, groupBy, shopOrders });
    return { report, csv: () => toCsv(report, { decimal }), text: formatReport(report, lang) };
  });
}

/** A shop's report, as JSON, as CSV and as the owner reads it. */
interface ShopReport<R> {
  report: R;
  csv: () => string;
  text: string;
}

/**
 * Each selected shop's report, read-only beside a running sync: all of them (each under its name)
 * or the one --profile names; the CSV file holds one shop's, so with several shops --csv needs --profile.
 */
function eachShopReport<R extends object>(
  dataDir: string,
  values: { profile?: string; csv?: string; json?: boolean },
  lang: 'da' | 'en',
  work: (runtime: Runtime) => Promise<ShopReport<R>>,
): Promise<number> {
  return withProfiles({ dataDir, profileName: values.profile, lock: false }, async (profiles: ProfileRuntimes) => {
    if (values.csv) oneProfile(profiles, { da: '--csv skriver én butiks rapport', en: "--csv writes one shop's report" }, lang);
    const { results, exitCode } = await eachProfile(profiles, work);
    if (values.csv && results[0]) writeFileSync(resolve(values.csv), results[0].result.csv());
    if (values.json) printJson(profilesJson(results.map((r) => ({ profile: r.profile, result: r.result.report }))));
    else print(results.map((r) => underShop(profiles, r.profile, r.result.text)).join(''));
    return exitCode;
  });
}

async function ossCommand(dataDir: string, values: { profile?: string; quarter?: string; from?: string; to?: string; by?: string; csv?: string; decimal?: string; json?: boolean; lang?: string }): Promise<number> {
  if (values.from !== undefined || values.to !== undefined || values.by !== undefined) throw new UsageError('--oss reports a whole quarter: use --quarter 2026Q4 instead of --from, --to and --by.');
  if (values.quarter === undefined) throw new UsageError('--oss needs --quarter, e.g. --quarter 2026Q4.');
  const quarter = values.quarter;
  if (!/^\d{4}Q[1-4]$/.test(quarter)) throw new UsageError(`--quarter is written like 2026Q4, got "${quarter}".`);
  const decimal = values.decimal ?? 'comma';
  if (decimal !== 'comma' && decimal !== 'point') throw new UsageError(`--decimal must be "comma" or "point", got "${decimal}".`);
  const lang = cliLanguage(values.lang, dataDir);
  return eachShopReport(dataDir, values, lang, async (runtime) => {
    const report = await ossReport({ ledger: runtime.ledger, client: await runtime.economic(), profile: runtime.profile, referenceQualifier: runtime.referenceQualifier }, quarter);
    return { report, csv: () => ossCsv(report, { decimal }), text: formatOssReport(report, lang) };
  });
}
