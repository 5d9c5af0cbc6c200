import type { SyncSummary } from '../engine/cycle';
import type { Platform } from '../../shared/domain/order';
import { join } from 'node:path';
import { acquireDataDirLock, LEDGER_FILE_NAME, type DataDirLock } from '../ledger';
import { ConfigStore, UnknownProfileError } from '../settings';
import { AgreementJournals } from '../engine/agreement-journals';
import type { CallBudgetStore } from '../connectors/economic/call-budget';
import { ProfileMissingError, Runtime, type RuntimeOptions } from './runtime';
import { ShopNotOpenedError } from './errors';
import { classifyError } from './classify-error';
import { syncFailureOf, type SyncFailure } from './sync-failure';
import { profileHome } from './profile-dirs';

/** The other profiles of `runtimes` on the e-conomic agreement of `runtime`, whose calls count against its one fair use. */
export function sharingTheBudget(runtime: Runtime, runtimes: readonly Runtime[]): string[] {
  const key = runtime.budgetKey();
  return runtimes.filter((other) => other !== runtime && other.budgetKey() === key).map((other) => other.profile.name);
}

/** One profile's sync: its summary, or what stopped it (the other profiles go on). */
export type ProfileSyncResult = { profile: string; summary: SyncSummary; error?: undefined } | { profile: string; summary?: undefined; error: unknown };

/** A profile of the data dir that could not be opened beside the others, and why (classify-error.ts tells it). */
export interface UnopenedProfile {
  profile: string;
  /** Its shop, as config.json has it (the overview shows it, the catalogue's texts name the platform); of a profile set aside, what can be read of it. */
  shop: { url: string; platform?: Platform };
  error: unknown;
  /** The error as the owner is told it, with when the last try to open it failed. */
  failure: SyncFailure;
}

/** What stops one shop's sync now, for the support bundle: the code the owner is shown, when, and the technical cause (secrets removed). */
export interface ShopSyncFailure {
  profile: string;
  at: string;
  code: string;
  detail: string;
}

/**
 * Every profile of a data dir side by side (docs/contracts.md, "Several shops and the unit of booking"): one Runtime per
 * profile, each with its own stages, rules, ledger, log and mail outbox, under the data
 * dir's one lock. Their e-conomic calls are counted in one place (the first opened profile's
 * ledger), so profiles on the same agreement share its fair-use budget, and their journal
 * writes are kept apart (engine/agreement-journals.ts), so they never take one voucher number.
 *
 * One profile that cannot be opened (its ledger damaged or held by another program, its folder
 * unreadable) does not stop the others: it waits in `unopened` with what stops it, and
 * `reopen` tries it again (each sync does), so it comes back by itself once fixed.
 */
export class ProfileRuntimes {
  /** Every opened profile of the data dir, in config.json's order. */
  private readonly opened: Runtime[] = [];
  private readonly waiting = new Map<string, { error: unknown; failure: SyncFailure }>();
  /** Where every profile's e-conomic calls are counted: the options', or the first profile opened's ledger. */
  private callBudget: CallBudgetStore | undefined;

  private constructor(
    private readonly options: RuntimeOptions,
    /** Every profile of the data dir, in config.json's order, opened or not. */
    readonly names: readonly string[],
    /** The profile a command works on, or undefined for all. */
    private readonly only: string | undefined,
    private readonly lock: DataDirLock | null,
    private readonly agreementJournals: AgreementJournals,
    private readonly shopOf: (name: string) => UnopenedProfile['shop'],
  ) {
    this.callBudget = options.callBudget;
  }

  /**
   * Opens every profile; `profileName` selects one of them. Throws ProfileMissingError or
   * UnknownProfileError, and what stops the profile named (or the only one, or every one) from
   * opening: with nothing to run, there are no others to go on.
   */
  static async open(options: RuntimeOptions): Promise<ProfileRuntimes> {
    const store = new ConfigStore(options.dataDir);
    const config = store.load().profiles;
    const setAside = store.setAside();
    const names = store.profileNames();
    if (names.length === 0) throw new ProfileMissingError(options.dataDir);
    if (options.profileName !== undefined && !names.includes(options.profileName)) throw new UnknownProfileError(options.profileName, names);
    const lock = options.lock === false ? null : acquireDataDirLock(options.dataDir);
    const profiles = new ProfileRuntimes(options, names, options.profileName, lock, options.agreementJournals ?? new AgreementJournals(), (name) => config[name]?.shop ?? shopAsWritten(setAside.find((p) => p.name === name)?.raw));
    try {
      for (const name of names) await profiles.openOne(name);
      const stopped = profiles.selected.length === 0 ? profiles.unopened.find((u) => options.profileName === undefined || u.profile === options.profileName) : undefined;
      if (stopped) throw stopped.error;
    } catch (error) {
      profiles.close();
      throw error;
    }
    return profiles;
  }

