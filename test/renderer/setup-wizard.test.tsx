// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WizardAnswers, WizardStep } from '../../shared/ipc/schemas/setup';
import { SetupWizard } from '../../renderer/scenes/setup-wizard';
import { createMemoryService } from '../shared/ipc/memory-service';
import { renderScene } from './support/render';

afterEach(cleanup);

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
const currentStep = () => screen.getByRole('list', { name: 'Opsætning' }).querySelector('[aria-current="step"]')!.textContent!.replace('✓ ', '');
const stepper = () => screen.getByRole('list', { name: 'Opsætning' });
const pick = (name: string, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });
const saves = (memory: ReturnType<typeof createMemoryService>) => memory.calls.filter((c) => c.channel === 'wizard.saveStep').map((c) => c.request as { step: WizardStep; answers: WizardAnswers });

const ANSWERS: WizardAnswers = {
  plan: { plan: 'standard', licence: 'valid-standard', profileName: 'butik' },
  shop: { platform: 'woocommerce', url: 'https://butik.dk', shopName: 'Testbutik', currency: 'DKK' },
  economic: { companyName: 'Testbutik ApS', agreementNumber: 123456 },
  stages: { orderStages: ['processing'] },
  mapping: {
    layoutNumber: 19,
    paymentTermsNumber: 1,
    customerMode: 'collective',
    collectiveCustomerNumber: 1,
    productGroups: { '25': 1, '0': 2 },
    products: { shipping: 'FRAGT', fee: 'GEBYR', giftCard: 'GAVEKORT', rounding: 'AFRUND' },
  },
  currencies: { enabled: ['DKK'], collectiveCustomers: {}, homeCountry: 'DK', vatZones: { domestic: 1, eu: 2, abroad: 3 }, vatNumberMetaKey: '_vat_number', oss: false },
  paymentMethods: { quickpay: { title: 'Kort', paymentTermsNumber: 3 }, bacs: { title: 'Bankoverførsel' } },
  rules: [],
  mail: { invoiceSource: 'shop' },
};
const ALL_BUT_CHECK: WizardStep[] = ['plan', 'shop', 'economic', 'stages', 'mapping', 'currencies', 'paymentMethods', 'rules', 'mail'];

