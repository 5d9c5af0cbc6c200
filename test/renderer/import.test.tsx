// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportOrders } from '../../renderer/scenes/import';
import { renderScene } from './support/render';

afterEach(cleanup);

describe('ImportOrders', () => {
  it('checks the orders from a day first, then imports them with progress, pause and resume', async () => {
    const { memory } = renderScene(<ImportOrders />, { wizard: { finished: true, step: 'check' } });
    fireEvent.change(await screen.findByLabelText('Fra dato'), { target: { value: '01-09-2026' } });
    fireEvent.blur(screen.getByLabelText('Fra dato'));
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollér ordrerne' }));
    const preview = await screen.findByRole('group', { name: 'Ordrer fra 01-09-2026' });
    expect(within(preview).getByText('42 ordrer i de valgte ordrestatusser')).toBeTruthy();
    expect(within(preview).getByText('39 overføres')).toBeTruthy();
    expect(within(preview).getByRole('row', { name: /#1007 LB-1001/ })).toBeTruthy();
    expect(memory.calls.find((c) => c.channel === 'import.preview')?.request).toEqual({ from: '2026-09-01' });
    // Nothing ran yet.
    expect(memory.calls.some((c) => c.channel === 'import.start')).toBe(false);

    fireEvent.click(within(preview).getByRole('button', { name: 'Start importen (42 ordrer)' }));
    const bar = await screen.findByRole('progressbar', { name: 'Importens fremdrift' });
    expect(bar.getAttribute('aria-valuemax')).toBe('42');
    memory.importProgress(21);
    await screen.findByText('21 af 42 ordrer', {}, { timeout: 3000 });
    fireEvent.click(screen.getByRole('button', { name: 'Sæt på pause' }));
    expect(await screen.findByRole('heading', { name: 'Importen fra 01-09-2026 er sat på pause' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsæt importen' }));
    await screen.findByRole('heading', { name: 'Importerer ordrer fra 01-09-2026' });
    expect(memory.calls.filter((c) => c.channel === 'import.start').map((c) => c.request)).toEqual([{ from: '2026-09-01' }, { from: '2026-09-01' }]);
    expect(memory.state().imported.processed).toBe(21);
  });
});

describe('ImportOrders before the setup is finished', () => {
  it('says to finish the setup first', async () => {
    renderScene(<ImportOrders />);
    expect(await screen.findByText('Gør opsætningen færdig først; derefter kan tidligere ordrer importeres her.')).toBeTruthy();
  });
});