  /** Every opened profile of the data dir, in config.json's order. */
  get all(): readonly Runtime[] {
    return this.opened;
  }

  /** The opened profiles a command works on: all, or the one `--profile` names. */
  get selected(): readonly Runtime[] {
    return this.only === undefined ? this.opened : this.opened.filter((r) => r.profile.name === this.only);
  }

  /** The profiles (of those selected) that could not be opened, in config.json's order, with what stopped each. */
  get unopened(): UnopenedProfile[] {
    return this.names.filter((name) => this.waiting.has(name) && (this.only === undefined || name === this.only)).map((profile) => ({ profile, shop: this.shopOf(profile), ...this.waiting.get(profile)! }));
  }

  /** The opened profile of this name, or, one that could not be opened, opened now; throws what still stops it. */
  async reopen(name: string): Promise<Runtime> {
    const open = this.opened.find((r) => r.profile.name === name);
    if (open) return open;
    if (!this.waiting.has(name)) throw new UnknownProfileError(name, [...this.names]);
    const runtime = await this.openOne(name);
    if (!runtime) throw this.waiting.get(name)!.error;
    return runtime;
  }

  /** What stops each selected shop's sync now, in config.json's order: its last sync's failure, or what keeps it from opening. */
  syncFailures(): ShopSyncFailure[] {
    const names = this.names.filter((name) => this.only === undefined || name === this.only);
    return names.flatMap((name) => {
      const failure = this.opened.find((r) => r.profile.name === name)?.lastSyncFailure.get() ?? this.waiting.get(name)?.failure;
      return failure ? [{ profile: name, at: failure.at, code: failure.problem.en.code, detail: failure.detail }] : [];
    });
  }

  private async openOne(name: string): Promise<Runtime | null> {
    const { options } = this;
    try {
      const runtime = await Runtime.open({ ...options, profileName: name, lock: false, callBudget: this.callBudget, agreementJournals: this.agreementJournals, siblings: () => this.opened });
      this.callBudget ??= runtime.ledger.callBudget;
      this.waiting.delete(name);
      // In config.json's order: a profile before another on the same shop is the one synced (checkAgreement).
      const before = this.opened.filter((r) => this.names.indexOf(r.profile.name) < this.names.indexOf(name)).length;
      this.opened.splice(before, 0, runtime);
      return runtime;
    } catch (error) {
      const stopped = notOpened(options.dataDir, this.names, name, error);
      this.waiting.set(name, { error: stopped, failure: syncFailureOf(stopped, (options.clock ?? (() => new Date()))(), this.shopOf(name).platform) });
      return null;
    }
  }

  /**
   * One cycle of every selected profile, at the same time; one profile's failure does not stop
   * the others. A profile that could not be opened is tried again first; what still stops it is its result.
   */
  async syncOnce(): Promise<ProfileSyncResult[]> {
    const names = this.names.filter((name) => this.only === undefined || name === this.only);
    return Promise.all(
      names.map(async (name): Promise<ProfileSyncResult> => {
        try {
          const runtime = await this.reopen(name);
          return { profile: name, summary: await runtime.syncOnce() };
        } catch (error) {
          return { profile: name, error };
        }
      }),
    );
  }

  close(): void {
    try {
      for (const runtime of this.opened) runtime.close();
    } finally {
      this.opened.length = 0;
      this.lock?.release();
    }
  }
}

/**
 * What stopped a profile from opening, as the owner is told it: a failure the catalogue knows
 * (the data dir in use, a ledger from a newer LedgerBridge…) as it is, and any other (SQLite or
 * the file system refusing the ledger) as LB-2055 naming the file.
 */
function notOpened(dataDir: string, names: readonly string[], name: string, error: unknown): unknown {
  const { kind, problem } = classifyError(error, { lang: 'en' });
  if (problem || kind !== 'failure') return error;
  let dir = dataDir;
  try {
    dir = profileHome(dataDir, names, name).dir;
  } catch {
    // The folder cannot be read: the data dir is the place to look.
  }
  return new ShopNotOpenedError(name, join(dir, LEDGER_FILE_NAME), error);
}

/** The shop of a profile set aside for not passing validation, as far as it can be read (the overview names it by its address). */
function shopAsWritten(raw: unknown): UnopenedProfile['shop'] {
  const shop = (raw as { shop?: { url?: unknown; platform?: unknown } } | null)?.shop;
  const platform = shop?.platform === 'woocommerce' || shop?.platform === 'shopify' ? shop.platform : undefined;
  return { url: typeof shop?.url === 'string' ? shop.url : '', platform };
}
