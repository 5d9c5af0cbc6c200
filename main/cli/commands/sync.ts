import { parse, requireDataDir } from '../args';
import { untilStopped } from '../signals';
import { withRuntime } from '../runtime-errors';
import { SyncScheduler } from '../../engine/scheduler';
import type { SyncSummary } from '../../engine/cycle';
import { dryRun } from '../../operations/dry-run';
import { formatDryRun, formatSummary } from '../format';
import { EXIT, UsageError } from '../exit-codes';
import { print, printError, printJson } from '../output';

export const syncHelp = `ledgerbridge sync --data-dir DIR [--once|--watch] [--dry-run [--limit N]] [--json]
  --once      one cycle (default)
  --watch     keep syncing in the background every sync.intervalMinutes until stopped
  --dry-run   show the exact e-conomic invoices the next orders would become; writes nothing
  --json      print {fetched, eligible, drafted, booked, held, skipped, failed, mailed, apiCalls}`;

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
  if (values.once && values.watch) throw new UsageError('use either --once or --watch, not both.');
  const lang = values.lang === 'en' ? 'en' : 'da';

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
