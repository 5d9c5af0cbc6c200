/** The few texts the main process shows itself (tray menu and tooltip). */
export const TRAY_WORDS = {
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
