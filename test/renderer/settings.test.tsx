// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Settings } from '../../renderer/scenes/Settings';
import { renderScene } from './support/render';

afterEach(cleanup);

describe('Settings', () => {
  it('saves language, interval, digest, notifications and start at login; the data folder is read-only', async () => {
    const onSaved = vi.fn();
    const { memory } = renderScene(<Settings onSaved={onSaved} />);
    const dataDir = (await screen.findByLabelText('Datamappe')) as HTMLInputElement;
    expect(dataDir.readOnly).toBe(true);
    expect(dataDir.value).toBe('/home/butik/.config/LedgerBridge');
    fireEvent.change(screen.getByLabelText('Sprog'), { target: { value: 'en' } });
    fireEvent.change(screen.getByLabelText(/Synkronisér hvert/), { target: { value: '15' } });
    fireEvent.change(screen.getByLabelText('Fejlmails'), { target: { value: 'daily' } });
    fireEvent.change(screen.getByLabelText('E-mail til fejlbeskeder'), { target: { value: 'ejer@butik.dk' } });
    fireEvent.click(screen.getByLabelText('Start ved login (i systembakken)'));
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(memory.calls.find((c) => c.channel === 'settings.update')?.request).toEqual({
      language: 'en',
      syncIntervalMinutes: 15,
      digest: 'daily',
      notificationEmail: 'ejer@butik.dk',
      desktopNotifications: true,
      startAtLogin: true,
    });
    expect(memory.state().settings.language).toBe('en');
    expect(screen.getByText('Demotilstand: forbundet til de lokale sandkasser.')).toBeTruthy();
  });
});
