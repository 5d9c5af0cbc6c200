import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ledger } from '../ledger/ledger';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../private-files';
import type { LogStore } from '../log/log-store';
import { containsRegisteredSecret, redactDeep, REDACTED } from '../../shared/redact';
import { apiCallCounts, orderDossier, recentOperations, versions } from './collect';
import { collectCrashReports, crashDumpsDir } from './crash-dumps';
import { redactEncodedSecrets } from './encoded-secrets';

export const SUPPORT_LOG_ENTRIES = 500;
export const SUPPORT_OPERATIONS = 200;

export interface SupportBundleInput {
  dataDir: string;
  ledger: Ledger;
  logStore: LogStore;
  /** The parsed config.json (profiles and settings). */
  config: unknown;
  appVersion: string;
  /** Orders support asked about, besides those with open problems. */
  orderIds?: string[];
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
 * operations and API call counts, and the app's local crash reports (the newest
 * minidumps whole, within a size cap). Every secret is removed — by field name, by
 * registered value, and in base64 form — and the file is checked before it is kept.
 */
export function createSupportBundle(input: SupportBundleInput): { path: string; json: Record<string, unknown> } {
  const now = input.now ?? input.ledger.clock();
  const affected = [...new Set([...input.logStore.ordersWithOpenProblems(), ...(input.orderIds ?? [])])];
  const bundle = {
    kind: 'ledgerbridge-support-bundle',
    createdAt: now.toISOString(),
    versions: versions(input.ledger, input.appVersion),
    settings: dropEnvStyleValues(input.config),
    // Open problems always, however old; then the latest entries of any kind.
    openProblems: input.logStore.openProblems(),
    log: input.logStore.recent(SUPPORT_LOG_ENTRIES),
    orders: affected.map((id) => orderDossier(input.ledger, id)),
    operations: recentOperations(input.ledger, SUPPORT_OPERATIONS),
    apiCalls: apiCallCounts(input.ledger, now),
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
