import type { Words } from '../../../shared/i18n/lang';
import { readFileSync } from 'node:fs';
import { profileSchema, type SecretName } from '../../../shared/profile/schema';
import { createSecretStore } from '../../secrets';
import { ConfigStore, explainProfileErrors, unknownFields } from '../../settings';
import { parse, requireDataDir } from '../args';
import { EXIT, UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import { print, printError } from '../output';

export const configureHelp: Words = {
  en: `ledgerbridge configure --data-dir DIR --file profile.json [--lang da|en]
  Validates the profile and stores it in DIR/config.json. Secrets never go into the file:
  name them in "secretsFromEnv" ({"economicAppSecretToken": "MY_ENV_VAR", …}) and they are
  read from the environment now and kept in the OS keychain. See docs/profile.md.`,
  da: `ledgerbridge configure --data-dir DIR --file profile.json [--lang da|en]
  Kontrollerer profilen og gemmer den i DIR/config.json. Hemmeligheder kommer aldrig i filen:
  nævn dem i "secretsFromEnv" ({"economicAppSecretToken": "MIN_VARIABEL", …}), så læses de fra
  miljøet nu og gemmes i styresystemets nøglering. Se docs/profile.md.`,
};

export async function configureCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, file: { type: 'string' }, lang: { type: 'string' } });
  const dataDir = requireDataDir(values['data-dir']);
  if (!values.file) throw new UsageError('--file profile.json is required.');
  const lang = cliLanguage(values.lang, dataDir);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(values.file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${values.file} as JSON: ${(error as Error).message}`);
  }
  // A field the profile does not know would be dropped without a word: refuse the file instead.
  const unknown = unknownFields(profileSchema, raw);
  if (unknown.length > 0) {
    printError(`${lang === 'da' ? 'Profilen har felter, LedgerBridge ikke kender' : 'The profile has fields LedgerBridge does not know'}:\n`);
    for (const f of unknown) {
      const nearest = f.nearest ? (lang === 'da' ? ` Mente du "${f.nearest}"?` : ` Did you mean "${f.nearest}"?`) : '';
      printError(`  - ${f.path}: ${lang === 'da' ? 'ukendt felt.' : 'unknown field.'}${nearest}\n`);
    }
    printError(lang === 'da' ? 'Ret eller fjern felterne (se docs/profile.md), og kør configure igen.\n' : 'Correct or remove the fields (see docs/profile.md) and run configure again.\n');
    return EXIT.usage;
  }
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) {
    printError(`${lang === 'da' ? 'Profilen er ikke gyldig' : 'The profile is not valid'}:\n`);
    for (const line of explainProfileErrors(parsed.error, lang)) printError(`  - ${line}\n`);
    return EXIT.usage;
  }
  const profile = parsed.data;
  const secrets = createSecretStore();
  const stored: string[] = [];
  for (const [name, envVar] of Object.entries(profile.secretsFromEnv ?? {})) {
    const value = process.env[envVar];
    if (value === undefined || value === '') throw new UsageError(`secretsFromEnv names ${envVar} for ${name}, but that environment variable is empty.`);
    await secrets.set(profile.name, name as SecretName, value);
    stored.push(name);
  }
  const config = new ConfigStore(dataDir);
  config.saveProfile({ ...profile, secretsFromEnv: undefined });
  print(
    `${lang === 'da' ? 'Profilen' : 'Profile'} "${profile.name}" ${lang === 'da' ? 'er gemt i' : 'saved in'} ${dataDir}/config.json.` +
      (stored.length ? ` ${lang === 'da' ? 'Hemmeligheder i nøgleringen' : 'Secrets in the keychain'}: ${stored.join(', ')}.` : '') +
      '\n',
  );
  return EXIT.ok;
}
