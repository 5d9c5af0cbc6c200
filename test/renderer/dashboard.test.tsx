// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../renderer/scenes/dashboard';
import { createMemoryService } from '../shared/ipc/memory-service';
import { channelsCalled, renderScene } from './support/render';

afterEach(cleanup);

const gatesList = () => screen.getByRole('list', { name: 'Automatisk bogføring' });
const card = (name: string) => screen.findByRole('region', { name });

describe('Dashboard', () => {
  it('shows the supervised period under its one name and says exactly what is missing before automatic posting', async () => {
    renderScene(<Dashboard />, { supervisedDay: 3, manualBookingsSeen: 0 });
    expect(await screen.findByText('Dag 3 af 14')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Indkøringsperioden' })).toBeTruthy();
    expect(screen.getByText('Du har selv bogført 0 kladder')).toBeTruthy();
    const gates = within(gatesList()).getAllByRole('listitem').map((li) => li.textContent);
    expect(gates).toEqual([
      '✓ Abonnementet (Standard) omfatter automatisk bogføring',
      '• Kladder skal oprettes automatisk i mindst 14 dage (dag 3 nu)',
      '• Bogfør mindst 1 kladde selv i e-conomic, så LedgerBridge kan se det',
      '• Bekræft, at du har kontrolleret de bogførte kladder',
      '• Slå automatisk bogføring til, og acceptér ansvaret',
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: /eget ansvar/ }));
    expect((screen.getByRole('button', { name: 'Slå automatisk bogføring til' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says that the API calls counted are those of every shop on the e-conomic agreement, when another shop shares it', async () => {
    renderScene(<Dashboard />, { fairUseSharedWith: ['butik-se'] });
    const last = await card('Seneste synkronisering');
    expect(within(last).getByText(/1\.234 af 50\.000 kald \(fair use\)/)).toBeTruthy();
    expect(within(last).getByText('Tæller også kaldene fra butik-se: butikkerne deler e-conomic-aftale og dermed grænsen.')).toBeTruthy();
  });

  it('says nothing of sharing while the shop has its agreement to itself', async () => {
    renderScene(<Dashboard />);
    const last = await card('Seneste synkronisering');
    expect(within(last).queryByText(/deler e-conomic-aftale/)).toBeNull();
  });

  it('names the plan when the plan does not include automatic posting', async () => {
    renderScene(<Dashboard />, { plan: 'basic' });
    expect(await screen.findByText(/Abonnementet \(Basis\) omfatter ikke automatisk bogføring/)).toBeTruthy();
  });

  it('shows what waits before switching on, and books only new orders when the owner says so', async () => {
    const { memory } = renderScene(<Dashboard />, { supervisedDay: 15, manualBookingsSeen: 1, orders: 30 });
    await screen.findByText('Dag 15 af 14');
    // Orders 5 and 23 are drafts waiting for a hand booking (held, LB-7001).
    expect(await screen.findByText('Der venter 2 kladder i e-conomic (1.000,00 kr.). Bogføres de nu, sendes 2 fakturamails.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Dit navn' }), { target: { value: 'Mette' } });
    fireEvent.click(screen.getByRole('button', { name: 'Jeg har kontrolleret dem' }));
    expect(await screen.findByText(/Kontrolleret af Mette/)).toBeTruthy();

    const activate = screen.getByRole('button', { name: 'Slå automatisk bogføring til' }) as HTMLButtonElement;
    expect(activate.disabled).toBe(true); // the risk is not accepted yet
    fireEvent.click(screen.getByRole('radio', { name: /Bogfør kun nye ordrer/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /eget ansvar/ }));
    expect(activate.disabled).toBe(false);
    fireEvent.click(activate);
    expect(await screen.findByText(/Automatisk bogføring er slået til af Mette/)).toBeTruthy();
    expect(memory.calls.find((c) => c.channel === 'supervised.activate')?.request).toEqual({ by: 'Mette', acceptRisk: true, scope: 'new-only' });
    expect(within(gatesList()).getAllByRole('listitem').every((li) => li.textContent!.startsWith('✓'))).toBe(true);
  });

  it('says what the last sync did in the owner’s words, and pauses', async () => {
    const { memory } = renderScene(<Dashboard />);
    fireEvent.click(await screen.findByRole('button', { name: 'Synkronisér nu' }));
    expect(await screen.findByText('Synkronisering færdig: 3 ordrer hentet, 2 nye kladder i e-conomic, 1 venter på dig.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sæt på pause' }));
    expect(await screen.findByText('Synkroniseringen er sat på pause.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Synkronisér nu' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Genoptag' }));
    await waitFor(() => expect(screen.queryByText('Synkroniseringen er sat på pause.')).toBeNull());
    expect(channelsCalled(memory)).toEqual(expect.arrayContaining(['sync.now', 'sync.pause', 'sync.resume']));
  });

  it('lists what the next sync will do', async () => {
    renderScene(<Dashboard />, { orders: 20 });
    const next = await card('Næste synkronisering gør');
    const rows = await within(next).findAllByRole('row');
    // Orders 1, 10 and 19 are ready; order 14 is held by a rule.
    expect(rows.slice(1).map((r) => r.textContent)).toEqual([
      'Ordre 1001Mette Hansen101,50 kr.Oprettes som kladde',
      'Ordre 1010Lars Jensen ApS110,50 kr.Oprettes som kladde',
      'Ordre 1014Lars Jensen ApS114,50 kr.Venter på godkendelse',
      'Ordre 1019Mette Hansen119,50 kr.Oprettes som kladde',
    ]);
  });

  it('groups the problems with how many orders they stop, and retries all of them at once', async () => {
    const { memory } = renderScene(<Dashboard />, { orders: 30 });
    const problems = await card('Problemer');
    expect(within(problems).getByText('Ny fragtmetode: vælg hvordan den bogføres')).toBeTruthy();
    expect(within(problems).getByText('3 ordrer · fx 1007, 1016, 1025')).toBeTruthy();
    expect(within(problems).getByRole('button', { name: 'Gå til Opsætning → Opsætning i e-conomic' })).toBeTruthy();
    fireEvent.click(within(problems).getByRole('button', { name: 'Prøv alle 3 igen' }));
    expect(await within(problems).findByText('3 ordrer prøvet igen.')).toBeTruthy();
    expect(memory.calls.find((c) => c.channel === 'orders.retry')!.request).toEqual({ reasonCode: 'LB-2003' });
  });

  it('counts orders by status in the owner’s words, leading to the order list', async () => {
    const { routes } = renderScene(<Dashboard />, { orders: 30 });
    const counts = await card('Ordrer efter status');
    // Held orders 5, 14 and 23: 14 waits for approval, 5 and 23 are drafts like the drafted ones (2, 11, 20, 29).
    fireEvent.click(within(counts).getByRole('button', { name: /^Vis ordrer: ?Kladde i e-conomic ?\(6\)$/ }));
    fireEvent.click(within(counts).getByRole('button', { name: /^Vis ordrer: ?Venter på godkendelse ?\(1\)$/ }));
    expect(routes).toEqual([{ screen: 'orders', status: 'draft' }, { screen: 'orders', status: 'approval' }]);
  });

  it('lists recent invoices including booked ones', async () => {
    const { routes } = renderScene(<Dashboard />, { orders: 10 });
    const invoices = await card('Seneste fakturaer');
    fireEvent.click(within(invoices).getByRole('button', { name: 'Faktura 20003' }));
    expect(within(invoices).getByRole('button', { name: 'Kladde 502' })).toBeTruthy();
    expect(routes).toEqual([{ screen: 'invoices', invoice: { kind: 'booked', number: 20003 } }]);
  });

  it('shows the fair-use budget', async () => {
    renderScene(<Dashboard />);
    const meter = await screen.findByRole('meter', { name: 'API-kald i dag' });
    expect(meter.getAttribute('aria-valuenow')).toBe('1234');
    expect(screen.getByText('1.234 af 50.000 kald (fair use)')).toBeTruthy();
  });
});

describe('Dashboard in day mode (postingUnit "day")', () => {
  /** Three closed days (598.00 + 299.00 + 299.00 = 1196.00), today collecting, and a day waiting for a held order. */
  const days = [
    { date: '2026-11-23', currency: 'DKK', orders: 2, gross: '598.00', status: 'waiting' as const, reason: 'Dagen venter på en tilbageholdt ordre' },
    { date: '2026-11-24', currency: 'DKK', orders: 2, gross: '598.00', status: 'book' as const, reason: null },
    { date: '2026-11-25', currency: 'DKK', orders: 1, gross: '299.00', status: 'book' as const, reason: null },
    { date: '2026-11-26', currency: 'DKK', orders: 1, gross: '299.00', status: 'book' as const, reason: null },
    { date: '2026-11-27', currency: 'DKK', orders: 3, gross: '897.00', status: 'collecting' as const, reason: null },
  ];

  it.each([
    ['da', 'Næste synkronisering gør', 'Dagsopgørelser', 'Dagsfakturaer ved næste synkronisering: 3 dage, 1.196,00 kr.', ['23.11.2026', '2 ordrer', '598,00 kr.', 'Venter Dagen venter på en tilbageholdt ordre'], ['27.11.2026', '3 ordrer', '897,00 kr.', 'Samler dagens ordrer']],
    ['en', 'The next sync will', 'Daily summaries', 'Day invoices at the next sync: 3 days, DKK 1,196.00', ['23/11/2026', '2 orders', 'DKK 598.00', 'Waits Dagen venter på en tilbageholdt ordre'], ['27/11/2026', '3 orders', 'DKK 897.00', "Collecting the day's orders"]],
  ] as const)('says what the next sync books in days, not invoices per order (%s)', async (language, title, table, headline, waiting, collecting) => {
    const memory = createMemoryService();
    memory.service['dashboard.nextUp'] = async () => ({ at: '2026-11-27T09:00:00.000Z', shopUnavailable: false, orders: [], days });
    renderScene(<Dashboard />, { memory, language });
    const next = await card(title);
    expect(await within(next).findByText(headline)).toBeTruthy();
    const rows = within(within(next).getByRole('table', { name: table })).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual(waiting);
    expect(rows[4]).toEqual(collecting);
  });

  it.each([
    ['da', 'Næste synkronisering gør', 'Dagsbilag til kassekladden ved næste synkronisering: 1 dag, 598,00 kr.', 'Lægges i kassekladden'],
    ['en', 'The next sync will', 'Day vouchers for the journal at the next sync: 1 day, DKK 598.00', 'Goes to the journal'],
  ] as const)('says a closed day goes to the journal when days are booked as journal vouchers (%s)', async (language, title, headline, status) => {
    const memory = createMemoryService();
    const journalDay = { date: '2026-11-24', currency: 'DKK', orders: 2, gross: '598.00', status: 'journal' as const, reason: null };
    memory.service['dashboard.nextUp'] = async () => ({ at: '2026-11-27T09:00:00.000Z', shopUnavailable: false, orders: [], days: [journalDay] });
    renderScene(<Dashboard />, { memory, language });
    const next = await card(title);
    expect(await within(next).findByText(headline)).toBeTruthy();
    expect(within(next).getByText(status)).toBeTruthy();
  });
  it('says why the shop’s orders could not be previewed — e-conomic down — with its code and no shop note', async () => {
    const memory = createMemoryService();
    const problem = { code: 'LB-4004', message: 'LedgerBridge kan ikke få forbindelse til e-conomic lige nu.', fix: 'Tjek at computeren er på nettet.', places: [] };
    memory.service['dashboard.nextUp'] = async () => ({ at: '2026-11-27T09:00:00.000Z', shopUnavailable: false, orders: [], problem });
    renderScene(<Dashboard />, { memory, language: 'da' });
    const next = await card('Næste synkronisering gør');
    expect((await within(next).findByText(/kan ikke få forbindelse til e-conomic/)).textContent).toBe('LedgerBridge kan ikke få forbindelse til e-conomic lige nu. Tjek at computeren er på nettet. (Fejlkode LB-4004)');
    expect(within(next).queryByText(/Shoppen kunne ikke spørges/)).toBeNull();
  });

  it('offers the button to the screen a preview problem’s fix names', async () => {
    const memory = createMemoryService();
    const problem = { code: 'LB-2009', message: 'Forbindelsen til WooCommerce er ikke sat rigtigt op.', fix: 'Tjek shoppens adresse.', places: ['setup.shop'] };
    memory.service['dashboard.nextUp'] = async () => ({ at: '2026-11-27T09:00:00.000Z', shopUnavailable: true, orders: [], problem });
    renderScene(<Dashboard />, { memory, language: 'da' });
    const next = await card('Næste synkronisering gør');
    const buttons = within(await within(next).findByRole('group')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Gå til Opsætning → Webshop']);
  });
});
