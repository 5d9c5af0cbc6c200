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
const rowOf = (number: string) => bodyRows().find((r) => within(r).queryByRole('button', { name: number }))!;
const panel = (number: string) => screen.findByRole('dialog', { name: `Ordre ${number}` });

describe('Orders', () => {
  it('lists orders with the status in the owner’s words, the reason, the invoice and the amount in kroner, 50 per page', async () => {
    renderScene(<Orders />, { orders: 120 });
    await screen.findByText('1–50 af 120');
    expect(bodyRows()).toHaveLength(50);
    const failed = rowOf('1007');
    expect(within(failed).getByText('Fejl – prøves igen')).toBeTruthy();
    expect(within(failed).getByText('Varenummeret findes ikke i e-conomic')).toBeTruthy();
    expect(within(failed).getByText('107,50 kr.')).toBeTruthy();
    // A draft waiting for the owner's hand booking and an order a rule holds are different things to the owner.
    expect(within(rowOf('1014')).getByText('Venter på godkendelse')).toBeTruthy();
    expect(within(rowOf('1005')).getByText('Kladde i e-conomic')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Næste side' }));
    expect(await screen.findByText('51–100 af 120')).toBeTruthy();
  });

  it('filters by status, text and order date', async () => {
    const { memory } = renderScene(<Orders />, { orders: 120 });
    await screen.findByText('1–50 af 120');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'retrying' } });
    await waitFor(() => expect(bodyRows().every((r) => r.textContent!.includes('Fejl – prøves igen'))).toBe(true));
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: '' } });
    // Orders are an hour apart from 1 November 08:00: 1 and 2 November hold orders 0–39.
    fireEvent.change(screen.getByRole('textbox', { name: 'Fra' }), { target: { value: '01-11-2026' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Til' }), { target: { value: '02-11-2026' } });
    expect(await screen.findByText('1–40 af 40')).toBeTruthy();
    expect(memory.calls.filter((c) => c.channel === 'orders.list').at(-1)!.request).toMatchObject({ from: '2026-11-01', to: '2026-11-02' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søg' }), { target: { value: '1016' } });
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
  });

  it('searches once the owner stops typing, not once per key', async () => {
    const { memory } = renderScene(<Orders />, { orders: 120 });
    await screen.findByText('1–50 af 120');
    const searches = () => memory.calls.filter((c) => c.channel === 'orders.list' && (c.request as { search?: string }).search !== undefined).map((c) => (c.request as { search: string }).search);
    for (const typed of ['1', '10', '101', '1016']) fireEvent.change(screen.getByRole('searchbox', { name: 'Søg' }), { target: { value: typed } });
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(searches()).toEqual(['1016']);
  });

  it('exports the filtered orders as CSV for a spreadsheet', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:csv'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { memory } = renderScene(<Orders />, { orders: 30 });
    await screen.findByText('1–30 af 30');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'booked' } });
    fireEvent.click(screen.getByRole('button', { name: 'Eksportér CSV' }));
    expect(await screen.findByText('6 ordrer eksporteret til ordrer.csv.')).toBeTruthy();
    expect(memory.calls.find((c) => c.channel === 'orders.exportCsv')!.request).toEqual({ status: 'booked' });
    expect(click).toHaveBeenCalledTimes(1);
    // UTF-8 with a byte-order mark, so Excel shows "Beløb" and not "BelÃ¸b".
    const bytes = new Uint8Array(await created[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toMatch(/^Ordre;Beløb\r\n/);
  });

  it('opens an order from the keyboard in a panel with its lines, links, problems and history', async () => {
    renderScene(<Orders />, { orders: 10 });
    await screen.findByText('1–10 af 10');
    const open = within(rowOf('1007')).getByRole('button', { name: '1007' });
    open.focus();
    fireEvent.click(open);
    const detail = await panel('1007');
    expect(within(detail).getByRole('table', { name: 'Ordrelinjer' }).textContent).toContain('Kaffekrus');
    expect(within(detail).getByText('200,00 kr.')).toBeTruthy();
    expect(within(detail).getByText('2 forsøg')).toBeTruthy();
    expect(within(detail).getByText('Opret varen i e-conomic, og prøv igen.')).toBeTruthy();
    // The fix leads somewhere: a button for the setup step, none for the retry button already in this panel.
    expect(within(detail).getByRole('button', { name: 'Gå til Opsætning → Opsætning i e-conomic' })).toBeTruthy();
    expect(within(detail).queryByRole('button', { name: /Gå til Ordrer/ })).toBeNull();
    expect(within(detail).getByRole('button', { name: 'Åbn i webshoppen' })).toBeTruthy();
    fireEvent.keyDown(detail, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it("shows the credit notes of an order's refunds in its panel, and none for an order without refunds", async () => {
    renderScene(<Orders />, { orders: 10 });
    await screen.findByText('1–10 af 10');
    fireEvent.click(within(rowOf('1004')).getByRole('button', { name: '1004' }));
    const credited = await panel('1004');
    const notes = within(credited).getByRole('region', { name: 'Kreditnotaer' });
    expect(notes.textContent).toBe('KreditnotaerKreditnota 11004 · 49,00 kr. tilbage til kunden · bogført');
    fireEvent.click(within(rowOf('1003')).getByRole('button', { name: '1003' }));
    const booked = await panel('1003');
    expect(within(booked).queryByRole('region', { name: 'Kreditnotaer' })).toBeNull();
  });

  it('retries one order from its panel, and all orders with problems at once', async () => {
    const { memory } = renderScene(<Orders />, { orders: 30 });
    await screen.findByText('1–30 af 30');
    fireEvent.click(within(rowOf('1007')).getByRole('button', { name: '1007' }));
    fireEvent.click(within(await panel('1007')).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByText('1 ordre prøvet igen.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Prøv alle med problemer igen' }));
    expect(await screen.findByText('2 ordrer prøvet igen.')).toBeTruthy();
    expect(memory.calls.filter((c) => c.channel === 'orders.retry').map((c) => c.request)).toEqual([{ ids: [memory.orders[7].id] }, { allFailed: true }]);
  });

  it('approves and books an order a rule holds, and skips one after asking', async () => {
    const { memory } = renderScene(<Orders />, { orders: 30 });
    await screen.findByText('1–30 af 30');
    fireEvent.click(within(rowOf('1014')).getByRole('button', { name: '1014' }));
    const held = await panel('1014');
    expect(within(held).getByText('Bankoverførsel godkendes: Venter på godkendelse')).toBeTruthy();
    fireEvent.click(within(held).getByRole('button', { name: 'Godkend og bogfør' }));
    expect(await screen.findByText('Ordren er godkendt: Bogført.')).toBeTruthy();
    expect(memory.orders[14].state).toBe('booked');

    vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Luk' }));
    fireEvent.click(within(rowOf('1001')).getByRole('button', { name: '1001' }));
    fireEvent.click(within(await panel('1001')).getByRole('button', { name: 'Spring over' }));
    expect(await screen.findByText('Ordren springes over.')).toBeTruthy();
    expect(window.confirm).toHaveBeenCalledWith(expect.stringContaining('Spring ordre 1001 over?'));
    expect(memory.orders[1].state).toBe('skipped');
  });

  it('opens the order a fix leads to, and hands its invoice to the invoices screen', async () => {
    const { memory, routes } = renderScene(<Orders />, { orders: 10, route: { screen: 'orders', orderId: '9007199254740996', place: 'orders.retry' } });
    const detail = await panel('1003');
    fireEvent.click(within(detail).getByRole('button', { name: 'Vis faktura' }));
    expect(routes).toEqual([{ screen: 'invoices', invoice: { kind: 'booked', number: 20003 } }]);
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    fireEvent.click(within(detail).getByRole('button', { name: 'Åbn i e-conomic' }));
    await waitFor(() => expect(open).toHaveBeenCalledWith('https://secure.e-conomic.com/sales/invoices/20003', '_blank', 'noopener,noreferrer'));
    expect(memory.calls.some((c) => c.channel === 'orders.get')).toBe(true);
  });
});
