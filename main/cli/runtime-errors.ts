import { classifyError, type FailureKind } from '../runtime/classify-error';
import type { RuntimeOptions } from '../runtime/runtime';
import { ProfileRuntimes } from '../runtime/profiles';
import { EXIT, UsageError } from './exit-codes';
import { describe } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/lang';
import type { Platform } from '../../shared/domain/order';
import { cliLanguage } from './language';
import { printError } from './output';

const EXIT_FOR: Record<FailureKind, number> = { usage: EXIT.usage, unreachable: EXIT.unreachable, locked: EXIT.locked, failure: EXIT.failure };

/** The exit code docs/contracts.md gives a kind of failure. */
export function exitCodeOfKind(kind: FailureKind): number {
  return EXIT_FOR[kind];
}

/**
 * Prints what went wrong on stderr and gives the exit code of docs/contracts.md, as classifyError
 * (shared with the app) judges the failure: the owner's words first, the technical cause after.
 * `shop.profile` names the shop it happened in when a command covers several; `shop.platform`
 * is the one the catalogue's texts name ("WooCommerce godkender ikke …").
 */
export function exitCodeFor(error: unknown, shop: { profile?: string; platform?: Platform } = {}, lang: Lang = cliLanguage(undefined)): number {
  const prefix = shop.profile ? `ledgerbridge: ${shop.profile}:` : 'ledgerbridge:';
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) {
    printError(`${prefix} ${message}\n`);
    return EXIT.usage;
  }
  const { kind, problem } = classifyError(error, { lang, platform: shop.platform });
  if (problem) {
    const d = describe(problem.code, problem.params, lang);
    printError(`${prefix} ${d.code} ${d.title}. ${d.message}\n  ${d.fix}\n  (${message})\n`);
  } else {
    printError(`${prefix} ${message}\n`);
  }
  return EXIT_FOR[kind];
}

/**
 * Opens every profile of the data dir (or the one named) for a command and always closes them.
 * A profile that could not be opened beside the others is told on stderr under its name after the
 * command's work on the others, as a shop that could not be reached is, and its failure gives the
 * exit code when the rest went well (in `lang`, the command's language); `tellsUnopened`: the
 * command shows such profiles itself.
 */
export async function withProfiles<T>(options: RuntimeOptions & { lang?: Lang }, work: (profiles: ProfileRuntimes) => Promise<T>, how: { tellsUnopened?: boolean } = {}): Promise<T> {
  const { lang = cliLanguage(undefined, options.dataDir), ...runtimeOptions } = options;
  const profiles = await ProfileRuntimes.open(runtimeOptions);
  try {
    const result = await work(profiles);
    if (how.tellsUnopened) return result;
    const codes = profiles.unopened.map((u) => exitCodeFor(u.error, { profile: u.profile, platform: u.shop.platform }, lang));
    return (result === EXIT.ok && codes.length > 0 ? codes[0] : result) as T;
  } finally {
    profiles.close();
  }
}
