import type { Lang } from '../lang';

/** `ledgerbridge configure`: storing a profile, and why a profile file is refused. */
export const CONFIGURE_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    unknownFields: string;
    unknownField: string;
    didYouMean: (nearest: string) => string;
    fixFields: string;
    notValid: string;
    saved: (name: string, dataDir: string) => string;
    secretsInKeychain: (names: string) => string;
    fileRequired: string;
    notJson: (file: string, detail: string) => string;
    emptyEnv: (envVar: string, secret: string) => string;
  }
> = {
  da: {
    summary: 'kontrollér og gem en profil',
    help: `ledgerbridge configure --data-dir DIR --file profile.json [--lang da|en]
  Kontrollerer profilen og gemmer den i DIR/config.json. Hemmeligheder kommer aldrig i filen:
  nævn dem i "secretsFromEnv" ({"economicAppSecretToken": "MIN_VARIABEL", …}), så læses de fra
  miljøet nu og gemmes i styresystemets nøglering. Se docs/profile.md.`,
    unknownFields: 'Profilen har felter, LedgerBridge ikke kender',
    unknownField: 'ukendt felt.',
    didYouMean: (nearest) => ` Mente du "${nearest}"?`,
    fixFields: 'Ret eller fjern felterne (se docs/profile.md), og kør configure igen.',
    notValid: 'Profilen er ikke gyldig',
    saved: (name, dataDir) => `Profilen "${name}" er gemt i ${dataDir}/config.json.`,
    secretsInKeychain: (names) => ` Hemmeligheder i nøgleringen: ${names}.`,
    fileRequired: '--file profile.json skal angives.',
    notJson: (file, detail) => `${file} kan ikke læses som JSON: ${detail}`,
    emptyEnv: (envVar, secret) => `secretsFromEnv nævner ${envVar} for ${secret}, men den miljøvariabel er tom.`,
  },
  en: {
    summary: 'validate and store a profile',
    help: `ledgerbridge configure --data-dir DIR --file profile.json [--lang da|en]
  Validates the profile and stores it in DIR/config.json. Secrets never go into the file:
  name them in "secretsFromEnv" ({"economicAppSecretToken": "MY_ENV_VAR", …}) and they are
  read from the environment now and kept in the OS keychain. See docs/profile.md.`,
    unknownFields: 'The profile has fields LedgerBridge does not know',
    unknownField: 'unknown field.',
    didYouMean: (nearest) => ` Did you mean "${nearest}"?`,
    fixFields: 'Correct or remove the fields (see docs/profile.md) and run configure again.',
    notValid: 'The profile is not valid',
    saved: (name, dataDir) => `Profile "${name}" saved in ${dataDir}/config.json.`,
    secretsInKeychain: (names) => ` Secrets in the keychain: ${names}.`,
    fileRequired: '--file profile.json is required.',
    notJson: (file, detail) => `cannot read ${file} as JSON: ${detail}`,
    emptyEnv: (envVar, secret) => `secretsFromEnv names ${envVar} for ${secret}, but that environment variable is empty.`,
  },
};
