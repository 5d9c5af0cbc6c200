import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS } from '../../../shared/ipc/channels';
import { AppError, contract, events } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { DEFAULT_POSTING, postingSettingsOf, profileFromAnswers } from '../../../shared/ipc/wizard-profile';
import { profileSchema } from '../../../shared/profile/schema';
import { createMemoryService } from './memory-service';

const validate = { validateResponses: true };

describe('the IPC contract', () => {
  it('lists exactly the channels and events that have schemas (the preload relies on the name lists)', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
    expect([...EVENTS].sort()).toEqual(Object.keys(events).sort());
  });

  it('accepts well-formed requests and fills defaults', () => {
    expect(contract['log.list'].request.parse({ severity: 'error', search: 'moms' })).toEqual({
      severity: 'error',
      search: 'moms',
      includeResolved: true,
      offset: 0,
      limit: 100,
    });
    expect(contract['orders.retry'].request.parse({ allFailed: true })).toEqual({ allFailed: true });
    expect(contract['orders.retry'].request.parse({ ids: ['9007199254740993'] })).toEqual({ ids: ['9007199254740993'] });
    // Switching on books the waiting drafts too unless the owner chose new orders only.
    expect(contract['supervised.activate'].request.parse({ by: 'Mette', acceptRisk: true })).toEqual({ by: 'Mette', acceptRisk: true, scope: 'waiting-and-new' });
    expect(contract['sync.dryRun'].request.parse({})).toEqual({ limit: 5 });
  });

  it('rejects requests that would be unsafe or meaningless', () => {
    // Activation without literally accepting the risk.
    expect(contract['supervised.activate'].request.safeParse({ by: 'Mette', acceptRisk: false }).success).toBe(false);
    expect(contract['supervised.activate'].request.safeParse({ by: '   ', acceptRisk: true }).success).toBe(false);
    // The data folder is shown, never changed from the UI.
    expect(contract['settings.update'].request.safeParse({ dataDir: '/tmp/elsewhere' }).success).toBe(false);
    // Paging cannot ask for the whole 100,000-entry log at once.
    expect(contract['log.list'].request.safeParse({ limit: 100_000 }).success).toBe(false);
    expect(contract['orders.retry'].request.safeParse({ ids: [] }).success).toBe(false);
    expect(contract['invoices.pdf'].request.safeParse({ kind: 'booked', number: -3 }).success).toBe(false);
    expect(contract['shop.testConnection'].request.safeParse({ platform: 'woocommerce', url: 'not a url', credentials: { kind: 'woocommerce', consumerKey: 'ck', consumerSecret: 'cs' } }).success).toBe(false);
  });

  it('carries amounts as decimal strings, never as numbers', () => {
    const row = { id: '1', number: '1001', date: '2026-11-27T09:00:00Z', customer: 'A', total: 125.5, currency: 'DKK', state: 'booked', status: 'booked', reason: null, draftInvoiceNumber: null, bookedInvoiceNumber: 20001, mailStatus: 'sent' };
    expect(contract['orders.list'].response.safeParse({ total: 1, rows: [row] }).success).toBe(false);
    expect(contract['orders.list'].response.safeParse({ total: 1, rows: [{ ...row, total: '125.50' }] }).success).toBe(true);
    expect(contract['orders.list'].response.safeParse({ total: 1, rows: [{ ...row, total: '1,25' }] }).success).toBe(false);
  });

  it('validates push events', () => {
    expect(events['status.changed'].safeParse({ trayState: 'attention', paused: false, running: false, lastSyncAt: null, attentionCount: 2, automaticPosting: false }).success).toBe(true);
    expect(events['status.changed'].safeParse({ trayState: 'red', paused: false, running: false, lastSyncAt: null, attentionCount: 2, automaticPosting: false }).success).toBe(false);
    // Automatic posting ON/OFF is shown on every screen and in the tray: the event must say which.
    expect(events['status.changed'].safeParse({ trayState: 'ok', paused: false, running: false, lastSyncAt: null, attentionCount: 0 }).success).toBe(false);
  });
});

