import { entry } from './define';

/** 7xxx: the booking flow — gates, rules, cancellations, refunds and duplicates. */
export const BOOKING = {
  'LB-7001': entry({
    category: 'booking',
    severity: 'info',
    params: ['missing'],
    da: {
      title: 'Automatisk bogføring er ikke slået til endnu',
      message: 'Ordrer oprettes som kladder, indtil prøveperioden er gennemført. Mangler: {missing}.',
      fix: 'Bogfør kladderne i e-conomic i hånden i prøveperioden, og tjek dem. Når alt er opfyldt, slår du automatisk bogføring til i LedgerBridge under Indstillinger → Bogføring.',
    },
    en: {
      title: 'Automatic booking is not switched on yet',
      message: 'Orders are created as drafts until the supervised period is complete. Missing: {missing}.',
      fix: 'Book the drafts by hand in e-conomic during the supervised period and check them. When everything is met, switch on automatic booking in LedgerBridge under Settings → Booking.',
    },
  }),
  'LB-7002': entry({
    category: 'booking',
    severity: 'info',
    params: ['orderNumber', 'rule', 'draftNumber'],
    da: {
      title: 'Ordren venter på din godkendelse',
      message: 'Ordre {orderNumber} er oprettet som kladde {draftNumber} og bogføres ikke automatisk, fordi reglen "{rule}" siger, at den skal godkendes.',
      fix: 'Tjek kladden i e-conomic under Salg → Fakturering → Kladder, og bogfør den dér, eller tryk "Bogfør" på ordren i LedgerBridge under Ordrer. Reglen kan ændres under Opsætning → Regler.',
    },
    en: {
      title: 'The order waits for your approval',
      message: 'Order {orderNumber} was created as draft {draftNumber} and is not booked automatically, because the rule "{rule}" says it needs approval.',
      fix: 'Check the draft in e-conomic under Sales → Invoicing → Drafts and book it there, or press "Book" on the order in LedgerBridge under Orders. The rule can be changed under Setup → Rules.',
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
      message: 'Ordre {orderNumber} har en refundering ({refundId}) på {shopTotal} {currency}, som LedgerBridge ikke kan knytte til linjer på den bogførte faktura. Der er ikke lavet en kreditnota.',
      fix: 'Lav kreditnotaen i hånden i e-conomic under Salg → Fakturering → åbn fakturaen → "Krediter", og markér refunderingen som klaret i LedgerBridge under Ordrer. Refunder fremover gerne på varelinjer i shoppen i stedet for et frit beløb.',
    },
    en: {
      title: 'The refund could not be matched',
      message: 'Order {orderNumber} has a refund ({refundId}) of {shopTotal} {currency} that LedgerBridge cannot tie to lines of the booked invoice. No credit note was created.',
      fix: 'Create the credit note by hand in e-conomic under Sales → Invoicing → open the invoice → "Credit", and mark the refund as handled in LedgerBridge under Orders. In future, refund order lines in the shop rather than a free amount.',
    },
  }),
  'LB-7006': entry({
    category: 'booking',
    severity: 'error',
    params: ['orderNumber', 'invoiceNumber'],
    da: {
      title: 'Ordren findes allerede i e-conomic',
      message: 'Ordre {orderNumber} findes allerede i e-conomic som faktura {invoiceNumber}. LedgerBridge opretter den ikke en gang til.',
      fix: 'Tjek faktura {invoiceNumber} i e-conomic under Salg → Fakturering. Er den rigtig, så tryk "Knyt til fakturaen" på ordren i LedgerBridge under Ordrer. Er det en fejl, så krediter den i e-conomic, og tryk "Prøv igen".',
    },
    en: {
      title: 'The order already exists in e-conomic',
      message: 'Order {orderNumber} already exists in e-conomic as invoice {invoiceNumber}. LedgerBridge will not create it a second time.',
      fix: 'Check invoice {invoiceNumber} in e-conomic under Sales → Invoicing. If it is correct, press "Link to the invoice" on the order in LedgerBridge under Orders. If it is a mistake, credit it in e-conomic and press "Retry".',
    },
  }),
  'LB-7007': entry({
    category: 'booking',
    severity: 'info',
    params: ['orderNumber', 'rule'],
    da: {
      title: 'Ordren springes over efter en regel',
      message: 'Ordre {orderNumber} overføres ikke, fordi reglen "{rule}" siger, at den skal springes over.',
      fix: 'Du behøver ikke gøre noget. Reglen kan ændres i LedgerBridge under Opsætning → Regler.',
    },
    en: {
      title: 'Order skipped by a rule',
      message: 'Order {orderNumber} is not transferred, because the rule "{rule}" says to skip it.',
      fix: 'Nothing needs doing. The rule can be changed in LedgerBridge under Setup → Rules.',
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
      fix: 'Du behøver ikke gøre noget. Siger en kunde, at fakturaen ikke kom frem, så send den fra e-conomic under Salg → Fakturering → Bogførte. Tryk derefter "Markér som løst" her i Fejlloggen.',
    },
    en: {
      title: 'Restored from a backup: invoices found in e-conomic',
      message: 'LedgerBridge was restored from a backup. {count} order(s) the backup did not know as finished were found booked in e-conomic and were not booked, mailed or paid again: {detail}.',
      fix: 'Nothing needs doing. If a customer says the invoice did not arrive, send it from e-conomic under Sales → Invoicing → Booked. Then press "Mark as resolved" here in the Error log.',
    },
  }),
  'LB-7010': entry({
    category: 'booking',
    severity: 'warning',
    blocksOrder: false,
    params: ['count', 'detail'],
    da: {
      title: 'Ordrer allerede faktureret af en anden LedgerBridge',
      message: '{count} ordre(r), som denne LedgerBridge ikke kendte, var allerede bogført i e-conomic af en anden LedgerBridge på samme aftale (en tidligere eller en anden installation) og er hverken bogført, mailet eller betalt igen: {detail}.',
      fix: 'Du behøver ikke gøre noget. Skal kun denne computer overføre ordrer, så luk LedgerBridge på den anden. Siger en kunde, at fakturaen ikke kom frem, så send den fra e-conomic under Salg → Fakturering → Bogførte, og tryk derefter "Markér som løst" her i Fejlloggen.',
    },
    en: {
      title: 'Orders already invoiced by another LedgerBridge',
      message: '{count} order(s) this LedgerBridge did not know were already booked in e-conomic by another LedgerBridge on the same agreement (an earlier or a second installation) and were not booked, mailed or paid again: {detail}.',
      fix: 'Nothing needs doing. If only this computer should transfer orders, close LedgerBridge on the other one. If a customer says the invoice did not arrive, send it from e-conomic under Sales → Invoicing → Booked, then press "Mark as resolved" here in the Error log.',
    },
  }),
} as const;
