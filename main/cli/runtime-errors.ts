import { EconomicError } from '../connectors/economic/errors';
import { ShopError } from '../connectors/shops/types';
import { DataDirLockedError } from '../ledger';
import { ProfileMissingError, Runtime, type RuntimeOptions } from '../runtime/runtime';
import { ProfileRuntimes } from '../runtime/profiles';
import { UnknownProfileError } from '../settings';
import { MissingSecretError } from '../secrets';
import { EXIT, UsageError } from './exit-codes';
import { mapEconomicError, mapShopError } from '../validation';
import { describe } from '../../shared/errors';
import { printError } from './output';

/**
 * Maps what went wrong to an exit code of DESIGN.md §6 and a plain message on stderr;
 * `profile` names the shop it happened in when a command covers several.
 */
export function exitCodeFor(error: unknown, profile?: string): number {
  const prefix = profile ? `ledgerbridge: ${profile}:` : 'ledgerbridge:';
  const message = error instanceof Error ? error.message : String(error);
  const problem = error instanceof EconomicError ? mapEconomicError(error, { orderNumber: '' }) : error instanceof ShopError ? mapShopError(error) : null;
  if (problem) {
    // The owner's words first (Danish unless LEDGERBRIDGE_LANG=en), the technical cause after.
    const d = describe(problem.code, problem.params, process.env.LEDGERBRIDGE_LANG === 'en' ? 'en' : 'da');
    printError(`${prefix} ${d.code} ${d.title}. ${d.message}\n  ${d.fix}\n  (${message})\n`);
  } else {
    printError(`${prefix} ${message}\n`);
  }
  if (error instanceof UsageError || error instanceof ProfileMissingError || error instanceof UnknownProfileError || error instanceof MissingSecretError) return EXIT.usage;
  if (error instanceof DataDirLockedError) return EXIT.locked;
  if (error instanceof EconomicError && ['network', 'server', 'rate-limited', 'auth', 'forbidden'].includes(error.kind)) return EXIT.unreachable;
  if (error instanceof ShopError && ['unreachable', 'server', 'rate-limited', 'auth', 'not-found'].includes(error.kind)) return EXIT.unreachable;
  if (error instanceof Error && /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(message)) return EXIT.unreachable;
  return EXIT.failure;
}

/** Opens every profile of the data dir (or the one named) for a command and always closes them. */
export async function withProfiles<T>(options: RuntimeOptions, work: (profiles: ProfileRuntimes) => Promise<T>): Promise<T> {
  const profiles = await ProfileRuntimes.open(options);
  try {
    return await work(profiles);
  } finally {
    profiles.close();
  }
}

/** Opens the runtime for a command and always closes it (releasing the data-dir lock). */
export async function withRuntime<T>(options: RuntimeOptions, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await Runtime.open(options);
  try {
    return await work(runtime);
  } finally {
    runtime.close();
  }
}
