// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app';
import { createMemoryService } from '../shared/ipc/memory-service';
import { createTestBridge } from './support/render';

afterEach(cleanup);

function renderApp(options: Parameters<typeof createMemoryService>[0] = {}) {
  const memory = createMemoryService(options);
  const bridge = createTestBridge(memory);
  render(<App client={bridge.client} />);
  return { memory, ...bridge };
}

const nav = () => screen.getByRole('navigation', { name: 'LedgerBridge' });

describe('App', () => {
  it('opens a fresh installation on the setup wizard, and says it is not set up instead of "all good"', async () => {
    renderApp();
    expect(await screen.findByText('Trin 1 af 10')).toBeTruthy();
    expect((await within(nav()).findByRole('status')).textContent).toBe('Ikke sat op endnu');
    expect(within(nav()).getByRole('button', { name: 'Opsætning' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens a configured installation on the overview, and every sidebar entry leads to its scene', async () => {
    renderApp({ wizard: { finished: true, step: 'check' } });
    expect(await screen.findByRole('heading', { name: 'Overblik' })).toBeTruthy();
    for (const [entry, heading] of [['Ordrer', 'Ordrer'], ['Fakturaer', 'Fakturaer'], ['Afstemning', 'Afstemning'], ['Fejllog', 'Fejllog'], ['Fakturamail', 'Fakturamail'], ['Indstillinger', 'Indstillinger'], ['Opsætning', 'Opsætning']]) {
      fireEvent.click(within(nav()).getByRole('button', { name: entry }));
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    }
  });

  it('shows the tray state in the sidebar and follows status pushes', async () => {
    const { emit } = renderApp({ wizard: { finished: true, step: 'check' } });
    expect((await within(await screen.findByRole('navigation', { name: 'LedgerBridge' })).findByRole('status')).textContent).toBe('Alt kører');
    act(() => emit({ name: 'status.changed', payload: { trayState: 'attention', paused: false, running: false, lastSyncAt: null, attentionCount: 4, automaticPosting: false } }));
    expect(within(nav()).getByRole('status').textContent).toBe('Kræver opmærksomhed');
    expect(within(nav()).getByRole('button', { name: /^Fejllog ?\(4\)$/ })).toBeTruthy();
  });

  it('says plainly that a fresh installation is not set up, instead of "Alt kører"', async () => {
    renderApp();
    await screen.findByText('Trin 1 af 10');
    expect(within(nav()).getByRole('status').textContent).toBe('Ikke sat op endnu');
  });

  it('shows automatic posting ON or OFF on every screen, and switches it off with the owner’s name', async () => {
    const { memory, emit } = renderApp({ wizard: { finished: true, step: 'check' } });
    await screen.findByRole('navigation', { name: 'LedgerBridge' }); // shown once the service answered
    const posting = await within(nav()).findByRole('group', { name: 'Automatisk bogføring' });
    expect(posting.textContent).toContain('Fra');
    act(() => emit({ name: 'status.changed', payload: { trayState: 'ok', paused: false, running: false, lastSyncAt: null, attentionCount: 0, automaticPosting: true } }));
    expect(posting.textContent).toContain('Til');
    fireEvent.click(within(nav()).getByRole('button', { name: 'Ordrer' }));
    fireEvent.click(within(posting).getByRole('button', { name: 'Slå fra' }));
    const dialog = within(posting).getByRole('dialog', { name: 'Slå automatisk bogføring fra' });
    const confirm = within(dialog).getByRole('button', { name: 'Slå automatisk bogføring fra' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true); // who switches it off is recorded
    fireEvent.change(within(dialog).getByLabelText('Dit navn'), { target: { value: 'Mette' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(memory.state().deactivated).toEqual({ by: 'Mette', at: '2026-11-27T09:12:00.000Z' }));
    await waitFor(() => expect(posting.textContent).toContain('Fra'));
  });

  it('takes the owner from a fix to the control it names, with the control focused', async () => {
    renderApp({ wizard: { finished: true, step: 'check' } });
    await screen.findByRole('navigation', { name: 'LedgerBridge' });
    fireEvent.click(await within(nav()).findByRole('button', { name: 'Fejllog' }));
    fireEvent.click((await screen.findAllByRole('button', { name: /Entry 1:/ }))[0]);
    fireEvent.click(await screen.findByRole('button', { name: 'Gå til Opsætning → Opsætning i e-conomic' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Opsætning' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.getAttribute('data-place')).toBe('setup.mapping'));
    expect(within(nav()).getByRole('button', { name: 'Opsætning' }).getAttribute('aria-current')).toBe('page');
  });

  it('speaks English when the settings say so', async () => {
    const memory = createMemoryService({ wizard: { finished: true, step: 'check' } });
    await memory.service['settings.update']({ language: 'en' });
    const bridge = createTestBridge(memory);
    render(<App client={bridge.client} />);
    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeTruthy();
    expect(within(nav()).getByRole('button', { name: 'Error log' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('asks before leaving a screen with unsaved edits, and goes on only when told to', async () => {
    const { memory } = renderApp({ wizard: { finished: true, step: 'check' } });
    fireEvent.click(within(await screen.findByRole('navigation', { name: 'LedgerBridge' })).getByRole('button', { name: 'Indstillinger' }));
    fireEvent.change(await screen.findByLabelText(/Synkronisér hvert/), { target: { value: '30' } });
    fireEvent.click(within(nav()).getByRole('button', { name: 'Ordrer' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt' });
    expect(within(dialog).getByText('Indstillinger')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bliv her' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeTruthy();
    // Escape answers "stay", as the focused button does.
    fireEvent.click(within(nav()).getByRole('button', { name: 'Ordrer' }));
    fireEvent.keyDown(await screen.findByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeTruthy();

    fireEvent.click(within(nav()).getByRole('button', { name: 'Ordrer' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Gem og fortsæt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ordrer' })).toBeTruthy();
    expect(memory.state().settings.syncIntervalMinutes).toBe(30);
  });
});
