import { ORDER_STATES } from '../../domain/order-state';
import type { Lang } from '../lang';
import { ORDER_STATUS_HINTS, ORDER_STATUS_WORDS, ORDER_STATUSES } from '../order-status';

/** The owner's statuses with what each means, as `--state` takes them. */
const statusList = (lang: Lang) => ORDER_STATUSES.map((s) => `    ${s.padEnd(9)}${ORDER_STATUS_WORDS[lang][s]}: ${ORDER_STATUS_HINTS[s][lang]}`).join('\n');

/** `ledgerbridge orders`: every order with its status and reason. */
export const ORDERS_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    unknownStatus: (value: string, statuses: string) => string;
    columns: readonly string[];
    orders: (count: number) => string;
  }
> = {
  da: {
    summary: 'alle ordrer med status og årsag',
    help: `ledgerbridge orders --data-dir DIR [--profile NAVN] [--state S[,S…]] [--search TEKST] [--limit N] [--json] [--lang da|en]
  Alle ordrer i alle butikker (eller i den nævnte profil) med status, årsag og fakturanumre, som appen viser dem.
  --state   de statusser, der skal vises:
${statusList('da')}
            (motorens tilstande ${ORDER_STATES.join(', ')} kan også bruges)
  --json    til scripts: hver ordres status i shoppen (status), statussen ovenfor (ownerStatus), motorens tilstand (state) og dens profil`,
    unknownStatus: (value, statuses) => `ukendt status "${value}"; brug en af ${statuses}.`,
    columns: ['Ordre', 'Dato', 'Status', 'Beløb', 'Kladde', 'Faktura', 'Mail', 'Årsag'],
    orders: (count) => `${count} ${count === 1 ? 'ordre' : 'ordrer'}`,
  },
  en: {
    summary: 'every order with its status and reason',
    help: `ledgerbridge orders --data-dir DIR [--profile NAME] [--state S[,S…]] [--search TEXT] [--limit N] [--json] [--lang da|en]
  Every order of every shop (or of the profile named) with its status, reason and invoice numbers, as the app shows them.
  --state   the statuses to list:
${statusList('en')}
            (the engine's states ${ORDER_STATES.join(', ')} are accepted too)
  --json    for scripts: each order's shop status (status), the status above (ownerStatus), the engine's state (state) and its profile`,
    unknownStatus: (value, statuses) => `unknown status "${value}"; use one of ${statuses}.`,
    columns: ['Order', 'Date', 'Status', 'Amount', 'Draft', 'Invoice', 'Mail', 'Reason'],
    orders: (count) => `${count} ${count === 1 ? 'order' : 'orders'}`,
  },
};
