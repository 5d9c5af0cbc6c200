import type { Lang } from '../../../shared/i18n/lang';
import { IMPORT_WORDS } from '../../../shared/i18n/import-words';
import { fillCount } from '../../../shared/i18n/format';
import { importPreview, importWindowWarning, progressBar, runImport, type ImportPreview, type ImportSummary, type ImportWarning } from '../../operations/import';
import { parse, requireDataDir } from '../args';
import { cliLanguage } from '../language';
import { withProfiles } from '../runtime-errors';
import { eachProfile, profilesJson, PROFILE_OPTION, underShop } from '../profile-selection';
import { dateOption } from './reconcile';
import { print, printError, printJson } from '../output';

/** A preview line: the label, padded so the numbers line up, and the number. */
const count = (label: string, value: number) => `  ${`${label} `.padEnd(20)}${value}`;

/** A warning to read before the import starts: what is wrong, then what to do, with its code. */
function formatWarning(warning: ImportWarning): string {
  return `${warning.title} (${warning.code})\n  ${warning.message}\n  ${warning.fix}\n`;
}

function formatPreview(p: ImportPreview, lang: Lang): string {
  const w = IMPORT_WORDS[lang];
  const lines = [
    ...(p.warning ? [formatWarning(p.warning)] : []),
    `${w.previewHeading(p.from)}: ${fillCount(w.orders, p.total, lang)}`,
    count(w.wouldTransfer, p.wouldTransfer),
    ...(p.days ? [count(w.intoDays, p.days.orders), count(w.dayInvoices, p.days.invoices)] : []),
    count(w.alreadyHandled, p.alreadyHandled),
    count(w.keptByRules, p.keptByRules),
    count(w.wouldFail, p.wouldFail.length),
    ...p.wouldFail.map((f) => `    ${w.order} ${f.number} (${f.code}): ${f.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

function formatSummary(s: ImportSummary, lang: Lang): string {
  const w = IMPORT_WORDS[lang];
  if (s.state === 'done') return `${w.done}: ${fillCount(w.orders, s.processed, lang)}.\n`;
  if (s.pausedBecause === 'budget-exhausted') return `${w.pausedBudget(s.processed, s.total)}\n`;
  return `${w.paused(s.processed, s.total)}\n`;
}

export async function importCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    ...PROFILE_OPTION,
    from: { type: 'string' },
    preview: { type: 'boolean' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  const from = dateOption('from', values.from, lang);

  if (values.preview) {
    return withProfiles({ dataDir, lang, profileName: values.profile, lock: false }, async (profiles) => {
      const { results, exitCode } = await eachProfile(profiles, (runtime) => importPreview(runtime, { from, lang }));
      if (values.json) printJson(profilesJson(results));
      else print(results.map((r) => underShop(profiles, r.profile, formatPreview(r.result, lang))).join(''));
      return exitCode;
    });
  }

  return withProfiles({ dataDir, lang, profileName: values.profile }, async (profiles) => {
    const pause = new AbortController();
    const onSignal = () => pause.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const interactive = !values.json && process.stderr.isTTY;
    try {
      // One shop after the other: they may share an agreement's fair-use budget, and Ctrl+C pauses the one at work.
      const { results: all, exitCode } = await eachProfile(profiles, async (runtime): Promise<ImportSummary | null> => {
        // Paused: the shops not begun yet are left as they are until the same command runs again.
        if (pause.signal.aborted) return null;
        // Said before anything is imported, so the owner can stop (Ctrl+C) and fix it in the shop.
        const warning = await importWindowWarning(runtime, { from, lang });
        if (warning && !values.json) printError(underShop(profiles, runtime.profile.name, formatWarning(warning)));
        const summary = await runImport(runtime, {
          from,
          signal: pause.signal,
          onProgress: (p) => {
            if (values.json) return;
            // The carriage return is ours (it redraws the progress line), so it bypasses the escaping.
            if (interactive) process.stderr.write('\r');
            printError(`${profiles.names.length > 1 ? `${runtime.profile.name}: ` : ''}${progressBar(p, lang)}${interactive ? '' : '\n'}`);
          },
        });
        if (interactive) printError('\n');
        return summary;
      });
      const results = all.flatMap((r) => (r.result ? [{ profile: r.profile, result: r.result }] : []));
      if (values.json) printJson(profilesJson(results));
      else print(results.map((r) => underShop(profiles, r.profile, formatSummary(r.result, lang))).join(''));
      return exitCode;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
