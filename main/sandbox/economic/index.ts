import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { adminRouter } from './admin';
import { bookDraftInStore } from './booking';
import type { ResolvedOptions } from './context';
import { FaultInjector } from './faults';
import { GRANT_PAGE_PATH } from './grant-page';
import { bookedDoc, draftDoc } from './invoice-render';
import { toPlain } from './json';
import { loadState, saveState } from './persistence';
import { customerBalances, customerDoc, productDoc } from './render';
import { apiRouter } from './routes';
import { bookJournal, editJournalEntry, type JournalEntryChange } from './resources/journals';
import { applySettings } from './settings';
import { handleRequest, type Counters } from './server';
import { Store } from './store';
import type { BookedInvoice, EconomicSandboxOptions, EconomicSandboxState, FaultConfig } from './types';

export type { BookedInvoice, EconomicSandboxOptions, EconomicSandboxState, FaultConfig } from './types';
export { SANDBOX_LOGIN } from './grant-page';

export interface EconomicSandbox {
  url: string;
  appSecretToken: string;
  appPublicToken: string;
  /** e-conomic's "add app" page for the grant flow (see grant-page.ts). */
  grantUrl: string;
  agreementGrantToken: string;
  close(): Promise<void>;
  state(): EconomicSandboxState;
  setFaults(f: FaultConfig): void;
  bookDraft(draftInvoiceNumber: number): BookedInvoice;
  /** A person booking the journal in e-conomic: its entries leave /journals/{n}/entries. */
  bookJournal(journalNumber: number): number;
  /** An accountant rewriting an entry's text or amount in the journal before booking it (as PATCH /_sandbox/journals/{n}/entries/{entryNumber}). */
  editJournalEntry(journalNumber: number, entryNumber: number, change: JournalEntryChange): void;
  /** Sandbox modes, as POST /_sandbox/settings (accountingYears, agreementNumber, now). */
  settings(changes: Record<string, unknown>): void;
  reset(): void;
}

/** Starts a local HTTP server on 127.0.0.1 that behaves like restapi.e-conomic.com. */
export async function startEconomicSandbox(options: EconomicSandboxOptions = {}): Promise<EconomicSandbox> {
  const resolved: ResolvedOptions = {
    appSecretToken: options.appSecretToken ?? `sbx-app-${randomBytes(12).toString('hex')}`,
    appPublicToken: options.appPublicToken ?? 'sandbox',
    agreementGrantToken: options.agreementGrantToken ?? `sbx-grant-${randomBytes(12).toString('hex')}`,
    vatRounding: options.vatRounding ?? 'line',
    baseCurrency: options.baseCurrency ?? 'DKK',
  };
  const store = new Store(options.now);
  if (options.persistFile) {
    const saved = loadState(options.persistFile);
    if (saved) store.restore(saved);
  }
  const faults = new FaultInjector();
  const counters: Counters = { total: 0, byRoute: {}, idempotentReplays: 0 };
  let url = '';

  const persist = () => {
    if (options.persistFile) saveState(options.persistFile, store.snapshot());
    store.dirty = false;
  };

  const state = (): EconomicSandboxState => {
    const balances = customerBalances(store, store.today());
    return toPlain({
      drafts: [...store.drafts.values()].map((d) => draftDoc(url, d)),
      booked: [...store.booked.values()].map((b) => bookedDoc(url, b)),
      vouchers: store.vouchers.map(({ attachment, ...v }) => ({
        ...v,
        // the file itself is at GET …/attachment/file; the state says what was attached
        ...(attachment ? { attachment: { bytes: Buffer.from(attachment.pdfBase64, 'base64').length, sha256: attachment.sha256, pages: attachment.pages, createdAt: attachment.createdAt } } : {}),
        entries: v.entryNumbers.map((n) => store.entries.find((e) => e.entryNumber === n)),
      })),
      ledger: store.ledger,
      settings: store.settings,
      customers: [...store.customers.values()].map((c) => customerDoc(url, c, balances)),
      products: [...store.products.values()].map((p) => productDoc(url, p)),
      calls: { total: counters.total, byRoute: counters.byRoute },
      idempotentReplays: counters.idempotentReplays,
      faultsInjected: faults.injected,
    });
  };

  const reset = () => {
    store.seed();
    store.dirty = true;
    counters.total = 0;
    counters.byRoute = {};
    counters.idempotentReplays = 0;
    faults.set({ failRate: 0 });
    faults.injected = 0;
    persist();
  };

  const deps = { store, router: apiRouter(), admin: adminRouter({ state, faults, reset }), faults, options: resolved, counters, base: () => url, persist };
  const server = createServer((req, res) => {
    handleRequest(deps, req, res).catch((err) => {
      console.error('[economic-sandbox] request failed', err);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    appSecretToken: resolved.appSecretToken,
    appPublicToken: resolved.appPublicToken,
    grantUrl: `${url}${GRANT_PAGE_PATH}`,
    agreementGrantToken: resolved.agreementGrantToken,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
    state,
    setFaults: (f) => faults.set(f),
    bookJournal: (n) => {
      const count = bookJournal(store, n, resolved.baseCurrency);
      persist();
      return count;
    },
    editJournalEntry: (journalNumber, entryNumber, change) => {
      editJournalEntry(store, journalNumber, entryNumber, change);
      persist();
    },
    settings: (changes) => {
      applySettings(store, changes);
      persist();
    },
    bookDraft: (n) => {
      const booked = bookDraftInStore(store, { draftInvoiceNumber: n });
      persist();
      return toPlain<BookedInvoice>(bookedDoc(url, booked));
    },
    reset,
  };
}
