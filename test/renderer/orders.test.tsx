// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Orders } from '../../renderer/scenes/orders';
import { renderScene } from './support/render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const table = () => screen.getByRole('table', { name: 'Ordrer' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);

describe('Orders', () => {
  it('lists orders with state, reason, invoice and amount, 50 per page', async () => {
    renderScene(<Orders onOpenInvoice={() => undefined} />, { orders: 120 });
    await screen.findByText('1–50 af 120');
    expect(bodyRows()).toHaveLength(50);
    const failed = bodyRows().find((r) => r.textContent!.includes('#1007'))!;
    expect(within(failed).getByText('Fejlet')).toBeTruthy();
    expect(within(failed).getByText('Varenummeret findes ikke i e-conomic')).toBeTruthy();
    expect(within(failed).getByText('107,50 DKK')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
    expect(await screen.findByText('51–100 af 120')).toBeTruthy();
  });

  it('filters by state and search', async () => {
    renderScene(<Orders onOpenInvoice={() => undefined} />, { orders: 120 });
    await screen.findByText('1–50 af 120');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'failed' } });
    await waitFor(() => expect(bodyRows().every((r) => r.textContent!.includes('Fejlet'))).toBe(true));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søg' }), { target: { value: '1016' } });
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
  });

  it('retries one failed order, or all of them', async () => {
    const { memory } = renderScene(<Orders onOpenInvoice={() => undefined} />, { orders: 30 });
    await screen.findByText('1–30 af 30');
    const failed = bodyRows().find((r) => r.textContent!.includes('#1007'))!;
    fireEvent.click(within(failed).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByText('1 ordrer sat i kø igen.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Prøv alle fejlede igen' }));
    expect(await screen.findByText('2 ordrer sat i kø igen.')).toBeTruthy();
    expect(memory.calls.filter((c) => c.channel === 'orders.retry').map((c) => c.request)).toEqual([{ ids: [memory.orders[7].id] }, { allFailed: true }]);
  });

  it('opens a booked invoice in e-conomic and in the invoice preview', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const onOpenInvoice = vi.fn();
    renderScene(<Orders onOpenInvoice={onOpenInvoice} />, { orders: 10 });
    await screen.findByText('1–10 af 10');
    const booked = bodyRows().find((r) => r.textContent!.includes('#1003'))!;
    fireEvent.click(within(booked).getByRole('button', { name: 'Åbn i e-conomic' }));
    await waitFor(() => expect(open).toHaveBeenCalledWith('https://secure.e-conomic.com/sales/invoices/20003', '_blank', 'noopener,noreferrer'));
    fireEvent.click(within(booked).getByRole('button', { name: 'Faktura 20003' }));
    expect(onOpenInvoice).toHaveBeenCalledWith({ kind: 'booked', number: 20003 });
  });

  it('shows an order’s history and problems', async () => {
    renderScene(<Orders onOpenInvoice={() => undefined} />, { orders: 10 });
    await screen.findByText('1–10 af 10');
    fireEvent.click(screen.getByText('#1007'));
    const panel = await screen.findByRole('complementary', { name: '#1007' });
    expect(within(panel).getByText('Forsøg: 2')).toBeTruthy();
    expect(within(panel).getByText('Opret varen i e-conomic, og prøv igen.')).toBeTruthy();
    expect(within(panel).getByText('Hentet fra butikken')).toBeTruthy();
  });
});
