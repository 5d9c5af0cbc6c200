import type { Lang } from '../../../shared/i18n/lang';
import { RECONCILE_WORDS } from '../../../shared/i18n/cli/reconcile';
import { CLI_WORDS } from '../../../shared/i18n/cli/cli';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reconcileShop } from '../../operations/reconcile';
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
import { csvFile } from '../../../shared/i18n/csv';

/** A YYYY-MM-DD option, or a usage error that says what is wrong. */
export function dateOption(name: string, value: string | undefined, lang: Lang): string {
  const w = CLI_WORDS[lang];
  if (value === undefined) throw new UsageError(w.dateRequired(name));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new UsageError(w.notADate(name, value));
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
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  const w = RECONCILE_WORDS[lang];
  if (values.oss) return ossCommand(dataDir, values, lang);
  if (values.quarter !== undefined) throw new UsageError(w.quarterNeedsOss);
  const from = dateOption('from', values.from, lang);
  const to = dateOption('to', values.to, lang);
  if (from > to) throw new UsageError(w.fromAfterTo(from, to));
  const groupBy = values.by ?? 'month';
  if (groupBy !== 'day' && groupBy !== 'month') throw new UsageError(w.badGrouping(groupBy));
  const decimal = values.decimal ?? 'comma';
  if (decimal !== 'comma' && decimal !== 'point') throw new UsageError(w.badDecimal(decimal));

  return eachShopReport(dataDir, values, lang, async (runtime) => {
    const report = await reconcileShop(runtime, { from, to, groupBy });
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
  lang: Lang,
  work: (runtime: Runtime) => Promise<ShopReport<R>>,
): Promise<number> {
  return withProfiles({ dataDir, lang, profileName: values.profile, lock: false }, async (profiles: ProfileRuntimes) => {
    if (values.csv) oneProfile(profiles, RECONCILE_WORDS[lang].oneShopsReport, lang);
    const { results, exitCode } = await eachProfile(profiles, work);
    // As the app saves it: a file a spreadsheet opens with æ, ø, å (csvFile).
    if (values.csv && results[0]) writeFileSync(resolve(values.csv), csvFile(results[0].result.csv()));
    if (values.json) printJson(profilesJson(results.map((r) => ({ profile: r.profile, result: r.result.report }))));
    else print(results.map((r) => underShop(profiles, r.profile, r.result.text)).join(''));
    return exitCode;
  });
}

async function ossCommand(dataDir: string, values: { profile?: string; quarter?: string; from?: string; to?: string; by?: string; csv?: string; decimal?: string; json?: boolean }, lang: Lang): Promise<number> {
  const w = RECONCILE_WORDS[lang];
  if (values.from !== undefined || values.to !== undefined || values.by !== undefined) throw new UsageError(w.ossWholeQuarter);
  if (values.quarter === undefined) throw new UsageError(w.ossNeedsQuarter);
  const quarter = values.quarter;
  if (!/^\d{4}Q[1-4]$/.test(quarter)) throw new UsageError(w.badQuarter(quarter));
  const decimal = values.decimal ?? 'comma';
  if (decimal !== 'comma' && decimal !== 'point') throw new UsageError(w.badDecimal(decimal));
  return eachShopReport(dataDir, values, lang, async (runtime) => {
    const report = await ossReport({ ledger: runtime.ledger, client: await runtime.economic(), profile: runtime.profile, referenceQualifier: runtime.referenceQualifier }, quarter);
    return { report, csv: () => ossCsv(report, { decimal }), text: formatOssReport(report, lang) };
  });
}