describe('SetupWizard', () => {
  it('reads the plan from the licence (no plan to choose) and refuses a licence we did not issue, with its code', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />);
    expect(await screen.findByText('Trin 1 af 10')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Abonnement' })).toBeNull();
    const licence = screen.getByRole('textbox', { name: 'Licens' });
    fireEvent.change(licence, { target: { value: 'forfalsket' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollér licensen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('LB-2016');

    fireEvent.change(licence, { target: { value: ' valid-premium \n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollér licensen' }));
    expect(await screen.findByText(/Gyldig licens: Premium til Testbutik ApS\./)).toBeTruthy();
    next();
    await screen.findByText('Trin 2 af 10');
    expect(memory.state().wizard.answers.plan).toEqual({ plan: 'premium', licence: 'valid-premium', profileName: 'butik' });
  });

  it('offers a further shop a name no shop has yet: butik-3 beside butik and butik-2', async () => {
    const shops = ['butik', 'butik-2'].map((name) => ({ name, platform: 'woocommerce' as const, shopUrl: `https://${name}.dk` }));
    renderScene(<SetupWizard onFinished={() => undefined} />, { shops });
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Profilnavn' }) as HTMLInputElement).value).toBe('butik-3'));
  });

  it('without a licence says plainly that the plan is Basic', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />);
    expect(await screen.findByText(/Uden licens kører LedgerBridge som Basis/)).toBeTruthy();
    next();
    await screen.findByText('Trin 2 af 10');
    expect(memory.state().wizard.answers.plan?.plan).toBe('basic');
  });

  it('stores the shop keys after a good test; Next tests keys that were typed but not tested yet', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'shop', completed: ['plan'], answers: { plan: ANSWERS.plan } } });
    fireEvent.change(await screen.findByLabelText('Butikkens adresse'), { target: { value: 'https://butik.dk' } });
    fireEvent.change(screen.getByLabelText('Consumer key'), { target: { value: 'ck_123' } });
    fireEvent.change(screen.getByLabelText('Consumer secret'), { target: { value: 'cs_456' } });
    next();
    await screen.findByText('Trin 3 af 10');
    expect(memory.calls.some((c) => c.channel === 'shop.testConnection')).toBe(true);
    expect(saves(memory).at(-1)).toMatchObject({ step: 'shop', next: 'economic', shopCredentials: { kind: 'woocommerce', consumerKey: 'ck_123', consumerSecret: 'cs_456' } });
  });

  it('shows why a connection test failed, with the error code', async () => {
    renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'shop', completed: ['plan'], answers: { plan: ANSWERS.plan } } });
    fireEvent.change(await screen.findByLabelText('Butikkens adresse'), { target: { value: 'https://butik.dk' } });
    fireEvent.change(screen.getByLabelText('Consumer key'), { target: { value: 'wrong' } });
    fireEvent.change(screen.getByLabelText('Consumer secret'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test forbindelse' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The shop refused the API keys');
    expect(alert.textContent).toContain('LB-2101');
  });

  it("connects e-conomic through e-conomic's own login: it waits for the grant and shows the company it reached", async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'economic', completed: ['plan', 'shop'], answers: { plan: ANSWERS.plan, shop: ANSWERS.shop } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Log ind i e-conomic og giv adgang' }));
    expect(await screen.findByText(/Venter på, at du giver adgang i e-conomic/)).toBeTruthy();
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/secure\.e-conomic\.com\/secure\/api1\/requestaccess\.aspx\?appPublicToken=/), '_blank', 'noopener');
    memory.grantArrives();
    expect(await screen.findByText('Forbundet til Testbutik ApS (aftale 123456)', {}, { timeout: 3000 })).toBeTruthy();
    open.mockRestore();
  });

  it('keeps token pasting as the fallback', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'economic', completed: ['plan', 'shop'], answers: { plan: ANSWERS.plan, shop: ANSWERS.shop } } });
    fireEvent.change(await screen.findByLabelText('App Secret Token'), { target: { value: 'app' } });
    fireEvent.change(screen.getByLabelText('Agreement Grant Token'), { target: { value: 'grant' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test forbindelse' }));
    expect(await screen.findByText('Forbundet til Testbutik ApS (aftale 123456)')).toBeTruthy();
    next();
    await screen.findByText('Trin 4 af 10');
    expect(saves(memory).at(-1)).toMatchObject({ step: 'economic', economicCredentials: { appSecretToken: 'app', agreementGrantToken: 'grant' } });
  });

  it('maps VAT rates: the rates in the shop are offered, "12,5" means 12.5 %, and a rate added by mistake can be removed', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'mapping', completed: ['plan', 'shop', 'economic', 'stages'], answers: {} } });
    await screen.findByRole('combobox', { name: 'Layout' });
    // 25 % and 12.5 % are in the shop's orders; 0 % is always offered.
    expect(await screen.findByRole('combobox', { name: 'Moms 12,5 %' })).toBeTruthy();
    const add = screen.getByLabelText('Tilføj momssats (%)');
    fireEvent.change(add, { target: { value: '125' } });
    expect(screen.getByText('Skriv en sats fra 0 til 100, fx 12,5, eller et land og en sats, fx DE:19.')).toBeTruthy();
    fireEvent.change(add, { target: { value: '8,0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj sats' }));
    expect(screen.getByRole('combobox', { name: 'Moms 8 %' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fjern momssatsen 8 %' }));
    expect(screen.queryByRole('combobox', { name: 'Moms 8 %' })).toBeNull();

    pick('Layout', '19');
    pick('Betalingsbetingelse', '1');
    pick('Samlekunde (nummer)', '1');
    pick('Moms 25 %', '1');
    pick('Moms 12,5 %', '1');
    pick('Moms 0 %', '2');
    pick('Vare for fragt', 'FRAGT');
    pick('Vare for gebyrer', 'GEBYR');
    pick('Vare for gavekort', 'GAVEKORT');
    pick('Vare for øreafrunding', 'AFRUND');
    next();
    await screen.findByText('Trin 6 af 10');
    // One-Stop-Shop is off: no country's group is proposed or saved.
    expect(memory.state().wizard.answers.mapping?.productGroups).toEqual({ '25': 1, '12.5': 1, '0': 2 });
  });

  it('maps One-Stop-Shop groups per country and rate: e-conomic\'s proposal shown and chosen, another country typed as DE:7', async () => {
    const withOss = { enabled: ['DKK'], collectiveCustomers: {}, homeCountry: 'DK', vatZones: { domestic: 1, eu: 2, abroad: 3 }, vatNumberMetaKey: '_vat_number', oss: true };
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'mapping', completed: ['plan', 'shop', 'economic', 'stages'], answers: { currencies: withOss } } });
    const germany19 = (await screen.findByRole('combobox', { name: 'Tyskland 19 % (OSS)' })) as HTMLSelectElement;
    expect(germany19.value).toBe('11');
    expect(screen.getByText('LedgerBridges forslag: den eneste varegruppe, hvis salgskonto har momskoden DE19.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Tilføj momssats (%)'), { target: { value: 'de 7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj sats' }));
    pick('Tyskland 7 % (OSS)', '12');
    // Choosing another group than the proposal is the consultant's choice: the proposal's note goes.
    pick('Tyskland 19 % (OSS)', '1');
    expect(screen.queryByText(/LedgerBridges forslag/)).toBeNull();
    pick('Tyskland 19 % (OSS)', '11');

    pick('Layout', '19');
    pick('Betalingsbetingelse', '1');
    pick('Samlekunde (nummer)', '1');
    pick('Moms 25 %', '1');
    pick('Moms 12,5 %', '1');
    pick('Moms 0 %', '2');
    pick('Vare for fragt', 'FRAGT');
    pick('Vare for gebyrer', 'GEBYR');
    pick('Vare for gavekort', 'GAVEKORT');
    pick('Vare for øreafrunding', 'AFRUND');
    next();
    await screen.findByText('Trin 6 af 10');
    expect(memory.state().wizard.answers.mapping?.productGroups).toEqual({ '25': 1, '12.5': 1, '0': 2, 'DE:19': 11, 'DE:7': 12 });
  });

  it('sets currencies, VAT zones and EU business customers, marking the currencies the shop uses', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'currencies', completed: ['plan', 'shop', 'economic', 'stages', 'mapping'], answers: { mapping: ANSWERS.mapping } } });
    const eur = await screen.findByRole('checkbox', { name: /EUR · Euro/ });
    expect(eur.closest('label')!.textContent).toContain('i 10 af butikkens nyeste ordrer');
    fireEvent.click(eur);
    pick('Samlekunde for EUR', '2');
    pick('Momszone for EU-virksomheder med momsnummer', '2');
    fireEvent.change(screen.getByLabelText('Felt med købers momsnummer'), { target: { value: '_billing_vat' } });
    next();
    await screen.findByText('Trin 7 af 10');
    expect(memory.state().wizard.answers.currencies).toEqual({
      enabled: ['DKK', 'EUR'],
      collectiveCustomers: { EUR: 2 },
      homeCountry: 'DK',
      vatZones: { domestic: 1, eu: 2, abroad: 3 },
      vatNumberMetaKey: '_billing_vat',
      oss: false,
    });
  });

  it('switches One-Stop-Shop on in "Valuta og EU": the country and rate rows appear, and a chosen group is saved into the mapping answer', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'currencies', completed: ['plan', 'shop', 'economic', 'stages', 'mapping'], answers: { mapping: ANSWERS.mapping } } });
    const ossSwitch = await screen.findByRole('checkbox', { name: 'Bogfør EU-privatkunder med deres eget lands moms (OSS)' });
    expect(screen.queryByRole('combobox', { name: /Varegruppe til/ })).toBeNull();
    fireEvent.click(ossSwitch);
    expect(((await screen.findByRole('combobox', { name: 'Varegruppe til Tyskland 19 %' })) as HTMLSelectElement).value).toBe('11');
    fireEvent.change(screen.getByLabelText('Tilføj land og sats'), { target: { value: 'SE:12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj land' }));
    pick('Varegruppe til Sverige 12 %', '2');

    // Leaving through the stepper with the switch changed asks first.
    fireEvent.click(within(stepper()).getByRole('button', { name: /Opsætning i e-conomic/ }));
    fireEvent.click(within(await screen.findByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt' })).getByRole('button', { name: 'Bliv her' }));
    expect(currentStep()).toBe('Valuta og EU');

    next();
    await screen.findByText('Trin 7 af 10');
    expect(memory.state().wizard.answers.currencies).toEqual({ enabled: ['DKK'], collectiveCustomers: {}, homeCountry: 'DK', vatZones: { domestic: 1, eu: 2, abroad: 3 }, vatNumberMetaKey: '_vat_number', oss: true });
    // The proposal for Germany 19 % is e-conomic's, not a choice; Sweden 12 % is the consultant's, beside the home rates.
    expect(memory.state().wizard.answers.mapping?.productGroups).toEqual({ '25': 1, '0': 2, 'SE:12': 2 });
  });

  it('maps each payment method to its terms or the default ones, and names those still unmapped', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'paymentMethods', completed: [], answers: {} } });
    await screen.findByRole('combobox', { name: 'Betalingsbetingelse Kort' });
    expect(screen.getByText(/Ikke sat op endnu: Kort, Bankoverførsel/)).toBeTruthy();
    pick('Betalingsbetingelse Kort', '3');
    pick('Betalingsbetingelse Bankoverførsel', 'default');
    expect(screen.queryByText(/Ikke sat op endnu/)).toBeNull();
    // The account the card money arrives on: the contra account when days are journal vouchers.
    pick('Afstemningskonto (dagsbilag) Kort', '5820');
    next();
    await screen.findByText('Trin 8 af 10');
    expect(memory.state().wizard.answers.paymentMethods).toEqual({ quickpay: { title: 'Kort', paymentTermsNumber: 3, clearingAccountNumber: 5820 }, bacs: { title: 'Bankoverførsel' } });
  });

  it('builds rules from values the shop has, with every action: keep as draft, layout, payment terms, customer', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'rules', completed: [], answers: {} } });
    fireEvent.click(await screen.findByRole('button', { name: 'Tilføj regel' }));
    fireEvent.change(screen.getByLabelText('Navn'), { target: { value: 'Bankoverførsel: kladde og netto 8' } });
    // The value is picked from the payment methods of the newest orders, never typed.
    const value = await screen.findByRole('combobox', { name: 'Værdi 1' });
    expect(within(value).getAllByRole('option').map((o) => o.textContent)).toEqual(['Vælg …', 'Kort (201 ordrer)', 'Bankoverførsel (9 ordrer)']);
    fireEvent.change(value, { target: { value: 'bacs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj handling' }));
    pick('Så 1.2', 'usePaymentTerms');
    pick('Brug betalingsbetingelse', '1');
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj betingelse' }));
    pick('Når 2', 'total');
    fireEvent.change(screen.getByRole('textbox', { name: 'Værdi 2' }), { target: { value: '10.000,50' } });
    next();
    await screen.findByText('Trin 9 af 10');
    expect(memory.state().wizard.answers.rules![0]).toMatchObject({
      when: [{ field: 'paymentMethod', op: 'eq', value: 'bacs' }, { field: 'total', op: 'gt', value: '10000.50' }],
      then: [{ type: 'keepAsDraft' }, { type: 'usePaymentTerms', paymentTermsNumber: 1 }],
    });
  });

  it('saves the mail server with Next: nothing typed in "Faktura og mail" is lost', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'mail', completed: [], answers: {} } });
    fireEvent.click(await screen.findByRole('radio', { name: /Fakturaen fra e-conomic/ }));
    const mail = await screen.findByRole('region', { name: 'Mail' });
    fireEvent.change(await within(mail).findByLabelText('Server'), { target: { value: 'smtp.simply.com' } });
    fireEvent.change(within(mail).getByLabelText('Afsenderadresse'), { target: { value: 'faktura@butik.dk' } });
    next();
    await screen.findByText('Trin 10 af 10');
    expect(memory.state().mailSettings.smtp?.host).toBe('smtp.simply.com');
    expect(memory.state().wizard.answers.mail).toEqual({ invoiceSource: 'economic' });
  });

  it('asks before leaving a step with edits through the stepper: stay, save or discard', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, {
      wizard: { step: 'stages', completed: ['plan', 'shop', 'economic'], answers: { plan: ANSWERS.plan, shop: ANSWERS.shop, economic: ANSWERS.economic, stages: { orderStages: ['processing'] } } },
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: /Gennemført/ }));
    fireEvent.click(within(stepper()).getByRole('button', { name: /Webshop/ }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt' });
    expect(within(dialog).getByText('Ordrestatus')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bliv her' }));
    expect(currentStep()).toBe('Ordrestatus');

    fireEvent.click(within(stepper()).getByRole('button', { name: /Webshop/ }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Gem og fortsæt' }));
    await waitFor(() => expect(currentStep()).toBe('Webshop'));
    expect(memory.state().wizard.answers.stages).toEqual({ orderStages: ['processing', 'completed'] });
  });

  it('runs the check when the last step opens, names what is not ready, and refuses to finish until it is', async () => {
    const onFinished = vi.fn();
    const memory = createMemoryService({ wizard: { step: 'check', completed: ALL_BUT_CHECK.filter((s) => s !== 'rules'), answers: { ...ANSWERS, paymentMethods: {} } } });
    renderScene(<SetupWizard onFinished={onFinished} />, { memory });
    const lines = await screen.findByRole('list', { name: 'Kontrol af opsætningen' });
    expect(within(lines).getByText(/Disse trin er ikke gemt: Regler\./)).toBeTruthy();
    expect(within(lines).getByText(/Ikke sat op: Kort \(201\), Bankoverførsel \(9\)\./)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Opsætningen er ikke klar: 2 punkt(er) skal rettes først (Alle trin, Betalingsmetoder).');
    fireEvent.click(screen.getByRole('button', { name: 'Gem og start' }));
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => /Kontrollen fandt noget, der skal rettes.*LB-2022/.test(a.textContent ?? ''))).toBe(true));
    expect(onFinished).not.toHaveBeenCalled();

    // The dry run shows the invoices, and each red line leads to its step.
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
    fireEvent.click(within(lines).getByRole('button', { name: 'Gå til Betalingsmetoder' }));
    await waitFor(() => expect(currentStep()).toBe('Betalingsmetoder'));
  });

  it('finishes when the latest check found nothing red', async () => {
    const onFinished = vi.fn();
    const memory = createMemoryService({ wizard: { step: 'check', completed: ALL_BUT_CHECK, answers: ANSWERS } });
    renderScene(<SetupWizard onFinished={onFinished} />, { memory });
    await screen.findByText('Alt er testet og klar. Gem opsætningen for at starte.');
    fireEvent.click(screen.getByRole('button', { name: 'Gem og start' }));
    await waitFor(() => expect(onFinished).toHaveBeenCalled());
    expect(memory.state().profile).toMatchObject({ name: 'butik', orderStages: ['processing'], bookingMode: 'automatic', enabledCurrencies: ['DKK'] });
    expect(memory.state().wizard.finished).toBe(true);
  });
});

