import type { Lang, PluralWords } from '../lang';

/** `ledgerbridge activate`: switching automatic posting on or off, and what becomes of the drafts that wait. */
export const ACTIVATE_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    /** What happens to the drafts that wait, by the owner's choice; `{total}` is their sum. */
    waiting: { 'new-only': PluralWords; 'waiting-and-new': PluralWords };
    mails: PluralWords;
    noneWaiting: string;
    byRequired: string;
    checkedRequired: string;
    acceptRiskRequired: string;
    oneShopAtATime: string;
    switchedOff: (by: string, at: string) => string;
    switchedOn: (by: string) => string;
    cannotSwitchOn: string;
  }
> = {
  da: {
    summary: 'slå automatisk bogføring til (ejeren) eller fra',
    help: `ledgerbridge activate --data-dir DIR [--profile NAVN] --checked --accept-risk --by NAVN [--only-new] [--json] [--lang da|en]
ledgerbridge activate --data-dir DIR [--profile NAVN] --preview [--json] [--lang da|en]
ledgerbridge activate --data-dir DIR [--profile NAVN] --off --by NAVN [--json] [--lang da|en]
  Ejeren bekræfter at have kontrolleret de fakturaer, der er bogført i hånden i indkøringsperioden,
  og slår automatisk bogføring til på eget ansvar (gemmes med tidspunkt og navn). Afvises med
  grunden, så længe en betingelse ikke er opfyldt. Kladderne, der venter, bogføres også, medmindre
  --only-new lader ejeren bogføre dem selv.
  --preview   hvad det ville gøre ved det, der venter (kladder bogført, fakturamails sendt); ændrer intet
  --off       slå automatisk bogføring fra igen (gemmes med tidspunkt og navn); kladder venter så
              igen på at blive bogført i hånden
  --profile   butikken: der slås til for én butik ad gangen (hver har sin egen indkøringsperiode),
              så med flere butikker skal den nævnes; --preview og --off gælder alle butikker,
              medmindre én nævnes (--json: den første butiks øverst, alle butikkers i "profiles")`,
    waiting: {
      'new-only': { one: '{count} kladde ({total}), der venter, bogfører du selv.', other: '{count} kladder ({total}), der venter, bogfører du selv.' },
      'waiting-and-new': { one: '{count} kladde ({total}), der venter, bogføres ved næste synkronisering.', other: '{count} kladder ({total}), der venter, bogføres ved næste synkronisering.' },
    },
    mails: { one: 'Derefter sendes {count} fakturamail.', other: 'Derefter sendes {count} fakturamails.' },
    noneWaiting: 'Ingen kladder venter.',
    byRequired: '--by NAVN skal med: hvem der slår automatisk bogføring til eller fra.',
    checkedRequired: '--checked skal med: bekræft, at du har kontrolleret de fakturaer, der er bogført i indkøringsperioden.',
    acceptRiskRequired: '--accept-risk skal med: automatisk bogføring sker på eget ansvar.',
    oneShopAtATime: 'automatisk bogføring slås til for én butik ad gangen',
    switchedOff: (by, at) => `Automatisk bogføring er slået fra af ${by} ${at}.`,
    switchedOn: (by) => `Automatisk bogføring er slået til af ${by}.`,
    cannotSwitchOn: 'Automatisk bogføring kan ikke slås til endnu:',
  },
  en: {
    summary: 'switch automatic posting on (the owner) or off',
    help: `ledgerbridge activate --data-dir DIR [--profile NAME] --checked --accept-risk --by NAME [--only-new] [--json] [--lang da|en]
ledgerbridge activate --data-dir DIR [--profile NAME] --preview [--json] [--lang da|en]
ledgerbridge activate --data-dir DIR [--profile NAME] --off --by NAME [--json] [--lang da|en]
  The owner confirms having checked the invoices booked by hand during the supervised
  period and switches automatic posting on, at their own risk (recorded with time and name).
  Refused, with the reason, while a gate is not met. The drafts that wait are booked too,
  unless --only-new leaves them for the owner to book.
  --preview   what switching on would do to what waits (drafts booked, invoice mails sent); changes nothing
  --off       switch automatic posting off again (recorded with time and name); drafts then
              wait for a hand booking again
  --profile   the shop: switching on is for one shop at a time (each has its own supervised
              period), so with several shops it must be named; --preview and --off cover every
              shop unless one is named (--json: the first shop's at the top, every shop's in "profiles")`,
    waiting: {
      'new-only': { one: '{count} waiting draft ({total}) is left for you to book.', other: '{count} waiting drafts ({total}) are left for you to book.' },
      'waiting-and-new': { one: '{count} waiting draft ({total}) is booked by the next sync.', other: '{count} waiting drafts ({total}) are booked by the next sync.' },
    },
    mails: { one: 'Then {count} invoice mail is sent.', other: 'Then {count} invoice mails are sent.' },
    noneWaiting: 'No drafts are waiting.',
    byRequired: '--by NAME is required: who switches automatic posting on or off.',
    checkedRequired: '--checked is required: confirm that you have checked the invoices booked during the supervised period.',
    acceptRiskRequired: '--accept-risk is required: automatic posting runs at your own risk.',
    oneShopAtATime: 'automatic posting is switched on for one shop at a time',
    switchedOff: (by, at) => `Automatic posting switched off by ${by} ${at}.`,
    switchedOn: (by) => `Automatic posting switched on by ${by}.`,
    cannotSwitchOn: 'Automatic posting cannot be switched on yet:',
  },
};
