// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/app';
import { Settings } from '../../renderer/scenes/settings';
import { SetupWizard } from '../../renderer/scenes/setup-wizard';
import type { WizardAnswers, WizardStep } from '../../shared/ipc/schemas/setup';
import { createMemoryService, type MemoryService } from '../shared/ipc/memory-service';
import { createTestBridge, renderScene } from './support/render';

afterEach(cleanup);

const mailSection = () => screen.getByRole('region', { name: 'Mail' });
const mailField = (label: string) => within(mailSection()).getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(mailField(label), { target: { value } });
const saveMail = () => fireEvent.click(within(mailSection()).getByRole('button', { name: 'Gem mailindstillinger' }));

describe('Settings', () => {
  it('saves language, interval, notifications and start at login; the data folder is read-only', async () => {
    const onSaved = vi.fn();
    const { memory } = renderScene(<Settings onSaved={onSaved} />);
    const dataDir = (await screen.findByLabelText('Datamappe')) as HTMLInputElement;
    expect(dataDir.readOnly).toBe(true);
    expect(dataDir.value).toBe('/home/butik/.config/LedgerBridge');
    fireEvent.change(screen.getByLabelText('Sprog'), { target: { value: 'en' } });
    fireEvent.change(screen.getByLabelText(/Synkronisér hvert/), { target: { value: '15' } });
    fireEvent.click(screen.getByLabelText('Start ved login (i systembakken)'));
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    // The error-mail address and digest are saved by the mail section, so this form cannot overwrite them.
    expect(memory.calls.find((c) => c.channel === 'settings.update')?.request).toEqual({
      language: 'en',
      syncIntervalMinutes: 15,
      desktopNotifications: true,
      startAtLogin: true,
    });
    expect(memory.state().settings.language).toBe('en');
    expect(screen.getByText('Demotilstand: forbundet til de lokale sandkasser.')).toBeTruthy();
  });

  it('checks the mail server form per field in Danish and sends nothing while a field is wrong', async () => {
    const { memory } = renderScene(<Settings onSaved={() => undefined} />);
    await screen.findByLabelText('Server');
    type('Port', '99999');
    type('Afsenderadresse', 'faktura(at)butik.dk');
    type('Svar-til-adresse (valgfri)', 'svar@');
    type('Adgangskode', 'hemmelig');
    saveMail();
    const errors = await within(mailSection()).findAllByRole('alert');
    expect(errors.map((e) => e.textContent)).toEqual([
      'Skriv mailserverens navn, fx "smtp.simply.com" eller "send.one.com".',
      'Porten skal være et helt tal fra 1 til 65535 — typisk 587 (STARTTLS) eller 465 (TLS).',
      'Skriv brugernavnet, der hører til adgangskoden (ofte din mailadresse).',
      'Det ligner ikke en e-mailadresse. Skriv den som navn@domæne.dk.',
      'Det ligner ikke en e-mailadresse. Skriv den som navn@domæne.dk.',
    ]);
    expect(mailField('Server').getAttribute('aria-describedby')).toBe(errors[0].id);
    expect(memory.calls.some((c) => c.channel === 'mail.saveSettings')).toBe(false);

    // Errors follow the typing once shown: a corrected field clears its own message.
    type('Server', 'smtp.simply.com');
    type('Port', '587');
    await waitFor(() => expect(within(mailSection()).getAllByRole('alert')).toHaveLength(3));
  });

  it('saves server, sender and error mails; the password goes once and afterwards only shows as "gemt"', async () => {
    const { memory } = renderScene(<Settings onSaved={() => undefined} />);
    await screen.findByLabelText('Server');
    type('Server', ' smtp.simply.com ');
    fireEvent.change(mailField('Sikkerhed'), { target: { value: 'tls' } });
    // Choosing TLS suggests its usual port.
    expect(mailField('Port').value).toBe('465');
    type('Brugernavn', 'faktura@butik.dk');
    type('Adgangskode', 'Hemmelig-42');
    type('Afsendernavn', 'Nordlys Keramik');
    type('Afsenderadresse', 'faktura@butik.dk');
    type('E-mail til fejlbeskeder', 'ejer@butik.dk');
    fireEvent.change(mailField('Fejlmails'), { target: { value: 'daily' } });
    saveMail();
    await within(mailSection()).findByText('Gemt');

    expect(memory.calls.find((c) => c.channel === 'mail.saveSettings')?.request).toEqual({
      smtp: { host: ' smtp.simply.com ', port: 465, security: 'tls', user: 'faktura@butik.dk' },
      password: 'Hemmelig-42',
      fromName: 'Nordlys Keramik',
      fromAddress: 'faktura@butik.dk',
      replyTo: '',
      notificationEmail: 'ejer@butik.dk',
      digest: 'daily',
      // The shop Settings show (the memory service's one shop).
      profile: 'testbutik',
    });
    expect(memory.state().smtpPassword).toBe('Hemmelig-42');
    expect(mailField('Adgangskode').value).toBe('');
    expect(mailField('Adgangskode').placeholder).toBe('gemt');
    expect(mailField('Server').value).toBe('smtp.simply.com');

    // Saving again without typing a password keeps the stored one and does not send one.
    type('Afsendernavn', 'Nordlys');
    saveMail();
    await waitFor(() => expect(memory.calls.filter((c) => c.channel === 'mail.saveSettings')).toHaveLength(2));
    expect(memory.calls.filter((c) => c.channel === 'mail.saveSettings')[1].request).not.toHaveProperty('password');
    expect(memory.state().smtpPassword).toBe('Hemmelig-42');
  });

  it('sends a test mail through the server as typed, before saving, and says whether the server took it', async () => {
    const { memory } = renderScene(<Settings onSaved={() => undefined} />);
    await screen.findByLabelText('Server');
    type('Server', 'smtp.forkert.dk');
    type('Afsenderadresse', 'faktura@butik.dk');
    type('Send testmail til', 'ejer@butik.dk');
    fireEvent.click(within(mailSection()).getByRole('button', { name: 'Send testmail' }));
    expect((await within(mailSection()).findByRole('alert')).textContent).toContain('LB-6001');
    type('Server', 'smtp.simply.com');
    fireEvent.click(within(mailSection()).getByRole('button', { name: 'Send testmail' }));
    expect(await within(mailSection()).findByText('Mailserveren smtp.simply.com tog imod testmailen til ejer@butik.dk.')).toBeTruthy();
    expect(memory.calls.filter((c) => c.channel === 'mail.testServer').at(-1)?.request).toMatchObject({ smtp: { host: 'smtp.simply.com' }, to: 'ejer@butik.dk' });
    // Testing saved nothing.
    expect(memory.calls.some((c) => c.channel === 'mail.saveSettings')).toBe(false);
  });

  it('edits currencies, VAT zones and EU business customers (the place the fix texts send the owner to)', async () => {
    const { memory } = renderScene(<Settings onSaved={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Valuta og moms' });
    fireEvent.click(await within(section).findByRole('checkbox', { name: /EUR · Euro/ }));
    fireEvent.change(within(section).getByRole('combobox', { name: 'Momszone for kunder uden for EU' }), { target: { value: '3' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Gem valuta og moms' }));
    await within(section).findByText('Gemt');
    expect(memory.calls.find((c) => c.channel === 'currencies.save')?.request).toMatchObject({ enabled: ['DKK', 'EUR'], vatZones: { abroad: 3 } });
  });

  describe('One-Stop-Shop', () => {
    const mapping: NonNullable<WizardAnswers['mapping']> = {
      layoutNumber: 19,
      paymentTermsNumber: 1,
      customerMode: 'collective',
      collectiveCustomerNumber: 1,
      productGroups: { '25': 1, '0': 2 },
      products: { shipping: 'FRAGT', fee: 'GEBYR', giftCard: 'GAVEKORT', rounding: 'AFRUND' },
    };
    const currencies = { enabled: ['DKK'], collectiveCustomers: {}, homeCountry: 'DK', vatZones: { domestic: 1, eu: 2, abroad: 3 }, vatNumberMetaKey: '_vat_number' };
    const describedBy = (element: HTMLElement) => document.getElementById(element.getAttribute('aria-describedby')!)!.textContent;

    it('switches OSS on, says when a shop must use it, and maps a group per country and rate: the proposal shown, a new rate named until chosen', async () => {
      const { memory } = renderScene(<Settings onSaved={() => undefined} />, { wizard: { finished: true, step: 'check', answers: { mapping, currencies: { ...currencies, oss: false } } } });
      const section = await screen.findByRole('region', { name: 'Valuta og moms' });
      const ossSwitch = await within(section).findByRole('checkbox', { name: 'Bogfør EU-privatkunder med deres eget lands moms (OSS)' });
      expect(describedBy(ossSwitch)).toBe('Slå OSS til, når butikken sælger for mere end 10.000 euro om året til privatkunder i andre EU-lande; så skal hver af dem betale sit eget lands moms.');
      expect(within(section).queryByRole('combobox', { name: /Varegruppe til/ })).toBeNull();

      fireEvent.click(ossSwitch);
      // The memory agreement has one group with a German OSS code: DE19 on group 11.
      const germany19 = (await within(section).findByRole('combobox', { name: 'Varegruppe til Tyskland 19 %' })) as HTMLSelectElement;
      expect(germany19.value).toBe('11');
      expect(describedBy(germany19)).toBe('Foreslået af e-conomic: den eneste varegruppe, hvis salgskonto har momskoden DE19.');
      // The shop's newest orders went to Swedish consumers at 25 %: offered without typing, and named until a group is chosen.
      const sweden25 = within(section).getByRole('combobox', { name: 'Varegruppe til Sverige 25 %' }) as HTMLSelectElement;
      expect(sweden25.value).toBe('');
      expect(describedBy(sweden25)).toBe('Vælg varegruppen til Sverige 25 %. Indtil da venter ordrer til privatkunder i Sverige med 25 % moms.');
      expect(sweden25.closest('.inline-form')!.textContent).toContain('i 9 af butikkens nyeste ordrer');
      // Denmark is home, and 19 % is no Swedish rate (a shop tax mistake, held on its own): no rows for them.
      expect(within(section).getAllByRole('combobox', { name: /^Varegruppe til/ }).map((c) => c.getAttribute('aria-label'))).toEqual(['Varegruppe til Tyskland 19 %', 'Varegruppe til Sverige 25 %']);

      // Germany has 19 % and 7 % only; the shop's own country and a country outside the EU are no OSS countries.
      const add = within(section).getByLabelText('Tilføj land og sats');
      const addButton = within(section).getByRole('button', { name: 'Tilføj land' }) as HTMLButtonElement;
      fireEvent.change(add, { target: { value: 'DE:20' } });
      expect(within(section).getByRole('alert').textContent).toBe('Tyskland har ikke 20 % moms; landets satser er 19 %, 7 %.');
      expect(addButton.disabled).toBe(true);
      for (const other of ['DK:25', 'US:10', '7']) {
        fireEvent.change(add, { target: { value: other } });
        expect(within(section).getByRole('alert').textContent).toBe('Skriv et andet EU-lands landekode og en af dets satser, fx DE:7.');
      }
      fireEvent.change(add, { target: { value: 'de 7' } });
      expect(within(section).queryByRole('alert')).toBeNull();
      fireEvent.click(addButton);
      const germany7 = within(section).getByRole('combobox', { name: 'Varegruppe til Tyskland 7 %' }) as HTMLSelectElement;
      expect(germany7.value).toBe('');
      expect(describedBy(germany7)).toBe('Vælg varegruppen til Tyskland 7 %. Indtil da venter ordrer til privatkunder i Tyskland med 7 % moms.');
      fireEvent.change(germany7, { target: { value: '12' } });
      expect(germany7.getAttribute('aria-describedby')).toBeNull();

      fireEvent.click(within(section).getByRole('button', { name: 'Gem valuta og moms' }));
      await within(section).findByText('Gemt');
      // Only the consultant's choice is saved; Germany 19 % stays e-conomic's proposal, which the engine books by.
      expect(memory.calls.find((c) => c.channel === 'currencies.save')?.request).toMatchObject({ oss: true, ossProductGroups: { 'DE:7': 12 } });
      expect(memory.state().wizard.answers.mapping?.productGroups).toEqual({ '25': 1, '0': 2, 'DE:7': 12 });
      expect(memory.state().wizard.answers.currencies?.oss).toBe(true);
    });

    it('in English too, and a chosen country and rate can be removed again', async () => {
      const { memory } = renderScene(<Settings onSaved={() => undefined} />, {
        language: 'en',
        wizard: { finished: true, step: 'check', answers: { mapping: { ...mapping, productGroups: { ...mapping.productGroups, 'SE:12': 2 } }, currencies: { ...currencies, oss: true } } },
      });
      const section = await screen.findByRole('region', { name: 'Currencies and VAT' });
      const ossSwitch = (await within(section).findByRole('checkbox', { name: "Book EU consumers at their own country's VAT (OSS)" })) as HTMLInputElement;
      expect(ossSwitch.checked).toBe(true);
      expect(describedBy(ossSwitch)).toBe("Turn OSS on when the shop sells more than EUR 10,000 a year to consumers in other EU countries; each of them must then be charged their own country's VAT.");
      expect(((await within(section).findByRole('combobox', { name: 'Product group for Germany 19 %' })) as HTMLSelectElement).value).toBe('11');
      expect((within(section).getByRole('combobox', { name: 'Product group for Sweden 12 %' }) as HTMLSelectElement).value).toBe('2');
      fireEvent.change(within(section).getByLabelText('Add country and rate'), { target: { value: 'FR:7' } });
      expect(within(section).getByRole('alert').textContent).toBe('France has no 7 % VAT rate; its rates are 20 %, 10 %, 5.5 %, 2.1 %.');
      fireEvent.click(within(section).getByRole('button', { name: 'Remove SE 12' }));
      fireEvent.click(within(section).getByRole('button', { name: 'Save currencies and VAT' }));
      await within(section).findByText('Saved');
      expect(memory.state().wizard.answers.mapping?.productGroups).toEqual({ '25': 1, '0': 2 });
    });

    it("checks a typed rate against the rates of today in Denmark: Romania's 21 % from 1 August 2025 at 00:30 Danish time, when UTC still says 31 July", async () => {
      // Romania: 19 % until 31 July 2025, 21 % and 11 % from 1 August (shared/vat/eu-vat-rates.json).
      // 22:30 UTC on 31 July is 00:30 on 1 August in Copenhagen (UTC+2 in summer). Only Date is faked: React still runs its timers.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2025-07-31T22:30:00Z'));
      try {
        renderScene(<Settings onSaved={() => undefined} />, { wizard: { finished: true, step: 'check', answers: { mapping, currencies: { ...currencies, oss: true } } } });
        const section = await screen.findByRole('region', { name: 'Valuta og moms' });
        await within(section).findByRole('combobox', { name: 'Varegruppe til Tyskland 19 %' });
        const add = within(section).getByLabelText('Tilføj land og sats');
        fireEvent.change(add, { target: { value: 'RO:21' } });
        expect(within(section).queryByRole('alert')).toBeNull();
        expect((within(section).getByRole('button', { name: 'Tilføj land' }) as HTMLButtonElement).disabled).toBe(false);
        fireEvent.change(add, { target: { value: 'RO:19' } });
        expect(within(section).getByRole('alert').textContent).toBe('Rumænien har ikke 19 % moms; landets satser er 21 %, 11 %.');
      } finally {
        vi.useRealTimers();
      }
    });

    it('asks before leaving Settings with the switch changed, but not for a proposal merely shown', async () => {
      const memory = createMemoryService({ wizard: { finished: true, step: 'check', answers: { mapping, currencies: { ...currencies, oss: true } } } });
      render(<App client={createTestBridge(memory).client} />);
      const nav = await screen.findByRole('navigation', { name: 'LedgerBridge' });
      fireEvent.click(within(nav).getByRole('button', { name: 'Indstillinger' }));
      const section = await screen.findByRole('region', { name: 'Valuta og moms' });
      await within(section).findByRole('combobox', { name: 'Varegruppe til Tyskland 19 %' });
      fireEvent.click(within(nav).getByRole('button', { name: 'Ordrer' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Ordrer' })).toBeTruthy();

      fireEvent.click(within(nav).getByRole('button', { name: 'Indstillinger' }));
      fireEvent.click(await screen.findByRole('checkbox', { name: 'Bogfør EU-privatkunder med deres eget lands moms (OSS)' }));
      fireEvent.click(within(nav).getByRole('button', { name: 'Ordrer' }));
      const dialog = await screen.findByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt' });
      expect(within(dialog).getByText('Valuta og moms')).toBeTruthy();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og fortsæt' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Ordrer' })).toBeTruthy();
      expect(memory.state().wizard.answers.currencies?.oss).toBe(false);
    });
  });

  /**
   * A consultant opens Settings in the middle of the setup and saves a form the wizard also has:
   * the wizard, opened afterwards, shows that answer on its step but ticks no step off and stays
   * where it was — the step is done when it is gone through in the wizard.
   */
  describe('saved before the setup wizard is finished', () => {
    const ticked = () => [...screen.getByRole('list', { name: 'Opsætning' }).querySelectorAll('li.done')].map((li) => li.textContent);
    const currentStep = () => screen.getByRole('list', { name: 'Opsætning' }).querySelector('[aria-current="step"]')?.textContent;

    it('the booking per day ticks no "Ordrestatus" off: the wizard still waits there, with per day chosen', async () => {
      const memory = createMemoryService({
        posting: { postingUnit: 'order', dayClosesAfterMinutes: 60, dayBooking: 'invoice' },
        wizard: { step: 'stages', completed: ['plan', 'shop', 'economic'] as WizardStep[], answers: { stages: { orderStages: ['processing'] } } },
      });
      renderScene(<Settings onSaved={() => undefined} />, { memory });
      const posting = await screen.findByRole('region', { name: 'Bogføring pr. ordre eller pr. dag' });
      fireEvent.click(await within(posting).findByRole('radio', { name: 'Pr. dag: én dagsopgørelse pr. dag og valuta' }));
      fireEvent.change(within(posting).getByLabelText('Dagen lukkes (minutter efter midnat)'), { target: { value: '120' } });
      fireEvent.click(within(posting).getByRole('button', { name: 'Gem bogføringen' }));
      await within(posting).findByText('Gemt');
      cleanup();

      renderScene(<SetupWizard onFinished={() => undefined} />, { memory });
      expect(((await screen.findByRole('radio', { name: 'Pr. dag: én dagsopgørelse pr. dag og valuta' })) as HTMLInputElement).checked).toBe(true);
      expect((screen.getByLabelText('Dagen lukkes (minutter efter midnat)') as HTMLInputElement).value).toBe('120');
      expect(currentStep()).toBe('Ordrestatus');
      expect(ticked()).toEqual(['✓ Licens', '✓ Webshop', '✓ e-conomic']);
    });

    it('the currencies tick no "Valuta og EU" off: the wizard stays at the mapping step, and shows them once there', async () => {
      const memory = createMemoryService({ wizard: { step: 'mapping', completed: ['plan', 'shop', 'economic', 'stages'] as WizardStep[], answers: { stages: { orderStages: ['processing'] } } } });
      renderScene(<Settings onSaved={() => undefined} />, { memory });
      const section = await screen.findByRole('region', { name: 'Valuta og moms' });
      fireEvent.click(await within(section).findByRole('checkbox', { name: /EUR · Euro/ }));
      fireEvent.click(within(section).getByRole('button', { name: 'Gem valuta og moms' }));
      await within(section).findByText('Gemt');
      cleanup();

      renderScene(<SetupWizard onFinished={() => undefined} />, { memory });
      await screen.findByRole('list', { name: 'Opsætning' });
      expect(currentStep()).toBe('Opsætning i e-conomic');
      expect(ticked()).toEqual(['✓ Licens', '✓ Webshop', '✓ e-conomic', '✓ Ordrestatus']);
      expect(memory.state().wizard.answers.currencies?.enabled).toEqual(['DKK', 'EUR']);
    });
  });

  it('makes a support bundle and tells where it is', async () => {
    renderScene(<Settings onSaved={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Support' });
    fireEvent.click(within(section).getByRole('button', { name: 'Lav supportpakke' }));
    expect(await within(section).findByText('Supportpakken er gemt: /tmp/ledgerbridge-support-2026-11-27.zip')).toBeTruthy();
  });

  describe("the accountant's address (a shop booking per day)", () => {
    const section = (name: string) => screen.findByRole('region', { name });

    it('is checked as one e-mail address and saved for the day mails, in Danish', async () => {
      const { memory } = renderScene(<Settings onSaved={() => undefined} />);
      const accountant = await section('Revisor');
      const field = within(accountant).getByRole('textbox', { name: 'Revisorens mailadresse' }) as HTMLInputElement;
      await waitFor(() => expect(field.value).toBe('revisor@example.dk'));
      fireEvent.change(field, { target: { value: 'revisor@example.dk, bogholder@example.dk' } });
      fireEvent.click(within(accountant).getByRole('button', { name: 'Gem revisorens adresse' }));
      expect(await within(accountant).findByText('Skriv én mailadresse, fx "revisor@example.dk", eller lad feltet være tomt.')).toBeTruthy();
      expect(memory.calls.some((c) => c.channel === 'accountant.save')).toBe(false);
      fireEvent.change(field, { target: { value: ' tal@revision.dk ' } });
      fireEvent.click(within(accountant).getByRole('button', { name: 'Gem revisorens adresse' }));
      await within(accountant).findByText('Gemt');
      expect(memory.calls.filter((c) => c.channel === 'accountant.save').map((c) => c.request)).toEqual([{ accountantEmail: 'tal@revision.dk' }]);
      expect(field.value).toBe('tal@revision.dk');
    });

    it('can be emptied to mail nothing, in English', async () => {
      const { memory } = renderScene(<Settings onSaved={() => undefined} />, { language: 'en' });
      const accountant = await section('Accountant');
      const field = within(accountant).getByRole('textbox', { name: "Accountant's e-mail address" }) as HTMLInputElement;
      await waitFor(() => expect(field.value).toBe('revisor@example.dk'));
      expect(within(accountant).getByText(/Empty: no mails\./)).toBeTruthy();
      fireEvent.change(field, { target: { value: '' } });
      fireEvent.click(within(accountant).getByRole('button', { name: "Save the accountant's address" }));
      await within(accountant).findByText('Saved');
      expect(memory.calls.filter((c) => c.channel === 'accountant.save').map((c) => c.request)).toEqual([{ accountantEmail: '' }]);
    });

    it('is not asked for by a shop that books one invoice per order, which has no day lists to mail', async () => {
      const memory = createMemoryService();
      let asked = false;
      memory.service['accountant.get'] = async () => ((asked = true), { postingUnit: 'order', accountantEmail: 'revisor@example.dk' });
      renderScene(<Settings onSaved={() => undefined} />, { memory });
      await screen.findByLabelText('Datamappe');
      await waitFor(() => expect(asked).toBe(true));
      expect(screen.queryByRole('region', { name: 'Revisor' })).toBeNull();
      expect(screen.queryByRole('textbox', { name: 'Revisorens mailadresse' })).toBeNull();
    });
  });

  describe('the shop it shows (also while the wizard sets up a further shop)', () => {
    const SHOPS = [
      { name: 'nordlys', platform: 'woocommerce' as const, shopUrl: 'https://nordlys.dk' },
      { name: 'sverige', platform: 'woocommerce' as const, shopUrl: 'https://norrsken.se' },
    ];
    const sharedWithWizard = (memory: MemoryService) =>
      memory.calls
        .filter((c) => ['posting.get', 'posting.save', 'currencies.get', 'profile.get', 'wizard.get', 'economic.referenceData', 'shop.recentValues', 'mail.getSettings'].includes(c.channel))
        .map((c) => [c.channel, c.request]);

    it('reads and saves the booking and the currencies of the shop chosen in the shop switcher, and asks the wizard nothing', async () => {
      const memory = createMemoryService({ shops: SHOPS, posting: { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'invoice' } });
      await memory.service['shops.switch']({ name: 'sverige' });
      await memory.service['shops.add']({});
      memory.calls.length = 0;
      renderScene(<Settings onSaved={() => undefined} />, { memory });
      const posting = await screen.findByRole('region', { name: 'Bogføring pr. ordre eller pr. dag' });
      await within(await screen.findByRole('region', { name: 'Valuta og moms' })).findByRole('button', { name: 'Gem valuta og moms' });
      fireEvent.click(await within(posting).findByRole('radio', { name: 'Pr. ordre: én faktura for hver ordre' }));
      fireEvent.click(within(posting).getByRole('button', { name: 'Gem bogføringen' }));
      await within(posting).findByText('Gemt');
      await within(await screen.findByRole('region', { name: 'Mail' })).findByRole('button', { name: 'Gem mailindstillinger' });
      const sverige = { profile: 'sverige' };
      expect(sharedWithWizard(memory).sort()).toEqual([
        ['currencies.get', sverige],
        ['economic.referenceData', sverige],
        ['economic.referenceData', sverige],
        ['mail.getSettings', sverige],
        ['posting.get', sverige],
        ['posting.save', { postingUnit: 'order', dayClosesAfterMinutes: 60, dayBooking: 'invoice', profile: 'sverige' }],
        ['profile.get', sverige],
        ['shop.recentValues', sverige],
      ]);
    });

    it("names no shop before the first shop is saved: Settings then edits the wizard's answers", async () => {
      const { memory } = renderScene(<Settings onSaved={() => undefined} />, { shops: [] });
      await within(await screen.findByRole('region', { name: 'Bogføring pr. ordre eller pr. dag' })).findByRole('button', { name: 'Gem bogføringen' });
      await within(await screen.findByRole('region', { name: 'Valuta og moms' })).findByRole('button', { name: 'Gem valuta og moms' });
      await within(await screen.findByRole('region', { name: 'Mail' })).findByRole('button', { name: 'Gem mailindstillinger' });
      expect(sharedWithWizard(memory).sort()).toEqual([
        ['currencies.get', {}],
        ['economic.referenceData', {}],
        ['economic.referenceData', {}],
        ['mail.getSettings', {}],
        ['posting.get', {}],
        ['shop.recentValues', {}],
        ['wizard.get', {}],
      ]);
    });
  });

  describe('per order or per day (the place the fix for a day without journal, LB-2048, sends the owner to)', () => {
    const region = () => screen.findByRole('region', { name: 'Bogføring pr. ordre eller pr. dag' });

    it('switches a shop booking per order to days booked as journal vouchers; the accountant is then asked for', async () => {
      const { memory } = renderScene(<Settings onSaved={() => undefined} />, { memory: createMemoryService({ posting: { postingUnit: 'order', dayClosesAfterMinutes: 60, dayBooking: 'invoice' } }) });
      const posting = await region();
      const perOrder = (await within(posting).findByRole('radio', { name: 'Pr. ordre: én faktura for hver ordre' })) as HTMLInputElement;
      expect(perOrder.checked).toBe(true);
      expect(screen.queryByRole('region', { name: 'Revisor' })).toBeNull();
      fireEvent.click(within(posting).getByRole('radio', { name: 'Pr. dag: én dagsopgørelse pr. dag og valuta' }));
      fireEvent.change(within(posting).getByLabelText('Dagen lukkes (minutter efter midnat)'), { target: { value: '90' } });
      fireEvent.click(within(posting).getByRole('radio', { name: 'Bilag i en kassekladde, som bogholderen bogfører' }));
      const save = within(posting).getByRole('button', { name: 'Gem bogføringen' }) as HTMLButtonElement;
      expect(save.disabled).toBe(true);
      const journal = within(posting).getByRole('combobox', { name: 'Kassekladde til dagsopgørelser' }) as HTMLSelectElement;
      // The control LB-2048's "go there" focuses.
      expect(journal.getAttribute('data-place')).toBe('settings.dayJournal');
      await waitFor(() => expect([...journal.options].map((o) => o.value)).toEqual(['', '1', '4']));
      fireEvent.change(journal, { target: { value: '4' } });
      fireEvent.click(save);
      await within(posting).findByText('Gemt');
      expect(memory.calls.filter((c) => c.channel === 'posting.save').map((c) => c.request)).toEqual([{ postingUnit: 'day', dayClosesAfterMinutes: 90, dayBooking: 'journal', dayJournalNumber: 4, profile: 'testbutik' }]);
      expect(await screen.findByRole('region', { name: 'Revisor' })).toBeTruthy();
    });

    it('keeps the journal when days go back to invoices, and refuses a grace period beyond a day, in English', async () => {
      const { memory } = renderScene(<Settings onSaved={() => undefined} />, {
        language: 'en',
        memory: createMemoryService({ posting: { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'journal', dayJournalNumber: 4 } }),
      });
      const posting = await screen.findByRole('region', { name: 'Booking per order or per day' });
      await waitFor(() => expect((within(posting).getByRole('combobox', { name: 'Journal for daily summaries' }) as HTMLSelectElement).value).toBe('4'));
      const minutes = within(posting).getByLabelText('The day closes (minutes after midnight)');
      fireEvent.change(minutes, { target: { value: '1500' } });
      expect(within(posting).getByText('Enter a whole number of minutes from 0 to 1440.')).toBeTruthy();
      expect((within(posting).getByRole('button', { name: 'Save the booking' }) as HTMLButtonElement).disabled).toBe(true);
      fireEvent.change(minutes, { target: { value: '0' } });
      fireEvent.click(within(posting).getByRole('radio', { name: 'An invoice to the collective customer' }));
      expect(within(posting).queryByRole('combobox', { name: 'Journal for daily summaries' })).toBeNull();
      fireEvent.click(within(posting).getByRole('button', { name: 'Save the booking' }));
      await within(posting).findByText('Saved');
      expect(memory.calls.filter((c) => c.channel === 'posting.save').map((c) => c.request)).toEqual([{ postingUnit: 'day', dayClosesAfterMinutes: 0, dayBooking: 'invoice', dayJournalNumber: 4, profile: 'testbutik' }]);
    });
  });
});
