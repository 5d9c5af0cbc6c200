import type { Database, Statement } from 'better-sqlite3';
import { atomically } from './atomically';
import { OperationConflictError, UnknownOperationError } from './errors';
import { fromJsonColumn, toJsonColumn } from './json-column';

export const OPERATION_STEPS = [
  'create-draft',
  'update-draft',
  'delete-draft',
  'book',
  'credit-note',
  'book-credit-note',
  'payment',
  'day-voucher',
  'voucher-attachment',
  'mail',
  'create-customer',
  'create-product',
] as const;
export type OperationStep = (typeof OPERATION_STEPS)[number];

/**
 * - started: written before the external call; if still 'started' after a restart, the call
 *   may or may not have happened and must be reconciled;
 * - uncertain: the call was made but its outcome is unknown (timeout, dropped connection);
 * - completed: the call succeeded and `result` holds what it returned;
 * - failed: the call definitely did not take effect (e.g. rejected with 4xx); it may be begun again,
 *   as a new attempt under its own key `<key>:a<n>`: e-conomic may replay its rejection to a
 *   repeat of the old key (for an hour or more), so a retry after the owner fixed the cause
 *   would otherwise fail the same way. `get` and the outcome methods follow a key to its
 *   latest attempt.
 */
export type OperationStatus = 'started' | 'uncertain' | 'completed' | 'failed';

export interface BeginOperation {
  /** The deterministic Idempotency-Key sent with the external write. */
  key: string;
  orderId: string;
  step: OperationStep;
  /** Hash of the request body, to catch the same key being reused for a different request. */
  requestHash?: string;
}

export interface OperationRecord {
  key: string;
  orderId: string;
  step: OperationStep;
  status: OperationStatus;
  requestHash: string | null;
  result: unknown;
  errorDetail: unknown;
  attempts: number;
  startedAt: string;
  finishedAt: string | null;
  updatedAt: string;
}

export interface BeginResult {
  /** The attempt now under way; its `key` is the Idempotency-Key to send. */
  record: OperationRecord;
  /**
   * True when the key was already journalled. If `record.status` is 'completed', reuse
   * `record.result` instead of calling out again; otherwise this is a retry (with the same
   * key, or a new attempt's key after a definite failure).
   */
  resumed: boolean;
}

interface RawOperation {
  key: string;
  order_id: string;
  step: string;
  status: string;
  request_hash: string | null;
  result_json: string | null;
  error_detail: string | null;
  attempts: number;
  started_at: string;
  finished_at: string | null;
  updated_at: string;
}

