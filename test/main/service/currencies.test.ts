import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECONOMIC_TOKENS, SHOP_KEYS, standardAnswers, startServiceHarness, type ServiceHarness } from './harness';

/**
 * Currencies, VAT zones and EU saved in Settings in the middle of the setup: the wizard's
 * "Currencies and EU" step shows that answer (and the mapping step the One-Stop-Shop groups
 * chosen with it), but neither step is ticked off, nor is the wizard moved on — only going
 * through the step itself completes it.
 */
describe('desktop service: currencies saved in Settings before the wizard is finished', () => {
  let h: ServiceHarness;
  let a: ReturnType<typeof standardAnswers>;
  // Danish kroner and euro, OSS on with the German 19 % rate in product group 11 (the sandbox agreement's).
  const CURRENCIES = { enabled: ['DKK', 'EUR'], collectiveCustomers: {}, homeCountry: 'DK', vatZones: { domestic: 1, eu: 2, abroad: 3 }, vatNumberMetaKey: '_vat_number', oss: true };

  beforeAll(async () => {
    h = await startServiceHarness();
    a = standardAnswers(h.shop.url);
    await h.service['wizard.saveStep']({ step: 'plan', answers: { plan: a.plan }, next: 'shop' });
    await h.service['wizard.saveStep']({ step: 'shop', answers: { shop: a.shop }, next: 'economic', shopCredentials: { kind: 'woocommerce', ...SHOP_KEYS } });
    await h.service['wizard.saveStep']({ step: 'economic', answers: { economic: a.economic }, next: 'stages', economicCredentials: ECONOMIC_TOKENS });
    await h.service['wizard.saveStep']({ step: 'stages', answers: { stages: a.stages, posting: a.posting }, next: 'mapping' });
    await h.service['wizard.saveStep']({ step: 'mapping', answers: { mapping: a.mapping }, next: 'currencies' });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the answer for the "Currencies and EU" step without ticking the step off or moving the wizard', async () => {
    await h.service['currencies.save']({ ...CURRENCIES, vatNumberMetaKey: ' _vat_number ', ossProductGroups: { 'DE:19': 11 } });
    const wizard = await h.service['wizard.get']({});
    expect(wizard).toMatchObject({ step: 'currencies', completed: ['plan', 'shop', 'economic', 'stages', 'mapping'], finished: false });
    expect(wizard.answers.currencies).toEqual(CURRENCIES);
    expect(wizard.answers.mapping?.productGroups).toEqual({ ...a.mapping.productGroups, 'DE:19': 11 });
  });

  it('ticks "Currencies and EU" off once the step is gone through in the wizard, as before', async () => {
    const state = await h.service['wizard.saveStep']({ step: 'currencies', answers: { currencies: CURRENCIES }, next: 'paymentMethods' });
    expect(state).toMatchObject({ step: 'paymentMethods', completed: ['plan', 'shop', 'economic', 'stages', 'mapping', 'currencies'] });
  });
});
