import { ok, type Reply } from './context';
import { ApiError } from './errors';
import { bookedDoc } from './invoice-render';
import { bookDraftInStore } from './booking';
import type { FaultInjector } from './faults';
import { bookJournal, deleteJournalVoucher, editJournalEntry, type JournalEntryChange } from './resources/journals';
import { Router } from './router';
import { JOURNALS } from './seed';
import { applySettings, settingsView } from './settings';
import type { FaultConfig } from './types';

/**
 * The sandbox's own control API under /_sandbox/ (no auth): state, fault injection, settings
 * (sandbox modes), booking a draft or a journal, editing a journal entry or deleting a voucher from a journal "by hand" (what the shop owner or the accountant does in
 * e-conomic's UI) and reset.
 */
export function adminRouter(deps: { state: () => unknown; faults: FaultInjector; reset: () => void }): Router {
  const r = new Router();
  r.add('GET', '/state', (): Reply => ok(deps.state()));
  r.add('POST', '/faults', (ctx): Reply => {
    deps.faults.set(ctx.body as FaultConfig);
    return ok(ctx.body);
  });
  r.add('GET', '/settings', (ctx): Reply => ok(settingsView(ctx.store)));
  r.add('POST', '/settings', (ctx): Reply => {
    applySettings(ctx.store, ctx.body);
    return ok(settingsView(ctx.store));
  });
  r.add('POST', '/drafts/:n/book', (ctx): Reply => {
    const n = Number(ctx.params.n);
    if (!ctx.store.drafts.has(n)) throw new ApiError(404, `Draft invoice ${ctx.params.n} not found.`, 'List drafts at GET /_sandbox/state.');
    return ok(bookedDoc(ctx.base, bookDraftInStore(ctx.store, { draftInvoiceNumber: n })));
  });
  r.add('POST', '/journals/:n/book', (ctx): Reply => {
    const n = Number(ctx.params.n);
    if (!JOURNALS.some((j) => j.journalNumber === n)) throw new ApiError(404, `Journal ${ctx.params.n} not found.`, 'The sandbox has journals 1 and 2.');
    return ok({ journalNumber: n, bookedEntries: bookJournal(ctx.store, n, ctx.options.baseCurrency) });
  });
  r.add('DELETE', '/journals/:n/vouchers/:voucherNumber', (ctx): Reply => {
    const entries = deleteJournalVoucher(ctx.store, Number(ctx.params.n), Number(ctx.params.voucherNumber));
    return ok({ journalNumber: Number(ctx.params.n), voucherNumber: Number(ctx.params.voucherNumber), deletedEntries: entries });
  });
  r.add('PATCH', '/journals/:n/entries/:entryNumber', (ctx): Reply => {
    const entryNumber = editJournalEntry(ctx.store, Number(ctx.params.n), Number(ctx.params.entryNumber), ctx.body as JournalEntryChange);
    return ok({ journalNumber: Number(ctx.params.n), entryNumber });
  });
  r.add('POST', '/reset', (): Reply => {
    deps.reset();
    return ok({ reset: true });
  });
  return r;
}
