import type { SyncSummary } from '../engine/cycle';
import { acquireDataDirLock, type DataDirLock } from '../ledger';
import { ConfigStore, UnknownProfileError } from '../settings';
import { AgreementJournals } from '../engine/agreement-journals';
import { ProfileMissingError, Runtime, type RuntimeOptions } from './runtime';

/** The other profiles of `runtimes` on the e-conomic agreement of `runtime`, whose calls count against its one fair use. */
export function sharingTheBudget(runtime: Runtime, runtimes: readonly Runtime[]): string[] {
  const key = runtime.budgetKey();
  return runtimes.filter((other) => other !== runtime && other.budgetKey() === key).map((other) => other.profile.name);
}

/** One profile's sync: its summary, or what stopped it (the other profiles go on). */
export type ProfileSyncResult = { profile: string; summary: SyncSummary; error?: undefined } | { profile: string; summary?: undefined; error: unknown };

/**
 * Every profile of a data dir side by side (docs/contracts.md, "Several shops and the unit of booking"): one Runtime per
 * profile, each with its own stages, rules, ledger, log and mail outbox, under the data
 * dir's one lock. Their e-conomic calls are counted in one place (the first profile's
 * ledger), so profiles on the same agreement share its fair-use budget, and their journal
 * writes are kept apart (engine/agreement-journals.ts), so they never take one voucher number.
 */
export class ProfileRuntimes {
  private constructor(
    /** Every profile of the data dir, in config.json's order. */
    readonly all: readonly Runtime[],
    /** The profiles a command works on: all, or the one `--profile` names. */
    readonly selected: readonly Runtime[],
    private readonly lock: DataDirLock | null,
  ) {}

  /** Opens every profile; `profileName` selects one of them. Throws ProfileMissingError or UnknownProfileError. */
  static async open(options: RuntimeOptions): Promise<ProfileRuntimes> {
    const names = Object.keys(new ConfigStore(options.dataDir).load().profiles);
    if (names.length === 0) throw new ProfileMissingError(options.dataDir);
    if (options.profileName !== undefined && !names.includes(options.profileName)) throw new UnknownProfileError(options.profileName, names);
    const lock = options.lock === false ? null : acquireDataDirLock(options.dataDir);
    const all: Runtime[] = [];
    const agreementJournals = options.agreementJournals ?? new AgreementJournals();
    try {
      for (const name of names) {
        all.push(await Runtime.open({ ...options, profileName: name, lock: false, callBudget: options.callBudget ?? all[0]?.ledger.callBudget, agreementJournals, siblings: () => all }));
      }
    } catch (error) {
      for (const runtime of all) runtime.close();
      lock?.release();
      throw error;
    }
    const selected = options.profileName === undefined ? all : all.filter((r) => r.profile.name === options.profileName);
    return new ProfileRuntimes(all, selected, lock);
  }

  /** One cycle of every selected profile, at the same time; one profile's failure does not stop the others. */
  async syncOnce(): Promise<ProfileSyncResult[]> {
    return Promise.all(
      this.selected.map(async (runtime): Promise<ProfileSyncResult> => {
        try {
          return { profile: runtime.profile.name, summary: await runtime.syncOnce() };
        } catch (error) {
          return { profile: runtime.profile.name, error };
        }
      }),
    );
  }

  close(): void {
    try {
      for (const runtime of this.all) runtime.close();
    } finally {
      this.lock?.release();
    }
  }
}
