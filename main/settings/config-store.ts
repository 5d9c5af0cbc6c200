import type { ZodError } from 'zod';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileSchema, type Profile, type ProfileInput } from '../../shared/profile/schema';
import { makePrivateDir } from '../private-files';
import { writeFileAtomic } from './atomic-write';
import { appSettingsSchema, configFileSchema, defaultConfig, type AppSettings, type ConfigFile } from './config-schema';
import { ConfigFileInvalidError, ProfileInvalidError, StoredProfileInvalidError, UnknownProfileError } from './errors';
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

  /**
   * The stored configuration, or the defaults when none has been saved yet. A profile that does
   * not pass validation beside others that do is left out (setAside() has it): one shop's hand
   * edit does not stop the others. With no valid profile left the file is refused as a whole.
   */
  load(): ConfigFile {
    return this.read().config;
  }

  /** The profiles of config.json left out of load() for not passing validation, as written, in the file's order. */
  setAside(): Array<{ name: string; raw: unknown; error: StoredProfileInvalidError }> {
    return this.read().setAside;
  }

  /** Every profile's name in config.json's order, those set aside among them. */
  profileNames(): string[] {
    return this.read().order;
  }

  private read(): { config: ConfigFile; setAside: Array<{ name: string; raw: unknown; error: StoredProfileInvalidError }>; order: string[] } {
    if (!existsSync(this.path)) return { config: defaultConfig(), setAside: [], order: [] };
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch (err) {
      throw new ConfigFileInvalidError(this.path, [`it is not valid JSON (${(err as Error).message})`]);
    }
    const pinned = withPinnedShopifyVersions(raw);
    const parsed = configFileSchema.safeParse(pinned);
    if (parsed.success) return { config: parsed.data, setAside: [], order: Object.keys(parsed.data.profiles) };
    const profiles = isRecord(pinned) && isRecord(pinned.profiles) ? pinned.profiles : {};
    const order = Object.keys(profiles);
    const setAside = order.flatMap((name) => {
      const checked = profileSchema.safeParse(profiles[name]);
      return checked.success ? [] : [{ name, raw: (raw as { profiles: Record<string, unknown> }).profiles[name], error: new StoredProfileInvalidError(this.path, name, checked.error) }];
    });
    const valid = order.filter((name) => !setAside.some((p) => p.name === name));
    const rest = valid.length > 0 && setAside.length > 0 ? configFileSchema.safeParse({ ...(pinned as object), profiles: Object.fromEntries(valid.map((name) => [name, profiles[name]])) }) : null;
    if (!rest?.success) throw new ConfigFileInvalidError(this.path, explainConfigErrors(parsed.error, languageOf(raw)));
    return { config: rest.data, setAside, order };
  }

  /**
   * Validates and writes the whole configuration. The profiles set aside (setAside()) are written
   * back as they were, in their place, so the owner's hand edit is kept to be corrected, unless
   * `config` has a valid profile of that name now or `drop` names it.
   */
  save(config: ConfigFile, drop: readonly string[] = []): ConfigFile {
    assertNoSecrets(config);
    const parsed = configFileSchema.safeParse(config);
    if (!parsed.success) throw new ConfigFileInvalidError(this.path, explainConfigErrors(parsed.error, config.app?.language ?? 'en'));
    const { setAside, order } = this.read();
    const kept = setAside.filter((p) => !parsed.data.profiles[p.name] && !drop.includes(p.name));
    if (parsed.data.activeProfile !== null && !parsed.data.profiles[parsed.data.activeProfile] && !kept.some((p) => p.name === parsed.data.activeProfile)) {
      throw new UnknownProfileError(parsed.data.activeProfile, Object.keys(parsed.data.profiles));
    }
    assertNoSecrets(parsed.data);
    makePrivateDir(this.dataDir);
    const names = [...order.filter((name) => parsed.data.profiles[name] || kept.some((p) => p.name === name)), ...Object.keys(parsed.data.profiles).filter((name) => !order.includes(name))];
    const profiles = Object.fromEntries(names.map((name) => [name, parsed.data.profiles[name] ?? kept.find((p) => p.name === name)!.raw]));
    writeFileAtomic(this.path, JSON.stringify({ ...parsed.data, profiles }, null, 2) + '\n');
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
    const setAside = this.setAside().some((p) => p.name === name);
    if (!config.profiles[name] && !setAside) throw new UnknownProfileError(name, Object.keys(config.profiles));
    delete config.profiles[name];
    if (config.activeProfile === name) config.activeProfile = Object.keys(config.profiles)[0] ?? null;
    this.save(config, [name]);
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function languageOf(raw: unknown): Lang {
  const lang = (raw as { app?: { language?: unknown } } | null)?.app?.language;
  return lang === 'da' ? 'da' : 'en';
}
