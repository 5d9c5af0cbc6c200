// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../renderer/scenes/dashboard';
import { channelsCalled, renderScene } from './support/render';

afterEach(cleanup);

const gatesList = () => screen.getByRole('list', { name: 'Automatisk bogføring' });

describe('Dashboard', () => {
  it('shows the supervised period and says exactly what is missing before automatic posting', async () => {
    renderScene(<Dashboard />, { supervisedDay: 3, manualBookingsSeen: 0 });
    expect(await screen.findByText('Dag 3 af 14')).toBeTruthy();
    expect(screen.getByText('Kladder du har bogført selv: 0')).toBeTruthy();
    const gates = within(gatesList()).getAllByRole('listitem').map((li) => li.textContent);
    expect(gates).toEqual([
      '✓ Abonnementet (Standard) omfatter automatisk bogføring',
      '• Kladder skal oprettes automatisk i mindst 14 dage (dag 3 nu)',
      '• Bogfør mindst 1 kladde selv i e-conomic, så LedgerBridge kan se det',
      '• Bekræft, at du har kontrolleret de bogførte kladder',
      '• Aktivér automatisk bogføring og acceptér ansvaret',
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: /eget ansvar/ }));
    expect((screen.getByRole('button', { name: 'Slå automatisk bogføring til' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('names the plan when the plan does not include automatic posting', async () => {
    renderScene(<Dashboard />, { plan: 'basic' });
    expect(await screen.findByText(/Abonnementet \(Basis\) omfatter ikke automatisk bogføring/)).toBeTruthy();
  });

  it('lets the owner confirm the check and then activate at their own risk', async () => {
    const { memory } = renderScene(<Dashboard />, { supervisedDay: 15, manualBookingsSeen: 4 });
    await screen.findByText('Dag 15 af 14');
    fireEvent.change(screen.getByRole('textbox', { name: 'Dit navn' }), { target: { value: 'Mette' } });
    fireEvent.click(screen.getByRole('button', { name: 'Jeg har kontrolleret dem' }));
    expect(await screen.findByText(/Kontrolleret af Mette/)).toBeTruthy();

    const activate = screen.getByRole('button', { name: 'Slå automatisk bogføring til' }) as HTMLButtonElement;
    expect(activate.disabled).toBe(true); // the risk is not accepted yet
    fireEvent.click(screen.getByRole('checkbox', { name: /eget ansvar/ }));
    expect(activate.disabled).toBe(false);
    fireEvent.click(activate);
    expect(await screen.findByText(/Automatisk bogføring er slået til af Mette/)).toBeTruthy();
    expect(memory.calls.find((c) => c.channel === 'supervised.activate')?.request).toEqual({ by: 'Mette', acceptRisk: true });
    expect(within(gatesList()).getAllByRole('listitem').every((li) => li.textContent!.startsWith('✓'))).toBe(true);
  });

  it('syncs on demand and pauses', async () => {
    const { memory } = renderScene(<Dashboard />);
    fireEvent.click(await screen.findByRole('button', { name: 'Synkronisér nu' }));
    expect(await screen.findByText('Synkronisering færdig: 2 kladder, 0 bogført, 0 fejlet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sæt på pause' }));
    expect(await screen.findByText('Synkroniseringen er sat på pause.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Synkronisér nu' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Genoptag' }));
    await waitFor(() => expect(screen.queryByText('Synkroniseringen er sat på pause.')).toBeNull());
    expect(channelsCalled(memory)).toEqual(expect.arrayContaining(['sync.now', 'sync.pause', 'sync.resume']));
  });

  it('shows the fair-use budget', async () => {
    renderScene(<Dashboard />);
    const meter = await screen.findByRole('meter', { name: 'API-kald i dag' });
    expect(meter.getAttribute('aria-valuenow')).toBe('1234');
    expect(screen.getByText('1.234 af 50.000 kald (fair use)')).toBeTruthy();
  });
});
