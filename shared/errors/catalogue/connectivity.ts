import { entry, SUPPORT_DA, SUPPORT_EN } from './define';

/** 4xxx: LedgerBridge cannot talk to e-conomic or the shop. Not tied to one order. */
export const CONNECTIVITY = {
  'LB-4001': entry({
    category: 'connectivity',
    severity: 'critical',
    params: [],
    da: {
      title: 'e-conomic afviser LedgerBridges adgang',
      message: 'e-conomic godkender ikke LedgerBridges adgangsnøgle. Adgangen er måske trukket tilbage, eller aftalen er skiftet. Ingen ordrer overføres, før det er rettet.',
      fix: 'Forbind e-conomic igen i LedgerBridge under [[setup.economic]] med en bruger, der er administrator i aftalen, og tryk "Test forbindelse". Tjek i e-conomic under Indstillinger → Alle indstillinger → Apps, at LedgerBridge står på listen.',
    },
    en: {
      title: 'e-conomic rejects LedgerBridge\'s access',
      message: "e-conomic does not accept LedgerBridge's access token. The access may have been revoked, or the agreement changed. No orders are transferred until this is fixed.",
      fix: 'Connect e-conomic again in LedgerBridge under [[setup.economic]] with an administrator of the agreement, and press "Test connection". Check in e-conomic under Settings → All settings → Apps that LedgerBridge is listed.',
    },
  }),
  'LB-4002': entry({
    category: 'connectivity',
    severity: 'critical',
    params: ['detail'],
    da: {
      title: 'LedgerBridge må ikke gøre dette i e-conomic',
      message: 'e-conomic nægter LedgerBridge at udføre en handling ({detail}), fordi appens rolle i aftalen ikke giver adgang til det.',
      fix: 'Fjern LedgerBridge i e-conomic under Indstillinger → Alle indstillinger → Apps, og forbind igen fra LedgerBridge under [[setup.economic]]; godkend med en administrator, så appen får den rolle, den beder om.',
    },
    en: {
      title: 'LedgerBridge may not do this in e-conomic',
      message: "e-conomic refuses to let LedgerBridge carry out an action ({detail}), because the app's role in the agreement does not give access to it.",
      fix: 'Remove LedgerBridge in e-conomic under Settings → All settings → Apps and connect again from LedgerBridge under [[setup.economic]]; approve with an administrator so the app gets the role it asks for.',
    },
  }),
  'LB-4003': entry({
    category: 'connectivity',
    severity: 'critical',
    params: [],
    da: {
      title: 'e-conomic-aftalen er skrivebeskyttet',
      message: 'e-conomic svarer, at aftalen kun kan læses (fx en demoaftale eller et abonnement uden adgang til integrationer). LedgerBridge kan ikke oprette fakturaer.',
      fix: 'Tjek dit abonnement i e-conomic under Indstillinger → Abonnement; det skal give adgang til API og integrationer. Bruger du demoaftalen, så forbind din rigtige aftale i LedgerBridge under [[setup.economic]].',
    },
    en: {
      title: 'The e-conomic agreement is read-only',
      message: 'e-conomic answers that the agreement can only be read (e.g. a demo agreement or a subscription without access to integrations). LedgerBridge cannot create invoices.',
      fix: 'Check your subscription in e-conomic under Settings → Subscription; it must include API and integrations. If you are using the demo agreement, connect your real agreement in LedgerBridge under [[setup.economic]].',
    },
  }),
  'LB-4004': entry({
    category: 'connectivity',
    severity: 'warning',
    retriesItself: true,
    blocksOrder: false,
    params: [],
    da: {
      title: 'e-conomic kan ikke nås',
      message: 'LedgerBridge kan ikke få forbindelse til e-conomic lige nu. Ordrerne venter, og LedgerBridge prøver igen af sig selv.',
      fix: 'Tjek at computeren er på nettet. Varer det længe, så se driftsstatus på status.e-conomic.com. Du behøver ikke gøre andet; intet bliver bogført dobbelt.',
    },
    en: {
      title: 'e-conomic cannot be reached',
      message: 'LedgerBridge cannot connect to e-conomic right now. The orders wait, and LedgerBridge retries by itself.',
      fix: 'Check that the computer is online. If it lasts long, see the service status at status.e-conomic.com. Nothing else needs doing; nothing is booked twice.',
    },
  }),
  'LB-4005': entry({
    category: 'connectivity',
    severity: 'warning',
    retriesItself: true,
    blocksOrder: false,
    params: [],
    da: {
      title: 'Fejl hos e-conomic',
      message: 'e-conomic svarede med en serverfejl. Ordrerne venter, og LedgerBridge prøver igen af sig selv.',
      fix: `Du behøver ikke gøre noget. Fortsætter det i flere timer, så se status.e-conomic.com, eller ${SUPPORT_DA}.`,
    },
    en: {
      title: 'Error at e-conomic',
      message: 'e-conomic answered with a server error. The orders wait, and LedgerBridge retries by itself.',
      fix: `Nothing needs doing. If it continues for hours, see status.e-conomic.com, or ${SUPPORT_EN}.`,
    },
  }),
  'LB-4011': entry({
    category: 'connectivity',
    severity: 'critical',
    params: ['platform'],
    da: {
      title: 'Shoppen afviser LedgerBridges nøgler',
      message: '{platform} godkender ikke LedgerBridges API-nøgler. Nøglerne er måske slettet eller har for få rettigheder. Ingen nye ordrer hentes.',
      fix: 'Lav nye nøgler: i WooCommerce under WooCommerce → Indstillinger → Avanceret → REST API (rettighed "Læs/skriv"), i Shopify under Indstillinger → Apps og salgskanaler → Udvikl apps. Indsæt dem i LedgerBridge under [[setup.shop]], og tryk "Test forbindelse".',
    },
    en: {
      title: "The shop rejects LedgerBridge's keys",
      message: "{platform} does not accept LedgerBridge's API keys. They may have been deleted or have too few permissions. No new orders are fetched.",
      fix: 'Create new keys: in WooCommerce under WooCommerce → Settings → Advanced → REST API (permission "Read/Write"), in Shopify under Settings → Apps and sales channels → Develop apps. Paste them into LedgerBridge under [[setup.shop]] and press "Test connection".',
    },
  }),
  'LB-4012': entry({
    category: 'connectivity',
    severity: 'warning',
    retriesItself: true,
    blocksOrder: false,
    params: ['platform'],
    da: {
      title: 'Shoppen kan ikke nås',
      message: 'LedgerBridge kan ikke få forbindelse til {platform} lige nu. Nye ordrer hentes, så snart shoppen svarer igen.',
      fix: 'Tjek at shoppen er oppe, og at computeren er på nettet. Har shoppen fået ny adresse, så ret den i LedgerBridge under [[setup.shop]].',
    },
    en: {
      title: 'The shop cannot be reached',
      message: 'LedgerBridge cannot connect to {platform} right now. New orders are fetched as soon as the shop answers again.',
      fix: 'Check that the shop is up and the computer is online. If the shop has a new address, correct it in LedgerBridge under [[setup.shop]].',
    },
  }),
  'LB-4013': entry({
    category: 'connectivity',
    severity: 'warning',
    retriesItself: true,
    blocksOrder: false,
    params: ['platform'],
    da: {
      title: 'Shoppen svarede med en fejl',
      message: '{platform} svarede med en fejl eller et svar, LedgerBridge ikke kan læse. LedgerBridge prøver igen af sig selv.',
      fix: `Fortsætter det, så tjek shoppens fejllog (i WooCommerce under WooCommerce → Status → Logfiler), og om en plugin for nylig er opdateret. Hjælper det ikke, så ${SUPPORT_DA}.`,
    },
    en: {
      title: 'The shop answered with an error',
      message: '{platform} answered with an error or a reply LedgerBridge cannot read. LedgerBridge retries by itself.',
      fix: `If it continues, check the shop's error log (in WooCommerce under WooCommerce → Status → Logs) and whether a plugin was updated recently. If that does not help, ${SUPPORT_EN}.`,
    },
  }),
  'LB-4014': entry({
    category: 'connectivity',
    severity: 'critical',
    params: ['platform'],
    da: {
      title: 'Shoppens adresse er forkert',
      message: '{platform} findes ikke på den adresse, LedgerBridge har fået, eller REST API\'et er slået fra.',
      fix: 'Ret shoppens adresse i LedgerBridge under [[setup.shop]]. I WooCommerce skal permalinks være andet end "Simpel" (Indstillinger → Permalinks).',
    },
    en: {
      title: "The shop's address is wrong",
      message: '{platform} is not found at the address LedgerBridge was given, or its REST API is switched off.',
      fix: 'Correct the shop address in LedgerBridge under [[setup.shop]]. In WooCommerce, permalinks must be something other than "Plain" (Settings → Permalinks).',
    },
  }),
  'LB-4015': entry({
    category: 'connectivity',
    severity: 'critical',
    params: ['scope'],
    da: {
      title: 'Shopify-appen mangler en adgang',
      message: 'Shopify afviser at vise ordrerne, fordi LedgerBridges app mangler adgangen {scope}. Ingen ordrer hentes, før den er givet.',
      fix: 'Giv appen adgangen {scope} i Shopify under Indstillinger → Apps og salgskanaler → Udvikl apps → LedgerBridges app → Konfiguration → "Admin API-adgange", gem, og installér appen igen, hvis Shopify beder om det. Tryk derefter "Test forbindelse" i LedgerBridge under [[setup.shop]].',
    },
    en: {
      title: 'The Shopify app lacks an access scope',
      message: "Shopify refuses to show the orders because LedgerBridge's app lacks the {scope} access scope. No orders are fetched until it is granted.",
      fix: "Grant the app the {scope} scope in Shopify under Settings → Apps and sales channels → Develop apps → LedgerBridge's app → Configuration → \"Admin API access scopes\", save, and install the app again if Shopify asks. Then press \"Test connection\" in LedgerBridge under [[setup.shop]].",
    },
  }),
  'LB-4016': entry({
    category: 'connectivity',
    severity: 'critical',
    params: [],
    da: {
      title: 'Shopify viser ingen ordrer til LedgerBridge',
      message: 'Ordrer er beskyttede kundedata hos Shopify, og LedgerBridges app er ikke godkendt til dem. Ingen ordrer hentes, før appen er godkendt.',
      fix: 'Godkend appen til beskyttede kundedata i Shopify under Indstillinger → Apps og salgskanaler → Udvikl apps → LedgerBridges app → Konfiguration → "Adgang til beskyttede kundedata": mindst niveau 1, og vælg også Navn, E-mail, Telefon og Adresse, så fakturaerne kan vise køberen. Tryk derefter "Test forbindelse" i LedgerBridge under [[setup.shop]].',
    },
    en: {
      title: 'Shopify shows LedgerBridge no orders',
      message: "Orders are protected customer data at Shopify, and LedgerBridge's app is not approved for them. No orders are fetched until the app is approved.",
      fix: "Approve the app for protected customer data in Shopify under Settings → Apps and sales channels → Develop apps → LedgerBridge's app → Configuration → \"Protected customer data access\": at least level 1, and also select Name, Email, Phone and Address so the invoices can show the buyer. Then press \"Test connection\" in LedgerBridge under [[setup.shop]].",
    },
  }),
  'LB-4021': entry({
    category: 'connectivity',
    severity: 'critical',
    params: ['detail'],
    da: {
      title: 'Computerens nøglering kan ikke bruges',
      message: 'LedgerBridge kan ikke bruge computerens nøglering, så nøgler og adgangskoder kan ikke gemmes eller læses sikkert ({detail}).',
      fix: 'Log ind på computeren igen, så nøgleringen bliver låst op. På Linux skal en nøglering-tjeneste køre (fx GNOME Nøgler / gnome-keyring). Start derefter LedgerBridge igen.',
    },
    en: {
      title: "The computer's keychain cannot be used",
      message: "LedgerBridge cannot use the computer's keychain, so keys and passwords cannot be stored or read safely ({detail}).",
      fix: 'Sign in to the computer again so the keychain is unlocked. On Linux a keyring service must be running (e.g. GNOME Keyring / gnome-keyring). Then start LedgerBridge again.',
    },
  }),
} as const;
