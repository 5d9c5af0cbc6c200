// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/i18n/lang';
import type { Dashboard } from '../../shared/ipc/schemas/operations';
import { I18nProvider } from '../../renderer/i18n';
import { ShopsCard } from '../../renderer/scenes/dashboard/shops-card';
import { formatDateTime } from '../../shared/i18n/format';

afterEach(cleanup);

type Shop = NonNullable<Dashboard['shops']>[number];
const danish: Shop = { profile: 'butik-dk', shopUrl: 'https://nordlys.dk', state: 'ok', attentionCount: 0, active: true, lastSyncAt: '2026-12-07T09:15:00.000Z' };
const swedish: Shop = { profile: 'butik-se', shopUrl: 'https://nordlys.se', state: 'attention', attentionCount: 2, active: false, lastSyncAt: '2026-12-07T09:16:00.000Z' };

function show(shops: Shop[], language: Lang = 'da') {
  return render(
    <I18nProvider language={language}>
      <ShopsCard shops={shops} />
    </I18nProvider>,
  );
}

describe('the overview’s list of shops', () => {
  it('says first which shop needs the owner, then lists every shop with its state, what waits and the shop on screen', () => {
    show([danish, swedish]);
    const card = screen.getByRole('region', { name: 'Dine butikker' });
    expect(within(card).getByRole('status').textContent).toBe('butik-se kræver opmærksomhed');
    const rows = within(within(card).getByRole('list', { name: 'Dine butikker' })).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('strong')!.textContent)).toEqual(['butik-dk', 'butik-se']);
    expect(rows[0].textContent).toContain('Alt kører');
    expect(rows[0].textContent).toContain('Vises nu');
    expect(rows[0].getAttribute('aria-current')).toBe('true');
    expect(rows[1].textContent).toContain('Kræver opmærksomhed · 2 venter på dig');
    expect(rows[1].textContent).not.toContain('Vises nu');
  });

  it('tells in the row of a shop whose last sync failed what stopped it', () => {
    show([danish, { ...swedish, attentionCount: 0, syncFailure: { code: 'LB-4011', title: 'Shoppen afviser LedgerBridges nøgler' } }]);
    const rows = screen.getAllByRole('listitem');
    expect(rows[1].textContent).toContain('Kræver opmærksomhed · Synkroniseringen mislykkedes: Shoppen afviser LedgerBridges nøgler (LB-4011) · Seneste synkronisering');
    expect(rows[0].textContent).not.toContain('mislykkedes');
  });

  it('tells in the row of a shop that could not be opened since when, why and how to fix it, there being no overview of it to choose', () => {
    const at = '2026-12-08T03:10:00.000Z';
    const fix = 'Luk det program, der har filen åben, og sørg for, at LedgerBridge må læse og skrive i mappen.';
    show([danish, { ...swedish, attentionCount: 0, lastSyncAt: null, syncFailure: { code: 'LB-2055', title: 'Butikken kan ikke åbnes', at, fix } }]);
    const rows = screen.getAllByRole('listitem');
    // The time as the app shows times (local, day first).
    expect(rows[1].textContent).toContain(`Kræver opmærksomhed · Synkroniseringen mislykkedes ${formatDateTime(at, 'da')}: Butikken kan ikke åbnes (LB-2055) ${fix} · Seneste synkronisering: endnu ikke`);
  });

  it('leaves the fix of the shop on screen to its overview, which has it', () => {
    show([{ ...danish, state: 'attention', syncFailure: { code: 'LB-4004', title: 'e-conomic kan ikke nås', at: '2026-12-08T03:10:00.000Z', fix: 'Tjek at computeren er på nettet.' } }, swedish]);
    expect(screen.getAllByRole('listitem')[0].textContent).not.toContain('Tjek at computeren er på nettet.');
  });

  it('speaks English when the app does, and names no shop while every shop is fine', () => {
    show([danish, { ...swedish, state: 'working', attentionCount: 0 }], 'en');
    const card = screen.getByRole('region', { name: 'Your shops' });
    expect(within(card).queryByRole('status')).toBeNull();
    expect(within(card).getAllByRole('listitem').map((r) => r.querySelector('.badge')!.textContent)).toEqual(['All good', 'Syncing …']);
  });

  it('is not shown with one shop: there is nothing to tell apart', () => {
    const { container } = show([danish]);
    expect(container.textContent).toBe('');
  });
});
