import { join } from 'node:path';

/** Where the data dir's further profiles keep their own ledger, PDFs and backups. */
export const PROFILES_DIR = 'profiles';

/**
 * The directory that holds a profile's ledger (its orders, journal, log and mail outbox),
 * invoice PDFs and ledger backups. Each profile has its own, so two shops never share
 * order ids, invoice numbers or state. The data dir's first profile keeps the data dir
 * itself (so an installation that had one profile stays exactly as it was); every further
 * profile lives in `profiles/<name>/`. config.json and the data-dir lock stay at the top.
 */
export function profileDataDir(dataDir: string, profileNames: readonly string[], name: string): string {
  return profileNames.length === 0 || profileNames[0] === name ? dataDir : join(dataDir, PROFILES_DIR, name);
}

/**
 * What a profile writes into `references.other` before the order id. The first profile
 * keeps the plain form its invoices already carry; a further profile adds its name, so two
 * shops on one e-conomic agreement never find each other's invoices by reference.
 */
export function referenceQualifier(profileNames: readonly string[], name: string): string | null {
  return profileNames.length === 0 || profileNames[0] === name ? null : name;
}
