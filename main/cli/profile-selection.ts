import type { Runtime } from '../runtime/runtime';
import type { ProfileRuntimes } from '../runtime/profiles';
import type { Lang } from '../../shared/i18n/lang';
import { CLI_WORDS } from '../../shared/i18n/cli/cli';
import { EXIT, UsageError } from './exit-codes';
import { exitCodeFor } from './runtime-errors';

/**
 * How a command treats the profiles of a data dir (docs/contracts.md, "Several shops and the
 * unit of booking"): without `--profile` it covers every profile, with it only the one named
 * (`withProfiles` opens them). These helpers give every command the same output for that.
 */

/** `--profile NAME`, the option every command that works on a shop takes. */
export const PROFILE_OPTION = { profile: { type: 'string' } } as const;

/** What one profile gave. */
export interface ProfileResult<T> {
  profile: string;
  result: T;
}

/**
 * Runs `work` for each selected profile in turn. One shop's failure (its shop or e-conomic
 * unreachable) is told on stderr, naming the shop, and the others go on; the first failure
 * decides the exit code, as with `sync`. With one profile selected the error is thrown as it
 * always was.
 */
export async function eachProfile<T>(profiles: ProfileRuntimes, work: (runtime: Runtime) => Promise<T>): Promise<{ results: ProfileResult<T>[]; exitCode: number }> {
  const results: ProfileResult<T>[] = [];
  const codes: number[] = [];
  for (const runtime of profiles.selected) {
    if (profiles.selected.length === 1) {
      results.push({ profile: runtime.profile.name, result: await work(runtime) });
      continue;
    }
    try {
      results.push({ profile: runtime.profile.name, result: await work(runtime) });
    } catch (error) {
      codes.push(exitCodeFor(error, { profile: runtime.profile.name, platform: runtime.profile.shop.platform }));
    }
  }
  return { results, exitCode: codes[0] ?? EXIT.ok };
}

/**
 * The JSON of a command over several profiles, shaped as `status --json`: the first profile's
 * result at the top (what the command printed before a data dir had several profiles) and every
 * profile's, with its name, in `profiles`.
 */
export function profilesJson<T extends object>(results: ProfileResult<T>[]): Partial<T> & { profiles: Array<T & { profile: string }> } {
  return { ...(results[0]?.result ?? {}), profiles: results.map((r) => ({ profile: r.profile, ...r.result })) };
}

/** One profile's text, under its name when the data dir has several (two shops' reports look alike). */
export function underShop(profiles: ProfileRuntimes, profile: string, text: string): string {
  if (profiles.names.length < 2) return text;
  return `${profile}:\n${text.replace(/^(?=.)/gm, '  ')}`;
}

/** A table row with its shop's name first when the data dir has several (two shops number their orders alike). */
export function withShopColumn(profiles: ProfileRuntimes, cells: string[], profile: string): string[] {
  return profiles.names.length > 1 ? [profile, ...cells] : cells;
}

/**
 * The one profile a command that works on a single shop uses: the one named, or the only one.
 * With several profiles and none named it is a usage error that lists them; `what` says what
 * needs the one shop ("--csv writes one shop's report"), in the owner's language.
 */
export function oneProfile(profiles: ProfileRuntimes, what: string, lang: Lang): Runtime {
  if (profiles.selected.length === 1) return profiles.selected[0];
  throw new UsageError(CLI_WORDS[lang].nameTheShop(what, profiles.selected.map((r) => r.profile.name).join(', ')));
}
