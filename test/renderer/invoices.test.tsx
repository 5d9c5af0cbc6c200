// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Invoices } from '../../renderer/scenes/invoices';
import { base64ToBytes } from '../../renderer/scenes/invoices/pdf';
import { createMemoryService } from '../shared/ipc/memory-service';
import { renderScene } from './support/render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const table = () => screen.getByRole('table', { name: 'Fakturaer' });

describe('Invoices', () => {
  it('lists the invoices and drafts LedgerBridge made, and shows the chosen one', async () => {
    const { memory } = renderScene(<Invoices />, { orders: 10 });
    fireEvent.click(await within(table()).findByRole('button', { name: 'Faktura 20003' }));
    await waitFor(() => expect(memory.calls.find((c) => c.channel === 'invoices.pdf')?.request).toEqual({ kind: 'booked', number: 20003 }));
    // The viewer's canvas is labelled with the file name.
    expect((await screen.findByLabelText('booked-20003.pdf')).tagName).toBe('CANVAS');
    fireEvent.change(screen.getByRole('combobox', { name: 'Type' }), { target: { value: 'draft' } });
    await waitFor(() => expect(within(table()).getAllByRole('row').slice(1).every((r) => r.textContent!.startsWith('Kladde'))).toBe(true));
  });

  it('opens the invoice another screen hands over, and downloads it as a PDF file', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:pdf'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderScene(<Invoices />, { orders: 10, route: { screen: 'invoices', invoice: { kind: 'draft', number: 502 } } });
    const detail = await screen.findByRole('region', { name: 'Kladde 502' });
    const download = within(detail).getByRole('button', { name: 'Hent PDF' }) as HTMLButtonElement;
    await waitFor(() => expect(download.disabled).toBe(false));
    fireEvent.click(download);
    expect(downloads).toEqual(['draft-502.pdf']);
    expect(new TextDecoder().decode(new Uint8Array(await created[0].arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });

  it('sends a booked invoice’s mail again after it was not delivered', async () => {
    const memory = createMemoryService({ orders: 10 });
    memory.orders[4].mailStatus = 'failed';
    renderScene(<Invoices />, { memory, route: { screen: 'invoices', invoice: { kind: 'booked', number: 20004 } } });
    const detail = await screen.findByRole('region', { name: 'Faktura 20004' });
    expect(await within(detail).findByText('Fakturamail: Ikke sendt')).toBeTruthy();
    expect(within(detail).getByRole('heading', { name: 'Faktura 20004 · Ordre 1004' })).toBeTruthy();
    fireEvent.click(within(detail).getByRole('button', { name: 'Send fakturaen igen' }));
    await waitFor(() => expect(within(detail).getAllByText('Fakturamail: Sendt')).toHaveLength(2));
    expect(memory.calls.find((c) => c.channel === 'invoices.resendMail')!.request).toEqual({ number: 20004 });
  });

  it('says so when there are no invoices yet', async () => {
    renderScene(<Invoices />, { orders: 0 });
    expect(await screen.findByText('Ingen fakturaer endnu.')).toBeTruthy();
    expect(screen.getByText('Vælg en faktura for at se den.')).toBeTruthy();
  });
});

describe('base64ToBytes', () => {
  it('decodes the PDF bytes sent over the bridge', () => {
    expect([...base64ToBytes(Buffer.from('%PDF-1.7').toString('base64'))]).toEqual([...Buffer.from('%PDF-1.7')]);
  });
});
