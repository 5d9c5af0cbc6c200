import { entry, ORDER_DA, ORDER_EN, RETRY_DA, RETRY_EN, SUPPORT_DA, SUPPORT_EN, WOO_SKU_DA, WOO_SKU_EN } from './define';

/** 1xxx: something in the shop's order data that the owner fixes in the shop. */
export const SHOP_DATA = {
  'LB-1001': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'line', 'product'],
    da: {
      title: 'Vare uden varenummer',
      message: 'Ordre {orderNumber} kan ikke overføres: varen "{product}" på linje {line} har intet varenummer (SKU), så LedgerBridge kan ikke finde den i e-conomic.',
      fix: `Giv varen et varenummer. ${WOO_SKU_DA} ${RETRY_DA}`,
    },
    en: {
      title: 'Product without SKU',
      message: 'Order {orderNumber} cannot be transferred: the product "{product}" on line {line} has no SKU, so LedgerBridge cannot find it in e-conomic.',
      fix: `Give the product a SKU. ${WOO_SKU_EN} ${RETRY_EN}`,
    },
  }),
  'LB-1002': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber'],
    da: {
      title: 'Land mangler',
      message: 'Ordre {orderNumber} har intet land i faktureringsadressen, så LedgerBridge kan ikke vælge momszone.',
      fix: `Tilføj landet i faktureringsadressen. ${ORDER_DA} Gør landet til et påkrævet felt i kassen, så det ikke sker igen.`,
    },
    en: {
      title: 'Country missing',
      message: 'Order {orderNumber} has no country in its billing address, so LedgerBridge cannot choose a VAT zone.',
      fix: `Add the country to the billing address. ${ORDER_EN} Make the country a required checkout field so it does not happen again.`,
    },
  }),
  'LB-1003': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'country'],
    da: {
      title: 'Ukendt land',
      message: 'Ordre {orderNumber} har landet "{country}", som ikke er en gyldig landekode (ISO 3166, fx DK, SE, DE).',
      fix: `Ret landet i adressen, så det er et rigtigt land. ${ORDER_DA} ${RETRY_DA}`,
    },
    en: {
      title: 'Unknown country',
      message: 'Order {orderNumber} has the country "{country}", which is not a valid country code (ISO 3166, e.g. DK, SE, DE).',
      fix: `Correct the country in the address. ${ORDER_EN} ${RETRY_EN}`,
    },
  }),
  'LB-1004': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber'],
    da: {
      title: 'Kundens navn mangler',
      message: 'Ordre {orderNumber} har hverken navn eller firmanavn i faktureringsadressen. e-conomic kræver et navn på fakturaen.',
      fix: `Skriv kundens navn eller firmanavn i faktureringsadressen. ${ORDER_DA} ${RETRY_DA}`,
    },
    en: {
      title: 'Customer name missing',
      message: 'Order {orderNumber} has neither a name nor a company in its billing address. e-conomic requires a name on the invoice.',
      fix: `Enter the customer's name or company in the billing address. ${ORDER_EN} ${RETRY_EN}`,
    },
  }),
  'LB-1005': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber'],
    da: {
      title: 'E-mailadresse mangler',
      message: 'Ordre {orderNumber} har ingen e-mailadresse. Den skal bruges, fordi LedgerBridge mailer fakturaen fra e-conomic til kunden.',
      fix: `Tilføj kundens e-mailadresse. ${ORDER_DA} Vil du ikke maile fakturaer, så vælg, at webshoppen selv sender fakturaen, i LedgerBridge under [[setup.invoiceSource]].`,
    },
    en: {
      title: 'E-mail address missing',
      message: "Order {orderNumber} has no e-mail address. It is needed because LedgerBridge mails the invoice from e-conomic to the customer.",
      fix: `Add the customer's e-mail address. ${ORDER_EN} If you do not want to mail invoices, choose that the web shop sends the invoice itself, in LedgerBridge under [[setup.invoiceSource]].`,
    },
  }),
  'LB-1006': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'email'],
    da: {
      title: 'Ugyldig e-mailadresse',
      message: 'Ordre {orderNumber} har e-mailadressen "{email}", som ikke er en gyldig adresse. Fakturaen kan ikke mailes til kunden.',
      fix: `Ret e-mailadressen. ${ORDER_DA} ${RETRY_DA}`,
    },
    en: {
      title: 'Invalid e-mail address',
      message: 'Order {orderNumber} has the e-mail address "{email}", which is not a valid address. The invoice cannot be mailed to the customer.',
      fix: `Correct the e-mail address. ${ORDER_EN} ${RETRY_EN}`,
    },
  }),
  'LB-1007': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'country', 'vatNumber'],
    da: {
      title: 'EU-virksomhed uden gyldigt momsnummer',
      message: 'Ordre {orderNumber} er solgt uden moms til en virksomhed i {country}, men momsnummeret "{vatNumber}" mangler eller har ikke det rigtige format. Uden gyldigt momsnummer må salget ikke bogføres uden dansk moms.',
      fix: `Skriv kundens momsnummer på ordren (fx DE123456789), og tjek det i EU's VIES-opslag. ${ORDER_DA} Har kunden intet momsnummer, skal ordren have dansk moms: ret den i shoppen. ${RETRY_DA}`,
    },
    en: {
      title: 'EU business without a valid VAT number',
      message: 'Order {orderNumber} was sold without VAT to a business in {country}, but the VAT number "{vatNumber}" is missing or not in the right format. Without a valid VAT number the sale may not be booked without Danish VAT.',
      fix: `Add the customer's VAT number to the order (e.g. DE123456789) and check it in the EU's VIES lookup. ${ORDER_EN} If the customer has no VAT number, the order needs Danish VAT: correct it in the shop. ${RETRY_EN}`,
    },
  }),
  'LB-1008': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'shopTotal', 'computedTotal', 'currency'],
    da: {
      title: 'Ordrens beløb stemmer ikke',
      message: 'Ordre {orderNumber} siger i alt {shopTotal}, men varelinjer, fragt, gebyrer, rabat og moms giver tilsammen {computedTotal}. LedgerBridge overfører ikke en ordre, der ikke stemmer.',
      fix: `Åbn ordren og tjek linjer, rabatter og moms. ${ORDER_DA} Det skyldes oftest en plugin, der ændrer prisen uden at opdatere linjerne. Ret ordren. ${RETRY_DA}`,
    },
    en: {
      title: "The order's amounts do not add up",
      message: 'Order {orderNumber} says {shopTotal} in total, but its lines, shipping, fees, discounts and tax add up to {computedTotal}. LedgerBridge does not transfer an order that does not add up.',
      fix: `Open the order and check its lines, discounts and tax. ${ORDER_EN} The usual cause is a plugin that changes the price without updating the lines. Correct the order. ${RETRY_EN}`,
    },
  }),
  'LB-1009': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'line', 'product', 'quantity'],
    da: {
      title: 'Negativt antal på en ordrelinje',
      message: 'Ordre {orderNumber} har antallet {quantity} på linje {line} ("{product}"). Negative antal hører kun til refunderinger, ikke til en ordre.',
      fix: `Ret antallet på linjen. ${ORDER_DA} Skal beløbet tilbage til kunden, så lav en refundering på ordren i stedet; den bliver til en kreditnota. ${RETRY_DA}`,
    },
    en: {
      title: 'Negative quantity on an order line',
      message: 'Order {orderNumber} has the quantity {quantity} on line {line} ("{product}"). Negative quantities belong to refunds, not to an order.',
      fix: `Correct the quantity on the line. ${ORDER_EN} If money goes back to the customer, create a refund on the order instead; it becomes a credit note. ${RETRY_EN}`,
    },
  }),
  'LB-1010': entry({
    category: 'shop-data',
    severity: 'warning',
    blocksOrder: true,
    params: ['orderNumber', 'currency'],
    da: {
      title: 'Ordre uden beløb',
      message: 'Ordre {orderNumber} har et samlet beløb på 0 {currency}. LedgerBridge laver ikke en faktura på nul.',
      fix: `Er ordren en gratis vare eller en vareprøve, så spring den over i LedgerBridge under [[orders.skip]]. Skulle den have kostet penge, så ret beløbet i shoppen. ${RETRY_DA}`,
    },
    en: {
      title: 'Order with a zero total',
      message: 'Order {orderNumber} has a total of 0 {currency}. LedgerBridge does not create an invoice of zero.',
      fix: `If the order is a free item or a sample, skip it in LedgerBridge under [[orders.skip]]. If it should have cost money, correct the amount in the shop. ${RETRY_EN}`,
    },
  }),
  'LB-1011': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'field', 'max', 'length'],
    da: {
      title: 'Tekst for lang til e-conomic',
      message: 'Ordre {orderNumber}: {field} fylder {length} tegn, men e-conomic tillader højst {max} tegn.',
      fix: `Forkort teksten til højst {max} tegn. ${ORDER_DA} Varenavne og varenumre retter du på produktet. ${RETRY_DA}`,
    },
    en: {
      title: 'Text too long for e-conomic',
      message: 'Order {orderNumber}: {field} is {length} characters long, but e-conomic allows at most {max}.',
      fix: `Shorten the text to at most {max} characters. ${ORDER_EN} Product names and SKUs are corrected on the product. ${RETRY_EN}`,
    },
  }),
  'LB-1012': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'field'],
    da: {
      title: 'Ugyldige tegn i teksten',
      message: 'Ordre {orderNumber}: {field} indeholder usynlige styretegn, som e-conomic ikke kan tage imod. De kommer typisk fra tekst, der er kopieret ind fra et andet program.',
      fix: `Skriv teksten igen (uden at kopiere den ind). ${ORDER_DA} ${RETRY_DA}`,
    },
    en: {
      title: 'Invalid characters in the text',
      message: 'Order {orderNumber}: {field} contains invisible control characters that e-conomic cannot accept. They usually come from text pasted in from another program.',
      fix: `Type the text again (without pasting it). ${ORDER_EN} ${RETRY_EN}`,
    },
  }),
  'LB-1013': entry({
    category: 'shop-data',
    severity: 'warning',
    blocksOrder: false,
    params: ['orderNumber', 'field'],
    da: {
      title: 'Emoji fjernes fra fakturaen',
      message: 'Ordre {orderNumber}: {field} indeholder emoji. e-conomic kan gemme dem, men de kan ikke vises på fakturaens PDF, så LedgerBridge fjerner dem ved overførslen.',
      fix: 'Du behøver ikke gøre noget. Vil du have teksten præcis som i shoppen, så fjern emojien på ordren eller produktet i shoppen.',
    },
    en: {
      title: 'Emoji removed from the invoice',
      message: "Order {orderNumber}: {field} contains emoji. e-conomic can store them, but they cannot be shown on the invoice PDF, so LedgerBridge removes them when transferring.",
      fix: 'Nothing needs doing. If you want the text exactly as in the shop, remove the emoji on the order or product in the shop.',
    },
  }),
  'LB-1014': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'field', 'value'],
    da: {
      title: 'Ugyldigt beløb fra shoppen',
      message: 'Ordre {orderNumber}: {field} har værdien "{value}", som ikke er et beløb. LedgerBridge gætter ikke på beløb.',
      fix: `Åbn ordren og gem den igen, så shoppen skriver beløbet på ny. ${ORDER_DA} Sker det for mange ordrer, så ${SUPPORT_DA}.`,
    },
    en: {
      title: 'Invalid amount from the shop',
      message: 'Order {orderNumber}: {field} has the value "{value}", which is not an amount. LedgerBridge does not guess amounts.',
      fix: `Open the order and save it again so the shop writes the amount anew. ${ORDER_EN} If it happens for many orders, ${SUPPORT_EN}.`,
    },
  }),
  'LB-1015': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'field', 'shopTotal', 'computedTotal', 'currency'],
    da: {
      title: 'Ordrens linjer stemmer ikke',
      message: 'Ordre {orderNumber}: {field} er {shopTotal} ifølge shoppen, men linjerne giver {computedTotal}.',
      fix: `Tjek antal, pris, rabat og moms på ordrens linjer. ${ORDER_DA} Ret ordren. ${RETRY_DA}`,
    },
    en: {
      title: "The order's lines do not add up",
      message: 'Order {orderNumber}: {field} is {shopTotal} according to the shop, but the lines give {computedTotal}.',
      fix: `Check quantity, price, discount and tax on the order's lines. ${ORDER_EN} Correct the order. ${RETRY_EN}`,
    },
  }),
  'LB-1016': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'shopTotal', 'computedTotal', 'currency'],
    da: {
      title: 'Momsen stemmer ikke',
      message: 'Ordre {orderNumber} siger moms i alt {shopTotal}, men momsen på linjerne giver {computedTotal}.',
      fix: `Tjek momsindstillingerne i shoppen (WooCommerce → Indstillinger → Moms, eller Shopify → Indstillinger → Afgifter og told) og momsen på ordren. ${ORDER_DA} ${RETRY_DA}`,
    },
    en: {
      title: 'The VAT does not add up',
      message: 'Order {orderNumber} says {shopTotal} VAT in total, but the VAT on its lines gives {computedTotal}.',
      fix: `Check the tax settings in the shop (WooCommerce → Settings → Tax, or Shopify → Settings → Taxes and duties) and the VAT on the order. ${ORDER_EN} ${RETRY_EN}`,
    },
  }),
  'LB-1017': entry({
    category: 'shop-data',
    severity: 'warning',
    blocksOrder: false,
    params: ['orderNumber', 'field'],
    da: {
      title: 'Oplysning mangler fra shoppen',
      message: 'Ordre {orderNumber}: shoppen sendte ikke {field}. LedgerBridge har klaret sig uden, men ordren bør tjekkes.',
      fix: `Se ordren efter, og sammenlign den med fakturaen i e-conomic. ${ORDER_DA} Sker det for alle ordrer, så opdater WooCommerce eller Shopify-appen, der opretter ordrerne.`,
    },
    en: {
      title: 'Information missing from the shop',
      message: 'Order {orderNumber}: the shop did not send {field}. LedgerBridge managed without it, but the order should be checked.',
      fix: `Look the order over and compare it with the invoice in e-conomic. ${ORDER_EN} If it happens for every order, update WooCommerce or the Shopify app that creates the orders.`,
    },
  }),
  'LB-1018': entry({
    category: 'shop-data',
    severity: 'warning',
    blocksOrder: false,
    params: ['orderNumber', 'value'],
    da: {
      title: 'Ukendt ordrestatus',
      message: 'Ordre {orderNumber} har status "{value}", som LedgerBridge ikke kender. Ordren overføres kun, hvis statussen er valgt som overførselsstatus.',
      fix: 'Vælg i LedgerBridge under [[setup.stages]], om ordrer med denne status skal overføres.',
    },
    en: {
      title: 'Unknown order status',
      message: 'Order {orderNumber} has the status "{value}", which LedgerBridge does not know. The order is transferred only if that status is chosen as a transfer stage.',
      fix: 'Choose in LedgerBridge under [[setup.stages]] whether orders with this status are transferred.',
    },
  }),
  'LB-1019': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'email', 'recipients'],
    da: {
      title: 'E-mailadressen er ikke én modtager',
      message: 'Ordre {orderNumber} har e-mailadressen "{email}". Det er ikke én almindelig adresse, men en gruppe, en liste eller et navn, der ligner en anden adresse, og en mail dertil ville gå til {recipients}. LedgerBridge sender kun til den ene adresse, der står på ordren, så fakturaen mailes ikke.',
      fix: `Ret e-mailadressen på ordren til én adresse, fx "kunde@eksempel.dk". ${ORDER_DA} Tryk derefter [[orders.retry]].`,
    },
    en: {
      title: 'The e-mail address is not one recipient',
      message: 'Order {orderNumber} has the e-mail address "{email}". That is not one plain address but a group, a list or a name that looks like another address, and a mail to it would go to {recipients}. LedgerBridge mails only the one address shown on the order, so the invoice is not mailed.',
      fix: `Correct the e-mail address on the order to one address, e.g. "customer@example.com". ${ORDER_EN} Then press [[orders.retry]].`,
    },
  }),
  'LB-1030': entry({
    category: 'shop-data',
    severity: 'error',
    params: ['orderNumber', 'country', 'vatRate', 'vatRates', 'date'],
    da: {
      title: 'Momssatsen findes ikke i køberens land',
      message: 'Ordre {orderNumber} går til en privatkunde i {country} og skal have {country}s moms (One-Stop-Shop), men en linje har {vatRate} % moms. {country} havde den {date} satserne {vatRates} %. Det skyldes som regel shoppens momsindstillinger for {country}, så ordren venter.',
      fix: `Ret momssatsen for {country} i shoppen (WooCommerce: WooCommerce → Indstillinger → Moms; Shopify: Indstillinger → Afgifter og told), og ret ordrens moms. ${ORDER_DA} Tryk derefter [[orders.retry]].`,
    },
    en: {
      title: "The VAT rate does not exist in the buyer's country",
      message: "Order {orderNumber} goes to a consumer in {country} and must carry {country}'s VAT (One-Stop-Shop), but a line has {vatRate} % VAT. On {date} {country} had the rates {vatRates} %. This is usually the shop's tax setting for {country}, so the order waits.",
      fix: `Correct the VAT rate for {country} in the shop (WooCommerce: WooCommerce → Settings → Tax; Shopify: Settings → Taxes and duties) and correct the order's tax. ${ORDER_EN} Then press [[orders.retry]].`,
    },
  }),
} as const;
