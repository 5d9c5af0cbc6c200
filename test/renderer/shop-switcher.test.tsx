// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShopSwitcher } from '../../renderer/components/shop-switcher';
import { channelsCalled, renderScene } from './support/render';

afterEach(cleanup);

const twoShops = [
  { name: 'butik-dk', platform: 'woocommerce' as const, shopUrl: 'https://nordlys.dk' },
  { name: 'butik-se', platform: 'shopify' as const, shopUrl: 'https://nordlys.se' },
];

describe('the shop switcher in the sidebar', () => {
  it('chooses the shop the screens show and tells the app which one it is', async () => {
    const onChanged = vi.fn();
    const { memory } = renderScene(<ShopSwitcher version={0} onChanged={onChanged} />, { shops: twoShops });
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Butik' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['butik-dk', 'butik-se']);
    expect(select.value).toBe('butik-dk');
    expect(select.getAttribute('aria-describedby')).toBe('shop-switcher-hint');
    expect(document.getElementById('shop-switcher-hint')!.textContent).toBe('Skærmene viser den valgte butik; overblikket viser alle.');

    fireEvent.change(select, { target: { value: 'butik-se' } });
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith('butik-se'));
    expect(memory.calls.find((c) => c.channel === 'shops.switch')!.request).toEqual({ name: 'butik-se' });
    await waitFor(() => expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Butik' }).value).toBe('butik-se'));
  });

  it('adds a shop by starting the setup wizard afresh, and can leave that again', async () => {
    const { routes, memory } = renderScene(<ShopSwitcher version={0} onChanged={() => undefined} />, { shops: twoShops, wizard: { finished: true, step: 'check' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Tilføj butik' }));
    await waitFor(() => expect(routes).toEqual([{ screen: 'setup' }]));
    // The wizard starts at its first step with nothing answered.
    expect(await memory.service['wizard.get']({})).toMatchObject({ step: 'plan', finished: false, answers: {} });
    expect(await screen.findByText('Du er ved at sætte en ny butik op.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Annullér ny butik' }));
    await waitFor(() => expect(routes.at(-1)).toEqual({ screen: 'overview' }));
    expect(await memory.service['wizard.get']({})).toMatchObject({ step: 'check', finished: true });
    expect(await screen.findByRole('button', { name: 'Tilføj butik' })).toBeTruthy();
  });

  it('removes the shop shown only after the owner confirmed it, and says where its ledger is kept', async () => {
    const onChanged = vi.fn();
    const { memory } = renderScene(<ShopSwitcher version={0} onChanged={onChanged} />, { shops: twoShops, language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove shop' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the shop butik-dk' });
    expect(dialog.textContent).toContain('Its orders are not deleted: the ledger is kept as a backup');
    expect(channelsCalled(memory)).not.toContain('shops.remove');

    // Cancelling removes nothing.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(channelsCalled(memory)).not.toContain('shops.remove');

    fireEvent.click(screen.getByRole('button', { name: 'Remove shop' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove butik-dk' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith('butik-se'));
    expect(memory.calls.find((c) => c.channel === 'shops.remove')!.request).toEqual({ name: 'butik-dk', confirm: true });
    expect((await screen.findByText(/butik-dk is removed/)).textContent).toBe(
      'butik-dk is removed. Its ledger is kept in /home/butik/.config/LedgerBridge/removed-profiles/butik-dk-2026-11-27T09-00-00-000Z/backups/ledger-2026-11-27T09-00-00-000Z-removed.sqlite',
    );
    // One shop is left: it cannot be removed, only another added.
    await waitFor(() => expect(within(screen.getByRole('combobox', { name: 'Shop' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['butik-se']));
    expect(screen.queryByRole('button', { name: 'Remove shop' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add shop' })).toBeTruthy();
  });
});
