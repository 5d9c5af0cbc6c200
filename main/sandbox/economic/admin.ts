import { ok, type Reply } from './context';
import { ApiError } from './errors';
import { bookedDoc } from './invoice-render';
import { bookDraftInStore } from './booking';
import type { FaultInjector } from './faults';
import { Router } from './router';
import type { FaultConfig } from './types';

/**
 * The sandbox's own control API under /_sandbox/ (no auth): state, fault injection, booking a
 * draft "by hand" (what the shop owner does in e-conomic's UI) and reset.
 */
export function adminRouter(deps: { state: () => unknown; faults: FaultInjector; reset: () => void }): Router {
  const r = new Router();
  r.add('GET', '/state', (): Reply => ok(deps.state()));
  r.add('POST', '/faults', (ctx): Reply => {
    deps.faults.set(ctx.body as FaultConfig);
    return ok(ctx.body);
  });
  r.add('POST', '/drafts/:n/book', (ctx): Reply => {
    const n = Number(ctx.params.n);
    if (!ctx.store.drafts.has(n)) throw new ApiError(404, `Draft invoice ${ctx.params.n} not found.`, 'List drafts at GET /_sandbox/state.');
    return ok(bookedDoc(ctx.base, bookDraftInStore(ctx.store, { draftInvoiceNumber: n })));
  });
  r.add('POST', '/reset', (): Reply => {
    deps.reset();
    return ok({ reset: true });
  });
  return r;
}