describe('dispatch (the pipeline behind every transport)', () => {
  it('answers a valid request with the service value', async () => {
    const { service } = createMemoryService();
    const result = await dispatch(service, 'sync.pause', {}, validate);
    expect(result).toEqual({ ok: true, value: { paused: true } });
  });

  it('refuses an invalid payload with a typed error naming the field, without calling the service', async () => {
    const memory = createMemoryService();
    const result = await dispatch(memory.service, 'supervised.activate', { by: 'Mette', acceptRisk: 'yes' }, validate);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toContain('acceptRisk');
    }
    expect(memory.calls).toEqual([]);
  });

  it('refuses days booked as journal vouchers without a journal, naming the field, before the service sees them', async () => {
    const memory = createMemoryService();
    const result = await dispatch(memory.service, 'posting.save', { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'journal' }, validate);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('dayJournalNumber') } });
    expect(memory.calls).toEqual([]);
    // Per order, or days on invoices, need no journal.
    expect(await dispatch(memory.service, 'posting.save', { postingUnit: 'order', dayClosesAfterMinutes: 60, dayBooking: 'journal' }, validate)).toMatchObject({ ok: true });
    expect(await dispatch(memory.service, 'posting.save', { postingUnit: 'day', dayClosesAfterMinutes: 1440, dayBooking: 'invoice' }, validate)).toMatchObject({ ok: true });
    expect(await dispatch(memory.service, 'posting.save', { postingUnit: 'day', dayClosesAfterMinutes: 1441, dayBooking: 'invoice' }, validate)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses unknown channels', async () => {
    const { service } = createMemoryService();
    expect(await dispatch(service, 'fs.readFile', {}, validate)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(service, 'constructor', {}, validate)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('passes catalogue errors through with their code and text', async () => {
    const { service } = createMemoryService({ supervisedDay: 3 });
    const result = await dispatch(service, 'supervised.activate', { by: 'Mette', acceptRisk: true }, validate);
    expect(result).toMatchObject({ ok: false, error: { code: 'LB-4003' } });
  });

  it('never returns raw exception text (it may contain secrets)', async () => {
    const { service } = createMemoryService();
    const seen: unknown[] = [];
    const leaking = { ...service, 'economic.testConnection': async () => { throw new Error('401 for token sk_live_SECRET123'); } };
    const result = await dispatch(leaking, 'economic.testConnection', { appSecretToken: 'a', agreementGrantToken: 'b' }, { validateResponses: true, onInternalError: (_c, e) => seen.push(e) });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('SECRET123');
    expect(seen).toHaveLength(1);
  });

  it('catches a service answering outside the contract when responses are validated', async () => {
    const { service } = createMemoryService();
    const drifting = { ...service, 'sync.pause': async () => ({ paused: 'yes' }) as never };
    expect(await dispatch(drifting, 'sync.pause', {}, validate)).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });

  it('keeps AppError codes from errors thrown deep inside the service', async () => {
    const { service } = createMemoryService();
    const failing = { ...service, 'sync.now': async () => { throw new AppError('LB-3001', 'e-conomic is not answering. LedgerBridge tries again in 5 minutes.'); } };
    expect(await dispatch(failing, 'sync.now', {}, validate)).toEqual({ ok: false, error: { code: 'LB-3001', message: 'e-conomic is not answering. LedgerBridge tries again in 5 minutes.' } });
  });
});

describe('profileFromAnswers', () => {
  it('turns a complete wizard into a valid profile', () => {
    const profile = profileFromAnswers({
      plan: { plan: 'standard', profileName: 'butik' },
      shop: { platform: 'woocommerce', url: 'https://butik.dk', shopName: 'Butik', currency: 'DKK' },
      economic: { companyName: 'Butik ApS' },
      stages: { orderStages: ['processing', 'afsendt'] },
      mapping: {
        layoutNumber: 19,
        paymentTermsNumber: 1,
        customerMode: 'collective',
        collectiveCustomerNumber: 7,
        productGroups: { '25': 1, '0': 2 },
        products: { shipping: 'FRAGT', fee: 'GEBYR', giftCard: 'GAVEKORT', rounding: 'AFRUND' },
      },
      paymentMethods: { bacs: { title: 'Bankoverførsel', paymentTermsNumber: 3 } },
      rules: [{ id: 'r1', name: 'Bank transfer never posted', enabled: true, when: [{ field: 'paymentMethod', op: 'eq', value: 'bacs' }], then: [{ type: 'keepAsDraft' }], stop: false }],
      mail: { invoiceSource: 'economic' },
    });
    const parsed = profileSchema.parse(profile);
    expect(parsed).toMatchObject({
      name: 'butik',
      bookingMode: 'automatic',
      orderStages: ['processing', 'afsendt'],
      customers: { mode: 'collective', collective: { '*': 7 } },
      invoiceSource: 'economic',
    });
  });

  it('carries how the shop books: per day, closing 90 minutes after midnight, as a voucher in journal 4', () => {
    const posting = { postingUnit: 'day', dayClosesAfterMinutes: 90, dayBooking: 'journal', dayJournalNumber: 4 } as const;
    const profile = profileFromAnswers({ plan: { plan: 'basic', profileName: 'butik' }, stages: { orderStages: ['completed'] }, posting });
    expect(profile).toMatchObject(posting);
    // Back again: the answer the wizard shows when it is reopened is the one it was given.
    expect(postingSettingsOf(profileSchema.pick({ postingUnit: true, dayClosesAfterMinutes: true, dayBooking: true, dayJournalNumber: true }).parse(profile))).toEqual(posting);
  });

  it('leaves a journal chosen before in place when days are booked as invoices without one named', () => {
    const profile = profileFromAnswers({ posting: { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'invoice' } });
    expect(profile).toMatchObject({ postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'invoice' });
    // No key at all, so the stored profile's journal survives the merge on save.
    expect(Object.keys(profile)).not.toContain('dayJournalNumber');
  });

  it('without an answer about booking says nothing, so the profile schema books per order, the day closing 60 minutes after midnight', () => {
    const profile = profileFromAnswers({ plan: { plan: 'basic', profileName: 'butik' } });
    expect(Object.keys(profile).filter((k) => k.startsWith('day') || k === 'postingUnit')).toEqual([]);
    expect(DEFAULT_POSTING).toEqual({ postingUnit: 'order', dayClosesAfterMinutes: 60, dayBooking: 'invoice' });
  });

  it('keeps Basic on drafts and leaves missing answers for the schema to report', () => {
    const profile = profileFromAnswers({ plan: { plan: 'basic', profileName: 'butik' } });
    expect(profile.bookingMode).toBe('drafts');
    const result = profileSchema.safeParse(profile);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['shop', 'orderStages', 'layoutNumber', 'products']));
  });
});
