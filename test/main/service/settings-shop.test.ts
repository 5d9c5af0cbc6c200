import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../main/settings';
import type { Channel, RequestInput, Response } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { COMPANY_NAME, completeWizard, SHOP_NAME, standardAnswers, startServiceHarness, type ServiceHarness } from './harness';

/**
 * Settings acts on the shop it shows, also while "Add shop" has the wizard set up a further one.
 * The booking (per order or per day) and the currencies are edited by one form in both the
 * wizard and Settings; Settings names its shop (`profile`), the wizard's steps do not. The shop
 * "nordlys" is set up; a Swedish shop "sverige" is half-way through the wizard, with answers of
 * its own that must not be mistaken for, nor overwritten by, nordlys' settings.
 */
describe('desktop service: Settings of a shop while another shop is being added', () => {
  let h: ServiceHarness;
  let a: ReturnType<typeof standardAnswers>;
  const FIRST = 'nordlys';
  // The new shop's answers so far: days closed at 00:30 booked as invoices, in Swedish kronor.
  const NEW_POSTING = { postingUnit: 'day', dayClosesAfterMinutes: 30, dayBooking: 'invoice' } as const;
  const NEW_CURRENCIES = { enabled: ['SEK'], collectiveCustomers: {}, homeCountry: 'SE', vatZones: { domestic: 1, eu: 2, abroad: 3 }, vatNumberMetaKey: '_vat_number', oss: false };
  // What the owner saves in Settings for nordlys: days as vouchers in journal 1, and kroner and euro with One-Stop-Shop (German 19 % in product group 11).
  const JOURNAL_DAYS = { postingUnit: 'day', dayClosesAfterMinutes: 90, dayBooking: 'journal', dayJournalNumber: 1 } as const;
  const EURO_OSS = { enabled: ['DKK', 'EUR'], collectiveCustomers: {}, homeCountry: 'DK', vatZones: { domestic: 1, eu: 2, abroad: 3 }, vatNumberMetaKey: '_vat_number', oss: true };

  async function call<K extends Channel>(channel: K, request: RequestInput<K>): Promise<Response<K>> {
    const result = await dispatch(h.service, channel, request, { validateResponses: true });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as Response<K>;
  }
  const profileOf = (name: string) => new ConfigStore(h.dataDir).getProfile(name);

  beforeAll(async () => {
    h = await startServiceHarness();
    a = standardAnswers(h.shop.url);
    await completeWizard(h);
    await call('shops.add', {});
    await call('wizard.saveStep', { step: 'plan', answers: { plan: { profileName: 'sverige' } }, next: 'shop' });
    await call('wizard.saveStep', { step: 'shop', answers: { shop: { platform: 'woocommerce', url: 'https://butik.example.se', shopName: 'Norrsken', currency: 'SEK' } }, next: 'economic' });
    await call('wizard.saveStep', { step: 'stages', answers: { stages: { orderStages: ['completed'] }, posting: NEW_POSTING }, next: 'mapping' });
    await call('wizard.saveStep', { step: 'currencies', answers: { currencies: NEW_CURRENCIES }, next: 'paymentMethods' });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it("shows the running shop's booking and currencies in Settings, not the new shop's answers", async () => {
    expect((await call('shops.list', {})).adding).toBe(true);
    expect(await call('posting.get', { profile: FIRST })).toEqual(a.posting);
    // nordlys' product groups (25 % and 0 %) name no country: no One-Stop-Shop groups.
    expect(await call('currencies.get', { profile: FIRST })).toEqual({ ...a.currencies, ossProductGroups: {} });
  });

  it("keeps showing the new shop's answers to the wizard's steps", async () => {
    expect(await call('posting.get', {})).toEqual(NEW_POSTING);
    expect(await call('currencies.get', {})).toEqual({ ...NEW_CURRENCIES, ossProductGroups: {} });
  });

  it("saves Settings to the running shop's profile and leaves the new shop's answers and steps alone", async () => {
    const before = await call('wizard.get', {});
    expect(await call('posting.save', { profile: FIRST, ...JOURNAL_DAYS })).toEqual(JOURNAL_DAYS);
    expect(await call('currencies.save', { profile: FIRST, ...EURO_OSS, ossProductGroups: { 'DE:19': 11 } })).toEqual({ ...EURO_OSS, ossProductGroups: { 'DE:19': 11 } });

    expect(profileOf(FIRST)).toMatchObject({ ...JOURNAL_DAYS, enabledCurrencies: ['DKK', 'EUR'], oss: true, productGroups: { '25': 1, '0': 2, 'DE:19': 11 } });
    expect(await call('wizard.get', {})).toEqual(before);
    expect(profileOf('sverige')).toBeNull();
    expect(await call('posting.get', { profile: FIRST })).toEqual(JOURNAL_DAYS);
  });

  it("saves the wizard's own answer to the new shop only, without ticking its step off", async () => {
    const daysAt1am = { ...NEW_POSTING, dayClosesAfterMinutes: 60 };
    expect(await call('posting.save', daysAt1am)).toEqual(daysAt1am);
    const wizard = await call('wizard.get', {});
    expect(wizard.answers.posting).toEqual(daysAt1am);
    expect(wizard).toMatchObject({ step: 'paymentMethods', completed: ['plan', 'shop', 'stages', 'currencies'] });
    expect(profileOf(FIRST)).toMatchObject(JOURNAL_DAYS);
  });

  it('refuses a shop that does not exist with LB-2053, naming the shops and the shop switcher, and changes nothing', async () => {
    const refused = await dispatch(h.service, 'posting.save', { profile: 'nordlyss', postingUnit: 'order', dayClosesAfterMinutes: 60, dayBooking: 'invoice' }, { validateResponses: true });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'LB-2053',
        message:
          'Indstillingerne blev åbnet for butikken "nordlyss", men der er ingen butik med det navn (butikkerne er: nordlys). Intet er ændret. Vælg butikken i listen "Butik" i sidepanelet; Indstillinger viser og gemmer så den butiks indstillinger.',
      },
    });
    expect(await dispatch(h.service, 'currencies.get', { profile: 'sverige' }, { validateResponses: true })).toMatchObject({ ok: false, error: { code: 'LB-2053' } });
    expect(profileOf(FIRST)).toMatchObject(JOURNAL_DAYS);
  });

  it("saves the mail server in Settings to the running shop: its profile and keychain, not the new shop's drafts", async () => {
    const form = {
      profile: FIRST,
      smtp: { host: h.smtp.host, port: h.smtp.port, security: 'none', user: 'faktura@nordlys.dk' },
      password: 'smtp-kodeord-nordlys',
      fromName: 'Nordlys Keramik',
      fromAddress: 'faktura@nordlys.dk',
      replyTo: '',
      notificationEmail: 'ejer@nordlys.dk',
      digest: 'daily',
    } as const;
    const saved = await call('mail.saveSettings', form);
    const shown = { smtp: { host: h.smtp.host, port: h.smtp.port, security: 'none', user: 'faktura@nordlys.dk' }, passwordStored: true, fromName: 'Nordlys Keramik', fromAddress: 'faktura@nordlys.dk', replyTo: '', notificationEmail: 'ejer@nordlys.dk', digest: 'daily' };
    expect(saved).toEqual({ saved: true, settings: shown });
    expect(profileOf(FIRST)).toMatchObject({ mail: { smtp: { host: h.smtp.host, port: h.smtp.port, security: 'none', user: 'faktura@nordlys.dk' }, fromAddress: 'faktura@nordlys.dk' }, notifications: { email: 'ejer@nordlys.dk', digest: 'daily' } });
    expect(await h.secrets.get(FIRST, 'smtpPassword')).toBe('smtp-kodeord-nordlys');
    expect(await call('mail.getSettings', { profile: FIRST })).toEqual(shown);
    // The new shop's wizard has no mail server yet, and no password of nordlys' under its name.
    expect((await call('mail.getSettings', {})).smtp).toBeNull();
    expect(await h.secrets.get('sverige', 'smtpPassword')).toBeNull();
  });

  it("gives Settings the running shop's e-conomic choices and shop values, which the new shop cannot reach yet", async () => {
    // nordlys' agreement (the sandbox's) has journal 1, "Kassekladde", and its shop the harness' 12 recent orders.
    const reference = await call('economic.referenceData', { profile: FIRST });
    expect(reference.journals.map((j) => j.number)).toContain(1);
    expect((await call('shop.recentValues', { profile: FIRST })).orders).toBe(h.orders.length);
    // The new shop's wizard has stored no e-conomic keys: its own choices are not there to read.
    expect(await dispatch(h.service, 'economic.referenceData', {}, { validateResponses: true })).toMatchObject({ ok: false, error: { code: 'LB-2013' } });
  });

  it("keeps the running shop's invoice-mail text on the mail screen apart from the new shop's draft, and previews it with the running shop's orders", async () => {
    const nordlysText = { subject: 'Faktura {{invoiceNumber}} fra {{shopName}}', html: '<p>Tak for ordre {{orderNumber}}</p>', text: 'Ordre {{orderNumber}} hos {{shopName}} ({{companyName}})' };
    const newShopDraft = { subject: 'Faktura {{invoiceNumber}}', html: '<p>Tack!</p>', text: 'Tack för din order {{orderNumber}}' };
    expect(await call('mail.saveTemplate', { profile: FIRST, language: 'da', template: nordlysText })).toEqual({ saved: true });
    expect(await call('mail.saveTemplate', { language: 'da', template: newShopDraft })).toEqual({ saved: true });

    expect(profileOf(FIRST)!.mail.templates.da).toEqual(nordlysText);
    expect(await call('mail.getTemplate', { profile: FIRST, language: 'da' })).toMatchObject({ template: nordlysText, isDefault: false });
    expect(await call('mail.getTemplate', { language: 'da' })).toMatchObject({ template: newShopDraft, isDefault: false });

    // Nothing is synced yet: the preview takes an order from nordlys' shop, with its name and e-conomic company.
    const preview = await call('mail.preview', { profile: FIRST, language: 'da', template: nordlysText });
    expect(h.orders.map((o) => String(o.id))).toContain(preview.orderId);
    expect(preview.text).toBe(`Ordre ${preview.orderNumber} hos ${SHOP_NAME} (${COMPANY_NAME})`);
  });

  it("brings back the running shop's wizard, with what Settings saved, when adding the shop is cancelled", async () => {
    await call('shops.cancelAdd', {});
    const wizard = await call('wizard.get', {});
    expect(wizard).toMatchObject({ finished: true, answers: { plan: { profileName: FIRST }, posting: JOURNAL_DAYS, currencies: EURO_OSS } });
    expect(wizard.answers.mapping?.productGroups).toEqual({ '25': 1, '0': 2, 'DE:19': 11 });
    // With no shop being added, Settings and the wizard are on the same shop again.
    expect(await call('posting.get', {})).toEqual(JOURNAL_DAYS);
  });
});
