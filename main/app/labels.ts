import type { TrayState } from '../../shared/ipc/schemas/common';
import type { Lang } from '../../shared/i18n/lang';

/** The few texts the main process shows itself (tray menu and tooltip). */
const LABELS = {
  da: {
    open: 'Åbn LedgerBridge',
    syncNow: 'Synkronisér nu',
    pause: 'Pause',
    resume: 'Genoptag',
    quit: 'Afslut',
    updateReady: 'Opdatering klar: genstart og installér version {version}',
    state: { ok: 'Alt kører', working: 'Synkroniserer …', attention: 'Kræver opmærksomhed', setup: 'Ikke sat op endnu' },
    paused: 'Sat på pause',
    /** With several shops: the ones that need the owner, named in the tooltip and the menu. */
    shopsNeedAttention: '{shops} kræver opmærksomhed',
    /** The owner's switch; the window (where it can be switched) opens on a click. */
    automaticPosting: { on: 'Automatisk bogføring: til', off: 'Automatisk bogføring: fra' },
  },
  en: {
    open: 'Open LedgerBridge',
    syncNow: 'Sync now',
    pause: 'Pause',
    resume: 'Resume',
    quit: 'Quit',
    updateReady: 'Update ready: restart and install version {version}',
    state: { ok: 'All good', working: 'Syncing …', attention: 'Needs attention', setup: 'Not set up yet' },
    paused: 'Paused',
    shopsNeedAttention: '{shops} needs attention',
    automaticPosting: { on: 'Automatic posting: on', off: 'Automatic posting: off' },
  },
} as const;

export type ShellLabels = (typeof LABELS)[Lang];

export function shellLabels(language: Lang): ShellLabels {
  return LABELS[language];
}

/** The shops that need the owner as the tray names them ("butik-se kræver opmærksomhed"); null for none. */
export function shopsNeedingAttention(language: Lang, shops: readonly string[]): string | null {
  return shops.length === 0 ? null : LABELS[language].shopsNeedAttention.replace('{shops}', shops.join(', '));
}

/** `attentionShops`: with several shops, those that need the owner, so the tooltip says which. */
export function trayTooltip(language: Lang, state: TrayState, paused: boolean, attentionShops: readonly string[] = []): string {
  const l = LABELS[language];
  const named = state === 'attention' && !paused ? shopsNeedingAttention(language, attentionShops) : null;
  return `LedgerBridge — ${paused ? l.paused : (named ?? l.state[state])}`;
}
