import type { Lang } from '../lang';

/** `ledgerbridge status`: one profile's state in the owner's words (statuses as in the app, local times, plans by name). */
export const STATUS_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    invoiceFromEconomic: string;
    invoiceFromShop: string;
    postingOn: (by: string, at: string) => string;
    postingOff: string;
    bookedAutomatically: string;
    createdAsDrafts: string;
    profile: string;
    orderStages: string;
    theInvoice: string;
    licence: string;
    noValidLicence: string;
    lastSync: string;
    notYet: string;
    every: string;
    orders: string;
    openProblems: string;
    needsAttention: string;
    economicCalls: string;
    /** After the calls: the other shops whose calls count against the same agreement's fair use. */
    sharedBudget: (shops: string) => string;
    automaticPosting: string;
    /** Before what stopped the last sync: when it failed. */
    lastSyncFailed: (at: string) => string;
    /** Before what stops a shop that could not be opened. */
    notOpened: string;
  }
> = {
  da: {
    summary: 'profil, synkronisering, ordrer efter status og betingelserne for automatisk bogføring',
    help: `ledgerbridge status --data-dir DIR [--profile NAVN] [--json] [--lang da|en]
  Hver profil (eller den nævnte): synkroniseringen, ordrer efter status og hver betingelse for automatisk
  bogføring med det, der mangler. --json: den første profils rapport øverst, alle profilers i "profiles".`,
    invoiceFromEconomic: 'fra e-conomic, mailet af LedgerBridge',
    invoiceFromShop: 'sendes af webshoppen',
    postingOn: (by, at) => `til (slået til af ${by} ${at})`,
    postingOff: 'fra',
    bookedAutomatically: 'fakturaer bogføres automatisk',
    createdAsDrafts: 'ordrer oprettes som kladder',
    profile: 'Profil',
    orderStages: 'Ordrestatus, der overføres',
    theInvoice: 'fakturaen',
    licence: 'Licens',
    noValidLicence: 'ingen gyldig',
    lastSync: 'Seneste synkronisering',
    notYet: 'endnu ikke',
    every: 'hvert',
    orders: 'Ordrer',
    openProblems: 'Åbne problemer',
    needsAttention: 'kræver opmærksomhed',
    economicCalls: 'Kald til e-conomic seneste døgn',
    sharedBudget: (shops) => `tæller også kaldene fra ${shops} (samme e-conomic-aftale)`,
    automaticPosting: 'Automatisk bogføring',
    lastSyncFailed: (at) => `Seneste synkronisering mislykkedes ${at}`,
    notOpened: 'Kan ikke åbnes',
  },
  en: {
    summary: 'profile, sync loop, orders by status and the automatic-posting gates',
    help: `ledgerbridge status --data-dir DIR [--profile NAME] [--json] [--lang da|en]
  Each profile (or the one named): the sync loop, orders by status, and every gate of automatic posting
  with what is missing. --json: the first profile's report at the top, every profile's in "profiles".`,
    invoiceFromEconomic: 'from e-conomic, mailed by LedgerBridge',
    invoiceFromShop: 'sent by the web shop',
    postingOn: (by, at) => `on (switched on by ${by} ${at})`,
    postingOff: 'off',
    bookedAutomatically: 'invoices are booked automatically',
    createdAsDrafts: 'orders are created as drafts',
    profile: 'Profile',
    orderStages: 'Order stages transferred',
    theInvoice: 'the invoice',
    licence: 'Licence',
    noValidLicence: 'none valid',
    lastSync: 'Last sync',
    notYet: 'not yet',
    every: 'every',
    orders: 'Orders',
    openProblems: 'Open problems',
    needsAttention: 'needs attention',
    economicCalls: 'e-conomic calls last 24 h',
    sharedBudget: (shops) => `counting the calls of ${shops} too (the same e-conomic agreement)`,
    automaticPosting: 'Automatic posting',
    lastSyncFailed: (at) => `Last sync failed ${at}`,
    notOpened: 'Cannot be opened',
  },
};
