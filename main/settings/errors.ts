import type { z } from 'zod';
import type { Lang } from '../../shared/i18n/lang';
import { explainProfileErrors } from './explain-profile-errors';

/** A profile did not pass validation; `explain(lang)` gives one sentence per invalid field. */
export class ProfileInvalidError extends Error {
  override readonly name = 'ProfileInvalidError';
  constructor(
    readonly zodError: z.ZodError,
    readonly profileName: string | null,
  ) {
    super(`The profile${profileName ? ` "${profileName}"` : ''} is not valid:\n- ${explainProfileErrors(zodError, 'en').join('\n- ')}`);
  }

  explain(lang: Lang): string[] {
    return explainProfileErrors(this.zodError, lang);
  }
}

/** config.json exists but cannot be used as it is. */
export class ConfigFileInvalidError extends Error {
  override readonly name = 'ConfigFileInvalidError';
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`${path} cannot be read:\n- ${problems.join('\n- ')}\nCorrect the file, or set the profile up again with "ledgerbridge configure".`);
  }
}

export class UnknownProfileError extends Error {
  override readonly name = 'UnknownProfileError';
  constructor(
    readonly profileName: string,
    readonly known: string[],
  ) {
    super(`There is no profile named "${profileName}"${known.length ? `; known profiles: ${known.join(', ')}` : '; none is set up yet (run "ledgerbridge configure")'}.`);
  }
}

/**
 * A profile in config.json that does not pass validation (a hand edit) beside others that do: it
 * is set aside, as written, so the other shops run on (ConfigStore.setAside).
 */
export class StoredProfileInvalidError extends Error {
  override readonly name = 'StoredProfileInvalidError';
  constructor(
    readonly path: string,
    readonly profileName: string,
    readonly zodError: z.ZodError,
  ) {
    super(`The profile "${profileName}" in ${path} is not valid:\n- ${explainProfileErrors(zodError, 'en').join('\n- ')}`);
  }

  explain(lang: Lang): string[] {
    return explainProfileErrors(this.zodError, lang);
  }
}
