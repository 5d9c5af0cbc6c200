import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/contract';
import { DEMO_LICENCE } from '../../../main/demo';
import { COMPANY_NAME, ECONOMIC_TOKENS, SHOP_KEYS, SHOP_NAME, orderWithoutSku, standardAnswers, startServiceHarness, type ServiceHarness } from './harness';

/** The setup wizard from an empty data dir to a saved profile, against the sandboxes. */
describe('desktop service: setup wizard', () => {
  let h: ServiceHarness;
  beforeAll(async () => {
    h = await startServiceHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('starts a fresh installation on the first wizard step, with an empty overview', async () => {
    const wizard = await h.service['wizard.get']({});
    expect(wizard).toMatchObject({ step: 'plan', completed: [], finished: false, secretsStored: [] });
    expect((await h.service['profile.get']({})).profile).toBeNull();
    const dashboard = await h.service['dashboard.get']({});
    // Nothing is set up, so nothing is "all good".
    expect(dashboard.trayState).toBe('setup');
    expect(dashboard.lastSync).toBeNull();
    expect(Object.values(dashboard.ordersByState).every((n) => n === 0)).toBe(true);
    expect(await h.service['orders.list']({ offset: 0, limit: 10 })).toEqual({ total: 0, rows: [] });
    await expect(h.service['sync.now']({})).rejects.toMatchObject({ code: 'LB-2010' });
  });

  it('tests the shop connection: the shop name with good keys, LB-4011 in Danish with wrong ones', async () => {
    const ok = await h.service['shop.testConnection']({ platform: 'woocommerce', url: h.shop.url, credentials: { kind: 'woocommerce', ...SHOP_KEYS } });
    expect(ok).toEqual({ shopName: SHOP_NAME, currency: 'DKK' });
    const wrong = h.service['shop.testConnection']({ platform: 'woocommerce', url: h.shop.url, credentials: { kind: 'woocommerce', consumerKey: 'ck_wrong', consumerSecret: 'cs_wrong' } });
    await expect(wrong).rejects.toBeInstanceOf(AppError);
    await expect(wrong).rejects.toMatchObject({ code: 'LB-4011', message: expect.stringMatching(/WooCommerce/) });
    await expect(wrong).rejects.not.toMatchObject({ message: expect.stringContaining('cs_wrong') });
  });

  it('tests e-conomic: the company name from /self with good tokens, LB-4001 with wrong ones', async () => {
    const ok = await h.service['economic.testConnection'](ECONOMIC_TOKENS);
    expect(ok).toMatchObject({ companyName: COMPANY_NAME, baseCurrency: 'DKK' });
    expect(ok.agreementNumber).toBeGreaterThan(0);
    await expect(h.service['economic.testConnection']({ ...ECONOMIC_TOKENS, agreementGrantToken: 'revoked' })).rejects.toMatchObject({ code: 'LB-4001' });
  });

  it('keeps the keys in the keychain, never in the data dir, and resumes at the same step after a restart', async () => {
    const answers = standardAnswers(h.shop.url);
    await h.service['wizard.saveStep']({ step: 'plan', answers: { plan: answers.plan }, next: 'shop' });
    await h.service['wizard.saveStep']({ step: 'shop', answers: { shop: answers.shop }, next: 'economic', shopCredentials: { kind: 'woocommerce', ...SHOP_KEYS } });
    const state = await h.service['wizard.saveStep']({ step: 'economic', answers: { economic: answers.economic }, next: 'stages', economicCredentials: ECONOMIC_TOKENS });
    expect(state.step).toBe('stages');
    expect(state.completed).toEqual(['plan', 'shop', 'economic']);
    expect([...state.secretsStored].sort()).toEqual(['economicAgreementGrantToken', 'economicAppSecretToken', 'wooConsumerKey', 'wooConsumerSecret']);
    expect(await h.secrets.get('nordlys', 'wooConsumerSecret')).toBe(SHOP_KEYS.consumerSecret);
    expect(await h.secrets.get('nordlys', 'economicAgreementGrantToken')).toBe(ECONOMIC_TOKENS.agreementGrantToken);
    const stored = readFileSync(join(h.dataDir, 'wizard.json'), 'utf8');
    for (const secret of [...Object.values(SHOP_KEYS), ...Object.values(ECONOMIC_TOKENS)]) expect(stored).not.toContain(secret);

    const again = await h.reopen();
    expect(await again['wizard.get']({})).toEqual(state);
  });

  it('reads the shop statuses with counts and the payment methods of recent orders', async () => {
    const { statuses } = await h.service['shop.statuses']({});
    const bySlug = Object.fromEntries(statuses.map((s) => [s.slug, s]));
    const nativeCount = (status: string) => h.orders.filter((o) => o.status === status).length;
    expect(bySlug.processing.count).toBe(nativeCount('processing'));
    expect(bySlug.completed.count).toBe(nativeCount('completed'));
    expect(bySlug.processing.custom).toBe(false);

    const { methods } = await h.service['shop.paymentMethods']({ recentOrders: 250 });
    const used = new Map<string, number>();
    for (const o of h.orders) used.set(String(o.payment_method), (used.get(String(o.payment_method)) ?? 0) + 1);
    for (const [id, count] of used) expect(methods.find((m) => m.id === id)?.orderCount).toBe(count);
    expect(methods.map((m) => m.orderCount)).toEqual([...methods.map((m) => m.orderCount)].sort((a, b) => b - a));
  });

  it("lists e-conomic's layouts, payment terms, product groups, products, journals and customers for mapping", async () => {
    const ref = await h.service['economic.referenceData']({});
    expect(ref.layouts).toContainEqual({ number: 19, name: 'Standard m. bankoplysninger' });
    expect(ref.paymentTerms).toContainEqual({ number: 3, name: 'Kontant', type: 'paidInCash', days: 0 });
    expect(ref.productGroups.map((g) => g.number)).toEqual(expect.arrayContaining([1, 2]));
    expect(ref.products.map((p) => p.productNumber)).toEqual(expect.arrayContaining(['FRAGT', 'GEBYR', 'GAVEKORT']));
    expect(ref.journals).toContainEqual({ number: 2, name: 'Indbetalinger', entryTypeRestrictedTo: 'customerPayment' });
    expect(ref.customers).toContainEqual({ number: 1, name: 'Webshop kunder' });
    // One-Stop-Shop is off until the consultant turns it on: no OSS product group is proposed.
    expect(ref.ossProposals).toEqual([]);
  });

  it("proposes e-conomic's One-Stop-Shop product groups per country and rate once OSS is on in the Currencies and EU step", async () => {
    const currencies = await h.service['currencies.get']({});
    expect(currencies.oss).toBe(false);
    await h.service['currencies.save']({ ...currencies, oss: true });
    try {
      const ref = await h.service['economic.referenceData']({});
      // The sandbox agreement is set up for OSS as Danish accountants do it: a group per country and rate: DE 2, NL 2, ES 3, SE 3, FR 2, FI 2, so 14.
      expect(ref.ossProposals).toHaveLength(14);
      expect(ref.ossProposals).toContainEqual({ key: 'DE:19', productGroupNumber: 11, vatCode: 'DE19' });
      expect(ref.ossProposals).toContainEqual({ key: 'FR:5.5', productGroupNumber: 22, vatCode: 'FR55' });
    } finally {
      await h.service['currencies.save']({ ...currencies, oss: false });
    }
  });

  it('proposes OSS groups for the country and VAT zone the form shows, before OSS is saved', async () => {
    expect((await h.service['currencies.get']({})).oss).toBe(false);
    const { proposals } = await h.service['economic.ossProposals']({ homeCountry: 'DK', domesticZone: 1 });
    expect(proposals).toHaveLength(14);
    expect(proposals).toContainEqual({ key: 'DE:19', productGroupNumber: 11, vatCode: 'DE19' });
    // For a German shop Germany is home: its codes are no OSS codes.
    expect((await h.service['economic.ossProposals']({ homeCountry: 'DE', domesticZone: 1 })).proposals.map((p) => p.key)).not.toContain('DE:19');
  });

  it('previews the exact invoices before the profile is saved, and the order without SKU with its problem', async () => {
    const answers = standardAnswers(h.shop.url);
    for (const step of ['stages', 'mapping', 'currencies', 'paymentMethods', 'rules', 'mail'] as const) {
      await h.service['wizard.saveStep']({ step, answers: { [step]: answers[step] } });
    }
    const { invoices } = await h.service['sync.dryRun']({ limit: 50 });
    const eligible = h.orders.filter((o) => o.status === 'processing' || o.status === 'completed');
    expect(invoices.map((i) => i.orderId).sort()).toEqual(eligible.map((o) => String(o.id)).sort());
    for (const invoice of invoices.filter((i) => i.action === 'draft')) {
      const native = eligible.find((o) => String(o.id) === invoice.orderId)!;
      expect(invoice.grossAmount).toBe(invoice.shopTotal);
      expect(invoice.shopTotal).toBe(Number(native.total).toFixed(2));
      expect(invoice.layoutNumber).toBe(19);
      expect(invoice.customer.number).toBe(1);
      const lineNet = invoice.lines.reduce((sum, l) => sum + Math.round(Number(l.netAmount) * 100), 0);
      expect(lineNet).toBe(Math.round(Number(invoice.netAmount) * 100));
    }
    const broken = invoices.find((i) => i.orderId === String(orderWithoutSku(h).id))!;
    expect(broken.action).toBe('hold');
    expect(broken.lines).toEqual([]);
    expect(broken.problems.map((p) => p.code)).toContain('LB-1001');
    expect(broken.problems[0].fix).toBeTruthy();
    // Nothing was written to e-conomic by the preview.
    expect(h.economic.state().drafts).toHaveLength(0);
  });

  it('answers per field when the profile is incomplete', async () => {
    const bad = await h.service['profile.save']({ profile: { name: 'Nordlys!', shop: { platform: 'woocommerce', url: h.shop.url } } });
    expect(bad.saved).toBe(false);
    if (bad.saved) return;
    expect(bad.fieldErrors.map((e) => e.path)).toEqual(expect.arrayContaining(['name', 'orderStages', 'layoutNumber']));
    // Nothing was stored: the wizard is still running.
    expect((await h.service['profile.get']({})).profile).toBeNull();
  });

  it('reads the plan from the licence: the demo licence is Standard, a changed one is refused and changes nothing', async () => {
    const before = await h.service['wizard.get']({});
    expect(before.answers.plan).toMatchObject({ plan: 'standard', licence: DEMO_LICENCE });
    const tampered = `${DEMO_LICENCE.slice(0, 20)}x${DEMO_LICENCE.slice(21)}`;
    await expect(h.service['wizard.saveStep']({ step: 'plan', answers: { plan: { profileName: 'nordlys', licence: tampered, plan: 'dedicated' } } })).rejects.toMatchObject({
      code: 'LB-2016',
      message: expect.stringContaining('Licensen er ikke udstedt af LedgerBridge'),
    });
    expect(await h.service['wizard.get']({})).toEqual(before);
    // Whatever plan the UI sends, the licence decides.
    const state = await h.service['wizard.saveStep']({ step: 'plan', answers: { plan: { profileName: 'nordlys', licence: DEMO_LICENCE, plan: 'dedicated' } } });
    expect(state.answers.plan?.plan).toBe('standard');
    await expect(h.service['licence.check']({ licence: 'abc' })).rejects.toMatchObject({ code: 'LB-2015' });
    expect(await h.service['licence.check']({ licence: DEMO_LICENCE })).toEqual({ plan: 'standard', licensee: 'LedgerBridge demo', expiresAt: null, sandboxOnly: true });
  });
});
