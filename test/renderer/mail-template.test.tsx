// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MailTemplate, MailTemplateScreen, insertAt } from '../../renderer/scenes/mail-template';
import { createMemoryService } from '../shared/ipc/memory-service';
import { renderScene } from './support/render';

afterEach(cleanup);

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;


/** Saves the text, then sends the test mail to `to`, as the owner does, each confirmed on screen. */
async function saveAndSendTestMail(to: string): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
  expect(await screen.findByText('Gemt')).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Modtager'), { target: { value: to } });
  fireEvent.click(screen.getByRole('button', { name: 'Send testmail' }));
  expect(await screen.findByText(`Testmail sendt til ${to}.`)).toBeTruthy();
}
describe('MailTemplate', () => {
  it('loads the standard text and previews it against a real order', async () => {
    renderScene(<MailTemplate initialLanguage="da" debounceMs={0} />);
    await waitFor(() => expect(field('Emne').value).toBe('Faktura {{invoice.number}} fra {{shop.name}}'));
    expect(await screen.findByText('Faktura 20115 fra Testbutik')).toBeTruthy();
    expect(screen.getByText('Vist med ordre 1000')).toBeTruthy();
    expect((screen.getByTitle('HTML') as HTMLIFrameElement).getAttribute('sandbox')).toBe('');
  });

  it('shows template errors inline under the field, with the line, and blocks saving', async () => {
    renderScene(<MailTemplate initialLanguage="da" debounceMs={0} />);
    await waitFor(() => expect(field('Ren tekst').value).not.toBe(''));
    fireEvent.change(field('Ren tekst'), { target: { value: 'Hej {{customer.name}}\nTotal: {{order.total}}' } });
    const error = await screen.findByText('2: Unknown placeholder {{order.total}}');
    expect(error.closest('.field')!.textContent).toContain('Ren tekst');
    expect(field('Ren tekst').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Gem' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(field('Ren tekst'), { target: { value: 'Hej {{customer.name}}' } });
    expect(await screen.findByText('Skabelonen er i orden.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Gem' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('inserts a placeholder picked by its Danish label at the caret', async () => {
    renderScene(<MailTemplate initialLanguage="da" debounceMs={0} />);
    await waitFor(() => expect(field('Emne').value).not.toBe(''));
    const subject = field('Emne');
    fireEvent.change(subject, { target: { value: 'Tak for ordren' } });
    subject.setSelectionRange(3, 3);
    fireEvent.select(subject);
    fireEvent.click(screen.getByRole('button', { name: 'Ordrenummer' }));
    expect(field('Emne').value).toBe('Tak{{order.number}} for ordren');
  });

  it('saves and sends a test mail', async () => {
    const { memory } = renderScene(<MailTemplate initialLanguage="da" debounceMs={0} />);
    await screen.findByText('Faktura 20115 fra Testbutik');
    await saveAndSendTestMail('ejer@butik.dk');
    expect(memory.calls.find((c) => c.channel === 'mail.testSend')?.request).toMatchObject({ language: 'da', to: 'ejer@butik.dk', orderId: memory.orders[0].id });
  });

  it('switches to the English template', async () => {
    renderScene(<MailTemplate initialLanguage="da" debounceMs={0} />);
    await waitFor(() => expect(field('Emne').value).toContain('Faktura'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Sprog' }), { target: { value: 'en' } });
    await waitFor(() => expect(field('Emne').value).toBe('Invoice {{invoice.number}} from {{shop.name}}'));
  });

  it('asks before an unsaved text is left for the other language: stay keeps it, save stores it and goes on', async () => {
    const { memory } = renderScene(<MailTemplate initialLanguage="da" debounceMs={0} />);
    await waitFor(() => expect(field('Emne').value).toContain('Faktura'));
    const language = () => screen.getByRole('combobox', { name: 'Sprog' });
    fireEvent.change(field('Emne'), { target: { value: 'Din faktura {{invoice.number}}' } });

    fireEvent.change(language(), { target: { value: 'en' } });
    const dialog = await screen.findByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt' });
    expect(dialog.textContent).toContain('Fakturamail');
    fireEvent.click(screen.getByRole('button', { name: 'Bliv her' }));
    expect(field('Emne').value).toBe('Din faktura {{invoice.number}}');
    expect((language() as HTMLSelectElement).value).toBe('da');

    fireEvent.change(language(), { target: { value: 'en' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Gem og fortsæt' }));
    await waitFor(() => expect(field('Emne').value).toBe('Invoice {{invoice.number}} from {{shop.name}}'));
    expect(memory.calls.filter((c) => c.channel === 'mail.saveTemplate').map((c) => c.request)).toEqual([
      expect.objectContaining({ language: 'da', template: expect.objectContaining({ subject: 'Din faktura {{invoice.number}}' }) }),
    ]);
    // Nothing unsaved now: back to Danish without a question, with the saved text.
    fireEvent.change(language(), { target: { value: 'da' } });
    await waitFor(() => expect(field('Emne').value).toBe('Din faktura {{invoice.number}}'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('insertAt', () => {
  it('inserts at the caret, or at the end without one', () => {
    expect(insertAt('Hej ', '{{customer.name}}', null)).toEqual({ value: 'Hej {{customer.name}}', caret: 21 });
    expect(insertAt('AB', 'x', 1)).toEqual({ value: 'AxB', caret: 2 });
    expect(insertAt('AB', 'x', 99)).toEqual({ value: 'ABx', caret: 3 });
  });

  it('on the invoice-mail screen, reads, previews, saves and test-sends the text of the shop chosen in the shop switcher', async () => {
    const memory = createMemoryService({
      shops: [
        { name: 'nordlys', platform: 'woocommerce', shopUrl: 'https://nordlys.dk' },
        { name: 'sverige', platform: 'woocommerce', shopUrl: 'https://norrsken.se' },
      ],
    });
    await memory.service['shops.switch']({ name: 'sverige' });
    renderScene(<MailTemplateScreen initialLanguage="da" />, { memory });
    await screen.findByText('Faktura 20115 fra Testbutik');
    await saveAndSendTestMail('ejer@butik.dk');
    const shopOf = (channel: string) => memory.calls.filter((c) => c.channel === channel).map((c) => (c.request as { profile?: string }).profile);
    for (const channel of ['mail.getTemplate', 'mail.preview', 'mail.saveTemplate', 'mail.testSend']) {
      expect(shopOf(channel).length, channel).toBeGreaterThan(0);
      expect(new Set(shopOf(channel)), channel).toEqual(new Set(['sverige']));
    }
  });
});
