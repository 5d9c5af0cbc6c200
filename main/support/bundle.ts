import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ledger } from '../ledger/ledger';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../private-files';
import type { LogStore } from '../log/log-store';
import type { LogEntry } from '../log/types';
import { containsRegisteredSecret, redactDeep, REDACTED } from '../../shared/redact';
import { apiCallCounts, orderDossier, recentOperations, versions } from './collect';
import { collectCrashReports, crashDumpsDir } from './crash-dumps';
import { redactEncodedSecrets } from './encoded-secrets';

export const SUPPORT_LOG_ENTRIES = 500;
export const SUPPORT_OPERATIONS = 200;

/** One shop's ledger and log (a profile of the data dir). */
export interface SupportShop {
  /** null for a data dir from before profiles had names in the bundle. */
  profile: string | null;
  ledger: Ledger;
  logStore: LogStore;
}

export interface SupportBundleInput {
  dataDir: string;
  /** The shops the bundle covers: every profile of the data dir, or the one support asked about. */
  shops: SupportShop[];
  /** Where the e-conomic calls of every shop are counted (ProfileRuntimes: the first profile's ledger); default the first shop's. */
  callBudgetLedger?: Ledger;
  /** The parsed config.json (profiles and settings). */
  config: unknown;
  appVersion: string;
  /** Orders support asked about, besides those with open problems (in every shop that has them). */
  orderIds?: string[];
  /**
   * What stops a shop's sync now (its ledger keeps its last sync's failure, no log holds it; a
   * shop that could not be opened is among them): the catalogue code the owner was shown, when
   * it happened, and the technical message.
   */
  syncFailures?: Array<{ profile: string; code: string | null; at?: string; detail: string }>;
  now?: Date;
}

function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, fn);
  return out;
}

/** Environment-style keys (LEDGERBRIDGE_ECONOMIC_TOKEN=…) hold secrets whatever their suffix. */
function dropEnvStyleValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEnvStyleValues);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = /^LEDGERBRIDGE_/i.test(k) && typeof v === 'string' ? REDACTED : dropEnvStyleValues(v);
  return out;
}

/**
 * Writes `<dataDir>/support/ledgerbridge-support-<timestamp>.json` with what
 * support needs to investigate: versions, settings, the last 500 log entries with
 * technical details, the ledger history of affected orders, the latest
 * operations and API call counts, what stops a shop's sync now, and the app's local crash reports (the newest
 * minidumps whole, within a size cap). Every secret is removed — by field name, by
 * registered value, and in base64 form — and the file is checked before it is kept.
 */
export function createSupportBundle(input: SupportBundleInput): { path: string; json: Record<string, unknown> } {
  const [first] = input.shops;
  const now = input.now ?? first.ledger.clock();
  const newestFirst = (a: LogEntry, b: LogEntry) => b.lastAt.localeCompare(a.lastAt) || b.id - a.id;
  // Several shops go into one file: log entries name their profile, orders and operations are given theirs.
  const named = <T extends object>(shop: SupportShop, rows: T[]) => (input.shops.length > 1 ? rows.map((row) => ({ profile: shop.profile, ...row })) : rows);
  const bundle = {
    kind: 'ledgerbridge-support-bundle',
    createdAt: now.toISOString(),
    versions: versions(first.ledger, input.appVersion),
    settings: dropEnvStyleValues(input.config),
    profiles: input.shops.map((shop) => shop.profile),
    // Open problems always, however old; then the latest entries of any kind.
    openProblems: input.shops.flatMap((shop) => shop.logStore.openProblems()).sort(newestFirst),
    log: input.shops.flatMap((shop) => shop.logStore.recent(SUPPORT_LOG_ENTRIES)).sort(newestFirst).slice(0, SUPPORT_LOG_ENTRIES),
    orders: input.shops.flatMap((shop) => {
      const affected = [...new Set([...shop.logStore.ordersWithOpenProblems(), ...(input.orderIds ?? []).filter((id) => shop.ledger.orders.get(id) !== null || input.shops.length === 1)])];
      return named(shop, affected.map((id) => orderDossier(shop.ledger, id)));
    }),
    operations: input.shops.flatMap((shop) => named(shop, recentOperations(shop.ledger, SUPPORT_OPERATIONS) as object[])),
    apiCalls: apiCallCounts(input.callBudgetLedger ?? first.ledger, now),
    syncFailures: input.syncFailures ?? [],
    crashReports: collectCrashReports(crashDumpsDir(input.dataDir)),
  };

  // Redaction works on values, never on the serialized text: text patterns could cut through JSON syntax.
  const clean = mapStrings(redactDeep(bundle), redactEncodedSecrets);
  const text = JSON.stringify(clean, null, 2);
  if (containsRegisteredSecret(text)) throw new Error('support bundle still contained a secret after redaction; it was not written');

  const dir = join(input.dataDir, 'support');
  makePrivateDir(dir);
  const path = join(dir, `ledgerbridge-support-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, text, { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
  chmodSync(path, PRIVATE_FILE_MODE);
  return { path, json: JSON.parse(text) as Record<string, unknown> };
}
