import { EconomicError } from '../connectors/economic/errors';
import type { EngineContext } from './context';
import { crashPoint } from './crash-points';

/**
 * Runs one external write under the operations journal: the row is written before the
 * call and completed after it, so a crash in between is found and recovered on start.
 * A completed key returns its stored result without calling e-conomic again. `call` gets
 * the Idempotency-Key to send: the operation's key, or a new attempt's after e-conomic
 * definitely rejected the previous one. `keep` picks what the journal stores of the answer
 * (kept-answers.ts; all of it without); the caller gets the same whether the write was made
 * now or is resumed, so it can only rely on what is kept.
 */
export async function journalled<T, K = T>(
  ctx: EngineContext,
  key: string,
  orderId: string,
  step: Parameters<EngineContext['ledger']['operations']['begin']>[0]['step'],
  call: (idempotencyKey: string) => Promise<T>,
  onDone?: (kept: K) => void,
  keep: (answer: T) => K = (answer) => answer as unknown as K,
): Promise<K> {
  const begun = ctx.ledger.operations.begin({ key, orderId, step });
  if (begun.record.status === 'completed') return begun.record.result as K;
  const attempt = begun.record.key;
  // The row must be on disk before e-conomic hears of the write; the orders in flight share that commit.
  await ctx.ledger.durable();
  crashPoint('after-journal-begin');
  let result: T;
  try {
    result = await call(attempt);
    crashPoint('after-economic-write');
  } catch (error) {
    // A rejected request (4xx) did not take effect; anything else may have.
    if (error instanceof EconomicError && !error.transient) ctx.ledger.operations.markFailed(attempt, { kind: error.kind, message: error.message });
    else ctx.ledger.operations.markUncertain(attempt);
    throw error;
  }
  const kept = result === undefined || result === null ? (result as unknown as K) : keep(result);
  ctx.ledger.transaction(() => {
    ctx.ledger.operations.complete(attempt, kept ?? null);
    onDone?.(kept);
  });
  // What e-conomic did is on disk before anything builds on it, so that the journal alone
  // keeps it from being done again; again one commit for every order finishing a call now.
  await ctx.ledger.durable();
  crashPoint('after-journal-complete');
  return kept;
}
