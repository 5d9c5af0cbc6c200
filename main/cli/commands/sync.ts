import { intOption, parse, requireDataDir } from '../args';
import { untilStopped } from '../signals';
import { exitCodeFor, withProfiles } from '../runtime-errors';
import { SyncScheduler } from '../../engine/scheduler';
import type { SyncSummary } from '../../engine/cycle';
import { previewOrders } from '../../operations/dry-run';
import { eachProfile, PROFILE_OPTION, underShop } from '../profile-selection';
import { formatDryRun, formatSummary } from '../format';
import { EXIT, UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import type { Words } from '../../../shared/i18n/lang';
import { print, printError, printJson } from '../output';

export const syncHelp: Words = {
  en: `ledgerbridge sync --data-dir DIR [--profile NAME] [--once|--watch] [--dry-run [--limit N]] [--json] [--lang da|en]
  --profile   only this profile (default: every profile of the data dir, side by side)
  --once      one cycle (default)
  --watch     keep syncing in the background, each profile every sync.intervalMinutes, until stopped
  --dry-run   show the exact e-conomic invoices the next orders of each shop (up to --limit, default 10,
              per shop) would become; writes nothing. --json: {at, entries}, each entry with its profile
  --json      print {fetched, eligible, drafted, booked, held, skipped, failed, mailed, apiCalls, profile}, one line per profile`,
  da: `ledgerbridge sync --data-dir DIR [--profile NAVN] [--once|--watch] [--dry-run [--limit N]] [--json] [--lang da|en]
  --profile   kun denne profil (standard: alle datamappens profiler side om side)
  --once      én synkronisering (standard)
  --watch     bliv ved med at synkronisere i baggrunden, hver profil hvert sync.intervalMinutes, til den stoppes
  --dry-run   vis de præcise fakturaer i e-conomic, hver butiks næste ordrer (op til --limit, standard 10,
              pr. butik) ville blive til; intet skrives. --json: {at, entries}, hver post med sin profil
  --json      skriv {fetched, eligible, drafted, booked, held, skipped, failed, mailed, apiCalls, profile}, én linje pr. profil`,
};

export async function syncCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    ...PROFILE_OPTION,
    once: { type: 'boolean' },
    watch: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const dataDir = requireDataDir(values['data-dir']);
  const lang = cliLanguage(values.lang, dataDir);
  if (values.once && values.watch) throw new UsageError(lang === 'da' ? 'brug enten --once eller --watch, ikke begge.' : 'use either --once or --watch, not both.');

  if (values['dry-run']) {
    const limit = intOption('limit', values.limit, 10);
    // Read-only beside a running sync; each shop's next orders, up to the limit per shop.
    return withProfiles({ dataDir, profileName: values.profile, lock: false }, async (profiles) => {
      const { results, exitCode } = await eachProfile(profiles, (runtime) => previewOrders(runtime, limit, lang));
      if (values.json) printJson({ at: results[0]?.result.at ?? new Date().toISOString(), entries: results.flatMap((r) => r.result.entries.map((e) => ({ ...e, profile: r.profile }))), days: results.flatMap((r) => r.result.days.map((d) => ({ ...d, profile: r.profile }))) });
      else print(results.map((r) => underShop(profiles, r.profile, formatDryRun(r.result, lang, profiles.all.find((p) => p.profile.name === r.profile)?.profile.daySummary.timeZone))).join(''));
      return exitCode;
    });
  }

  return withProfiles({ dataDir, profileName: values.profile }, async (profiles) => {
    const several = profiles.all.length > 1;
    const report = (profile: string, summary: SyncSummary) => {
      if (values.json) printJson({ ...summary, profile });
      else print((several ? `${profile}: ` : '') + formatSummary(summary, lang));
    };
    if (!values.watch) {
      const results = await profiles.syncOnce();
      for (const r of results) if (r.summary) report(r.profile, r.summary);
      // Every profile had its turn; each that could not sync is told, and the first decides the exit code.
      const codes = results.flatMap((r) => (r.summary ? [] : [exitCodeFor(r.error, several ? r.profile : undefined)]));
      return codes[0] ?? EXIT.ok;
    }
    const schedulers = profiles.selected.map(
      (runtime) =>
        new SyncScheduler(
          async () => {
            const summary = await runtime.syncOnce();
            report(runtime.profile.name, summary);
            return summary;
          },
          {
            intervalMs: runtime.profile.sync.intervalMinutes * 60_000,
            onError: (error) => printError(`ledgerbridge: ${several ? `${runtime.profile.name}: ` : ''}${(error as Error).message}\n`),
          },
        ),
    );
    for (const scheduler of schedulers) scheduler.start();
    await untilStopped();
    for (const scheduler of schedulers) scheduler.stop();
    return EXIT.ok;
  });
}
