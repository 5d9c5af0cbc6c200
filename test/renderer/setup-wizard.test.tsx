// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WizardAnswers } from '../../shared/ipc/schemas/setup';
import { SetupWizard } from '../../renderer/scenes/setup-wizard';
import { createMemoryService } from '../shared/ipc/memory-service';
import { renderScene } from './support/render';

afterEach(cleanup);

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
const currentStep = () => screen.getByRole('list', { name: 'Opsætning' }).querySelector('[aria-current="step"]')!.textContent;

const ANSWERS: WizardAnswers = {
  plan: { plan: 'standard', profileName: 'butik' },
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
  paymentMethods: {},
  rules: [],
  mail: { invoiceSource: 'shop' },
  dryRun: { reviewedAt: '2026-11-27T09:00:00.000Z' },
};

describe('SetupWizard', () => {
  it('walks plan → shop → e-conomic, testing each connection and storing keys only after a good test', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />);
    expect(await screen.findByText('Trin 1 af 10')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Abonnement' }), { target: { value: 'premium' } });
    next();
    await screen.findByText('Trin 2 af 10');
    expect(memory.state().wizard.answers.plan).toEqual({ plan: 'premium', profileName: 'butik' });

    expect((screen.getByRole('button', { name: 'Næste' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Butikkens adresse'), { target: { value: 'https://butik.dk' } });
    fireEvent.change(screen.getByLabelText('Consumer key'), { target: { value: 'ck_123' } });
    fireEvent.change(screen.getByLabelText('Consumer secret'), { target: { value: 'cs_456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test forbindelse' }));
    expect(await screen.findByText('Forbundet til Testbutik (DKK)')).toBeTruthy();
    next();
    await screen.findByText('Trin 3 af 10');
    const shopSave = memory.calls.filter((c) => c.channel === 'wizard.saveStep').at(-1)!.request;
    expect(shopSave).toMatchObject({ step: 'shop', next: 'economic', shopCredentials: { kind: 'woocommerce', consumerKey: 'ck_123', consumerSecret: 'cs_456' } });
    expect(memory.state().wizard.secretsStored).toEqual(['shop']);

    fireEvent.change(screen.getByLabelText('App Secret Token'), { target: { value: 'app' } });
    fireEvent.change(screen.getByLabelText('Agreement Grant Token'), { target: { value: 'grant' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test forbindelse' }));
    expect(await screen.findByText('Forbundet til Testbutik ApS (aftale 123456)')).toBeTruthy();
    next();
    await screen.findByText('Trin 4 af 10');
    expect(currentStep()).toBe('Ordrestatus');
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
    expect((screen.getByRole('button', { name: 'Næste' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists the shop statuses with counts, including custom ones, and needs at least one', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, {
      wizard: { step: 'stages', completed: ['plan', 'shop', 'economic'], answers: { plan: ANSWERS.plan, shop: ANSWERS.shop, economic: ANSWERS.economic } },
    });
    const custom = await screen.findByRole('checkbox', { name: /Afsendt/ });
    expect(custom.closest('label')!.textContent).toContain('7 ordrer · egen status');
    expect((screen.getByRole('button', { name: 'Næste' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(custom);
    fireEvent.click(screen.getByRole('checkbox', { name: /Gennemført/ }));
    next();
    await screen.findByText('Trin 5 af 10');
    expect(memory.state().wizard.answers.stages).toEqual({ orderStages: ['afsendt', 'completed'] });
  });

  it('resumes where the consultant left off, and steps back to a finished step with its answers', async () => {
    renderScene(<SetupWizard onFinished={() => undefined} />, {
      wizard: { step: 'mapping', completed: ['plan', 'shop', 'economic', 'stages'], answers: { plan: ANSWERS.plan, shop: ANSWERS.shop, economic: ANSWERS.economic, stages: ANSWERS.stages } },
    });
    expect(await screen.findByText('Trin 5 af 10')).toBeTruthy();
    expect(currentStep()).toBe('Opsætning i e-conomic');
    const stepper = screen.getByRole('list', { name: 'Opsætning' });
    expect((within(stepper).getByRole('button', { name: /Regler/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(stepper).getByRole('button', { name: /Webshop/ }));
    expect(await screen.findByText('Forbundet til Testbutik (DKK)')).toBeTruthy();
    expect((screen.getByLabelText('Butikkens adresse') as HTMLInputElement).value).toBe('https://butik.dk');
    // Keys in the keychain need not be typed again: Next is available at once.
    expect((screen.getByRole('button', { name: 'Næste' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('maps layout, payment terms, VAT rates and products from e-conomic’s reference data', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'mapping', completed: ['plan', 'shop', 'economic', 'stages'], answers: {} } });
    const pick = (name: string, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });
    await screen.findByRole('combobox', { name: 'Layout' });
    pick('Layout', '19');
    pick('Betalingsbetingelse', '1');
    fireEvent.change(screen.getByLabelText('Samlekunde (nummer)'), { target: { value: '1' } });
    pick('Moms 25 %', '1');
    pick('Moms 0 %', '2');
    pick('Vare for fragt', 'FRAGT');
    pick('Vare for gebyrer', 'GEBYR');
    pick('Vare for gavekort', 'GAVEKORT');
    expect((screen.getByRole('button', { name: 'Næste' }) as HTMLButtonElement).disabled).toBe(true);
    pick('Vare for øreafrunding', 'AFRUND');
    next();
    await screen.findByText('Trin 6 af 10');
    expect(memory.state().wizard.answers.mapping).toEqual(ANSWERS.mapping);
  });

  it('edits rules as an ordered list', async () => {
    const { memory } = renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'rules', completed: [], answers: {} } });
    fireEvent.click(await screen.findByRole('button', { name: 'Tilføj regel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj regel' }));
    const names = screen.getAllByLabelText('Navn');
    fireEvent.change(names[0], { target: { value: 'Bankoverførsel bogføres aldrig' } });
    fireEvent.change(names[1], { target: { value: 'Udland holdes' } });
    fireEvent.change(screen.getAllByRole('textbox', { name: 'Værdi 1' })[0], { target: { value: 'bacs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Flyt op 2' }));
    next();
    await screen.findByText('Trin 8 af 10');
    const rules = memory.state().wizard.answers.rules!;
    expect(rules.map((r) => r.name)).toEqual(['Udland holdes', 'Bankoverførsel bogføres aldrig']);
    expect(rules[1]).toMatchObject({ when: [{ field: 'paymentMethod', op: 'eq', value: 'bacs' }], then: [{ type: 'keepAsDraft' }] });
  });

  it('shows the dry run as the exact e-conomic invoices, rounding line included', async () => {
    renderScene(<SetupWizard onFinished={() => undefined} />, { wizard: { step: 'dryRun', completed: [], answers: ANSWERS } });
    fireEvent.click(await screen.findByRole('button', { name: 'Kør prøve' }));
    const invoice = await screen.findByRole('article', { name: '#1000' });
    expect(within(invoice).getByText('SKU-1')).toBeTruthy();
    const rounding = invoice.querySelector('tr.rounding')!;
    expect(rounding.textContent).toContain('AFRUND');
    expect(within(rounding as HTMLElement).getByTitle('Øreafrunding')).toBeTruthy();
    expect(within(invoice).getAllByText('100,01')).toHaveLength(2); // total and shop total agree
    expect(within(invoice).getByText('Oprettes som kladde')).toBeTruthy();
  });

  it('finishes by saving the profile', async () => {
    const onFinished = vi.fn();
    const memory = createMemoryService({ wizard: { step: 'finish', completed: [], answers: ANSWERS } });
    renderScene(<SetupWizard onFinished={onFinished} />, { memory });
    fireEvent.click(await screen.findByRole('button', { name: 'Gem og start' }));
    await waitFor(() => expect(onFinished).toHaveBeenCalled());
    expect(memory.state().profile).toMatchObject({ name: 'butik', orderStages: ['processing'], bookingMode: 'automatic' });
    expect(memory.state().wizard.finished).toBe(true);
  });

  it('lists the fields the profile still lacks instead of finishing', async () => {
    const onFinished = vi.fn();
    renderScene(<SetupWizard onFinished={onFinished} />, { wizard: { step: 'finish', completed: [], answers: { plan: ANSWERS.plan } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Gem og start' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ret disse felter:');
    expect(within(alert).getByText('orderStages')).toBeTruthy();
    expect(onFinished).not.toHaveBeenCalled();
  });
});
