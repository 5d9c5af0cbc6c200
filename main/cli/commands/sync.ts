import { parse, requireDataDir } from '../args';
import { untilStopped } from '../signals';
import { withRuntime } from '../runtime-errors';
import { SyncScheduler } from '../../engine/scheduler';
import type { SyncSummary } from '../../engine/cycle';
import { dryRun } from '../../operations/dry-run';
import { formatDryRun, formatSummary } from '../format';
import { EXIT, UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import type { Words } from '../../../shared/i18n/lang';
import { print, printError, printJson } from '../output';

export const syncHelp: Words = {
  en: `ledgerbridge sync --data-dir DIR [--once|--watch] [--dry-run [--limit N]] [--json] [--lang da|en]
  --once      one cycle (default)
  --watch     keep syncing in the background every sync.intervalMinutes until stopped
  --dry-run   show the exact e-conomic invoices the next orders would become; writes nothing
  --json      print {fetched, eligible, drafted, booked, held, skipped, failed, mailed, apiCalls}`,
  da: `ledgerbridge sync --data-dir DIR [--once|--watch] [--dry-run [--limit N]] [--json] [--lang da|en]
  --once      én synkronisering (standard)
  --watch     bliv ved med at synkronisere i baggrunden hvert sync.intervalMinutes, til den stoppes
  --dry-run   vis de præcise fakturaer i e-conomic, de næste ordrer ville blive til; intet skrives
  --json      skriv {fetched, eligible, drafted, booked, held, skipped, failed, mailed, apiCalls}`,
};

export async function syncCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
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
    const limit = values.limit ? Number(values.limit) : 10;
    const result = await dryRun({ dataDir, limit });
    if (values.json) printJson(result);
    else print(formatDryRun(result, lang));
    return EXIT.ok;
  }

  return withRuntime({ dataDir }, async (runtime) => {
    if (!values.watch) {
      const summary = await runtime.syncOnce();
      if (values.json) printJson(summary);
      else print(formatSummary(summary, lang));
      return EXIT.ok;
    }
    const report = (summary: SyncSummary) => (values.json ? printJson(summary) : print(formatSummary(summary, lang)));
    const scheduler = new SyncScheduler(
      async () => {
        const summary = await runtime.syncOnce();
        report(summary);
        return summary;
      },
      {
        intervalMs: runtime.profile.sync.intervalMinutes * 60_000,
        onError: (error) => printError(`ledgerbridge: ${(error as Error).message}\n`),
      },
    );
    scheduler.start();
    await untilStopped();
    scheduler.stop();
    return EXIT.ok;
  });
}
