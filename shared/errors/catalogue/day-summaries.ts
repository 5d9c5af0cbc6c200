import { entry, ORDER_DA, ORDER_EN, RETRY_DA, RETRY_EN } from './define';

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
  'LB-7020': entry({
    category: 'booking',
    severity: 'warning',
    params: ['date', 'currency', 'count', 'orders'],
    da: {
      title: 'Dagsopgørelsen venter på ordrer',
      message: 'Dagen {date} ({currency}) er slut, men den bogføres ikke, før {count} ordre(r) er klar: {orders}. Hver af dem har sin egen besked i loggen.',
      fix: 'Ret ordrerne som deres beskeder siger, og prøv hver af dem igen under [[orders.retry]]. Dagen bogføres ved første synkronisering, når den sidste er klar.',
    },
    en: {
      title: 'The daily summary waits for orders',
      message: 'The day {date} ({currency}) is over, but it is not booked until {count} order(s) are ready: {orders}. Each has its own message in the log.',
      fix: 'Fix the orders as their messages say and retry each of them under [[orders.retry]]. The day is booked on the first sync after the last one is ready.',
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
};
