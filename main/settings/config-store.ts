import type { ZodError } from 'zod';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileSchema, type Profile, type ProfileInput } from '../../shared/profile/schema';
import { makePrivateDir } from '../private-files';
import { writeFileAtomic } from './atomic-write';
import { appSettingsSchema, configFileSchema, defaultConfig, type AppSettings, type ConfigFile } from './config-schema';
import { ConfigFileInvalidError, ProfileInvalidError, UnknownProfileError } from './errors';
import type { Lang } from '../../shared/i18n/lang';
import { explainProfileErrors } from './explain-profile-errors';
import { assertNoSecrets } from './secret-guard';
import { withPinnedShopifyVersions } from './stored-shopify-version';

export const CONFIG_FILE_NAME = 'config.json';

/**
 * `<dataDir>/config.json`: profiles and app settings, validated on every load and save,
 * written atomically, and never containing a secret.
 */
export class ConfigStore {
  readonly path: string;

  constructor(readonly dataDir: string) {
    this.path = join(dataDir, CONFIG_FILE_NAME);
  }

  /** The stored configuration, or the defaults when none has been saved yet. */
  load(): ConfigFile {
    if (!existsSync(this.path)) return defaultConfig();
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch (err) {
      throw new ConfigFileInvalidError(this.path, [`it is not valid JSON (${(err as Error).message})`]);
    }
    const parsed = configFileSchema.safeParse(withPinnedShopifyVersions(raw));
    if (!parsed.success) throw new ConfigFileInvalidError(this.path, explainConfigErrors(parsed.error, languageOf(raw)));
    return parsed.data;
  }

  /** Validates and writes the whole configuration. */
  save(config: ConfigFile): ConfigFile {
    assertNoSecrets(config);
    const parsed = configFileSchema.safeParse(config);
    if (!parsed.success) throw new ConfigFileInvalidError(this.path, explainConfigErrors(parsed.error, config.app?.language ?? 'en'));
    if (parsed.data.activeProfile !== null && !parsed.data.profiles[parsed.data.activeProfile]) {
      throw new UnknownProfileError(parsed.data.activeProfile, Object.keys(parsed.data.profiles));
    }
    assertNoSecrets(parsed.data);
    makePrivateDir(this.dataDir);
    writeFileAtomic(this.path, JSON.stringify(parsed.data, null, 2) + '\n');
    return parsed.data;
  }

  /**
   * Validates and stores a profile (replacing one of the same name). The first profile
   * saved becomes the active one. Throws ProfileInvalidError or SecretInConfigError.
   */
  saveProfile(input: ProfileInput, opts: { activate?: boolean } = {}): Profile {
    assertNoSecrets(input);
    const parsed = profileSchema.safeParse(input);
    if (!parsed.success) throw new ProfileInvalidError(parsed.error, typeof input?.name === 'string' ? input.name : null);
    const profile = parsed.data;
    const config = this.load();
    config.profiles[profile.name] = profile;
    if (opts.activate || config.activeProfile === null) config.activeProfile = profile.name;
    this.save(config);
    return profile;
  }

  /** The named profile, or the active one when no name is given; null when there is none. */
  getProfile(name?: string): Profile | null {
    const config = this.load();
    const key = name ?? config.activeProfile;
    return key ? (config.profiles[key] ?? null) : null;
  }

  /** Like getProfile, but an unknown or missing profile is an error that says what exists. */
  requireProfile(name?: string): Profile {
    const config = this.load();
    const key = name ?? config.activeProfile;
    const profile = key ? config.profiles[key] : undefined;
    if (!profile) throw new UnknownProfileError(key ?? '(active)', Object.keys(config.profiles));
    return profile;
  }

  setActiveProfile(name: string): void {
    const config = this.load();
    if (!config.profiles[name]) throw new UnknownProfileError(name, Object.keys(config.profiles));
    config.activeProfile = name;
    this.save(config);
  }

  deleteProfile(name: string): void {
    const config = this.load();
    if (!config.profiles[name]) throw new UnknownProfileError(name, Object.keys(config.profiles));
    delete config.profiles[name];
    if (config.activeProfile === name) config.activeProfile = Object.keys(config.profiles)[0] ?? null;
    this.save(config);
  }

  /** Changes app-wide settings; unspecified ones keep their value. */
  updateApp(patch: Partial<AppSettings>): AppSettings {
    const config = this.load();
    const merged = appSettingsSchema.safeParse({ ...config.app, ...patch, notifications: { ...config.app.notifications, ...patch.notifications } });
    if (!merged.success) throw new ConfigFileInvalidError(this.path, explainProfileErrors(merged.error, config.app.language, 'app'));
    config.app = merged.data;
    return this.save(config).app;
  }
}

function explainConfigErrors(error: ZodError, lang: Lang): string[] {
  return explainProfileErrors(error, lang);
}

function languageOf(raw: unknown): Lang {
  const lang = (raw as { app?: { language?: unknown } } | null)?.app?.language;
  return lang === 'da' ? 'da' : 'en';
}
