import { entry, ORDER_DA, ORDER_EN, RETRY_DA, RETRY_EN, SUPPORT_DA, SUPPORT_EN } from './define';

/**
 * Daily summary booking (postingUnit "day"): one invoice per day and currency instead of an
 * invoice per order. The codes keep the thousands digit of their category (3xxx e-conomic
 * totals, 7xxx the booking flow).
 */
export const DAY_SUMMARIES = {
  'LB-3020': entry({
    category: 'economic',
    severity: 'error',
    params: ['orderNumber', 'shopTotal', 'economicTotal', 'difference', 'tolerance', 'currency'],
    da: {
      title: 'Ordrens linjer giver ikke ordrens total',
      message: 'Ordre {orderNumber}: linjer, fragt og moms giver {economicTotal} {currency}, men ordren i shoppen er på {shopTotal} {currency}. Forskellen på {difference} er større end den tilladte afrunding på {tolerance}, så ordren kommer ikke med i dagsopgørelsen, og dagen venter på den.',
      fix: `Sammenlign ordrens linjer og moms med totalen i shoppen, og ret ordren dér; oftest står en vare med en forkert momssats. ${ORDER_DA} ${RETRY_DA}`,
    },
    en: {
      title: "The order's lines do not add up to its total",
      message: 'Order {orderNumber}: its lines, shipping and VAT come to {economicTotal} {currency}, but the order in the shop is {shopTotal} {currency}. The difference of {difference} is larger than the allowed rounding of {tolerance}, so the order is not in the daily summary, and its day waits for it.',
      fix: `Compare the order's lines and VAT with its total in the shop and correct the order there; most often a product has the wrong VAT rate. ${ORDER_EN} ${RETRY_EN}`,
    },
  }),
  'LB-3021': entry({
    category: 'economic',
    severity: 'error',
    params: ['date', 'currency', 'shopTotal', 'economicTotal', 'difference', 'tolerance', 'draftNumber'],
    da: {
      title: 'Dagsopgørelsens total passer ikke med shoppen',
      message: 'Dagsopgørelsen for {date} ({currency}): kladde {draftNumber} i e-conomic giver {economicTotal} inkl. moms, men dagens ordrer og refunderinger giver {shopTotal}. Forskellen på {difference} er større end den tilladte afrunding på {tolerance}, så dagen er ikke bogført.',
      fix: 'Åbn kladde {draftNumber} i e-conomic under Salg → Fakturering → Kladder, og sammenlign linjernes moms med dagens ordreliste (ledgerbridge days --day {date} --csv FIL). Oftest har en dagsvare (DAGSSALG-25 …) en varegruppe med en anden moms end den, ordrerne er solgt med. Ret kladden, så den giver {shopTotal}, og bogfør den i e-conomic; LedgerBridge ser ved næste synkronisering, at dagen er bogført.',
    },
    en: {
      title: "The daily summary's total does not match the shop",
      message: 'Daily summary of {date} ({currency}): draft {draftNumber} in e-conomic comes to {economicTotal} incl. VAT, but the day\'s orders and refunds come to {shopTotal}. The difference of {difference} is larger than the allowed rounding of {tolerance}, so the day has not been booked.',
      fix: "Open draft {draftNumber} in e-conomic under Sales → Invoicing → Drafts and compare the lines' VAT with the day's order list (ledgerbridge days --day {date} --csv FILE). Most often a day product (DAGSSALG-25 …) is in a product group with another VAT rate than the orders were sold at. Correct the draft so that it comes to {shopTotal} and book it in e-conomic; LedgerBridge sees on the next sync that the day is booked.",
    },
  }),
  'LB-3022': entry({
    category: 'economic',
    severity: 'error',
    params: ['date', 'currency', 'rounding', 'roundingBound', 'count', 'tolerance', 'orders'],
    da: {
      title: 'Dagsopgørelsens øreafrunding er for stor',
      message: 'Dagsopgørelsen for {date} ({currency}) skulle have en øreafrunding på {rounding}, men dagens {count} ordrer og refunderinger kan højst give {roundingBound} (den tilladte afrunding på {tolerance} pr. ordre og et halvt øre pr. momslinje). Ordrer, hvis linjer ikke længere giver deres total: {orders}. Derfor er dagen ikke bogført.',
      fix: `Sammenlign dagens ordreliste (ledgerbridge days --day {date} --csv FIL) med ordrerne i shoppen; oftest er en ordre ændret i shoppen, efter den kom med i dagen. ${ORDER_DA} Ret ordren, så dens linjer giver dens total; dagen prøves igen ved hver synkronisering, og [[days.refresh]] viser, når den er bogført. Finder du ikke forskellen, så ${SUPPORT_DA}.`,
    },
    en: {
      title: "The daily summary's rounding is too large",
      message: 'The daily summary of {date} ({currency}) would need a rounding of {rounding}, but the day\'s {count} orders and refunds can give at most {roundingBound} (the allowed rounding of {tolerance} per order and half an øre per VAT line). Orders whose lines no longer add up to their total: {orders}. So the day has not been booked.',
      fix: `Compare the day's order list (ledgerbridge days --day {date} --csv FILE) with the orders in the shop; most often an order was changed in the shop after it went into the day. ${ORDER_EN} Correct the order so that its lines add up to its total; the day is tried again at every sync, and [[days.refresh]] shows when it is booked. If you cannot find the difference, ${SUPPORT_EN}.`,
    },
  }),
  'LB-7020': entry({
    category: 'booking',
    severity: 'warning',
    params: ['date', 'currency', 'count', 'orders'],
    da: {
      title: 'Dagsopgørelsen venter på ordrer',
      message: 'Dagen {date} ({currency}) er slut, men den bogføres ikke, før {count} ordre(r) er klar: {orders}. Ved hver af dem står der, hvad den venter på.',
      fix: 'Ret ordrerne som deres beskeder siger, og prøv hver af dem igen under [[orders.retry]]. En ordre, som en regel holder tilbage, godkendes under [[orders.approve]]; en ordre, der slet ikke skal bogføres, tages ud af dagen under [[orders.skip]]. Dagen bogføres ved første synkronisering, når den sidste er klar.',
    },
    en: {
      title: 'The daily summary waits for orders',
      message: 'The day {date} ({currency}) is over, but it is not booked until {count} order(s) are ready: {orders}. Each of them says what it waits for.',
      fix: 'Fix the orders as their messages say and retry each of them under [[orders.retry]]. An order a rule holds back is approved under [[orders.approve]]; an order that is not to be booked at all is taken out of the day under [[orders.skip]]. The day is booked on the first sync after the last one is ready.',
    },
  }),
  'LB-7021': entry({
    category: 'booking',
    severity: 'info',
    params: ['date', 'currency', 'invoiceNumber', 'count', 'shopTotal'],
    da: {
      title: 'Dagsopgørelsen er bogført',
      message: 'Dagen {date} ({currency}) er bogført som faktura {invoiceNumber}: {count} ordrer og refunderinger, i alt {shopTotal}.',
      fix: 'Du behøver ikke gøre noget. Dagens ordreliste fås med ledgerbridge days --day {date} --csv FIL.',
    },
    en: {
      title: 'The daily summary is booked',
      message: 'The day {date} ({currency}) was booked as invoice {invoiceNumber}: {count} orders and refunds, {shopTotal} in all.',
      fix: "Nothing needs doing. The day's order list: ledgerbridge days --day {date} --csv FILE.",
    },
  }),
  'LB-2048': entry({
    category: 'setup',
    severity: 'error',
    params: ['date', 'currency', 'journalNumber'],
    da: {
      title: 'Dagsopgørelsen mangler en kassekladde',
      message: 'Dagen {date} ({currency}) skal bogføres som et bilag i en kassekladde, men kassekladde {journalNumber} findes ikke i e-conomic (eller ingen er valgt). Dagen venter.',
      fix: 'Vælg kassekladden til dagsopgørelser i LedgerBridge under [[settings.dayJournal]]. Kassekladderne ses i e-conomic under Regnskab → Kassekladde. Dagen bogføres ved næste synkronisering.',
    },
    en: {
      title: 'The daily summary has no journal',
      message: 'The day {date} ({currency}) is to be booked as a voucher in a journal, but journal {journalNumber} does not exist in e-conomic (or none is chosen). The day waits.',
      fix: 'Choose the journal for daily summaries in LedgerBridge under [[settings.dayJournal]]. The journals are in e-conomic under Accounting → Journal. The day is booked on the next sync.',
    },
  }),
  'LB-2049': entry({
    category: 'setup',
    severity: 'error',
    params: ['date', 'currency', 'paymentMethod'],
    da: {
      title: 'Betalingsmetode uden afstemningskonto',
      message: 'Dagen {date} ({currency}) har salg betalt med {paymentMethod}, men metoden har ingen konto, pengene kommer ind på. Uden den kan dagens bilag ikke balancere. Dagen venter.',
      fix: 'Angiv kontoen for {paymentMethod} (fx 5820 MobilePay) i LedgerBridge under [[setup.paymentMethods]]. Dagen bogføres ved næste synkronisering.',
    },
    en: {
      title: 'Payment method without a clearing account',
      message: 'The day {date} ({currency}) has sales paid with {paymentMethod}, but the method has no account its money arrives on. Without it the day\'s voucher cannot balance. The day waits.',
      fix: 'Set the account for {paymentMethod} (e.g. 5820 MobilePay) in LedgerBridge under [[setup.paymentMethods]]. The day is booked on the next sync.',
    },
  }),
  'LB-2050': entry({
    category: 'setup',
    severity: 'error',
    params: ['date', 'currency', 'productGroup', 'account', 'vatCode', 'vatRate'],
    da: {
      title: 'Salgskontoens momskode passer ikke',
      message: 'Dagen {date} ({currency}) har salg med {vatRate} % moms i varegruppe {productGroup}, men dens salgskonto {account} har momskode {vatCode}. Bilaget ville bogføre forkert moms, så dagen venter.',
      fix: 'Vælg i LedgerBridge under [[setup.mapping]] den varegruppe, der bruger {vatRate} % moms, eller ret salgskontoens momskode i e-conomic under Indstillinger → Kontoplan. Dagen bogføres ved næste synkronisering.',
    },
    en: {
      title: "The sales account's VAT code does not fit",
      message: 'The day {date} ({currency}) has sales at {vatRate} % VAT in product group {productGroup}, but its sales account {account} has VAT code {vatCode}. The voucher would book the wrong VAT, so the day waits.',
      fix: "Choose the product group that uses {vatRate} % VAT in LedgerBridge under [[setup.mapping]], or correct the sales account's VAT code in e-conomic under Settings → Chart of accounts. The day is booked on the next sync.",
    },
  }),
  'LB-2051': entry({
    category: 'setup',
    severity: 'error',
    params: ['date', 'currency', 'paymentMethod', 'account'],
    da: {
      title: 'Betalingsmetodens afstemningskonto findes ikke',
      message: 'Dagen {date} ({currency}) har salg betalt med {paymentMethod}, hvis penge skal ind på konto {account}, men kontoen findes ikke i e-conomics kontoplan. Uden den kan dagens bilag ikke skrives. Dagen venter.',
      fix: 'Angiv en konto, der findes i kontoplanen, for {paymentMethod} i LedgerBridge under [[setup.paymentMethods]], eller opret konto {account} i e-conomic under Indstillinger → Kontoplan. Dagen bogføres ved næste synkronisering.',
    },
    en: {
      title: "The payment method's clearing account does not exist",
      message: "The day {date} ({currency}) has sales paid with {paymentMethod}, whose money is to arrive on account {account}, but that account is not in e-conomic's chart of accounts. Without it the day's voucher cannot be written. The day waits.",
      fix: 'Set an account that is in the chart of accounts for {paymentMethod} in LedgerBridge under [[setup.paymentMethods]], or create account {account} in e-conomic under Settings → Chart of accounts. The day is booked on the next sync.',
    },
  }),
  'LB-2052': entry({
    category: 'setup',
    severity: 'error',
    params: ['date', 'currency', 'journalNumber'],
    da: {
      title: 'Kassekladden tager ikke finansbilag',
      message: 'Dagen {date} ({currency}) skal bogføres som et finansbilag i kassekladde {journalNumber}, men kassekladden er i e-conomic begrænset til en anden slags posteringer (fx indbetalinger), så e-conomic ville afvise bilaget. Dagen venter.',
      fix: 'Vælg en kassekladde, der tager finansbilag, i LedgerBridge under [[settings.dayJournal]], eller fjern begrænsningen i kassekladdens indstillinger i e-conomic under Regnskab → Kassekladde. Dagen bogføres ved næste synkronisering.',
    },
    en: {
      title: 'The journal takes no finance vouchers',
      message: 'The day {date} ({currency}) is to be booked as a finance voucher in journal {journalNumber}, but in e-conomic that journal is restricted to another kind of entry (e.g. customer payments), so e-conomic would refuse the voucher. The day waits.',
      fix: "Choose a journal that takes finance vouchers in LedgerBridge under [[settings.dayJournal]], or remove the restriction in the journal's settings in e-conomic under Accounting → Journal. The day is booked on the next sync.",
    },
  }),
  'LB-7022': entry({
    category: 'booking',
    severity: 'info',
    params: ['date', 'currency', 'journalNumber', 'voucherNumber', 'count', 'shopTotal'],
    da: {
      title: 'Dagsopgørelsen ligger i kassekladden',
      message: 'Dagen {date} ({currency}) ligger som bilag {voucherNumber} i kassekladde {journalNumber}: {count} ordrer og refunderinger, i alt {shopTotal}, med ordrelisten vedhæftet.',
      fix: 'Bogføreren gennemgår og bogfører kassekladden i e-conomic under Regnskab → Kassekladde. LedgerBridge skal ikke gøre mere ved dagen.',
    },
    en: {
      title: 'The daily summary is in the journal',
      message: 'The day {date} ({currency}) is voucher {voucherNumber} in journal {journalNumber}: {count} orders and refunds, {shopTotal} in all, with the order list attached.',
      fix: 'The book-keeper checks and books the journal in e-conomic under Accounting → Journal. LedgerBridge has nothing more to do for the day.',
    },
  }),
  'LB-7023': entry({
    category: 'booking',
    severity: 'warning',
    params: ['date', 'currency', 'journalNumber', 'voucherNumber'],
    da: {
      title: 'Ordrelisten kunne ikke vedhæftes bilaget',
      message: 'Dagen {date} ({currency}) er bilag {voucherNumber} i kassekladde {journalNumber}, men bilaget var allerede bogført, da ordrelisten skulle vedhæftes, og e-conomic tager ikke filer på bogførte bilag her.',
      fix: 'Hent dagens ordreliste under [[days.downloadPdf]], og vedhæft den bilaget i e-conomic under Regnskab → Posteringer. Dagen er ellers bogført.',
    },
    en: {
      title: 'The order list could not be attached to the voucher',
      message: 'The day {date} ({currency}) is voucher {voucherNumber} in journal {journalNumber}, but the voucher was already booked when the order list was to be attached, and e-conomic takes no files on booked vouchers here.',
      fix: "Download the day's order list under [[days.downloadPdf]] and attach it to the voucher in e-conomic under Accounting → Entries. The day is otherwise booked.",
    },
  }),
  'LB-7024': entry({
    category: 'booking',
    severity: 'warning',
    params: ['date', 'currency', 'journalNumber', 'vouchers', 'shopTotal', 'economicTotal', 'accounts'],
    da: {
      title: 'e-conomics svar på dagsbilaget passer ikke med dagen',
      message: 'Dagen {date} ({currency}) blev sendt til kassekladde {journalNumber}, og e-conomic svarede med bilag {vouchers}, men svarets posteringer passer ikke med dagens: de giver et andet beløb på konti og momskoder {accounts}. Dagens ordrer og refunderinger giver {shopTotal}, men svaret sætter {economicTotal} på afstemningskontiene. LedgerBridge sender ikke dagen igen.',
      fix: 'Åbn kassekladde {journalNumber} i e-conomic under Regnskab → Kassekladde, og sammenlign bilag {vouchers} med dagens ordreliste (hent den under [[days.downloadPdf]]). Ret posteringerne i kassekladden, så de giver {shopTotal}, før bogføreren bogfører den. Markér derefter beskeden som løst under [[log.resolve]].',
    },
    en: {
      title: "e-conomic's answer to the day voucher does not match the day",
      message: "The day {date} ({currency}) was sent to journal {journalNumber}, and e-conomic answered with voucher {vouchers}, but the answer's entries do not match the day's: they come to another amount on accounts and VAT codes {accounts}. The day's orders and refunds come to {shopTotal}, but the answer puts {economicTotal} on the clearing accounts. LedgerBridge does not send the day again.",
      fix: "Open journal {journalNumber} in e-conomic under Accounting → Journal and compare voucher {vouchers} with the day's order list (download it under [[days.downloadPdf]]). Correct the entries in the journal so that they come to {shopTotal} before the book-keeper books it. Then mark this message as resolved under [[log.resolve]].",
    },
  }),
  'LB-7025': entry({
    category: 'booking',
    severity: 'error',
    params: ['date', 'currency', 'draftNumber', 'count'],
    da: {
      title: 'Dagsopgørelsens kladde er slettet i e-conomic',
      message: 'Dagen {date} ({currency}): kladde {draftNumber} med dagens {count} ordrer og refunderinger er slettet i e-conomic uden om LedgerBridge, så dagen er ikke bogført. Ordrerne er stadig i dagen, og LedgerBridge laver ikke selv en ny kladde.',
      fix: 'Skal dagen bogføres alligevel, så tryk [[days.retry]]: LedgerBridge laver én ny kladde med de samme ordrer og refunderinger, og dagen bogføres derefter som andre dage. Dagens ordreliste fås under [[days.downloadPdf]].',
    },
    en: {
      title: "The daily summary's draft was deleted in e-conomic",
      message: "The day {date} ({currency}): draft {draftNumber} with the day's {count} orders and refunds was deleted in e-conomic outside LedgerBridge, so the day is not booked. Its orders are still in the day, and LedgerBridge does not make a new draft by itself.",
      fix: "If the day is to be booked after all, press [[days.retry]]: LedgerBridge makes one new draft with the same orders and refunds, and the day is then booked like any other. The day's order list is under [[days.downloadPdf]].",
    },
  }),
  'LB-7026': entry({
    category: 'booking',
    severity: 'error',
    params: ['date', 'currency', 'journalNumber', 'voucherNumber', 'count'],
    da: {
      title: 'Dagsopgørelsens bilag er slettet fra kassekladden',
      message: 'Dagen {date} ({currency}) lå som bilag {voucherNumber} i kassekladde {journalNumber}, men bilaget er slettet fra kassekladden i e-conomic, før det blev bogført, så dagens {count} ordrer og refunderinger er ikke bogført. Ordrerne er stadig i dagen, og LedgerBridge sender ikke selv et nyt bilag.',
      fix: 'Står dagens beløb stadig i kassekladden under et andet bilagsnummer eller en anden tekst, er bilaget ikke slettet, og dagen skal ikke sendes igen. Skal dagen bogføres alligevel, så tryk [[days.retry]]: LedgerBridge sender ét nyt bilag med de samme ordrer og refunderinger til kassekladden, med ordrelisten vedhæftet. Send derefter ordrelisten til revisor igen under [[days.sendToAccountant]], så bogføreren har det nye bilagsnummer.',
    },
    en: {
      title: "The daily summary's voucher was deleted from the journal",
      message: "The day {date} ({currency}) was voucher {voucherNumber} in journal {journalNumber}, but the voucher was deleted from the journal in e-conomic before it was booked, so the day's {count} orders and refunds are not booked. Its orders are still in the day, and LedgerBridge does not send a new voucher by itself.",
      fix: "If the day's amounts are still in the journal under another voucher number or text, the voucher was not deleted and the day must not be sent again. If the day is to be booked after all, press [[days.retry]]: LedgerBridge sends one new voucher with the same orders and refunds to the journal, with the order list attached. Then send the order list to the accountant again under [[days.sendToAccountant]], so the book-keeper has the new voucher number.",
    },
  }),
};
