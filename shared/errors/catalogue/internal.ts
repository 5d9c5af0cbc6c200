import { entry, SUPPORT_DA, SUPPORT_EN } from './define';

/** 9xxx: our own faults. The owner cannot fix these; support can, from the technical details. */
export const INTERNAL = {
  'LB-9001': entry({
    category: 'internal',
    severity: 'error',
    params: ['orderNumber', 'detail'],
    da: {
      title: 'Uventet fejl i LedgerBridge',
      message: 'Ordre {orderNumber} kunne ikke behandles på grund af en fejl i LedgerBridge ({detail}). Intet er bogført dobbelt.',
      fix: `Prøv ordren igen i LedgerBridge under [[orders.retry]]. Sker det igen, så ${SUPPORT_DA}.`,
    },
    en: {
      title: 'Unexpected error in LedgerBridge',
      message: 'Order {orderNumber} could not be processed because of an error in LedgerBridge ({detail}). Nothing has been booked twice.',
      fix: `Retry the order in LedgerBridge under [[orders.retry]]. If it happens again, ${SUPPORT_EN}.`,
    },
  }),
  'LB-9002': entry({
    category: 'internal',
    severity: 'error',
    params: ['detail'],
    da: {
      title: 'Synkroniseringen stoppede på grund af en fejl i LedgerBridge',
      message: 'Synkroniseringen blev afbrudt af en fejl i LedgerBridge ({detail}). Intet er bogført dobbelt, og LedgerBridge prøver igen ved næste synkronisering.',
      fix: `Sker det igen, så ${SUPPORT_DA}.`,
    },
    en: {
      title: 'The sync stopped because of an error in LedgerBridge',
      message: 'The sync was stopped by an error in LedgerBridge ({detail}). Nothing has been booked twice, and LedgerBridge tries again at the next sync.',
      fix: `If it happens again, ${SUPPORT_EN}.`,
    },
  }),
  'LB-9104': entry({
    category: 'internal',
    severity: 'critical',
    params: [],
    da: {
      title: 'Datamappen er i brug',
      message: 'Datamappen bruges allerede af et andet LedgerBridge-vindue eller en ledgerbridge-kommando, og to programmer må ikke skrive i den samtidig.',
      fix: 'Luk det andet LedgerBridge-vindue (se efter ikonet i systembakken) eller den kørende kommando, og start LedgerBridge igen.',
    },
    en: {
      title: 'The data folder is in use',
      message: 'The data folder is already used by another LedgerBridge window or a ledgerbridge command, and two programs must not write to it at the same time.',
      fix: 'Close the other LedgerBridge window (look for the icon in the system tray) or the running command, and start LedgerBridge again.',
    },
  }),
  'LB-9108': entry({
    category: 'internal',
    severity: 'warning',
    blocksOrder: false,
    params: ['detail'],
    da: {
      title: 'Fakturamailen kan ikke vises',
      message: 'Forhåndsvisningen af fakturamailen kunne ikke laves: {detail}',
      fix: `Ret mailteksten i LedgerBridge under [[mail.subject]], så alle flettefelter i {{…}} er nogle fra listen over flettefelter. Sker det stadig, så ${SUPPORT_DA}.`,
    },
    en: {
      title: 'The invoice mail cannot be shown',
      message: 'The preview of the invoice mail could not be made: {detail}',
      fix: `Correct the mail text in LedgerBridge under [[mail.subject]] so every field in {{…}} is one from the list of fields. If it still happens, ${SUPPORT_EN}.`,
    },
  }),
  'LB-9404': entry({
    category: 'internal',
    severity: 'warning',
    blocksOrder: false,
    params: ['orderId'],
    da: {
      title: 'Ordren findes ikke',
      message: 'Ordre {orderId} findes ikke i LedgerBridges ordreliste.',
      fix: 'Opdatér ordrelisten. LedgerBridge henter kun ordrer med de ordrestatusser, der er valgt under [[setup.stages]].',
    },
    en: {
      title: 'The order does not exist',
      message: "Order {orderId} is not in LedgerBridge's order list.",
      fix: 'Refresh the order list. LedgerBridge only fetches orders in the statuses chosen under [[setup.stages]].',
    },
  }),
  'LB-9405': entry({
    category: 'internal',
    severity: 'warning',
    blocksOrder: false,
    params: ['logId'],
    da: {
      title: 'Logposten findes ikke',
      message: 'Logposten {logId} findes ikke (længere).',
      fix: 'Opdatér fejlloggen, og vælg posten igen.',
    },
    en: {
      title: 'The log entry does not exist',
      message: 'Log entry {logId} does not exist (any more).',
      fix: 'Refresh the error log and select the entry again.',
    },
  }),
  'LB-9406': entry({
    category: 'internal',
    severity: 'warning',
    blocksOrder: false,
    params: ['orderNumber'],
    da: {
      title: 'Ordren har ingen faktura endnu',
      message: 'Ordre {orderNumber} har ingen faktura eller kladde i e-conomic endnu.',
      fix: 'Se ordrens status og årsag i ordrelisten; når den er overført, kan den åbnes i e-conomic.',
    },
    en: {
      title: 'The order has no invoice yet',
      message: 'Order {orderNumber} has no invoice or draft in e-conomic yet.',
      fix: "See the order's status and reason in the order list; once it is transferred it can be opened in e-conomic.",
    },
  }),
  'LB-9407': entry({
    category: 'internal',
    severity: 'warning',
    blocksOrder: false,
    params: ['date'],
    da: {
      title: 'Dagens ordreliste findes ikke endnu',
      message: 'Der er ingen fastlagt ordreliste for dagsopgørelsen {date}: dagen er ikke slut endnu, eller opgørelsen findes ikke længere.',
      fix: 'Ordrelisten lægges fast, når dagen lukker. Se dagenes stand nu under [[days.refresh]].',
    },
    en: {
      title: "The day's order list does not exist yet",
      message: 'The daily summary {date} has no fixed order list: the day is not over yet, or the summary no longer exists.',
      fix: 'The order list is fixed when the day closes. See where the days stand now under [[days.refresh]].',
    },
  }),
  'LB-9109': entry({
    category: 'internal',
    severity: 'warning',
    blocksOrder: false,
    params: ['detail'],
    da: {
      title: 'Dagens sikkerhedskopi kunne ikke tages',
      message: 'Sikkerhedskopien af LedgerBridges bogføringsregister kunne ikke skrives ({detail}). Synkroniseringen fortsætter, og LedgerBridge prøver igen ved næste synkronisering.',
      fix: 'Tjek, at der er fri plads på disken. Fortsætter det, så tryk [[log.supportBundle]], og send pakken til os.',
    },
    en: {
      title: "Today's backup could not be taken",
      message: "The backup of LedgerBridge's ledger could not be written ({detail}). Syncing goes on, and LedgerBridge tries again at the next sync.",
      fix: 'Check that the disk has free space. If it continues, press [[log.supportBundle]] and send the bundle to us.',
    },
  }),
} as const;
