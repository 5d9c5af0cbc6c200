import { entry } from './define';

/** 7xxx: the booking flow — gates, rules, cancellations, refunds and duplicates. */
export const BOOKING = {
  'LB-7001': entry({
    category: 'booking',
    severity: 'info',
    params: ['orderNumber', 'draftNumber'],
    da: {
      title: 'Kladden venter på, at du bogfører den',
      message: 'Ordre {orderNumber} er oprettet som kladde {draftNumber} i e-conomic. Automatisk bogføring er ikke slået til, så du bogfører kladden selv.',
      fix: 'Tjek kladden, og bogfør den i e-conomic under Salg → Fakturering → Kladder; LedgerBridge ser det ved næste synkronisering. Når indkøringsperioden er gennemført, kan du slå automatisk bogføring til i LedgerBridge under [[overview.activate]].',
    },
    en: {
      title: 'The draft waits for you to book it',
      message: 'Order {orderNumber} was created as draft {draftNumber} in e-conomic. Automatic posting is not switched on, so you book the draft yourself.',
      fix: 'Check the draft and book it in e-conomic under Sales → Invoicing → Drafts; LedgerBridge sees it on the next sync. Once the supervised period is complete, you can switch on automatic posting in LedgerBridge under [[overview.activate]].',
    },
  }),
  'LB-7002': entry({
    category: 'booking',
    severity: 'info',
    params: ['orderNumber', 'rule'],
    da: {
      title: 'Ordren venter på din godkendelse',
      message: 'Ordre {orderNumber} bogføres ikke automatisk, fordi reglen "{rule}" holder den tilbage, til du har godkendt den.',
      fix: 'Se ordren efter, og godkend den i LedgerBridge under [[orders.approve]]; så bogføres den i e-conomic. Reglen kan ændres under [[setup.rules]].',
    },
    en: {
      title: 'The order waits for your approval',
      message: 'Order {orderNumber} is not booked automatically, because the rule "{rule}" holds it until you approve it.',
      fix: 'Look the order over and approve it in LedgerBridge under [[orders.approve]]; it is then booked in e-conomic. The rule can be changed under [[setup.rules]].',
    },
  }),
  'LB-7003': entry({
    category: 'booking',
    severity: 'info',
    params: ['orderNumber'],
    da: {
      title: 'Annulleret ordre springes over',
      message: 'Ordre {orderNumber} blev annulleret i shoppen, før den blev bogført, så den overføres ikke.',
      fix: 'Du behøver ikke gøre noget.',
    },
    en: {
      title: 'Cancelled order skipped',
      message: 'Order {orderNumber} was cancelled in the shop before it was booked, so it is not transferred.',
      fix: 'Nothing needs doing.',
    },
  }),
  'LB-7004': entry({
    category: 'booking',
    severity: 'info',
    params: ['orderNumber', 'draftNumber'],
    da: {
      title: 'Kladde slettet, fordi ordren blev annulleret',
      message: 'Ordre {orderNumber} blev annulleret i shoppen, så LedgerBridge har slettet kladde {draftNumber} i e-conomic.',
      fix: 'Du behøver ikke gøre noget.',
    },
    en: {
      title: 'Draft deleted because the order was cancelled',
      message: 'Order {orderNumber} was cancelled in the shop, so LedgerBridge deleted draft {draftNumber} in e-conomic.',
      fix: 'Nothing needs doing.',
    },
  }),
  'LB-7005': entry({
    category: 'booking',
    severity: 'error',
    params: ['orderNumber', 'refundId', 'shopTotal', 'currency'],
    da: {
      title: 'Refunderingen kunne ikke matches',
      message: 'Ordre {orderNumber} har en refundering ({refundId}) på {shopTotal}, som LedgerBridge ikke kan knytte til linjer på den bogførte faktura. Der er ikke lavet en kreditnota.',
      fix: 'Lav kreditnotaen i hånden i e-conomic under Salg → Fakturering → åbn fakturaen → "Krediter", og markér problemet som løst i LedgerBridge under [[log.resolve]]. Refunder fremover gerne på varelinjer i shoppen i stedet for et frit beløb.',
    },
    en: {
      title: 'The refund could not be matched',
      message: 'Order {orderNumber} has a refund ({refundId}) of {shopTotal} that LedgerBridge cannot tie to lines of the booked invoice. No credit note was created.',
      fix: 'Create the credit note by hand in e-conomic under Sales → Invoicing → open the invoice → "Credit", and mark the problem as resolved in LedgerBridge under [[log.resolve]]. In future, refund order lines in the shop rather than a free amount.',
    },
  }),
  'LB-7006': entry({
    category: 'booking',
    severity: 'error',
    params: ['orderNumber', 'draftNumber'],
    da: {
      title: 'Ordren har flere kladder i e-conomic',
      message: 'Der findes flere kladder i e-conomic for ordre {orderNumber} (kladde {draftNumber}). LedgerBridge bruger den første og opretter ikke flere.',
      fix: 'Slet de overskydende kladder i e-conomic under Salg → Fakturering → Kladder, så ordren ikke bogføres to gange, og markér problemet som løst i LedgerBridge under [[log.resolve]].',
    },
    en: {
      title: 'The order has several drafts in e-conomic',
      message: 'There are several drafts in e-conomic for order {orderNumber} (draft {draftNumber}). LedgerBridge uses the first and creates no more.',
      fix: 'Delete the extra drafts in e-conomic under Sales → Invoicing → Drafts, so the order is not booked twice, and mark the problem as resolved in LedgerBridge under [[log.resolve]].',
    },
  }),
  'LB-7007': entry({
    category: 'booking',
    severity: 'info',
    params: ['orderNumber', 'rule'],
    da: {
      title: 'Ordren springes over efter en regel',
      message: 'Ordre {orderNumber} overføres ikke, fordi reglen "{rule}" siger, at den skal springes over.',
      fix: 'Du behøver ikke gøre noget. Reglen kan ændres i LedgerBridge under [[setup.rules]].',
    },
    en: {
      title: 'Order skipped by a rule',
      message: 'Order {orderNumber} is not transferred, because the rule "{rule}" says to skip it.',
      fix: 'Nothing needs doing. The rule can be changed in LedgerBridge under [[setup.rules]].',
    },
  }),
  'LB-7008': entry({
    category: 'booking',
    severity: 'info',
    params: ['journalNumber', 'count'],
    da: {
      title: 'Betalinger lagt i kassekladden',
      message: '{count} betaling(er) er lagt i kassekladde {journalNumber} og udligner de bogførte fakturaer, når kassekladden bogføres.',
      fix: 'Gennemse kassekladde {journalNumber} i e-conomic under Regnskab → Kassekladde, og bogfør den.',
    },
    en: {
      title: 'Payments posted to the journal',
      message: '{count} payment(s) were posted to journal {journalNumber}; they settle the booked invoices when the journal is booked.',
      fix: 'Review journal {journalNumber} in e-conomic under Accounting → Journal and book it.',
    },
  }),
  'LB-7009': entry({
    category: 'booking',
    severity: 'warning',
    blocksOrder: false,
    params: ['count', 'detail'],
    da: {
      title: 'Gendannet fra sikkerhedskopi: fakturaer fundet i e-conomic',
      message: 'LedgerBridge blev gendannet fra en sikkerhedskopi. {count} ordre(r), som kopien ikke kendte som færdige, blev fundet bogført i e-conomic og er hverken bogført, mailet eller betalt igen: {detail}.',
      fix: 'Du behøver ikke gøre noget. Siger en kunde, at fakturaen ikke kom frem, så send den fra e-conomic under Salg → Fakturering → Bogførte. Tryk derefter [[log.resolve]].',
    },
    en: {
      title: 'Restored from a backup: invoices found in e-conomic',
      message: 'LedgerBridge was restored from a backup. {count} order(s) the backup did not know as finished were found booked in e-conomic and were not booked, mailed or paid again: {detail}.',
      fix: 'Nothing needs doing. If a customer says the invoice did not arrive, send it from e-conomic under Sales → Invoicing → Booked. Then press [[log.resolve]].',
    },
  }),
  'LB-7010': entry({
    category: 'booking',
    severity: 'info',
    params: ['orderNumber', 'draftNumber'],
    da: {
      title: 'Kladden bogføres af dig',
      message: 'Ordre {orderNumber} lå som kladde {draftNumber}, da automatisk bogføring blev slået til for nye ordrer, så den bogføres ikke automatisk.',
      fix: 'Tjek kladden, og bogfør den i e-conomic under Salg → Fakturering → Kladder, eller godkend den i LedgerBridge under [[orders.approve]].',
    },
    en: {
      title: 'You book this draft',
      message: 'Order {orderNumber} was waiting as draft {draftNumber} when automatic posting was switched on for new orders, so it is not booked automatically.',
      fix: 'Check the draft and book it in e-conomic under Sales → Invoicing → Drafts, or approve it in LedgerBridge under [[orders.approve]].',
    },
  }),
  'LB-7011': entry({
    category: 'booking',
    severity: 'info',
    params: ['orderNumber'],
    da: {
      title: 'Sprunget over efter dit valg',
      message: 'Ordre {orderNumber} overføres ikke til e-conomic, fordi den blev sprunget over i LedgerBridge.',
      fix: 'Du behøver ikke gøre noget. Skal ordren alligevel bogføres, så prøv den igen under [[orders.retry]].',
    },
    en: {
      title: 'Skipped by your choice',
      message: 'Order {orderNumber} is not transferred to e-conomic, because it was skipped in LedgerBridge.',
      fix: 'Nothing needs doing. If the order should be booked after all, retry it under [[orders.retry]].',
    },
  }),
  'LB-7012': entry({
    category: 'booking',
    severity: 'warning',
    blocksOrder: false,
    params: ['orderNumber', 'value'],
    da: {
      title: 'Det kan ikke lade sig gøre for ordren nu',
      message: 'Ordre {orderNumber} står som "{value}", og det passer ikke til det, du bad om (fx at godkende en ordre, der ikke venter på godkendelse).',
      fix: 'Opdatér ordrelisten, og se ordrens status og knapper igen.',
    },
    en: {
      title: 'This cannot be done for the order now',
      message: 'Order {orderNumber} is "{value}", which does not fit what you asked for (e.g. approving an order that is not waiting for approval).',
      fix: 'Refresh the order list and look at the order\'s status and buttons again.',
    },
  }),
  'LB-7013': entry({
    category: 'booking',
    severity: 'warning',
    blocksOrder: false,
    params: ['count', 'detail'],
    da: {
      title: 'Ordrer allerede faktureret af en anden LedgerBridge',
      message: '{count} ordre(r), som denne LedgerBridge ikke kendte, var allerede bogført i e-conomic af en anden LedgerBridge på samme aftale (en tidligere eller en anden installation) og er hverken bogført, mailet eller betalt igen: {detail}.',
      fix: 'Du behøver ikke gøre noget. Skal kun denne computer overføre ordrer, så luk LedgerBridge på den anden. Siger en kunde, at fakturaen ikke kom frem, så send den fra e-conomic under Salg → Fakturering → Bogførte. Tryk derefter [[log.resolve]].',
    },
    en: {
      title: 'Orders already invoiced by another LedgerBridge',
      message: '{count} order(s) this LedgerBridge did not know were already booked in e-conomic by another LedgerBridge on the same agreement (an earlier or a second installation) and were not booked, mailed or paid again: {detail}.',
      fix: 'Nothing needs doing. If only this computer should transfer orders, close LedgerBridge on the other one. If a customer says the invoice did not arrive, send it from e-conomic under Sales → Invoicing → Booked. Then press [[log.resolve]].',
    },
  }),
} as const;
