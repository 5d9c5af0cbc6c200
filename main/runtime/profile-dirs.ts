import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LEDGER_FILE_NAME, type Ledger } from '../ledger';
import { ConfigStore, UnknownProfileError } from '../settings';

/** Where the data dir's further profiles keep their own ledger, PDFs and backups. */
export const PROFILES_DIR = 'profiles';

/** The ledger's record of the profile whose orders it holds. */
const LEDGER_OWNER_KEY = 'ledger:profile';

/**
 * Where a profile lives: the directory with its ledger (its orders, journal, log and mail
 * outbox), invoice PDFs and ledger backups, and what it writes into `references.other`
 * before the order id. Each profile has its own ledger, so two shops never share order ids,
 * invoice numbers or state; config.json and the data-dir lock stay at the top.
 */
export interface ProfileHome {
  dir: string;
  /**
   * null for the profile that owns the data dir's own ledger: it keeps the plain `wc:<id>`
   * its invoices already carry. A further profile adds its name (`wc:<name>:<id>`), so two
   * shops on one e-conomic agreement never find each other's invoices by reference.
   */
  referenceQualifier: string | null;
}

/**
 * The data dir's own ledger belongs to the profile it records; with none recorded (an
 * installation from before several profiles, or a new one) to the first profile of
 * config.json. Every other profile lives in `profiles/<name>/`. A first profile that already
 * has a ledger of its own there keeps it: were it to take over a removed profile's ledger,
 * its orders would be written again under other references.
 */
export function profileHome(dataDir: string, profileNames: readonly string[], name: string): ProfileHome {
  const own: ProfileHome = { dir: join(dataDir, PROFILES_DIR, name), referenceQualifier: name };
  const root: ProfileHome = { dir: dataDir, referenceQualifier: null };
  const owner = ledgerOwner(join(dataDir, LEDGER_FILE_NAME));
  if (owner === name) return root;
  if (owner !== null && profileNames.includes(owner)) return own;
  // Nobody configured owns the data dir's ledger (none yet, or its profile was renamed).
  return profileNames[0] === name && !existsSync(join(own.dir, LEDGER_FILE_NAME)) ? root : own;
}

export class LedgerOwnedByOtherProfileError extends Error {
  constructor(path: string, owner: string, profile: string) {
    super(`${path} holds the orders of profile "${owner}", not of "${profile}"; two shops' orders are never mixed in one ledger.`);
    this.name = 'LedgerOwnedByOtherProfileError';
  }
}

/**
 * Makes sure an open ledger is only ever the ledger of one profile: it records its profile
 * the first time; one that names another profile still configured is refused.
 */
export function claimLedger(ledger: Ledger, profile: string, profileNames: readonly string[]): void {
  const owner = ledger.kv.get<string>(LEDGER_OWNER_KEY) ?? null;
  if (owner === profile) return;
  if (owner !== null && profileNames.includes(owner)) throw new LedgerOwnedByOtherProfileError(ledger.path, owner, profile);
  ledger.kv.set(LEDGER_OWNER_KEY, profile);
}

/** The profile a ledger file (or a backup of one) records as its own; null when none or no such file. */
export function ledgerOwner(file: string): string | null {
  if (!existsSync(file)) return null;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const row = db.prepare('SELECT value FROM kv WHERE key = ?').get(LEDGER_OWNER_KEY) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as string) : null;
  } catch {
    // Not a ledger, or one from before the kv table: it records no profile.
    return null;
  } finally {
    db?.close();
  }
}

/** A profile's home with its name; `profile` is null for a data dir without profiles (its ledger alone). */
export type NamedProfileHome = ProfileHome & { profile: string | null };

/**
 * The homes of the data dir's profiles in config.json's order, or of the one named (an
 * unknown name is an UnknownProfileError). For the commands that work on the ledger files
 * themselves (backup, restore) rather than through a Runtime.
 */
export function profileHomes(dataDir: string, profileName?: string): NamedProfileHome[] {
  const names = new ConfigStore(dataDir).profileNames();
  if (profileName !== undefined && !names.includes(profileName)) throw new UnknownProfileError(profileName, names);
  if (names.length === 0) return [{ profile: null, dir: dataDir, referenceQualifier: null }];
  return names.filter((name) => profileName === undefined || name === profileName).map((name) => ({ profile: name, ...profileHome(dataDir, names, name) }));
}
