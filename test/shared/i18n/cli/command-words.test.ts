import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../shared/i18n/lang';

/**
 * The command line's words live in shared/i18n/cli/, one dictionary per command. A flag
 * added to one language's help and forgotten in the other is the drift a dictionary with
 * both languages side by side is there to prevent; these checks catch it.
 */
type CommandWords = Record<Lang, { summary: string; help: string }>;

const DIR = join(__dirname, '../../../../shared/i18n/cli');

async function commandDictionaries(): Promise<Array<{ file: string; words: CommandWords }>> {
  const found: Array<{ file: string; words: CommandWords }> = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const module = (await import(join(DIR, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const words = value as Partial<CommandWords>;
      if (typeof words?.da?.help === 'string') found.push({ file, words: words as CommandWords });
    }
  }
  return found;
}

/** The options a help text names: `--profile`, `--csv` … */
const options = (help: string) => [...new Set(help.match(/--[a-z][a-z-]*/g))].sort();

describe('the command line help in shared/i18n/cli', () => {
  it('has one dictionary per command, named after it, whose help starts with the command in both languages', async () => {
    const dictionaries = await commandDictionaries();
    expect(dictionaries.map((d) => d.file).sort()).toEqual(
      ['activate', 'backup', 'configure', 'days', 'demo', 'import', 'log', 'orders', 'reconcile', 'restore', 'retry', 'sandbox', 'status', 'support-bundle', 'sync'].map((c) => `${c}.ts`),
    );
    for (const { file, words } of dictionaries) {
      const command = file.replace(/\.ts$/, '');
      for (const lang of ['da', 'en'] as const) {
        expect(words[lang].help.startsWith(`ledgerbridge ${command} `), `${lang} ${command}`).toBe(true);
        expect(words[lang].summary.length, `${lang} ${command}`).toBeGreaterThan(0);
      }
    }
  });

  it('names the same options in Danish and English for every command', async () => {
    for (const { file, words } of await commandDictionaries()) {
      expect(options(words.da.help), file).toEqual(options(words.en.help));
    }
  });

  it('the option scan sees the options of a help line', () => {
    expect(options('ledgerbridge x --data-dir DIR [--profile NAME] [--csv FILE [--decimal comma|point]]')).toEqual(['--csv', '--data-dir', '--decimal', '--profile']);
  });
});
