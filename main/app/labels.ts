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
    automaticPosting: { on: 'Automatic posting: on', off: 'Automatic posting: off' },
  },
} as const;

export type ShellLabels = (typeof LABELS)[Lang];

export function shellLabels(language: Lang): ShellLabels {
  return LABELS[language];
}

export function trayTooltip(language: Lang, state: TrayState, paused: boolean): string {
  const l = LABELS[language];
  return `LedgerBridge — ${paused ? l.paused : l.state[state]}`;
}
