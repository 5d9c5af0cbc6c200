import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { UsageError } from './exit-codes';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's flags strictly, turning node's parse errors into plain usage errors. */
export function parse<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

export function requireDataDir(value: string | boolean | undefined): string {
  if (typeof value !== 'string' || value === '') throw new UsageError('--data-dir DIR is required: the folder with config.json and ledger.sqlite.');
  return resolve(value);
}

export function intOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, got "${value}".`);
  return n;
}