/** The exactly-once journal: one row per external write, written before and after it. */
export class OperationsJournal {
  private readonly s: {
    get: Statement<[string], RawOperation>;
    attempts: Statement<[{ key: string }], RawOperation>;
    insert: Statement<[{ key: string; orderId: string; step: OperationStep; requestHash: string | null; now: string }], RawOperation>;
    insertFirst: Statement<[{ key: string; orderId: string; step: OperationStep; requestHash: string | null; now: string }], RawOperation>;
    retry: Statement<[{ key: string; now: string }], RawOperation>;
    complete: Statement<[string | null, string, string, string], RawOperation>;
    completeLatest: Statement<[{ key: string; result: string | null; now: string }], RawOperation>;
    uncertain: Statement;
    fail: Statement;
    openForOrder: Statement<[string], RawOperation>;
    allOpen: Statement<[], RawOperation>;
    forOrder: Statement<[string], RawOperation>;
  };

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.s = {
      get: db.prepare('SELECT * FROM operations WHERE key = ?'),
      // The key and every `<key>:a<n>` sort in [key, key + ';') (';' follows ':'), so one
      // index range finds all attempts; keys that merely start with `key` are sorted out after.
      attempts: db.prepare(`SELECT * FROM operations WHERE key >= @key AND key < @key || ';'`),
      insert: db.prepare(`INSERT INTO operations (key, order_id, step, status, request_hash, started_at, updated_at)
        VALUES (@key, @orderId, @step, 'started', @requestHash, @now, @now) RETURNING *`),
      // The first attempt of a key never begun, in one statement: inserts only when no key
      // sorts in the key's range (see attempts), so never beside an attempt of it.
      insertFirst: db.prepare(`INSERT INTO operations (key, order_id, step, status, request_hash, started_at, updated_at)
        SELECT @key, @orderId, @step, 'started', @requestHash, @now, @now
        WHERE NOT EXISTS (SELECT 1 FROM operations WHERE key >= @key AND key < @key || ';') RETURNING *`),
      retry: db.prepare(`UPDATE operations SET status = CASE WHEN status = 'failed' THEN 'started' ELSE status END,
        attempts = attempts + 1, updated_at = @now, error_detail = NULL WHERE key = @key RETURNING *`),
      complete: db.prepare(`UPDATE operations SET status = 'completed', result_json = ?, finished_at = ?, updated_at = ? WHERE key = ? RETURNING *`),
      // Completes `key` when it is its own latest attempt: no `<key>:a<n>` (nor any key that
      // starts with `<key>:a`, which is sorted out the slow way) exists.
      completeLatest: db.prepare(`UPDATE operations SET status = 'completed', result_json = @result, finished_at = @now, updated_at = @now
        WHERE key = @key AND NOT EXISTS (SELECT 1 FROM operations WHERE key > @key || ':a' AND key < @key || ':b') RETURNING *`),
      uncertain: db.prepare(`UPDATE operations SET status = 'uncertain', updated_at = ? WHERE key = ? AND status <> 'completed'`),
      fail: db.prepare(`UPDATE operations SET status = 'failed', error_detail = ?, finished_at = ?, updated_at = ? WHERE key = ? AND status <> 'completed'`),
      openForOrder: db.prepare(`SELECT * FROM operations WHERE order_id = ? AND status IN ('started', 'uncertain') ORDER BY started_at, key`),
      allOpen: db.prepare(`SELECT * FROM operations WHERE status IN ('started', 'uncertain') ORDER BY started_at, key`),
      forOrder: db.prepare('SELECT * FROM operations WHERE order_id = ? ORDER BY started_at, key'),
    };
  }

  /** Journal an external write BEFORE making it. Durable once this returns (WAL commit). */
  begin(op: BeginOperation): BeginResult {
    const now = this.now().toISOString();
    // Almost every call begins a key for the first time: one statement instead of a read and a write.
    const first = this.s.insertFirst.get({ key: op.key, orderId: op.orderId, step: op.step, requestHash: op.requestHash ?? null, now });
    if (first) return { record: toRecord(first), resumed: false };
    return atomically(this.db, (): BeginResult => {
      const latest = this.latestAttempt(op.key);
      if (!latest || latest.row.status === 'failed') {
        const key = latest ? `${op.key}:a${latest.attempt + 1}` : op.key;
        const inserted = this.s.insert.get({ key, orderId: op.orderId, step: op.step, requestHash: op.requestHash ?? null, now })!;
        return { record: toRecord(inserted), resumed: latest !== null };
      }
      const existing = latest.row;
      if (op.requestHash && existing.request_hash && op.requestHash !== existing.request_hash) throw new OperationConflictError(op.key);
      const current = existing.status === 'completed' ? existing : this.s.retry.get({ key: existing.key, now })!;
      return { record: toRecord(current), resumed: true };
    });
  }

  /**
   * The latest attempt of an operation (`key`, `key:a1`, …), or null when it was never begun.
   * Attempts are numbered without gaps, so the highest number is the latest.
   */
  private latestAttempt(key: string): { row: RawOperation; attempt: number } | null {
    let latest: { row: RawOperation; attempt: number } | null = null;
    for (const row of this.s.attempts.all({ key })) {
      const attempt = attemptNumber(key, row.key);
      if (attempt !== null && (!latest || attempt > latest.attempt)) latest = { row, attempt };
    }
    return latest;
  }

  private resolve(key: string): string {
    return this.latestAttempt(key)?.row.key ?? key;
  }

  /** Record the outcome AFTER the external write succeeded. */
  complete(operationKey: string, result: unknown): OperationRecord {
    const now = this.now().toISOString();
    const resultJson = toJsonColumn(result);
    // The key the engine completes is nearly always its own latest attempt: one statement.
    const latest = this.s.completeLatest.get({ key: operationKey, result: resultJson, now });
    if (latest) return toRecord(latest);
    const key = this.resolve(operationKey);
    const completed = this.s.complete.get(resultJson, now, now, key);
    if (!completed) throw new UnknownOperationError(key);
    return toRecord(completed);
  }

  /** The write was attempted but its outcome is unknown; reconcile before retrying. */
  markUncertain(operationKey: string): OperationRecord {
    const key = this.resolve(operationKey);
    this.require(key);
    this.s.uncertain.run(this.now().toISOString(), key);
    return this.get(key) as OperationRecord;
  }

  /** The write definitely did not take effect; a later begin() with the same key starts it again. */
  markFailed(operationKey: string, detail?: unknown): OperationRecord {
    const key = this.resolve(operationKey);
    this.require(key);
    const now = this.now().toISOString();
    this.s.fail.run(toJsonColumn(detail), now, now, key);
    return this.get(key) as OperationRecord;
  }

  /** The latest attempt of an operation. */
  get(operationKey: string): OperationRecord | null {
    const latest = this.latestAttempt(operationKey);
    return latest ? toRecord(latest.row) : null;
  }

  /** Writes for this order that were begun and not known to be finished. */
  openForOrder(orderId: string): OperationRecord[] {
    return this.s.openForOrder.all(orderId).map(toRecord);
  }

  /** Every write begun and not known to be finished — what a restart must reconcile. */
  allOpen(): OperationRecord[] {
    return this.s.allOpen.all().map(toRecord);
  }

  /** Every journalled write for an order, oldest first. */
  forOrder(orderId: string): OperationRecord[] {
    return this.s.forOrder.all(orderId).map(toRecord);
  }

  private require(key: string): void {
    if (!this.s.get.get(key)) throw new UnknownOperationError(key);
  }
}

/** 0 for the key itself, n for `<key>:a<n>`, null for another key that only starts like it. */
function attemptNumber(key: string, candidate: string): number | null {
  if (candidate === key) return 0;
  const suffix = candidate.slice(key.length);
  return /^:a[1-9]\d*$/.test(suffix) ? Number(suffix.slice(2)) : null;
}

function toRecord(r: RawOperation): OperationRecord {
  // The result is e-conomic's whole answer (a draft invoice is a few KB of JSON); completing a
  // write returns the record, which the engine does not read: parse it on first use.
  let result: { value: unknown } | undefined;
  return {
    key: r.key,
    orderId: r.order_id,
    step: r.step as OperationStep,
    status: r.status as OperationStatus,
    requestHash: r.request_hash,
    get result(): unknown {
      result ??= { value: fromJsonColumn(r.result_json) };
      return result.value;
    },
    errorDetail: fromJsonColumn(r.error_detail),
    attempts: r.attempts,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    updatedAt: r.updated_at,
  };
}
