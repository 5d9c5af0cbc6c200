import type { EconomicClientOptions } from '../connectors/economic/client';
import { ProfileMissingError, type Runtime } from '../runtime/runtime';
import { ProfileRuntimes, type ShopSyncFailure, type UnopenedProfile } from '../runtime/profiles';
import { createSecretStore, type SecretStore } from '../secrets';
import { ConfigStore } from '../settings';
import type { AppEvent } from '../../shared/ipc/contract';
import type { Lang } from '../../shared/i18n/lang';
import type { EconomicAppIdentity } from './economic-app';
import { SERVICE_CODES, serviceError } from './errors';

export const DEFAULT_ECONOMIC_URL = 'https://restapi.e-conomic.com';

export interface AppServiceOptions {
  dataDir: string;
  onEvent: (event: AppEvent) => void;
  /** Defaults to the OS keychain (with LEDGERBRIDGE_* environment variables first). */
  secrets?: SecretStore;
  clock?: () => Date;
  env?: NodeJS.ProcessEnv;
  /**
   * The e-conomic REST address new profiles use. The wizard does not ask for it (it is
   * always e-conomic's), except in demo mode and tests, where it is the local sandbox.
   * Defaults to LEDGERBRIDGE_ECONOMIC_URL, then restapi.e-conomic.com.
   */
  economicUrl?: string;
  /** Start the background sync loop once a profile exists (default true). */
  autoSync?: boolean;
  appVersion?: string;
  /** Passed to every e-conomic client (tests inject a fast sleep). */
  economicClientOptions?: Partial<EconomicClientOptions>;
  /**
   * LedgerBridge's app in e-conomic, for connecting by logging in to e-conomic (the grant
   * flow). Defaults to LEDGERBRIDGE_ECONOMIC_APP_PUBLIC_TOKEN and _APP_SECRET_TOKEN; without
   * them the wizard offers only pasting the tokens.
   */
  economicApp?: EconomicAppIdentity;
}

/**
 * What every area of the service shares: the data dir, the config, the secrets, the
 * clock, the push channel, and the engine: a Runtime per profile (several shops run side by
 * side), of which the active profile's is the one the screens work on. They exist only once
 * a profile has been saved (the wizard runs before that).
 */
export class ServiceContext {
  readonly config: ConfigStore;
  readonly secrets: SecretStore;
  readonly clock: () => Date;
  private profiles: ProfileRuntimes | null = null;
  private current: Runtime | null = null;
  private readonly openedListeners: Array<(runtimes: readonly Runtime[]) => void> = [];
  private readonly closingListeners: Array<() => Promise<void>> = [];

  constructor(readonly options: AppServiceOptions) {
    this.config = new ConfigStore(options.dataDir);
    this.secrets = options.secrets ?? createSecretStore({ env: options.env ?? process.env });
    this.clock = options.clock ?? (() => new Date());
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  emit(event: AppEvent): void {
    this.options.onEvent(event);
  }

  language(): Lang {
    return this.config.load().app.language;
  }

  economicUrl(): string {
    return this.current?.profile.economic.url ?? this.options.economicUrl ?? this.options.env?.LEDGERBRIDGE_ECONOMIC_URL ?? process.env.LEDGERBRIDGE_ECONOMIC_URL ?? DEFAULT_ECONOMIC_URL;
  }

  /** The active profile's engine: the shop the screens show. */
  get runtime(): Runtime | null {
    return this.current;
  }

  /** Every profile's engine, in config.json's order; empty before setup. */
  get runtimes(): readonly Runtime[] {
    return this.profiles?.all ?? [];
  }

  /** The profiles that could not be opened beside the others, with what stops each (runtime/profiles.ts). */
  get unopened(): UnopenedProfile[] {
    return this.profiles?.unopened ?? [];
  }

  /** What stops each shop's sync now (its last sync's failure, or what keeps it from opening), in config.json's order. */
  syncFailures(): ShopSyncFailure[] {
    return this.profiles?.syncFailures() ?? [];
  }

  /**
   * The engine of the named profile; one that could not be opened is tried again (the sync loop
   * does at each of its turns), and throws what still stops it.
   */
  async reopenProfile(name: string): Promise<Runtime> {
    if (!this.profiles) throw serviceError(SERVICE_CODES.setupNotFinished, this.language());
    return this.profiles.reopen(name);
  }

  /** The engine, or an error telling the owner to finish setup first. */
  requireRuntime(): Runtime {
    if (!this.current) throw serviceError(SERVICE_CODES.setupNotFinished, this.language());
    return this.current;
  }

  onRuntimeOpened(listener: (runtimes: readonly Runtime[]) => void): void {
    this.openedListeners.push(listener);
  }

  /** `listener` runs before the engines close to be opened again, and they wait for it (the sync loop lets the cycles running now finish). */
  onRuntimeClosing(listener: () => Promise<void>): void {
    this.closingListeners.push(listener);
  }

  /**
   * Opens every profile's engine again, a shop having been added: the cycles and retries running
   * now in any shop finish their writes first, as their ledgers close under them otherwise.
   */
  async reopenRuntime(): Promise<Runtime | null> {
    for (const listener of this.closingListeners) await listener();
    this.closeRuntime();
    return this.openRuntime();
  }

  /** Opens the engine of every profile under the data dir's lock; the active profile's, or null while no profile exists. */
  async openRuntime(): Promise<Runtime | null> {
    if (this.current) return this.current;
    try {
      this.profiles = await ProfileRuntimes.open({
        dataDir: this.dataDir,
        secrets: this.secrets,
        clock: this.clock,
        env: this.options.env,
        economicClientOptions: this.options.economicClientOptions,
      });
    } catch (error) {
      if (error instanceof ProfileMissingError) return null;
      throw error;
    }
    const active = this.config.load().activeProfile;
    this.current = this.profiles.all.find((r) => r.profile.name === active) ?? this.profiles.all[0];
    for (const listener of this.openedListeners) listener(this.profiles.all);
    return this.current;
  }

  /** Makes the named shop the one the screens show (remembered in config.json); the others run on. */
  selectProfile(name: string): Runtime {
    const runtime = this.runtimes.find((r) => r.profile.name === name);
    this.config.setActiveProfile(name);
    if (runtime) this.current = runtime;
    return this.requireRuntime();
  }

  closeRuntime(): void {
    this.profiles?.close();
    this.profiles = null;
    this.current = null;
  }
}
