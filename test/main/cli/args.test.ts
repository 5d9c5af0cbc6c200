import { describe, expect, it } from 'vitest';
import { intOption, requireDataDir } from '../../../main/cli/args';
import { UsageError } from '../../../main/cli/exit-codes';
import { cliLanguage } from '../../../main/cli/language';

// The command line's refusals of its common flags speak the owner's language: --lang, else
// LEDGERBRIDGE_LANG, else Danish (without a data dir there is no app language to ask).
describe('the common flags’ refusals, in Danish and English', () => {
  it('asks for the data dir', () => {
    expect(() => requireDataDir(undefined, 'en')).toThrow(new UsageError('--data-dir DIR is required: the folder with config.json and ledger.sqlite.'));
    expect(() => requireDataDir('', 'da')).toThrow(new UsageError('--data-dir MAPPE skal angives: mappen med config.json og ledger.sqlite.'));
    expect(requireDataDir('/tmp/butik', 'da')).toBe('/tmp/butik');
  });

  it('wants a whole number for a count', () => {
    expect(() => intOption('limit', '2.5', 10, 'en')).toThrow(new UsageError('--limit must be a whole number, got "2.5".'));
    expect(() => intOption('limit', '-1', 10, 'da')).toThrow(new UsageError('--limit skal være et helt tal, ikke "-1".'));
    expect(intOption('limit', undefined, 10, 'da')).toBe(10);
  });

  it('refuses an unknown --lang in the language the environment names, else in Danish', () => {
    expect(() => cliLanguage('de', undefined, { LEDGERBRIDGE_LANG: 'en' })).toThrow(new UsageError('--lang must be "da" or "en", got "de".'));
    expect(() => cliLanguage('de', undefined, {})).toThrow(new UsageError('--lang skal være "da" eller "en", ikke "de".'));
  });
});
