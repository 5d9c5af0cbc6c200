import { EconomicError } from '../connectors/economic/errors';
import type { EngineContext } from './context';
import { crashPoint } from './crash-points';

/**
 * Runs one external write under the operations journal: the row is written before the
 * call and completed after it, so a crash in between is found and reconciled on start.
 * A completed key returns its stored result without calling e-conomic again.
 */
export async function journalled<T>(
  ctx: EngineContext,
  key: string,
  orderId: string,
  step: Parameters<EngineContext['ledger']['operations']['begin']>[0]['step'],
  call: () => Promise<T>,
  onDone?: (result: T) => void,
): Promise<T> {
  const begun = ctx.ledger.operations.begin({ key, orderId, step });
  if (begun.resumed && begun.record.status === 'completed') return begun.record.result as T;
  crashPoint('after-journal-begin');
  let result: T;
  try {
    result = await call();
    crashPoint('after-economic-write');
  } catch (error) {
    // A rejected request (4xx) did not take effect; anything else may have.
    if (error instanceof EconomicError && !error.transient) ctx.ledger.operations.markFailed(key, { kind: error.kind, message: error.message });
    else ctx.ledger.operations.markUncertain(key);
    throw error;
  }
  ctx.ledger.transaction(() => {
    ctx.ledger.operations.complete(key, result ?? null);
    onDone?.(result);
  });
  crashPoint('after-journal-complete');
  return result;
}
