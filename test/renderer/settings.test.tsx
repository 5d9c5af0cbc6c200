// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Settings } from '../../renderer/scenes/settings';
import { renderScene } from './support/render';

afterEach(cleanup);

const mailSection = () => screen.getByRole('region', { name: 'Mail' });
const mailField = (label: string) => within(mailSection()).getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(mailField(label), { target: { value } });
const saveMail = () => fireEvent.click(within(mailSection()).getByRole('button', { name: 'Gem mailindstillinger' }));

describe('Settings', () => {
  it('saves language, interval, notifications and start at login; the data folder is read-only', async () => {
    const onSaved = vi.fn();
    const { memory } = renderScene(<Settings onSaved={onSaved} />);
    const dataDir = (await screen.findByLabelText('Datamappe')) as HTMLInputElement;
    expect(dataDir.readOnly).toBe(true);
    expect(dataDir.value).toBe('/home/butik/.config/LedgerBridge');
    fireEvent.change(screen.getByLabelText('Sprog'), { target: { value: 'en' } });
    fireEvent.change(screen.getByLabelText(/Synkronisér hvert/), { target: { value: '15' } });
    fireEvent.click(screen.getByLabelText('Start ved login (i systembakken)'));
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    // The error-mail address and digest are saved by the mail section, so this form cannot overwrite them.
    expect(memory.calls.find((c) => c.channel === 'settings.update')?.request).toEqual({
      language: 'en',
      syncIntervalMinutes: 15,
      desktopNotifications: true,
      startAtLogin: true,
    });
    expect(memory.state().settings.language).toBe('en');
    expect(screen.getByText('Demotilstand: forbundet til de lokale sandkasser.')).toBeTruthy();
  });

  it('checks the mail server form per field in Danish and sends nothing while a field is wrong', async () => {
    const { memory } = renderScene(<Settings onSaved={() => undefined} />);
    await screen.findByLabelText('Server');
    type('Port', '99999');
    type('Afsenderadresse', 'faktura(at)butik.dk');
    type('Svar-til-adresse (valgfri)', 'svar@');
    type('Adgangskode', 'hemmelig');
    saveMail();
    const errors = await within(mailSection()).findAllByRole('alert');
    expect(errors.map((e) => e.textContent)).toEqual([
      'Skriv mailserverens navn, fx "smtp.simply.com" eller "send.one.com".',
      'Porten skal være et helt tal fra 1 til 65535 — typisk 587 (STARTTLS) eller 465 (TLS).',
      'Skriv brugernavnet, der hører til adgangskoden (ofte din mailadresse).',
      'Det ligner ikke en e-mailadresse. Skriv den som navn@domæne.dk.',
      'Det ligner ikke en e-mailadresse. Skriv den som navn@domæne.dk.',
    ]);
    expect(mailField('Server').getAttribute('aria-describedby')).toBe(errors[0].id);
    expect(memory.calls.some((c) => c.channel === 'mail.saveSettings')).toBe(false);

    // Errors follow the typing once shown: a corrected field clears its own message.
    type('Server', 'smtp.simply.com');
    type('Port', '587');
    await waitFor(() => expect(within(mailSection()).getAllByRole('alert')).toHaveLength(3));
  });

  it('saves server, sender and error mails; the password goes once and afterwards only shows as "gemt"', async () => {
    const { memory } = renderScene(<Settings onSaved={() => undefined} />);
    await screen.findByLabelText('Server');
    type('Server', ' smtp.simply.com ');
    fireEvent.change(mailField('Sikkerhed'), { target: { value: 'tls' } });
    // Choosing TLS suggests its usual port.
    expect(mailField('Port').value).toBe('465');
    type('Brugernavn', 'faktura@butik.dk');
    type('Adgangskode', 'Hemmelig-42');
    type('Afsendernavn', 'Nordlys Keramik');
    type('Afsenderadresse', 'faktura@butik.dk');
    type('E-mail til fejlbeskeder', 'ejer@butik.dk');
    fireEvent.change(mailField('Fejlmails'), { target: { value: 'daily' } });
    saveMail();
    await within(mailSection()).findByText('Gemt');

    expect(memory.calls.find((c) => c.channel === 'mail.saveSettings')?.request).toEqual({
      smtp: { host: ' smtp.simply.com ', port: 465, security: 'tls', user: 'faktura@butik.dk' },
      password: 'Hemmelig-42',
      fromName: 'Nordlys Keramik',
      fromAddress: 'faktura@butik.dk',
      replyTo: '',
      notificationEmail: 'ejer@butik.dk',
      digest: 'daily',
    });
    expect(memory.state().smtpPassword).toBe('Hemmelig-42');
    expect(mailField('Adgangskode').value).toBe('');
    expect(mailField('Adgangskode').placeholder).toBe('gemt');
    expect(mailField('Server').value).toBe('smtp.simply.com');

    // Saving again without typing a password keeps the stored one and does not send one.
    type('Afsendernavn', 'Nordlys');
    saveMail();
    await waitFor(() => expect(memory.calls.filter((c) => c.channel === 'mail.saveSettings')).toHaveLength(2));
    expect(memory.calls.filter((c) => c.channel === 'mail.saveSettings')[1].request).not.toHaveProperty('password');
    expect(memory.state().smtpPassword).toBe('Hemmelig-42');
  });

  it('sends a test mail through the server as typed, before saving, and says whether the server took it', async () => {
    const { memory } = renderScene(<Settings onSaved={() => undefined} />);
    await screen.findByLabelText('Server');
    type('Server', 'smtp.forkert.dk');
    type('Afsenderadresse', 'faktura@butik.dk');
    type('Send testmail til', 'ejer@butik.dk');
    fireEvent.click(within(mailSection()).getByRole('button', { name: 'Send testmail' }));
    expect((await within(mailSection()).findByRole('alert')).textContent).toContain('LB-6001');
    type('Server', 'smtp.simply.com');
    fireEvent.click(within(mailSection()).getByRole('button', { name: 'Send testmail' }));
    expect(await within(mailSection()).findByText('Mailserveren smtp.simply.com tog imod testmailen til ejer@butik.dk.')).toBeTruthy();
    expect(memory.calls.filter((c) => c.channel === 'mail.testServer').at(-1)?.request).toMatchObject({ smtp: { host: 'smtp.simply.com' }, to: 'ejer@butik.dk' });
    // Testing saved nothing.
    expect(memory.calls.some((c) => c.channel === 'mail.saveSettings')).toBe(false);
  });

  it('edits currencies, VAT zones and EU business customers (the place the fix texts send the owner to)', async () => {
    const { memory } = renderScene(<Settings onSaved={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Valuta og moms' });
    fireEvent.click(await within(section).findByRole('checkbox', { name: /EUR · Euro/ }));
    fireEvent.change(within(section).getByRole('combobox', { name: 'Momszone for kunder uden for EU' }), { target: { value: '3' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Gem valuta og moms' }));
    await within(section).findByText('Gemt');
    expect(memory.calls.find((c) => c.channel === 'currencies.save')?.request).toMatchObject({ enabled: ['DKK', 'EUR'], vatZones: { abroad: 3 } });
  });

  it('makes a support bundle and tells where it is', async () => {
    renderScene(<Settings onSaved={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Support' });
    fireEvent.click(within(section).getByRole('button', { name: 'Lav supportpakke' }));
    expect(await within(section).findByText('Supportpakken er gemt: /tmp/ledgerbridge-support-2026-11-27.zip')).toBeTruthy();
  });
});
