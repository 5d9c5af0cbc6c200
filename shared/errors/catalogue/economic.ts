import { entry, RETRY_DA, RETRY_EN, SUPPORT_DA, SUPPORT_EN } from './define';

/** 3xxx: e-conomic rejected or disagreed with a document. */
export const ECONOMIC = {
  'LB-3001': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'shopTotal', 'economicTotal', 'difference', 'tolerance', 'currency'],
    da: {
      title: 'Fakturaens total passer ikke med shoppen',
      message: 'Ordre {orderNumber}: kladden i e-conomic giver {economicTotal} inkl. moms, men ordren i shoppen er på {shopTotal}. Forskellen på {difference} er større end den tilladte afrunding på {tolerance}, så fakturaen er ikke bogført.',
      fix: 'Åbn kladden i e-conomic under Salg → Fakturering → Kladder, og sammenlign linjer og moms med ordren. Oftest har en vare den forkerte varegruppe (og dermed forkert moms) i e-conomic under Salg → Varer, eller momssatsen peger på den forkerte varegruppe i LedgerBridge under [[setup.mapping]]. Ret det, og prøv ordren igen under [[orders.retry]].',
    },
    en: {
      title: "Invoice total does not match the shop",
      message: 'Order {orderNumber}: the draft in e-conomic comes to {economicTotal} incl. VAT, but the order in the shop is {shopTotal}. The difference of {difference} is larger than the allowed rounding of {tolerance}, so the invoice has not been booked.',
      fix: 'Open the draft in e-conomic under Sales → Invoicing → Drafts and compare lines and VAT with the order. Most often a product has the wrong product group (and so the wrong VAT) in e-conomic under Sales → Products, or the VAT rate points to the wrong product group in LedgerBridge under [[setup.mapping]]. Correct it and retry the order under [[orders.retry]].',
    },
  }),
  'LB-3002': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'date'],
    da: {
      title: 'Regnskabsåret er lukket eller ikke oprettet',
      message: 'Ordre {orderNumber} har fakturadato {date}, men regnskabsåret for den dato er lukket eller findes ikke i e-conomic.',
      fix: 'Opret eller genåbn regnskabsåret i e-conomic under Indstillinger → Alle indstillinger → Regnskabsår. Så bogfører LedgerBridge ordren selv ved næste synkronisering; vil du ikke vente, så tryk [[orders.retry]]. Skal året forblive lukket, så bogfør ordren i hånden i et åbent år, og spring den over i LedgerBridge under [[orders.skip]].',
    },
    en: {
      title: 'Accounting year closed or not created',
      message: 'Order {orderNumber} has the invoice date {date}, but the accounting year for that date is closed or does not exist in e-conomic.',
      fix: 'Create or reopen the accounting year in e-conomic under Settings → All settings → Accounting years. LedgerBridge then books the order by itself at the next sync; to not wait, press [[orders.retry]]. If the year must stay closed, book the order by hand in an open year and skip it in LedgerBridge under [[orders.skip]].',
    },
  }),
  'LB-3003': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'sku'],
    da: {
      title: 'Varen er spærret i e-conomic',
      message: 'Ordre {orderNumber}: varen {sku} er spærret i e-conomic, så den kan ikke komme på en faktura.',
      fix: `Åbn varen {sku} i e-conomic under Salg → Varer, og fjern fluebenet ved "Spærret". ${RETRY_DA}`,
    },
    en: {
      title: 'Product is barred in e-conomic',
      message: 'Order {orderNumber}: the product {sku} is barred in e-conomic, so it cannot be put on an invoice.',
      fix: `Open the product {sku} in e-conomic under Sales → Products and untick "Barred". ${RETRY_EN}`,
    },
  }),
  'LB-3004': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'field', 'value'],
    da: {
      title: 'Noget, fakturaen henviser til, findes ikke i e-conomic',
      message: 'Ordre {orderNumber}: {field} "{value}" findes ikke i e-conomic.',
      fix: `Tjek i LedgerBridge under [[setup.mapping]], at kunde, layout, betalingsbetingelse og varer findes i e-conomic. Er noget slettet i e-conomic, så opret det igen eller vælg et andet. ${RETRY_DA}`,
    },
    en: {
      title: 'Something the invoice refers to does not exist in e-conomic',
      message: 'Order {orderNumber}: {field} "{value}" does not exist in e-conomic.',
      fix: `Check in LedgerBridge under [[setup.mapping]] that the customer, layout, payment terms and products exist in e-conomic. If something was deleted in e-conomic, create it again or choose another one. ${RETRY_EN}`,
    },
  }),
  'LB-3005': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'field', 'value'],
    da: {
      title: 'Pris med for mange decimaler',
      message: 'Ordre {orderNumber}: {field} er {value}, men e-conomic tager kun priser med højst to decimaler.',
      fix: `Sæt prisen på varen i shoppen til højst to decimaler (fx 99,95). ${RETRY_DA} Sker det igen med korrekte priser, så ${SUPPORT_DA}.`,
    },
    en: {
      title: 'Price with too many decimals',
      message: 'Order {orderNumber}: {field} is {value}, but e-conomic accepts prices with at most two decimals.',
      fix: `Set the product price in the shop to at most two decimals (e.g. 99.95). ${RETRY_EN} If it happens again with correct prices, ${SUPPORT_EN}.`,
    },
  }),
  'LB-3006': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'paymentMethod'],
    da: {
      title: 'Betalingsbetingelsen passer ikke',
      message: 'Ordre {orderNumber}: betalingsbetingelsen, der er valgt til "{paymentMethod}", har en anden type i e-conomic end den, LedgerBridge sendte.',
      fix: `Vælg betalingsbetingelsen igen i LedgerBridge under [[setup.paymentMethods]], så LedgerBridge henter dens type fra e-conomic (Indstillinger → Betalingsbetingelser). ${RETRY_DA}`,
    },
    en: {
      title: 'Payment terms do not match',
      message: 'Order {orderNumber}: the payment terms chosen for "{paymentMethod}" have a different type in e-conomic than the one LedgerBridge sent.',
      fix: `Choose the payment terms again in LedgerBridge under [[setup.paymentMethods]] so LedgerBridge reads their type from e-conomic (Settings → Payment terms). ${RETRY_EN}`,
    },
  }),
  'LB-3007': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'value'],
    da: {
      title: 'Betalingsbetingelsen findes ikke',
      message: 'Ordre {orderNumber}: betalingsbetingelse nr. {value} findes ikke i e-conomic.',
      fix: `Vælg en eksisterende betalingsbetingelse i LedgerBridge under [[setup.paymentMethods]], eller opret den i e-conomic under Indstillinger → Betalingsbetingelser. ${RETRY_DA}`,
    },
    en: {
      title: 'Payment terms do not exist',
      message: 'Order {orderNumber}: payment terms no. {value} do not exist in e-conomic.',
      fix: `Choose existing payment terms in LedgerBridge under [[setup.paymentMethods]], or create them in e-conomic under Settings → Payment terms. ${RETRY_EN}`,
    },
  }),
  'LB-3008': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'field'],
    da: {
      title: 'Antal mangler på en fakturalinje',
      message: 'Ordre {orderNumber}: {field} mangler et antal, og e-conomic kræver et antal, når en vare er valgt.',
      fix: `Tjek at alle linjer på ordren har et antal i shoppen. ${RETRY_DA} Sker det igen, så ${SUPPORT_DA}.`,
    },
    en: {
      title: 'Quantity missing on an invoice line',
      message: 'Order {orderNumber}: {field} has no quantity, and e-conomic requires one when a product is set.',
      fix: `Check that every line of the order has a quantity in the shop. ${RETRY_EN} If it happens again, ${SUPPORT_EN}.`,
    },
  }),
  'LB-3009': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'field'],
    da: {
      title: 'Vare uden nummer på fakturaen',
      message: 'Ordre {orderNumber}: {field} har hverken varenummer eller henvisning, så e-conomic ved ikke, hvilken vare det er.',
      fix: `Tjek at fragt-, gebyr- og afrundingsvarer er valgt i LedgerBridge under [[setup.mapping]]. ${RETRY_DA}`,
    },
    en: {
      title: 'Product without a number on the invoice',
      message: 'Order {orderNumber}: {field} has neither a product number nor a reference, so e-conomic does not know which product it is.',
      fix: `Check that the shipping, fee and rounding products are chosen in LedgerBridge under [[setup.mapping]]. ${RETRY_EN}`,
    },
  }),
  'LB-3010': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'draftNumber'],
    da: {
      title: 'Kladden findes ikke længere i e-conomic',
      message: 'Ordre {orderNumber}: kladde {draftNumber} er slettet eller bogført i e-conomic uden om LedgerBridge.',
      fix: 'Prøv ordren igen i LedgerBridge under [[orders.retry]]: er kladden bogført i hånden i e-conomic, finder LedgerBridge fakturaen via ordrens reference; ellers laves en ny kladde.',
    },
    en: {
      title: 'The draft no longer exists in e-conomic',
      message: 'Order {orderNumber}: draft {draftNumber} was deleted or booked in e-conomic outside LedgerBridge.',
      fix: "Retry the order in LedgerBridge under [[orders.retry]]: if the draft was booked by hand in e-conomic, LedgerBridge finds the invoice by the order's reference; otherwise it creates a new draft.",
    },
  }),
  'LB-3011': entry({
    category: 'economic',
    severity: 'warning',
    retriesItself: true,
    params: ['orderNumber', 'draftNumber'],
    da: {
      title: 'Kladden blev ændret samtidig i e-conomic',
      message: 'Ordre {orderNumber}: kladde {draftNumber} blev ændret i e-conomic, mens LedgerBridge opdaterede den. LedgerBridge henter den nye udgave og prøver igen.',
      fix: 'Du behøver ikke gøre noget. Undgå at redigere kladder i e-conomic, mens LedgerBridge arbejder på dem.',
    },
    en: {
      title: 'The draft was changed at the same time in e-conomic',
      message: 'Order {orderNumber}: draft {draftNumber} was changed in e-conomic while LedgerBridge updated it. LedgerBridge reads the new version and tries again.',
      fix: 'Nothing needs doing. Avoid editing drafts in e-conomic while LedgerBridge is working on them.',
    },
  }),
  'LB-3012': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'invoiceNumber', 'paymentMethod', 'detail'],
    da: {
      title: 'Betalingen kunne ikke registreres',
      message: 'Faktura {invoiceNumber} (ordre {orderNumber}) er bogført, men betalingen med "{paymentMethod}" kunne ikke lægges i kassekladden i e-conomic ({detail}). Fakturaen står derfor stadig som ubetalt.',
      fix: 'Tjek i LedgerBridge under [[setup.paymentMethods]], at kassekladden og modkontoen for "{paymentMethod}" findes i e-conomic (Regnskab → Kassekladder og Regnskab → Kontoplan). Prøv derefter igen under [[orders.retry]], eller registrér betalingen i hånden.',
    },
    en: {
      title: 'The payment could not be registered',
      message: 'Invoice {invoiceNumber} (order {orderNumber}) is booked, but the payment with "{paymentMethod}" could not be entered in the cash journal in e-conomic ({detail}). The invoice therefore still shows as unpaid.',
      fix: 'Check in LedgerBridge under [[setup.paymentMethods]] that the journal and contra account for "{paymentMethod}" exist in e-conomic (Accounting → Journals and Accounting → Chart of accounts). Then retry under [[orders.retry]], or register the payment by hand.',
    },
  }),
  'LB-3013': entry({
    category: 'economic',
    severity: 'warning',
    params: ['date'],
    da: {
      title: 'Næste regnskabsår er ikke oprettet',
      message: 'Regnskabsåret i e-conomic slutter {date}, og det næste er ikke oprettet endnu. Ordrer efter {date} kan ikke bogføres, før det findes.',
      fix: 'Opret det næste regnskabsår i e-conomic under Indstillinger → Alle indstillinger → Regnskabsår (eller bed din revisor om det). LedgerBridge ser det ved næste synkronisering; ordrer, der kom før, bogføres af sig selv.',
    },
    en: {
      title: 'The next accounting year is not created',
      message: 'The accounting year in e-conomic ends on {date}, and the next one is not created yet. Orders after {date} cannot be booked until it exists.',
      fix: 'Create the next accounting year in e-conomic under Settings → All settings → Accounting years (or ask your accountant to). LedgerBridge sees it at the next sync; orders that came before are booked by themselves.',
    },
  }),
  'LB-3099': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'field', 'detail'],
    da: {
      title: 'e-conomic afviste fakturaen',
      message: 'Ordre {orderNumber}: e-conomic afviste fakturaen på grund af {field}: {detail}',
      fix: `Ret det, e-conomic peger på, i shoppen eller i LedgerBridge under [[setup.mapping]]. ${RETRY_DA} Forstår du ikke fejlen, så ${SUPPORT_DA}; den indeholder e-conomics log-id.`,
    },
    en: {
      title: 'e-conomic rejected the invoice',
      message: 'Order {orderNumber}: e-conomic rejected the invoice because of {field}: {detail}',
      fix: `Correct what e-conomic points at, in the shop or in LedgerBridge under [[setup.mapping]]. ${RETRY_EN} If the error is unclear, ${SUPPORT_EN}; it contains e-conomic's log id.`,
    },
  }),
} as const;
