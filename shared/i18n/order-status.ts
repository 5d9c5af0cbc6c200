import type { OrderState } from '../domain/order-state';
import type { Lang, PluralWords, Words } from './lang';

/**
 * What the owner sees of an order: one vocabulary for the overview, the order list,
 * the log and the command line. The engine's states (docs/architecture.md, "One sync cycle and the order states") are finer than an
 * owner needs and one of them means two things: `held` is a draft waiting for the
 * owner's hand booking during the supervised period, or an order a rule keeps for
 * approval. `booked` and `done` differ only in whether the mail has gone out, which the
 * mail column shows.
 */
export const ORDER_STATUSES = ['waiting', 'ready', 'draft', 'approval', 'day', 'booked', 'skipped', 'retrying', 'action'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The reason code with which a rule holds an order (catalogue LB-7002). */
export const HELD_BY_RULE = 'LB-7002';

export function orderStatusOf(state: OrderState, reasonCode: string | null): OrderStatus {
  switch (state) {
    case 'seen':
      return 'waiting';
    case 'eligible':
      return 'ready';
    case 'drafted':
      return 'draft';
    case 'held':
      return reasonCode === HELD_BY_RULE ? 'approval' : 'draft';
    case 'booked':
    case 'done':
      return 'booked';
    case 'skipped':
      return 'skipped';
    case 'failed':
      return 'retrying';
    case 'needs-attention':
      return 'action';
    case 'in-day':
      return 'day';
  }
}

/** Which ledger rows a status covers, for filtering: the states, and for `held` which reason. */
export const STATUS_SELECTION: Record<OrderStatus, { states: OrderState[]; heldByRule?: boolean }> = {
  waiting: { states: ['seen'] },
  ready: { states: ['eligible'] },
  draft: { states: ['drafted', 'held'], heldByRule: false },
  approval: { states: ['held'], heldByRule: true },
  day: { states: ['in-day'] },
  booked: { states: ['booked', 'done'] },
  skipped: { states: ['skipped'] },
  retrying: { states: ['failed'] },
  action: { states: ['needs-attention'] },
};

/** The status as a label (badge, filter, column). */
export const ORDER_STATUS_WORDS: Record<Lang, Record<OrderStatus, string>> = {
  da: {
    waiting: 'Afventer i shoppen',
    ready: 'Klar til overførsel',
    draft: 'Kladde i e-conomic',
    approval: 'Venter på godkendelse',
    day: 'I dagsopgørelsen',
    booked: 'Bogført',
    skipped: 'Sprunget over',
    retrying: 'Fejl – prøves igen',
    action: 'Kræver handling',
  },
  en: {
    waiting: 'Waiting in the shop',
    ready: 'Ready to transfer',
    draft: 'Draft in e-conomic',
    approval: 'Awaiting approval',
    day: 'In the daily summary',
    booked: 'Booked',
    skipped: 'Skipped',
    retrying: 'Failed – will retry',
    action: 'Needs action',
  },
};

/** What each status means, for a tooltip and the command line's help. */
export const ORDER_STATUS_HINTS: Record<OrderStatus, Words> = {
  waiting: { da: 'Ordren har endnu ikke en ordrestatus, der overføres.', en: 'The order has not reached a status that is transferred yet.' },
  ready: { da: 'Overføres ved næste synkronisering.', en: 'Transferred by the next sync.' },
  draft: { da: 'Ligger som kladde i e-conomic og venter på, at du bogfører den.', en: 'Waits in e-conomic as a draft for you to book it.' },
  approval: { da: 'En regel holder ordren tilbage, til du godkender den.', en: 'A rule holds the order until you approve it.' },
  day: { da: 'Er med i dagens samlefaktura, som oprettes, når dagen er slut.', en: "Is part of the day's summary invoice, which is made when the day is over." },
  booked: { da: 'Bogført som faktura i e-conomic.', en: 'Booked as an invoice in e-conomic.' },
  skipped: { da: 'Overføres ikke (annulleret, en regel eller dit valg).', en: 'Not transferred (cancelled, a rule or your choice).' },
  retrying: { da: 'Noget gik galt; LedgerBridge prøver selv igen.', en: 'Something went wrong; LedgerBridge tries again by itself.' },
  action: { da: 'Kan ikke komme videre uden dig; se årsagen.', en: 'Cannot go on without you; see the reason.' },
};

/** Counts in running text: "3 kladder i e-conomic", "1 bogført". */
export const ORDER_STATUS_COUNTS: Record<Lang, Record<OrderStatus, PluralWords>> = {
  da: {
    waiting: { one: '{count} afventer i shoppen', other: '{count} afventer i shoppen' },
    ready: { one: '{count} klar til overførsel', other: '{count} klar til overførsel' },
    draft: { one: '{count} kladde i e-conomic', other: '{count} kladder i e-conomic' },
    approval: { one: '{count} venter på godkendelse', other: '{count} venter på godkendelse' },
    day: { one: '{count} i dagsopgørelsen', other: '{count} i dagsopgørelsen' },
    booked: { one: '{count} bogført', other: '{count} bogført' },
    skipped: { one: '{count} sprunget over', other: '{count} sprunget over' },
    retrying: { one: '{count} fejl, der prøves igen', other: '{count} fejl, der prøves igen' },
    action: { one: '{count} kræver handling', other: '{count} kræver handling' },
  },
  en: {
    waiting: { one: '{count} waiting in the shop', other: '{count} waiting in the shop' },
    ready: { one: '{count} ready to transfer', other: '{count} ready to transfer' },
    draft: { one: '{count} draft in e-conomic', other: '{count} drafts in e-conomic' },
    approval: { one: '{count} awaiting approval', other: '{count} awaiting approval' },
    day: { one: '{count} in the daily summary', other: '{count} in the daily summary' },
    booked: { one: '{count} booked', other: '{count} booked' },
    skipped: { one: '{count} skipped', other: '{count} skipped' },
    retrying: { one: '{count} failed, will retry', other: '{count} failed, will retry' },
    action: { one: '{count} needs action', other: '{count} need action' },
  },
};

/** Counts per status from counts per (state, held by a rule). */
export function countByStatus(rows: ReadonlyArray<{ state: OrderState; reasonCode: string | null; count: number }>): Record<OrderStatus, number> {
  const out = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as Record<OrderStatus, number>;
  for (const row of rows) out[orderStatusOf(row.state, row.reasonCode)] += row.count;
  return out;
}

/**
 * Who moved an order, as the ledger records it ('engine', 'retry', a person's name …),
 * in the owner's words. Anything not listed is a person's name.
 */
const ACTORS: Record<string, Words> = {
  engine: { da: 'Behandlet af LedgerBridge', en: 'Processed by LedgerBridge' },
  retry: { da: 'Prøvet igen', en: 'Retried' },
  'cli:retry': { da: 'Prøvet igen fra kommandolinjen', en: 'Retried from the command line' },
  'profile changed': { da: 'Prøvet igen, fordi opsætningen blev ændret', en: 'Retried because the setup changed' },
  'e-conomic (manual booking)': { da: 'Bogført i hånden i e-conomic', en: 'Booked by hand in e-conomic' },
  reconcile: { da: 'Afstemt med e-conomic efter en afbrydelse', en: 'Matched with e-conomic after an interruption' },
  app: { da: 'Gjort i LedgerBridge', en: 'Done in LedgerBridge' },
};

export function actorWords(by: string | null, lang: Lang): string {
  if (!by) return ACTORS.engine[lang];
  const known = ACTORS[by] ?? (by.endsWith(':retry') ? ACTORS.retry : undefined);
  if (known) return known[lang];
  return lang === 'da' ? `Af ${by}` : `By ${by}`;
}
