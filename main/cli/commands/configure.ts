import { readFileSync } from 'node:fs';
import { profileSchema, type SecretName } from '../../../shared/profile/schema';
import { createSecretStore } from '../../secrets';
import { ConfigStore, explainProfileErrors, unknownFields } from '../../settings';
import { parse, requireDataDir } from '../args';
import { EXIT, UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import { print, printError } from '../output';
import { CONFIGURE_WORDS } from '../../../shared/i18n/cli/configure';

export async function configureCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, file: { type: 'string' }, lang: { type: 'string' } });
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  const w = CONFIGURE_WORDS[lang];
  if (!values.file) throw new UsageError(w.fileRequired);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(values.file, 'utf8'));
  } catch (error) {
    throw new UsageError(w.notJson(values.file, (error as Error).message));
  }
  // A field the profile does not know would be dropped without a word: refuse the file instead.
  const unknown = unknownFields(profileSchema, raw);
  if (unknown.length > 0) {
    printError(`${w.unknownFields}:\n`);
    for (const f of unknown) printError(`  - ${f.path}: ${w.unknownField}${f.nearest ? w.didYouMean(f.nearest) : ''}\n`);
    printError(`${w.fixFields}\n`);
    return EXIT.usage;
  }
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) {
    printError(`${w.notValid}:\n`);
    for (const line of explainProfileErrors(parsed.error, lang)) printError(`  - ${line}\n`);
    return EXIT.usage;
  }
  const profile = parsed.data;
  const secrets = createSecretStore();
  const stored: string[] = [];
  for (const [name, envVar] of Object.entries(profile.secretsFromEnv ?? {})) {
    const value = process.env[envVar];
    if (value === undefined || value === '') throw new UsageError(w.emptyEnv(envVar, name));
    await secrets.set(profile.name, name as SecretName, value);
    stored.push(name);
  }
  const config = new ConfigStore(dataDir);
  config.saveProfile({ ...profile, secretsFromEnv: undefined });
  print(`${w.saved(profile.name, dataDir)}${stored.length ? w.secretsInKeychain(stored.join(', ')) : ''}\n`);
  return EXIT.ok;
}
