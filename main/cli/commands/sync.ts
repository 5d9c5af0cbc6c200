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
import { SYNC_WORDS } from '../../../shared/i18n/cli/sync';
import { print, printJson } from '../output';
import type { ProfileRuntimes } from '../../runtime/profiles';
import { ConfigStore } from '../../settings';
import type { Platform } from '../../../shared/domain/order';

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
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  if (values.once && values.watch) throw new UsageError(SYNC_WORDS[lang].onceOrWatch);

  if (values['dry-run']) {
    const limit = intOption('limit', values.limit, 10, lang);
    // Read-only beside a running sync; each shop's next orders, up to the limit per shop.
    return withProfiles({ dataDir, lang, profileName: values.profile, lock: false }, async (profiles) => {
      const { results, exitCode } = await eachProfile(profiles, (runtime) => previewOrders(runtime, limit, lang));
      if (values.json) printJson({ at: results[0]?.result.at ?? new Date().toISOString(), entries: results.flatMap((r) => r.result.entries.map((e) => ({ ...e, profile: r.profile }))), days: results.flatMap((r) => r.result.days.map((d) => ({ ...d, profile: r.profile }))) });
      else print(results.map((r) => underShop(profiles, r.profile, formatDryRun(r.result, lang, profiles.all.find((p) => p.profile.name === r.profile)?.profile.daySummary.timeZone))).join(''));
      return exitCode;
    });
  }

  return withProfiles({ dataDir, lang, profileName: values.profile }, async (profiles) => {
    const several = profiles.names.length > 1;
    // What stopped a shop's sync (or its opening), in the owner's words under its name; the others go on.
    const failed = (profile: string, error: unknown) => exitCodeFor(error, { profile: several ? profile : undefined, platform: platformOf(profiles, profile) }, lang);
    const report = (profile: string, summary: SyncSummary) => {
      if (values.json) printJson({ ...summary, profile });
      else print((several ? `${profile}: ` : '') + formatSummary(summary, lang));
    };
    if (!values.watch) {
      const results = await profiles.syncOnce();
      for (const r of results) if (r.summary) report(r.profile, r.summary);
      // Every profile had its turn; each that could not sync is told, and the first decides the exit code.
      const codes = results.flatMap((r) => (r.summary ? [] : [failed(r.profile, r.error)]));
      return codes[0] ?? EXIT.ok;
    }
    // One turn per shop, also for a shop that could not be opened: each turn tries it again, so it comes back once fixed.
    const watched = profiles.names.filter((name) => values.profile === undefined || name === values.profile);
    const schedulers = watched.map(
      (name) =>
        new SyncScheduler(
          async () => {
            const summary = await (await profiles.reopen(name)).syncOnce();
            report(name, summary);
            return summary;
          },
          {
            intervalMs: intervalOf(dataDir, name) * 60_000,
            onError: (error) => void failed(name, error),
          },
        ),
    );
    for (const scheduler of schedulers) scheduler.start();
    await untilStopped();
    for (const scheduler of schedulers) scheduler.stop();
    return EXIT.ok;
  }, { tellsUnopened: true });
}

/** The platform the catalogue's texts name for a shop, opened or not. */
function platformOf(profiles: ProfileRuntimes, name: string): Platform | undefined {
  return (profiles.all.find((r) => r.profile.name === name)?.profile.shop ?? profiles.unopened.find((u) => u.profile === name)?.shop)?.platform;
}

/**
 * A shop's sync interval as config.json has it: one that could not be opened is tried again as
 * often; one set aside for not passing validation (a hand edit) as often as the app syncs.
 */
function intervalOf(dataDir: string, name: string): number {
  const config = new ConfigStore(dataDir);
  return config.getProfile(name)?.sync.intervalMinutes ?? config.load().app.syncIntervalMinutes;
}
