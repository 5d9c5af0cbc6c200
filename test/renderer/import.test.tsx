// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportOrders } from '../../renderer/scenes/import';
import { describe as describeProblem } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/lang';
import { createMemoryService } from '../shared/ipc/memory-service';
import { renderScene } from './support/render';

afterEach(cleanup);

describe('ImportOrders', () => {
  it('checks the orders from a day first, then imports them with progress, pause and resume', async () => {
    const { memory } = renderScene(<ImportOrders />, { wizard: { finished: true, step: 'check' } });
    fireEvent.change(await screen.findByLabelText('Fra dato'), { target: { value: '01-09-2026' } });
    fireEvent.blur(screen.getByLabelText('Fra dato'));
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollér ordrerne' }));
    const preview = await screen.findByRole('group', { name: 'Ordrer fra 01-09-2026' });
    expect(within(preview).getByText('42 ordrer i de valgte ordrestatusser')).toBeTruthy();
    expect(within(preview).getByText('39 overføres')).toBeTruthy();
    expect(within(preview).getByRole('row', { name: /#1007 LB-1001/ })).toBeTruthy();
    expect(memory.calls.find((c) => c.channel === 'import.preview')?.request).toEqual({ from: '2026-09-01' });
    // Nothing ran yet.
    expect(memory.calls.some((c) => c.channel === 'import.start')).toBe(false);

    fireEvent.click(within(preview).getByRole('button', { name: 'Start importen (42 ordrer)' }));
    const bar = await screen.findByRole('progressbar', { name: 'Importens fremdrift' });
    expect(bar.getAttribute('aria-valuemax')).toBe('42');
    memory.importProgress(21);
    await screen.findByText('21 af 42 ordrer', {}, { timeout: 3000 });
    fireEvent.click(screen.getByRole('button', { name: 'Sæt på pause' }));
    expect(await screen.findByRole('heading', { name: 'Importen fra 01-09-2026 er sat på pause' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsæt importen' }));
    await screen.findByRole('heading', { name: 'Importerer ordrer fra 01-09-2026' });
    expect(memory.calls.filter((c) => c.channel === 'import.start').map((c) => c.request)).toEqual([{ from: '2026-09-01' }, { from: '2026-09-01' }]);
    expect(memory.state().imported.processed).toBe(21);
  });
});

describe('ImportOrders on a Shopify shop that shows only the last 60 days (LB-2047)', () => {
  /** The preview as the app's service answers it then: the warning in the owner's language, from the catalogue. */
  function shopShowingOnly60Days(lang: Lang) {
    const memory = createMemoryService({ wizard: { finished: true, step: 'check' } });
    const preview = memory.service['import.preview'];
    memory.service['import.preview'] = async (req) => {
      const d = describeProblem('LB-2047', { from: req.from, oldest: '2026-10-08' }, lang);
      return { ...(await preview(req)), warning: { code: 'LB-2047', title: d.title, message: d.message, fix: d.fix } };
    };
    return memory;
  }

  it('warns atop the preview in Danish, with what to grant, the button to press again and the code', async () => {
    renderScene(<ImportOrders />, { memory: shopShowingOnly60Days('da') });
    fireEvent.change(await screen.findByLabelText('Fra dato'), { target: { value: '01-09-2026' } });
    fireEvent.blur(screen.getByLabelText('Fra dato'));
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollér ordrerne' }));
    const preview = await screen.findByRole('group', { name: 'Ordrer fra 01-09-2026' });
    const warning = within(preview).getByText('Shopify viser kun ordrer fra de seneste 60 dage').parentElement!;
    expect(warning.textContent).toContain('Importen skal gå tilbage til 2026-09-01, men LedgerBridges app i Shopify har ikke adgangen "read_all_orders". Så viser Shopify kun ordrer oprettet fra 2026-10-08;');
    expect(warning.textContent).toContain('Giv appen adgangen "read_all_orders" i Shopify');
    expect(warning.textContent).toContain('Kontrollér ordrerne');
    expect(warning.textContent).toContain('(Fejlkode LB-2047)');
    // The import can still be started: the owner decides, having read it.
    expect(within(preview).getByRole('button', { name: 'Start importen (42 ordrer)' })).toBeTruthy();
  });

  it('warns atop the preview in English', async () => {
    renderScene(<ImportOrders />, { memory: shopShowingOnly60Days('en'), language: 'en' });
    const from = await screen.findByLabelText('From date');
    fireEvent.change(from, { target: { value: '01-09-2026' } });
    fireEvent.blur(from);
    fireEvent.click(screen.getByRole('button', { name: 'Check the orders' }));
    const preview = await screen.findByRole('group', { name: 'Orders from 01-09-2026' });
    const warning = within(preview).getByText('Shopify shows only the orders of the last 60 days').parentElement!;
    expect(warning.textContent).toContain('The import is to reach back to 2026-09-01, but LedgerBridge\'s app in Shopify lacks the "read_all_orders" access. Shopify then shows only orders created from 2026-10-08;');
    expect(warning.textContent).toContain('Give the app the "read_all_orders" access in Shopify');
    expect(warning.textContent).toContain('Check the orders');
    expect(warning.textContent).toContain('(Error code LB-2047)');
  });
});

describe('ImportOrders before the setup is finished', () => {
  it('says to finish the setup first', async () => {
    renderScene(<ImportOrders />);
    expect(await screen.findByText('Gør opsætningen færdig først; derefter kan tidligere ordrer importeres her.')).toBeTruthy();
  });
});

describe('ImportOrders in day mode (postingUnit "day")', () => {
  it.each([
    ['da', 'Fra dato', 'Kontrollér ordrerne', 'Ordrer fra 01-09-2026', '39 overføres – 37 af dem i 3 dagsfakturaer: 1.196,00 kr., 40,00 EUR'],
    ['en', 'From date', 'Check the orders', 'Orders from 01-09-2026', '39 are transferred – 37 of them in 3 day invoices: DKK 1,196.00, EUR 40.00'],
  ] as const)('says how many day invoices the import makes and what they come to (%s)', async (language, fromLabel, check, title, line) => {
    const memory = createMemoryService({ wizard: { finished: true, step: 'check' } });
    const plain = memory.service['import.preview'];
    memory.service['import.preview'] = async (req) => ({ ...(await plain(req)), days: { orders: 37, invoices: 3, totals: [{ currency: 'DKK', gross: '1196.00' }, { currency: 'EUR', gross: '40.00' }] } });
    renderScene(<ImportOrders />, { memory, language });
    fireEvent.change(await screen.findByLabelText(fromLabel), { target: { value: '01-09-2026' } });
    fireEvent.blur(screen.getByLabelText(fromLabel));
    fireEvent.click(screen.getByRole('button', { name: check }));
    const preview = await screen.findByRole('group', { name: title });
    expect(within(preview).getByText(line)).toBeTruthy();
  });
});
