import type { Lang, PluralWords } from '../lang';

/** `ledgerbridge retry`: each order tried again, before and after. */
export const RETRY_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    nameOrders: string;
    order: string;
    unknownOrder: (id: string) => string;
    retried: PluralWords;
  }
> = {
  da: {
    summary: 'prøv ordrer med fejl igen',
    help: `ledgerbridge retry --data-dir DIR [--profile NAVN] (ORDRE_ID… | --all-failed) [--json] [--lang da|en]
  Prøver de nævnte ordrer igen nu (når du har rettet data i shoppen eller e-conomic eller
  tilknyttet en ny betalingsmetode), eller alle ordrer med fejl, eller som kræver handling, i
  hver butik, der har dem (eller i den nævnte profil). Skriver hver ordres status før og
  efter, og årsagen, hvis den stadig er stoppet.`,
    nameOrders: 'nævn de ordre-id’er, der skal prøves igen, eller brug --all-failed.',
    order: 'Ordre',
    unknownOrder: (id) => `Ordre-id ${id} findes ikke i LedgerBridge.`,
    retried: { one: '{count} ordre prøvet igen.', other: '{count} ordrer prøvet igen.' },
  },
  en: {
    summary: 'try failed orders again',
    help: `ledgerbridge retry --data-dir DIR [--profile NAME] (ORDER_ID… | --all-failed) [--json] [--lang da|en]
  Tries the given orders again now (after you fixed the data in the shop or e-conomic, or
  mapped a new payment method), or every order that failed or needs action, in every shop
  that has them (or in the profile named). Prints each order's status before and after, and
  the reason if it is still stopped.`,
    nameOrders: 'name the order ids to retry, or pass --all-failed.',
    order: 'Order',
    unknownOrder: (id) => `Order id ${id} is not known to LedgerBridge.`,
    retried: { one: '{count} order retried.', other: '{count} orders retried.' },
  },
};