describe('SetupWizard: per order or per day ("Ordrestatus")', () => {
  const atStages = (answers: WizardAnswers = {}) => ({ wizard: { step: 'stages' as const, completed: ['plan', 'shop', 'economic'] as WizardStep[], answers: { stages: { orderStages: ['processing'] }, ...answers } } });
  const journalPicker = () => screen.queryByRole('combobox', { name: 'Kassekladde til dagsopgørelser' }) as HTMLSelectElement | null;

  it('books per order until told otherwise, and asks nothing about days then', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, atStages());
    expect(((await screen.findByRole('radio', { name: 'Pr. ordre: én faktura for hver ordre' })) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Dagen lukkes (minutter efter midnat)')).toBeNull();
    expect(journalPicker()).toBeNull();
    next();
    await screen.findByText('Trin 5 af 10');
    expect(memory.state().wizard.answers.posting).toEqual({ postingUnit: 'order', dayClosesAfterMinutes: 60, dayBooking: 'invoice' });
  });

  it('sets a day booked as a voucher in a journal: Next waits for the journal, and only journals that take finance vouchers are offered', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, atStages());
    fireEvent.click(await screen.findByRole('radio', { name: 'Pr. dag: én dagsopgørelse pr. dag og valuta' }));
    const minutes = screen.getByLabelText('Dagen lukkes (minutter efter midnat)') as HTMLInputElement;
    expect(minutes.value).toBe('60');
    fireEvent.change(minutes, { target: { value: '120' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Bilag i en kassekladde, som bogholderen bogfører' }));
    expect(screen.getByText('Vælg den kassekladde, dagens bilag skal i.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Næste' }) as HTMLButtonElement).disabled).toBe(true);
    // Journal 2 takes customer payments only (e-conomic's entryTypeRestrictedTo).
    await waitFor(() => expect([...journalPicker()!.options].map((o) => o.textContent)).toEqual(['Vælg …', '1 · Kassekladde', '4 · Dagsopgørelser']));
    pick('Kassekladde til dagsopgørelser', '4');
    next();
    await screen.findByText('Trin 5 af 10');
    expect(memory.state().wizard.answers.posting).toEqual({ postingUnit: 'day', dayClosesAfterMinutes: 120, dayBooking: 'journal', dayJournalNumber: 4 });
    expect(memory.state().wizard.answers.stages).toEqual({ orderStages: ['processing'] });
  });

  it('refuses a grace period that is no whole number of minutes within a day', async () => {
    renderScene(<SetupWizard onFinished={() => undefined} />, atStages({ posting: { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'invoice' } }));
    const minutes = (await screen.findByLabelText('Dagen lukkes (minutter efter midnat)')) as HTMLInputElement;
    for (const typed of ['1441', '', '7.5']) {
      fireEvent.change(minutes, { target: { value: typed } });
      expect(screen.getByText('Skriv et helt antal minutter fra 0 til 1440.')).toBeTruthy();
      expect((screen.getByRole('button', { name: 'Næste' }) as HTMLButtonElement).disabled).toBe(true);
    }
    fireEvent.change(minutes, { target: { value: '1440' } });
    expect(screen.queryByText('Skriv et helt antal minutter fra 0 til 1440.')).toBeNull();
    expect((screen.getByRole('button', { name: 'Næste' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('reopened on a shop booking days as journal vouchers, shows and keeps them', async () => {
    const posting = { postingUnit: 'day' as const, dayClosesAfterMinutes: 90, dayBooking: 'journal' as const, dayJournalNumber: 1 };
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'stages', completed: ALL_BUT_CHECK, finished: true, answers: { ...ANSWERS, posting } } });
    expect(((await screen.findByRole('radio', { name: 'Pr. dag: én dagsopgørelse pr. dag og valuta' })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Dagen lukkes (minutter efter midnat)') as HTMLInputElement).value).toBe('90');
    expect((screen.getByRole('radio', { name: 'Bilag i en kassekladde, som bogholderen bogfører' }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(journalPicker()!.value).toBe('1'));
    next();
    await screen.findByText('Trin 5 af 10');
    expect(memory.state().wizard.answers.posting).toEqual(posting);
  });

  it('in journal mode names the payment methods whose clearing account is missing', async () => {
    renderScene(<SetupWizard onFinished={() => undefined} />, {
      wizard: { step: 'paymentMethods', completed: [], answers: { posting: { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'journal', dayJournalNumber: 1 } } },
    });
    await screen.findByRole('combobox', { name: 'Betalingsbetingelse Kort' });
    pick('Betalingsbetingelse Kort', '3');
    pick('Betalingsbetingelse Bankoverførsel', 'default');
    expect(screen.getByText('Dagene bogføres som bilag i en kassekladde: vælg afstemningskontoen for Kort, Bankoverførsel. Ellers venter dagene.')).toBeTruthy();
    pick('Afstemningskonto (dagsbilag) Kort', '5820');
    expect(screen.getByText(/vælg afstemningskontoen for Bankoverførsel\. Ellers/)).toBeTruthy();
  });

  it('does not ask for clearing accounts while days are booked as invoices', async () => {
    renderScene(<SetupWizard onFinished={() => undefined} />, {
      wizard: { step: 'paymentMethods', completed: [], answers: { posting: { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'invoice' } } },
    });
    await screen.findByRole('combobox', { name: 'Betalingsbetingelse Kort' });
    pick('Betalingsbetingelse Kort', '3');
    expect(screen.queryByText(/vælg afstemningskontoen/)).toBeNull();
  });
});
