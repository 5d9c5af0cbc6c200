import type { KeyValueStore } from '../ledger';
import type { Platform } from '../../shared/domain/order';
import { CODES, type ProblemReport } from '../../shared/errors';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { redact } from '../../shared/redact';
import { classifyError, type FailureKind } from './classify-error';

/** Where a profile's ledger keeps what stopped its last sync (absent after one that got through). */
export const LAST_SYNC_FAILURE_KEY = 'sync:lastFailure';

/**
 * What stopped a shop's sync, as every front door shows it: the catalogue problem in each
 * language (a value such as the connection's name is worded per language), its kind (the CLI's
 * exit code) and the technical cause for support, secrets removed. Never the error's request or
 * response: only what the texts show.
 */
export interface SyncFailure {
  /** When it happened (ISO time). */
  at: string;
  kind: FailureKind;
  problem: Record<Lang, ProblemReport>;
  detail: string;
}

/**
 * Judges a failure once for both languages. A failure the catalogue has no entry for is told
 * as LB-9002 with its technical cause, so the owner never sees a problem without a code.
 */
export function syncFailureOf(error: unknown, at: Date, platform?: Platform): SyncFailure {
  const detail = redact(error instanceof Error ? error.message : String(error));
  const judged = LANGS.map((lang) => ({ lang, ...classifyError(error, { lang, platform }) }));
  const problem = Object.fromEntries(
    judged.map(({ lang, problem: p }) => [lang, p ? { code: p.code, params: p.params } : { code: CODES.syncStopped, params: { detail } }]),
  ) as Record<Lang, ProblemReport>;
  return { at: at.toISOString(), kind: judged[0].kind, problem, detail };
}

/**
 * The last sync's failure kept in the profile's ledger, where another process reads it: the
 * app in the tray failed its last sync, and `ledgerbridge status` in a terminal says so, with
 * when. A sync that gets through clears it.
 */
export class LastSyncFailure {
  constructor(private readonly kv: KeyValueStore) {}

  get(): SyncFailure | null {
    return this.kv.get<SyncFailure>(LAST_SYNC_FAILURE_KEY) ?? null;
  }

  record(failure: SyncFailure): void {
    this.kv.set(LAST_SYNC_FAILURE_KEY, failure);
  }

  clear(): void {
    this.kv.delete(LAST_SYNC_FAILURE_KEY);
  }
}
