// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InvoicePreview } from '../../renderer/scenes/invoice-preview';
import { base64ToBytes } from '../../renderer/scenes/invoice-preview/pdf';
import { renderScene } from './support/render';

afterEach(cleanup);

describe('InvoicePreview', () => {
  it('lists recent invoices from the orders and fetches the chosen PDF', async () => {
    const { memory } = renderScene(<InvoicePreview />, { orders: 10 });
    const recent = await screen.findByRole('complementary');
    fireEvent.click(await within(recent).findByRole('button', { name: 'Faktura 20003 · #1003' }));
    await waitFor(() => expect(memory.calls.some((c) => c.channel === 'invoices.pdf')).toBe(true));
    expect(memory.calls.find((c) => c.channel === 'invoices.pdf')!.request).toEqual({ kind: 'booked', number: 20003 });
    expect((screen.getByRole('textbox', { name: 'Nummer' }) as HTMLInputElement).value).toBe('20003');
    // The viewer's canvas is labelled with the file name.
    expect((await screen.findByLabelText('booked-20003.pdf')).tagName).toBe('CANVAS');
  });

  it('opens the invoice handed over from the orders list', async () => {
    const { memory } = renderScene(<InvoicePreview initial={{ kind: 'draft', number: 505 }} />, { orders: 10 });
    await waitFor(() => expect(memory.calls.find((c) => c.channel === 'invoices.pdf')?.request).toEqual({ kind: 'draft', number: 505 }));
    expect((screen.getByRole('combobox', { name: 'Type' }) as HTMLSelectElement).value).toBe('draft');
  });

  it('asks for a number before fetching', async () => {
    renderScene(<InvoicePreview />, { orders: 0 });
    expect(await screen.findByText('Ingen fakturaer endnu.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Vis' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Nummer' }), { target: { value: 'abc12' } });
    expect((screen.getByRole('textbox', { name: 'Nummer' }) as HTMLInputElement).value).toBe('12');
    expect((screen.getByRole('button', { name: 'Vis' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('base64ToBytes', () => {
  it('decodes the PDF bytes sent over the bridge', () => {
    expect([...base64ToBytes(Buffer.from('%PDF-1.7').toString('base64'))]).toEqual([...Buffer.from('%PDF-1.7')]);
  });
});
