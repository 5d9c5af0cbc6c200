import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import type { Lang } from '../../shared/i18n/lang';
import { CLI_WORDS } from '../../shared/i18n/cli/cli';
import { UsageError } from './exit-codes';
import { cliLanguage } from './language';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's flags strictly, turning node's parse errors into plain usage errors. */
export function parse<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/** The --data-dir folder; without it the refusal is in the --lang language (or LEDGERBRIDGE_LANG's, or Danish): there is no app language yet. */
export function requireDataDir(value: string | boolean | undefined, langFlag?: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(CLI_WORDS[cliLanguage(langFlag)].dataDirRequired);
  return resolve(value);
}

export function intOption(name: string, value: string | undefined, fallback: number, lang: Lang = cliLanguage(undefined)): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(CLI_WORDS[lang].wholeNumber(name, value));
  return n;
}
