import { existsSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { acquireDataDirLock, backupLedger, BACKUPS_DIR, CALL_BUDGET_KEEP_MS, LEDGER_FILE_NAME, openLedger, type CallBucket } from '../ledger';
import { makePrivateDir } from '../private-files';
import { ConfigStore, UnknownProfileError } from '../settings';
import { profileHome, PROFILES_DIR } from './profile-dirs';

/** Where a removed profile's ledger and its backups are kept, each in its own folder. */
export const REMOVED_PROFILES_DIR = 'removed-profiles';

export class LastProfileError extends Error {
  constructor(readonly profile: string) {
    super(`"${profile}" is the only shop; a data dir keeps at least one.`);
    this.name = 'LastProfileError';
  }
}

/** What became of a removed profile: where its ledger's backup is, and the folder that holds it. */
export interface RemovedProfile {
  profile: string;
  /** A backup of its ledger as it was at removal, restorable with `restore --profile NAME --file` should the shop come back. */
  backup: string | null;
  /** The folder its ledger, the ledger's backups and the removal backup were moved to. */
  archivedIn: string;
}

/**
 * Removes a profile from the data dir, keeping its orders: its ledger is backed up and moved,
 * with its earlier backups, to `removed-profiles/<name>-<time>/`, so nothing of it stays where
 * a profile's ledger is looked for. The data dir's own ledger (the first profile's) would
 * otherwise be left unused beside the others for ever, as no other profile takes it over
 * (profile-dirs.ts). Takes the data dir's lock: nothing else may run on the data dir meanwhile.
 *
 * The first profile's ledger also counts every profile's e-conomic calls (profiles.ts), so
 * removing it hands the last two days' counts to the profile that becomes first: the shops
 * left on the same agreement must not start the day's fair use afresh.
 */
export async function removeProfile(dataDir: string, name: string, clock: () => Date = () => new Date()): Promise<RemovedProfile> {
  const lock = acquireDataDirLock(dataDir);
  try {
    const config = new ConfigStore(dataDir);
    const names = config.profileNames();
    if (!names.includes(name)) throw new UnknownProfileError(name, names);
    if (names.length === 1) throw new LastProfileError(name);
    const home = profileHome(dataDir, names, name);
    const archivedIn = join(dataDir, REMOVED_PROFILES_DIR, `${name}-${clock().toISOString().replace(/[:.]/g, '-')}`);
    const countsCalls = names[0] === name;
    let backup: string | null = null;
    let calls: CallBucket[] = [];
    if (existsSync(join(home.dir, LEDGER_FILE_NAME))) {
      const ledger = openLedger(home.dir, { lock: false, clock });
      try {
        backup = await backupLedger(ledger, { label: 'removed' });
        if (countsCalls) calls = ledger.callBudget.bucketsSince(clock().getTime() - CALL_BUDGET_KEEP_MS);
      } finally {
        ledger.close();
      }
    }
    // The profile leaves config.json first: should the move below be cut short, its ledger is
    // merely left over, whereas a profile still configured without its ledger would start a new
    // one and send its orders to e-conomic again.
    config.deleteProfile(name);
    makePrivateDir(join(dataDir, REMOVED_PROFILES_DIR));
    if (home.dir === join(dataDir, PROFILES_DIR, name)) {
      renameSync(home.dir, archivedIn);
    } else {
      makePrivateDir(archivedIn);
      // Closed cleanly, the ledger has no -wal or -shm left; moved along should there be any.
      for (const file of [LEDGER_FILE_NAME, `${LEDGER_FILE_NAME}-wal`, `${LEDGER_FILE_NAME}-shm`, BACKUPS_DIR]) {
        if (existsSync(join(home.dir, file))) renameSync(join(home.dir, file), join(archivedIn, file));
      }
    }
    if (calls.length > 0) handOverCalls(dataDir, names.filter((n) => n !== name), calls, clock);
    return { profile: name, backup: backup && join(archivedIn, BACKUPS_DIR, basename(backup)), archivedIn };
  } finally {
    lock.release();
  }
}

/**
 * Adds the removed first profile's call counts to the ledger of the profile first now, where
 * the profiles count their calls from here on. One transaction: should it be cut short, none of
 * the counts is added, they stay only in the removed ledger's archive, and the shops left count
 * their calls from zero.
 */
function handOverCalls(dataDir: string, names: readonly string[], calls: readonly CallBucket[], clock: () => Date): void {
  const ledger = openLedger(profileHome(dataDir, names, names[0]).dir, { lock: false, clock });
  try {
    ledger.transaction(() => ledger.callBudget.addBuckets(calls));
  } finally {
    ledger.close();
  }
}
