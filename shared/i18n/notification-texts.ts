import type { Lang } from './lang';

/** How often problem mails are collected into one (the profile's notifications.digest). */
type Digest = 'hourly' | 'daily';

/**
 * What LedgerBridge tells the owner about new problems outside the app: the problem mail (one
 * problem, several, or the hourly or daily summary) and the desktop notifications that stand
 * for several problems at once or for a failed sync. The problems' own words come from the
 * catalogue.
 */
export const NOTIFICATION_TEXTS = {
  da: {
    greeting: 'Hej',
    introOne: 'LedgerBridge er stødt på et problem, som kræver din hjælp:',
    introMany: (n: number) => `LedgerBridge er stødt på ${n} problemer, som kræver din hjælp:`,
    digestIntro: (n: number, period: Digest) =>
      `Her er ${period === 'hourly' ? 'timens' : 'dagens'} oversigt over ${n} ${n === 1 ? 'nyt problem' : 'nye problemer'} i LedgerBridge:`,
    order: 'ordre',
    fix: 'Sådan løser du det',
    code: 'Fejlkode',
    orders: 'Ordrer, det drejer sig om',
    throttle: (period: Digest) =>
      `Du får højst én mail ${period === 'hourly' ? 'i timen' : 'om dagen'} om nye problemer; flere samles i en oversigt. Du kan ændre det under Indstillinger → Notifikationer.`,
    seeAll: 'Se alle problemer i LedgerBridge under Fejllog.',
    regards: 'Venlig hilsen\nLedgerBridge',
    subjectOne: (title: string, order: string | null) => `LedgerBridge: ${title}${order ? ` (ordre ${order})` : ''}`,
    subjectMany: (n: number) => `LedgerBridge: ${n} problemer kræver din opmærksomhed`,
    subjectDigest: (n: number) => `LedgerBridge: oversigt over ${n} ${n === 1 ? 'nyt problem' : 'nye problemer'}`,
    desktopManyTitle: (n: number) => `${n} ordrer kræver opmærksomhed`,
    desktopManyBody: 'Åbn fejlloggen i LedgerBridge for at se, hvad der skal rettes.',
    desktopSyncFailed: 'Synkroniseringen mislykkedes',
  },
  en: {
    greeting: 'Hello',
    introOne: 'LedgerBridge has met a problem that needs your help:',
    introMany: (n: number) => `LedgerBridge has met ${n} problems that need your help:`,
    digestIntro: (n: number, period: Digest) => `Here is the ${period === 'hourly' ? 'hourly' : 'daily'} summary of ${n} new ${n === 1 ? 'problem' : 'problems'} in LedgerBridge:`,
    order: 'order',
    fix: 'How to fix it',
    code: 'Error code',
    orders: 'Orders concerned',
    throttle: (period: Digest) =>
      `You get at most one mail ${period === 'hourly' ? 'an hour' : 'a day'} about new problems; more are collected in a summary. You can change this under Settings → Notifications.`,
    seeAll: 'See every problem in LedgerBridge under Error log.',
    regards: 'Kind regards\nLedgerBridge',
    subjectOne: (title: string, order: string | null) => `LedgerBridge: ${title}${order ? ` (order ${order})` : ''}`,
    subjectMany: (n: number) => `LedgerBridge: ${n} problems need your attention`,
    subjectDigest: (n: number) => `LedgerBridge: summary of ${n} new ${n === 1 ? 'problem' : 'problems'}`,
    desktopManyTitle: (n: number) => `${n} orders need attention`,
    desktopManyBody: 'Open the error log in LedgerBridge to see what to fix.',
    desktopSyncFailed: 'The sync failed',
  },
} as const satisfies Record<Lang, unknown>;
