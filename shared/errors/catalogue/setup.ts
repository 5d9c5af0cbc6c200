import { entry, RETRY_DA, RETRY_EN, WOO_SKU_DA, WOO_SKU_EN } from './define';

/** 2xxx: set-up and mapping — fixed once in LedgerBridge or e-conomic, then every waiting order moves on. */
export const SETUP = {
  'LB-2001': entry({
    category: 'setup',
    severity: 'error',
    params: ['orderNumber', 'sku', 'product'],
    da: {
      title: 'Varenummer findes ikke i e-conomic',
      message: 'Ordre {orderNumber}: varenummeret "{sku}" ("{product}") findes ikke som vare i e-conomic, og LedgerBridge må ikke oprette nye varer.',
      fix: `Opret varen med varenummer {sku} i e-conomic under Salg → Varer → Ny vare. Er varenummeret skrevet forkert i shoppen, så ret det dér. ${WOO_SKU_DA} ${RETRY_DA}`,
    },
    en: {
      title: 'SKU does not exist in e-conomic',
      message: 'Order {orderNumber}: the SKU "{sku}" ("{product}") does not exist as a product in e-conomic, and LedgerBridge is not allowed to create products.',
      fix: `Create the product with number {sku} in e-conomic under Sales → Products → New product. If the SKU is misspelt in the shop, correct it there. ${WOO_SKU_EN} ${RETRY_EN}`,
    },
  }),
  'LB-2002': entry({
    category: 'setup',
    severity: 'warning',
    mapThis: true,
    blocksOrder: true,
    params: ['orderNumber', 'paymentMethod'],
    da: {
      title: 'Ny betalingsmetode: vælg hvordan den bogføres',
      message: 'Ordre {orderNumber} er betalt med "{paymentMethod}", som endnu ikke er sat op i LedgerBridge. Ordren venter, til betalingsmetoden er sat op.',
      fix: 'Vælg betalingsbetingelse og evt. konto for "{paymentMethod}" i LedgerBridge under [[setup.paymentMethods]]. Alle ordrer, der venter på den, overføres derefter af sig selv.',
    },
    en: {
      title: 'New payment method: choose how to book it',
      message: 'Order {orderNumber} was paid with "{paymentMethod}", which is not set up in LedgerBridge yet. The order waits until the payment method is set up.',
      fix: 'Choose payment terms and, if wanted, an account for "{paymentMethod}" in LedgerBridge under [[setup.paymentMethods]]. Every order waiting for it is then transferred by itself.',
    },
  }),
  'LB-2003': entry({
    category: 'setup',
    severity: 'warning',
    mapThis: true,
    blocksOrder: true,
    params: ['orderNumber', 'shippingMethod'],
    da: {
      title: 'Ny fragtmetode: vælg hvordan den bogføres',
      message: 'Ordre {orderNumber} bruger fragtmetoden "{shippingMethod}", som endnu ikke er sat op i LedgerBridge.',
      fix: 'Vælg den vare i e-conomic, som fragt med "{shippingMethod}" skal bogføres på, i LedgerBridge under [[setup.mapping]] (Vare for fragt). Ordrer, der venter, overføres derefter af sig selv.',
    },
    en: {
      title: 'New shipping method: choose how to book it',
      message: 'Order {orderNumber} uses the shipping method "{shippingMethod}", which is not set up in LedgerBridge yet.',
      fix: 'Choose the e-conomic product that "{shippingMethod}" is booked on in LedgerBridge under [[setup.mapping]] (Shipping product). Waiting orders are then transferred by themselves.',
    },
  }),
  'LB-2004': entry({
    category: 'setup',
    severity: 'warning',
    mapThis: true,
    blocksOrder: true,
    params: ['orderNumber', 'vatRate'],
    da: {
      title: 'Ny momssats: vælg varegruppe',
      message: 'Ordre {orderNumber} har en linje med {vatRate} % moms. Der er ingen varegruppe til den sats i LedgerBridge, så momsen kan ikke bogføres rigtigt.',
      fix: 'Vælg den varegruppe i e-conomic, der bruger {vatRate} % moms, i LedgerBridge under [[setup.mapping]]. Findes den ikke, så opret den i e-conomic under Indstillinger → Varegrupper med en salgskonto, der har den rigtige momskode (Indstillinger → Moms).',
    },
    en: {
      title: 'New VAT rate: choose a product group',
      message: 'Order {orderNumber} has a line with {vatRate} % VAT. No product group is set for that rate in LedgerBridge, so the VAT cannot be booked correctly.',
      fix: 'Choose the e-conomic product group that uses {vatRate} % VAT in LedgerBridge under [[setup.mapping]]. If none exists, create it in e-conomic under Settings → Product groups with a sales account that has the right VAT code (Settings → VAT).',
    },
  }),
  'LB-2005': entry({
    category: 'setup',
    severity: 'error',
    params: ['orderNumber', 'currency'],
    da: {
      title: 'Valutaen er ikke slået til',
      message: 'Ordre {orderNumber} er i {currency}, men {currency} er ikke slået til for overførsel i LedgerBridge.',
      fix: 'Slå {currency} til, og vælg en samlekunde til valutaen, i LedgerBridge under [[setup.mapping]]. Tjek samtidig, at valutaen findes i e-conomic under Indstillinger → Valuta.',
    },
    en: {
      title: 'Currency not enabled',
      message: 'Order {orderNumber} is in {currency}, but {currency} is not enabled for transfer in LedgerBridge.',
      fix: 'Enable {currency} and choose a collective customer for it in LedgerBridge under [[setup.mapping]]. Also check that the currency exists in e-conomic under Settings → Currencies.',
    },
  }),
  'LB-2006': entry({
    category: 'setup',
    severity: 'critical',
    params: [],
    da: {
      title: 'Licens mangler',
      message: 'LedgerBridge har ingen licens, så ingen ordrer overføres.',
      fix: 'Indsæt licensnøglen, du har fået fra os, i LedgerBridge under [[setup.licence]].',
    },
    en: {
      title: 'Licence missing',
      message: 'LedgerBridge has no licence, so no orders are transferred.',
      fix: 'Paste the licence key you received from us into LedgerBridge under [[setup.licence]].',
    },
  }),
  'LB-2007': entry({
    category: 'setup',
    severity: 'critical',
    params: ['detail'],
    da: {
      title: 'Licensen er ugyldig eller udløbet',
      message: 'Licensen kan ikke bruges ({detail}), så ingen ordrer overføres.',
      fix: 'Tjek licensnøglen i LedgerBridge under [[setup.licence]]. Er den udløbet, så kontakt os for en ny.',
    },
    en: {
      title: 'Licence invalid or expired',
      message: 'The licence cannot be used ({detail}), so no orders are transferred.',
      fix: 'Check the licence key in LedgerBridge under [[setup.licence]]. If it has expired, contact us for a new one.',
    },
  }),
  'LB-2008': entry({
    category: 'setup',
    severity: 'warning',
    blocksOrder: false,
    params: ['plan'],
    da: {
      title: 'Automatisk bogføring er ikke med i din plan',
      message: 'Din plan ({plan}) omfatter ikke automatisk bogføring. Ordrer oprettes som kladder, som du bogfører i e-conomic.',
      fix: 'Automatisk bogføring findes i Standard, Premium, Enterprise og Dedicated. Opgrader dit abonnement, og indsæt den nye licensnøgle i LedgerBridge under [[setup.licence]].',
    },
    en: {
      title: 'Automatic booking is not in your plan',
      message: 'Your plan ({plan}) does not include automatic booking. Orders are created as drafts that you book in e-conomic.',
      fix: 'Automatic posting is part of Standard, Premium, Enterprise and Dedicated. Upgrade your plan and paste the new licence key into LedgerBridge under [[setup.licence]].',
    },
  }),
  'LB-2009': entry({
    category: 'setup',
    severity: 'critical',
    params: ['platform', 'cause'],
    da: {
      title: 'Shoppens opsætning er ikke gyldig',
      message: 'Forbindelsen til {platform} er ikke sat rigtigt op: {cause}.',
      fix: 'Tjek shoppens adresse og nøgler i LedgerBridge under [[setup.shop]], og tryk "Test forbindelse".',
    },
    en: {
      title: 'Shop settings are not valid',
      message: 'The connection to {platform} is not set up correctly: {cause}.',
      fix: 'Check the shop address and keys in LedgerBridge under [[setup.shop]] and press "Test connection".',
    },
  }),
  'LB-2010': entry({
    category: 'setup',
    severity: 'warning',
    blocksOrder: false,
    params: [],
    da: {
      title: 'Opsætningen er ikke færdig',
      message: 'Opsætningen er ikke færdig endnu, så LedgerBridge ved ikke, hvilken butik og hvilken e-conomic-aftale der skal bruges.',
      fix: 'Gennemfør guiden i LedgerBridge, og tryk "Gem og start" på sidste trin under [[setup.check]].',
    },
    en: {
      title: 'Setup is not finished',
      message: 'Setup is not finished yet, so LedgerBridge does not know which shop and which e-conomic agreement to use.',
      fix: 'Complete the wizard in LedgerBridge and press "Save and start" on its last step under [[setup.check]].',
    },
  }),
  'LB-2011': entry({
    category: 'setup',
    severity: 'warning',
    blocksOrder: false,
    params: ['step'],
    da: {
      title: 'Et trin i opsætningen mangler',
      message: 'Det kan ikke lade sig gøre endnu, fordi trinnet "{step}" i opsætningsguiden ikke er udfyldt.',
      fix: 'Gå til Opsætning i LedgerBridge, udfyld trinnet "{step}", og prøv igen.',
    },
    en: {
      title: 'A setup step is missing',
      message: 'This cannot be done yet, because the "{step}" step of the setup wizard is not filled in.',
      fix: 'Go to Setup in LedgerBridge, fill in the "{step}" step, and try again.',
    },
  }),
  'LB-2012': entry({
    category: 'setup',
    severity: 'warning',
    blocksOrder: false,
    params: ['missing'],
    da: {
      title: 'Prøvekørslen mangler svar fra guiden',
      message: 'Prøvekørslen kan ikke vise fakturaerne, fordi guiden mangler disse svar: {missing}.',
      fix: 'Udfyld trinnene [[setup.stages]] og [[setup.mapping]] i LedgerBridge, før du kører prøven.',
    },
    en: {
      title: 'The dry run needs more answers',
      message: 'The dry run cannot show the invoices, because the wizard is missing these answers: {missing}.',
      fix: 'Fill in the steps [[setup.stages]] and [[setup.mapping]] in LedgerBridge before running the dry run.',
    },
  }),
  'LB-2013': entry({
    category: 'setup',
    severity: 'error',
    params: ['connection'],
    da: {
      title: 'Adgangsoplysninger mangler',
      message: 'Adgangsoplysningerne til {connection} er ikke gemt i computerens nøglering, så LedgerBridge kan ikke logge ind.',
      fix: 'Indtast dem igen i LedgerBridge: butikkens nøgler under [[setup.shop]], e-conomics under [[setup.economic]] (tryk "Test forbindelse"), og mailserverens adgangskode under [[settings.smtpPassword]].',
    },
    en: {
      title: 'Sign-in details missing',
      message: "The sign-in details for {connection} are not stored in the computer's keychain, so LedgerBridge cannot sign in.",
      fix: "Enter them again in LedgerBridge: the shop's keys under [[setup.shop]], e-conomic's under [[setup.economic]] (press \"Test connection\"), and the mail server password under [[settings.smtpPassword]].",
    },
  }),
  'LB-2014': entry({
    category: 'setup',
    severity: 'error',
    params: ['detail'],
    da: {
      title: 'Indstillingerne kan ikke gemmes',
      message: 'Indstillingerne kan ikke gemmes, fordi profilen så ikke ville være gyldig: {detail}',
      fix: 'Ret de nævnte felter, og gem igen.',
    },
    en: {
      title: 'The settings cannot be saved',
      message: 'The settings cannot be saved, because the profile would not be valid: {detail}',
      fix: 'Correct the fields named and save again.',
    },
  }),
  'LB-2030': entry({
    category: 'setup',
    severity: 'warning',
    mapThis: true,
    blocksOrder: true,
    params: ['orderNumber', 'country', 'vatRate'],
    da: {
      title: 'Ny OSS-sats: vælg varegruppe for {country} {vatRate} %',
      message: 'Ordre {orderNumber} går til en privatkunde i {country} med {vatRate} % moms (One-Stop-Shop). Der er ingen varegruppe til {country} {vatRate} % i LedgerBridge, og e-conomic har ikke præcis én varegruppe, hvis salgskonto har en momskode for {country} med {vatRate} %.',
      fix: 'Åbn Momssatser → varegrupper i LedgerBridge under [[setup.mapping]], skriv {country}:{vatRate} i feltet "Tilføj momssats", tryk "Tilføj sats", og vælg varegruppen for {country} {vatRate} %. Findes den ikke, så opret i e-conomic en momskode for {country} med {vatRate} % (Indstillinger → Moms), en salgskonto med koden og en varegruppe med kontoen. Ordrer, der venter, overføres derefter af sig selv.',
    },
    en: {
      title: 'New OSS rate: choose a product group for {country} {vatRate} %',
      message: 'Order {orderNumber} goes to a consumer in {country} at {vatRate} % VAT (One-Stop-Shop). No product group is set for {country} {vatRate} % in LedgerBridge, and e-conomic does not have exactly one product group whose sales account carries a VAT code for {country} at {vatRate} %.',
      fix: 'Open VAT rates → product groups in LedgerBridge under [[setup.mapping]], type {country}:{vatRate} in the field "Add VAT rate", press "Add rate" and choose the product group for {country} {vatRate} %. If there is none, create in e-conomic a VAT code for {country} at {vatRate} % (Settings → VAT), a sales account with that code and a product group using the account. Waiting orders are then transferred by themselves.',
      },
    }),
  'LB-2031': entry({
    category: 'setup',
    severity: 'info',
    params: ['country', 'vatRate', 'productGroup', 'vatCode'],
    da: {
      title: 'OSS: varegruppe {productGroup} foreslået til {country} {vatRate} %',
      message: 'Privatkunder i {country} med {vatRate} % moms bogføres på varegruppe {productGroup}, fordi den er den eneste varegruppe i e-conomic, hvis salgskonto har momskoden {vatCode}. Der var ikke valgt en varegruppe til {country} {vatRate} % i LedgerBridge.',
      fix: 'Du behøver ikke gøre noget, hvis det er den rigtige varegruppe. Vil du bruge en anden, så vælg den for {country} {vatRate} % under [[setup.mapping]].',
    },
    en: {
      title: 'OSS: product group {productGroup} proposed for {country} {vatRate} %',
      message: 'Consumers in {country} at {vatRate} % VAT are booked on product group {productGroup}, as it is the only product group in e-conomic whose sales account carries the VAT code {vatCode}. No product group was chosen for {country} {vatRate} % in LedgerBridge.',
      fix: 'Nothing needs doing if that is the right product group. To use another, choose it for {country} {vatRate} % under [[setup.mapping]].',
    },
  }),
  'LB-2040': entry({
    category: 'setup',
    severity: 'warning',
    params: ['agreement', 'licensedAgreement'],
    da: {
      title: 'Licensen gælder en anden e-conomic-aftale',
      message: 'Licensen er udstedt til e-conomic-aftale {licensedAgreement}, men nøglerne i LedgerBridge fører til aftale {agreement}. Automatisk bogføring er stoppet; ordrer oprettes fortsat som kladder.',
      fix: 'Gå til [[setup.economic]]: trinnet viser, hvilken aftale LedgerBridge er forbundet med. Er det den forkerte aftale, så forbind den rigtige der. Er aftalen rigtig, så bed os om en licens til aftale {agreement}, og indsæt den under [[setup.licence]].',
    },
    en: {
      title: 'The licence is for another e-conomic agreement',
      message: 'The licence was issued for e-conomic agreement {licensedAgreement}, but the keys in LedgerBridge reach agreement {agreement}. Automatic posting has stopped; orders are still created as drafts.',
      fix: 'Go to [[setup.economic]]: the step shows which agreement LedgerBridge is connected to. If it is the wrong agreement, connect the right one there. If the agreement is right, ask us for a licence for agreement {agreement} and paste it under [[setup.licence]].',
    },
  }),
  'LB-2041': entry({
    category: 'setup',
    severity: 'warning',
    params: ['agreement'],
    da: {
      title: 'Licensen nævner ingen e-conomic-aftale',
      message: 'Licensen er ikke bundet til en e-conomic-aftale, så den kan ikke slå automatisk bogføring til for aftale {agreement}. Ordrer oprettes fortsat som kladder.',
      fix: 'Bed os om en ny licens til aftale {agreement}, og indsæt den under [[setup.licence]].',
    },
    en: {
      title: 'The licence names no e-conomic agreement',
      message: 'The licence is not bound to an e-conomic agreement, so it cannot switch on automatic posting for agreement {agreement}. Orders are still created as drafts.',
      fix: 'Ask us for a new licence for agreement {agreement} and paste it under [[setup.licence]].',
    },
  }),
  'LB-2042': entry({
    category: 'setup',
    severity: 'warning',
    params: ['pcTime', 'economicTime'],
    da: {
      title: 'Computerens ur går forkert',
      message: 'Computerens ur viser {pcTime}, men e-conomics ur viser {economicTime}. Indkøringsperioden og licensen tælles på e-conomics ur, men tidspunkter i LedgerBridge (fx næste synkronisering og nye forsøg) følger computerens.',
      fix: 'Stil computerens ur efter nettet. I Windows: Indstillinger → Tid og sprog → Dato og klokkeslæt, slå "Indstil klokkeslæt automatisk" til. På en Mac: Systemindstillinger → Generelt → Dato og tid, slå "Indstil dato og tid automatisk" til.',
    },
    en: {
      title: "The computer's clock is wrong",
      message: "The computer's clock says {pcTime}, but e-conomic's clock says {economicTime}. The supervised period and the licence are counted on e-conomic's clock, but times in LedgerBridge (such as the next sync and retries) follow the computer's.",
      fix: 'Set the computer\'s clock from the internet. On Windows: Settings → Time & language → Date & time, switch on "Set time automatically". On a Mac: System Settings → General → Date & Time, switch on "Set time and date automatically".',
    },
  }),
  'LB-2043': entry({
    category: 'setup',
    severity: 'warning',
    params: ['version', 'date'],
    da: {
      title: 'Shopify stopper snart med den API-version, LedgerBridge bruger',
      message: 'LedgerBridge henter ordrer med Shopifys API-version {version}, som Shopify understøtter til {date}. Derefter svarer Shopify med en nyere version, som denne udgave af LedgerBridge ikke er lavet til, og ordrer kan blive overført forkert eller slet ikke.',
      fix: 'Opdatér LedgerBridge før {date}. LedgerBridge henter selv nye udgaver; når en er klar, står der "Opdatering klar" i menuen ved ikonet i proceslinjen; vælg det. Den udgave, du har, står på Indstillinger → Om.',
    },
    en: {
      title: 'Shopify will soon stop the API version LedgerBridge uses',
      message: "LedgerBridge reads orders with Shopify's API version {version}, which Shopify supports until {date}. After that Shopify answers with a newer version this release of LedgerBridge was not made for, and orders may be transferred wrongly or not at all.",
      fix: 'Update LedgerBridge before {date}. LedgerBridge downloads new releases by itself; when one is ready, the menu of its icon in the taskbar says "Update ready"; choose it. The release you have is shown on Settings → About.',
    },
  }),
  'LB-2044': entry({
    category: 'setup',
    severity: 'critical',
    params: ['platform', 'address', 'movedTo'],
    da: {
      title: 'Shoppen sender videre til en anden adresse',
      message: 'Shoppens adresse {address} sender alle forespørgsler videre til {movedTo}. LedgerBridge sender aldrig {platform}-nøglerne til en anden adresse af sig selv, så der hentes ingen ordrer, før adressen er rettet.',
      fix: 'Er {movedTo} shoppens rigtige adresse (fx med www.), så skriv den som shoppens adresse i LedgerBridge under [[setup.shop]], og tryk "Test forbindelse". Kender du ikke adressen, så spørg den, der driver shoppen.',
    },
    en: {
      title: 'The shop sends requests on to another address',
      message: 'The shop address {address} sends every request on to {movedTo}. LedgerBridge never sends the {platform} keys to another address by itself, so no orders are fetched until the address is corrected.',
      fix: 'If {movedTo} is the shop\'s real address (for example with www.), enter it as the shop address in LedgerBridge under [[setup.shop]] and press "Test connection". If you do not know the address, ask whoever runs the shop.',
    },
  }),
  'LB-2045': entry({
    category: 'setup',
    severity: 'warning',
    blocksOrder: false,
    params: [],
    da: {
      title: 'Shopify sender ordrerne uden købernes navne og adresser',
      message: 'Shopify giver ikke LedgerBridge købernes navn, adresse, e-mail og telefon, fordi appen ikke er godkendt til de beskyttede kundedata (niveau 2). Ordrerne læses alligevel og bogføres på samlekunden, med ordrenummeret på fakturaen. Fakturaer, som LedgerBridge mailer fra e-conomic, bogføres også, men mailen til køberen venter på e-mailadressen og sendes, når Shopify giver den. Ordrer, der skal have en kunde pr. køber i e-conomic, venter på oplysningerne.',
      fix: 'Godkend appen til beskyttede kundedata i Shopify under Indstillinger → Apps og salgskanaler → Udvikl apps → LedgerBridges app → Konfiguration → "Adgang til beskyttede kundedata": vælg Navn, E-mail, Telefon og Adresse, og gem. Er appen lavet i Shopifys Dev Dashboard, slås felterne til på appens version. LedgerBridge henter oplysningerne ved næste synkronisering; forbindelsen kan du tjekke under [[setup.shop]].',
    },
    en: {
      title: "Shopify sends the orders without the buyers' names and addresses",
      message: "Shopify does not give LedgerBridge the buyers' name, address, e-mail and phone, because the app is not approved for protected customer data (level 2). The orders are still read and booked to the collective customer, with the order number on the invoice. Invoices LedgerBridge mails from e-conomic are booked too, but the mail to the buyer waits for the e-mail address and is sent once Shopify gives it. Orders that need a customer per buyer in e-conomic wait for the details.",
      fix: "Approve the app for protected customer data in Shopify under Settings → Apps and sales channels → Develop apps → LedgerBridge's app → Configuration → \"Protected customer data access\": select Name, Email, Phone and Address, and save. For an app made in Shopify's Dev Dashboard, switch the fields on in the app's version. LedgerBridge reads the details at the next sync; you can check the connection under [[setup.shop]].",
    },
  }),
  'LB-2046': entry({
    category: 'setup',
    severity: 'error',
    blocksOrder: false,
    params: ['detail'],
    da: {
      title: 'Butikken kan ikke vælges eller fjernes',
      message: 'Det kan ikke lade sig gøre: {detail}.',
      fix: 'Vælg en af butikkerne i listen [[shops.choose]]; en butik fjernes med [[shops.remove]], så længe der er en anden butik tilbage.',
    },
    en: {
      title: 'The shop cannot be chosen or removed',
      message: 'That cannot be done: {detail}.',
      fix: 'Choose one of the shops in the list [[shops.choose]]; a shop is removed with [[shops.remove]], as long as another shop remains.',
    },
  }),
  'LB-2047': entry({
    category: 'setup',
    severity: 'warning',
    blocksOrder: false,
    params: ['from', 'oldest'],
    da: {
      title: 'Shopify viser kun ordrer fra de seneste 60 dage',
      message: 'Importen skal gå tilbage til {from}, men LedgerBridges app i Shopify har ikke adgangen "read_all_orders". Så viser Shopify kun ordrer oprettet fra {oldest}; ældre ordrer kommer ikke med i importen, og Shopify siger ikke selv fra.',
      fix: 'Giv appen adgangen "read_all_orders" i Shopify under Indstillinger → Apps og salgskanaler → Udvikl apps → LedgerBridges app → Konfiguration → "Admin API-adgangsområder", gem, og installér appen igen. Eller vælg en dato fra {oldest}. Tryk derefter igen på [[import.check]].',
    },
    en: {
      title: 'Shopify shows only the orders of the last 60 days',
      message: 'The import is to reach back to {from}, but LedgerBridge\'s app in Shopify lacks the "read_all_orders" access. Shopify then shows only orders created from {oldest}; older orders are left out of the import, and Shopify does not say so itself.',
      fix: 'Give the app the "read_all_orders" access in Shopify under Settings → Apps and sales channels → Develop apps → LedgerBridge\'s app → Configuration → "Admin API access scopes", save, and install the app again. Or choose a date from {oldest}. Then press [[import.check]] again.',
    },
  }),
  'LB-2053': entry({
    category: 'setup',
    severity: 'error',
    blocksOrder: false,
    params: ['shop', 'shops'],
    da: {
      title: 'Indstillingerne gælder en butik, der ikke findes',
      message: 'Indstillingerne blev åbnet for butikken "{shop}", men der er ingen butik med det navn (butikkerne er: {shops}). Intet er ændret.',
      fix: 'Vælg butikken i listen [[shops.choose]]; Indstillinger viser og gemmer så den butiks indstillinger.',
    },
    en: {
      title: 'The settings are for a shop that does not exist',
      message: 'Settings were opened for the shop "{shop}", but there is no shop by that name (the shops are: {shops}). Nothing was changed.',
      fix: "Choose the shop in the list [[shops.choose]]; Settings then show and save that shop's settings.",
    },
  }),
  'LB-2054': entry({
    category: 'setup',
    severity: 'critical',
    blocksOrder: false,
    params: ['shop', 'firstShop'],
    da: {
      title: 'Webshoppen er sat op to gange',
      message: 'Butikken "{shop}" henter ordrer fra den samme webshop som butikken "{firstShop}" og bogfører dem i den samme e-conomic-aftale, så hver ordre ville blive faktureret to gange. LedgerBridge synkroniserer ikke "{shop}"; "{firstShop}" kører videre.',
      fix: 'Vælg "{shop}" i listen [[shops.choose]], og fjern den med [[shops.remove]], eller ret dens webshop under [[setup.shop]] eller dens e-conomic-aftale under [[setup.economic]].',
    },
    en: {
      title: 'The web shop is set up twice',
      message: 'The shop "{shop}" fetches orders from the same web shop as the shop "{firstShop}" and books them in the same e-conomic agreement, so every order would be invoiced twice. LedgerBridge does not sync "{shop}"; "{firstShop}" runs on.',
      fix: 'Choose "{shop}" in the list [[shops.choose]] and remove it with [[shops.remove]], or change its web shop under [[setup.shop]] or its e-conomic agreement under [[setup.economic]].',
    },
  }),
  'LB-2055': entry({
    category: 'setup',
    severity: 'critical',
    blocksOrder: false,
    params: ['shop', 'file', 'detail'],
    da: {
      title: 'Butikken kan ikke åbnes',
      message: 'LedgerBridge kan ikke åbne bogføringsregistret for butikken "{shop}", {file} ({detail}), så "{shop}" synkroniseres ikke. De andre butikker kører videre.',
      fix: 'Luk det program, der har filen åben, og sørg for, at LedgerBridge må læse og skrive i mappen; LedgerBridge prøver selv igen ved hver synkronisering, og butikken kommer tilbage af sig selv. Er filen beskadiget, så lav en supportpakke under [[log.supportBundle]], og send den til os.',
    },
    en: {
      title: 'The shop cannot be opened',
      message: 'LedgerBridge cannot open the ledger of the shop "{shop}", {file} ({detail}), so "{shop}" is not synced. The other shops run on.',
      fix: 'Close the program that has the file open, and make sure LedgerBridge may read and write the folder; LedgerBridge tries again at every sync, and the shop comes back by itself. If the file is damaged, create a support bundle under [[log.supportBundle]] and send it to us.',
    },
  }),
  'LB-2056': entry({
    category: 'setup',
    severity: 'critical',
    blocksOrder: false,
    params: ['shop', 'file', 'detail'],
    da: {
      title: 'Butikkens indstillinger i config.json er ugyldige',
      message: 'Butikken "{shop}" i {file} kan ikke bruges, som den står ({detail}), så "{shop}" synkroniseres ikke. De andre butikker kører videre.',
      fix: 'Ret de nævnte felter i filen, eller fortryd ændringen; LedgerBridge læser filen igen ved hver synkronisering, og butikken kommer tilbage af sig selv. Kan du ikke finde fejlen, så lav en supportpakke under [[log.supportBundle]], og send den til os.',
    },
    en: {
      title: "The shop's settings in config.json are not valid",
      message: 'The shop "{shop}" in {file} cannot be used as it stands ({detail}), so "{shop}" is not synced. The other shops run on.',
      fix: 'Correct the fields named in the file, or undo the change; LedgerBridge reads the file again at every sync, and the shop comes back by itself. If you cannot find the mistake, create a support bundle under [[log.supportBundle]] and send it to us.',
    },
  }),
  'LB-2057': entry({
    category: 'setup',
    severity: 'error',
    blocksOrder: false,
    params: ['shop', 'firstShop'],
    da: {
      title: 'Butikken venter på en anden butik på samme webshop',
      message: 'Butikken "{shop}" henter ordrer fra den samme webshop som butikken "{firstShop}", som ikke kan åbnes lige nu. Så længe LedgerBridge ikke kan se, om de bogfører i den samme e-conomic-aftale, synkroniseres "{shop}" ikke, så ingen ordre faktureres to gange.',
      fix: 'Ret det, der stopper "{firstShop}"; så synkroniseres "{shop}" igen af sig selv. Hører "{shop}" til en anden webshop, så ret dens adresse under [[setup.shop]].',
    },
    en: {
      title: 'The shop waits for another shop on the same web shop',
      message: 'The shop "{shop}" fetches orders from the same web shop as the shop "{firstShop}", which cannot be opened now. As long as LedgerBridge cannot see whether they book into the same e-conomic agreement, "{shop}" is not synced, so no order is invoiced twice.',
      fix: 'Fix what stops "{firstShop}"; "{shop}" then syncs again by itself. If "{shop}" belongs to another web shop, correct its address under [[setup.shop]].',
    },
  }),
} as const;
