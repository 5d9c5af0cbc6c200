import type { Lang } from '../../shared/i18n/lang';
import { ConfigStore } from '../settings';
import { CLI_WORDS } from '../../shared/i18n/cli/cli';
import { UsageError } from './exit-codes';

/**
 * The language the command line speaks to the owner: `--lang`, else LEDGERBRIDGE_LANG, else
 * the language chosen in the app for this data dir, else Danish (the product's default).
 */
export function cliLanguage(flag: string | undefined, dataDir?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag !== undefined) {
    // The flag names no language: say so in the one the environment names, else Danish.
    if (flag !== 'da' && flag !== 'en') throw new UsageError(CLI_WORDS[cliLanguage(undefined, undefined, env)].badLanguage(flag));
    return flag;
  }
  if (env.LEDGERBRIDGE_LANG === 'da' || env.LEDGERBRIDGE_LANG === 'en') return env.LEDGERBRIDGE_LANG;
  if (dataDir) {
    try {
      return new ConfigStore(dataDir).load().app.language;
    } catch {
      // No readable config yet (configure has not run): the default below.
    }
  }
  return 'da';
}

/** `--lang X` anywhere in the arguments, for help texts printed before a command parses its flags. */
export function langFromArgs(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--lang');
  if (at >= 0) return argv[at + 1];
  return argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
}
