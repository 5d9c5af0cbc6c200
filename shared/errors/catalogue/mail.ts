import { entry } from './define';

/** 6xxx: invoice mails, the accountant's order-list mails and PDFs. The invoice or day itself is booked; only its delivery is at stake. */
export const MAIL = {
  'LB-6001': entry({
    category: 'mail',
    severity: 'warning',
    retriesItself: true,
    blocksOrder: false,
    params: ['orderNumber', 'invoiceNumber', 'detail'],
    da: {
      title: 'Fakturamailen kunne ikke sendes endnu',
      message: 'Faktura {invoiceNumber} (ordre {orderNumber}) er bogført, men mailserveren svarede midlertidigt nej ({detail}). LedgerBridge prøver at sende den igen.',
      fix: 'Du behøver ikke gøre noget. Fortsætter det, så tjek mailserveren i LedgerBridge under [[settings.smtpServer]], og send en testmail under [[mail.testSend]].',
    },
    en: {
      title: 'The invoice mail could not be sent yet',
      message: 'Invoice {invoiceNumber} (order {orderNumber}) is booked, but the mail server temporarily refused it ({detail}). LedgerBridge will try to send it again.',
      fix: 'Nothing needs doing. If it continues, check the mail server in LedgerBridge under [[settings.smtpServer]] and send a test mail under [[mail.testSend]].',
    },
  }),
  'LB-6002': entry({
    category: 'mail',
    severity: 'error',
    params: ['orderNumber', 'invoiceNumber', 'detail'],
    da: {
      title: 'Fakturamailen blev afvist',
      message: 'Faktura {invoiceNumber} (ordre {orderNumber}) er bogført, men mailserveren afviste mailen ({detail}). Kunden har ikke fået fakturaen.',
      fix: 'Tjek server, port, sikkerhed, brugernavn og adgangskode i LedgerBridge under [[settings.smtpServer]], og send en testmail under [[mail.testSend]]. Send derefter fakturaen igen under [[orders.resendMail]].',
    },
    en: {
      title: 'The invoice mail was rejected',
      message: 'Invoice {invoiceNumber} (order {orderNumber}) is booked, but the mail server rejected the mail ({detail}). The customer has not received the invoice.',
      fix: 'Check server, port, security, user name and password in LedgerBridge under [[settings.smtpServer]] and send a test mail under [[mail.testSend]]. Then send the invoice again under [[orders.resendMail]].',
    },
  }),
  'LB-6003': entry({
    category: 'mail',
    severity: 'error',
    params: ['orderNumber', 'invoiceNumber', 'email'],
    da: {
      title: 'Kundens e-mailadresse findes ikke',
      message: 'Faktura {invoiceNumber} (ordre {orderNumber}) kunne ikke leveres til {email}: mailserveren kender ikke adressen.',
      fix: 'Ret kundens e-mailadresse på ordren i shoppen (WooCommerce → Ordrer, eller Shopify → Ordrer), og send fakturaen igen i LedgerBridge under [[orders.resendMail]]. Eller send fakturaen til kunden på anden vis.',
    },
    en: {
      title: "The customer's e-mail address does not exist",
      message: 'Invoice {invoiceNumber} (order {orderNumber}) could not be delivered to {email}: the mail server does not know the address.',
      fix: 'Correct the customer\'s e-mail address on the order in the shop (WooCommerce → Orders, or Shopify → Orders) and send the invoice again in LedgerBridge under [[orders.resendMail]]. Or send the invoice to the customer another way.',
    },
  }),
  'LB-6004': entry({
    category: 'mail',
    severity: 'warning',
    params: ['orderNumber', 'invoiceNumber', 'email'],
    da: {
      title: 'Blev fakturamailen sendt?',
      message: 'LedgerBridge blev afbrudt, mens faktura {invoiceNumber} (ordre {orderNumber}) blev mailet til {email}. Det er uvist, om kunden fik mailen, så den sendes ikke igen af sig selv.',
      fix: 'Tjek sendt post i din mailkonto. Er mailen sendt, så sig det til LedgerBridge under [[orders.markMailSent]]; ellers send fakturaen igen under [[orders.resendMail]].',
    },
    en: {
      title: 'Was the invoice mail sent?',
      message: 'LedgerBridge was interrupted while mailing invoice {invoiceNumber} (order {orderNumber}) to {email}. It is unknown whether the customer received it, so it is not resent by itself.',
      fix: 'Check the sent folder of your mail account. If the mail went out, tell LedgerBridge under [[orders.markMailSent]]; otherwise send the invoice again under [[orders.resendMail]].',
    },
  }),
  'LB-6005': entry({
    category: 'mail',
    severity: 'warning',
    retriesItself: true,
    blocksOrder: false,
    params: ['orderNumber', 'invoiceNumber'],
    da: {
      title: 'Fakturaens PDF kunne ikke hentes',
      message: 'Faktura {invoiceNumber} (ordre {orderNumber}) er bogført, men PDF-filen kunne ikke hentes fra e-conomic. Mailen til kunden venter, og LedgerBridge prøver igen.',
      fix: 'Du behøver ikke gøre noget. Fortsætter det, så tjek at fakturaen kan åbnes i e-conomic under Salg → Fakturering → Bogførte.',
    },
    en: {
      title: "The invoice's PDF could not be downloaded",
      message: 'Invoice {invoiceNumber} (order {orderNumber}) is booked, but its PDF could not be downloaded from e-conomic. The mail to the customer waits, and LedgerBridge retries.',
      fix: 'Nothing needs doing. If it continues, check that the invoice opens in e-conomic under Sales → Invoicing → Booked.',
    },
  }),
  'LB-6006': entry({
    category: 'mail',
    severity: 'error',
    params: [],
    da: {
      title: 'Mailserveren afviser login',
      message: 'Mailserveren godkender ikke brugernavn og adgangskode. Ingen fakturamails eller fejlmails kan sendes.',
      fix: 'Ret brugernavn og adgangskode i LedgerBridge under [[settings.smtpPassword]], og send en testmail under [[mail.testSend]]. Hos Gmail og Microsoft 365 skal du bruge en app-adgangskode.',
    },
    en: {
      title: 'The mail server rejects the login',
      message: 'The mail server does not accept the user name and password. No invoice mails or error mails can be sent.',
      fix: 'Correct user name and password in LedgerBridge under [[settings.smtpPassword]] and send a test mail under [[mail.testSend]]. Gmail and Microsoft 365 need an app password.',
    },
  }),
  'LB-6007': entry({
    category: 'mail',
    severity: 'error',
    params: ['orderNumber'],
    da: {
      title: 'Mail er ikke sat op',
      message: 'Ordre {orderNumber} skal have fakturaen fra e-conomic mailet, men der er ingen mailserver sat op i LedgerBridge.',
      fix: 'Indtast mailserveren (SMTP) i LedgerBridge under [[settings.smtpServer]], og send en testmail under [[mail.testSend]]. Skal webshoppen selv sende fakturaen, så vælg det under [[setup.invoiceSource]].',
    },
    en: {
      title: 'Mail is not set up',
      message: 'Order {orderNumber} needs its invoice from e-conomic mailed, but no mail server is set up in LedgerBridge.',
      fix: 'Enter the mail server (SMTP) in LedgerBridge under [[settings.smtpServer]] and send a test mail under [[mail.testSend]]. If the web shop should send the invoice itself, choose that under [[setup.invoiceSource]].',
    },
  }),
  'LB-6008': entry({
    category: 'mail',
    severity: 'error',
    params: ['orderNumber', 'invoiceNumber', 'detail'],
    da: {
      title: 'Fakturamailen kunne ikke skrives',
      message: 'Mailen med faktura {invoiceNumber} til ordre {orderNumber} kunne ikke laves ud fra din mailtekst: {detail}.',
      fix: 'Ret mailteksten i LedgerBridge under [[mail.subject]], så alle felter i {{…}} er gyldige. LedgerBridge prøver igen af sig selv ved næste synkronisering.',
    },
    en: {
      title: 'The invoice mail could not be written',
      message: 'The mail with invoice {invoiceNumber} for order {orderNumber} could not be made from your mail text: {detail}.',
      fix: 'Correct the mail text in LedgerBridge under [[mail.subject]] so every field in {{…}} is valid. LedgerBridge tries again by itself on the next sync.',
    },
  }),
  'LB-6009': entry({
    category: 'mail',
    severity: 'warning',
    blocksOrder: false,
    params: ['invoiceNumber'],
    da: {
      title: 'Fakturamailen sendes lige nu',
      message: 'Mailen med faktura {invoiceNumber} er ved at blive sendt, så den kan ikke sendes igen eller markeres som sendt lige nu.',
      fix: 'Vent et øjeblik, og se mailstatus på fakturaen igen under [[invoices.resendMail]].',
    },
    en: {
      title: 'The invoice mail is being sent',
      message: 'The mail with invoice {invoiceNumber} is being sent right now, so it cannot be sent again or marked as sent at the moment.',
      fix: 'Wait a moment and look at the invoice\'s mail status again under [[invoices.resendMail]].',
    },
  }),
  'LB-6010': entry({
    category: 'mail',
    severity: 'warning',
    blocksOrder: false,
    params: ['invoiceNumber'],
    da: {
      title: 'LedgerBridge mailer ikke denne faktura',
      message: 'Faktura {invoiceNumber} er ikke mailet af LedgerBridge, fordi webshoppen selv sender fakturaen til kunden.',
      fix: 'Send fakturaen igen fra webshoppen. Skal LedgerBridge maile fakturaerne fra e-conomic, så vælg det i LedgerBridge under [[setup.invoiceSource]].',
    },
    en: {
      title: 'LedgerBridge does not mail this invoice',
      message: 'Invoice {invoiceNumber} was not mailed by LedgerBridge, because the web shop sends the invoice to the customer itself.',
      fix: 'Send the invoice again from the web shop. If LedgerBridge should mail the invoices from e-conomic, choose that in LedgerBridge under [[setup.invoiceSource]].',
    },
  }),
  'LB-6011': entry({
    category: 'mail',
    severity: 'error',
    blocksOrder: false,
    params: ['date', 'currency', 'email', 'detail'],
    da: {
      title: 'Ordrelisten blev ikke sendt til revisor',
      message: 'Dagen {date} ({currency}) er bogført, men mailen med dagens ordreliste til revisoren på {email} blev ikke sendt: {detail}.',
      fix: 'Tjek revisorens mailadresse under [[settings.accountantEmail]] og mailserveren under [[settings.smtpServer]], og send en testmail under [[mail.testSend]]. Send derefter ordrelisten igen under [[days.sendToAccountant]].',
    },
    en: {
      title: 'The order list was not sent to the accountant',
      message: 'The day {date} ({currency}) is booked, but the mail with its order list to the accountant at {email} was not sent: {detail}.',
      fix: "Check the accountant's e-mail address under [[settings.accountantEmail]] and the mail server under [[settings.smtpServer]], and send a test mail under [[mail.testSend]]. Then send the order list again under [[days.sendToAccountant]].",
    },
  }),
  'LB-6012': entry({
    category: 'mail',
    severity: 'warning',
    blocksOrder: false,
    params: ['date', 'currency', 'email'],
    da: {
      title: 'Fik revisoren ordrelisten?',
      message: 'LedgerBridge blev afbrudt, mens ordrelisten for {date} ({currency}) blev mailet til {email}. Det er uvist, om revisoren fik den, så den sendes ikke igen af sig selv.',
      fix: 'Tjek sendt post i din mailkonto, eller spørg revisoren. Kom den ikke frem, så send den igen under [[days.sendToAccountant]].',
    },
    en: {
      title: 'Did the accountant get the order list?',
      message: 'LedgerBridge was interrupted while mailing the order list of {date} ({currency}) to {email}. It is unknown whether the accountant received it, so it is not resent by itself.',
      fix: 'Check the sent folder of your mail account or ask the accountant. If it did not arrive, send it again under [[days.sendToAccountant]].',
    },
  }),
  'LB-6013': entry({
    category: 'mail',
    severity: 'error',
    blocksOrder: false,
    params: ['date', 'currency', 'email'],
    da: {
      title: 'Ordrelisten til revisor venter på en mailserver',
      message: 'Dagen {date} ({currency}) er bogført, og dens ordreliste skal mailes til revisoren på {email}, men der er ingen mailserver sat op i LedgerBridge.',
      fix: 'Indtast mailserveren (SMTP) under [[settings.smtpServer]], og send en testmail under [[mail.testSend]]. Ordrelisten sendes ved næste synkronisering. Skal den ikke mailes, så fjern revisorens adresse under [[settings.accountantEmail]].',
    },
    en: {
      title: 'The order list for the accountant waits for a mail server',
      message: "The day {date} ({currency}) is booked and its order list is to be mailed to the accountant at {email}, but no mail server is set up in LedgerBridge.",
      fix: "Enter the mail server (SMTP) under [[settings.smtpServer]] and send a test mail under [[mail.testSend]]. The order list is sent on the next sync. If it should not be mailed, remove the accountant's address under [[settings.accountantEmail]].",
    },
  }),
  'LB-6014': entry({
    category: 'mail',
    severity: 'warning',
    blocksOrder: false,
    params: ['date'],
    da: {
      title: 'Der er ingen revisor at sende til',
      message: 'Ordrelisten for {date} kan ikke sendes til revisor, for der er ikke angivet en mailadresse til revisoren.',
      fix: 'Skriv revisorens mailadresse under [[settings.accountantEmail]], og gem. Send derefter ordrelisten under [[days.sendToAccountant]].',
    },
    en: {
      title: 'There is no accountant to send to',
      message: 'The order list of {date} cannot be sent to the accountant, because no e-mail address is given for the accountant.',
      fix: "Enter the accountant's e-mail address under [[settings.accountantEmail]] and save. Then send the order list under [[days.sendToAccountant]].",
    },
  }),
  'LB-6015': entry({
    category: 'mail',
    severity: 'warning',
    blocksOrder: false,
    params: ['date', 'currency'],
    da: {
      title: 'Ordrelisten sendes til revisor lige nu',
      message: 'Ordrelisten for {date} ({currency}) er ved at blive sendt til revisoren, så den kan ikke sendes igen lige nu.',
      fix: 'Vent et øjeblik, og se om ordrelisten er sendt under [[days.sendToAccountant]]. Send den igen dér, hvis revisoren ikke har fået den.',
    },
    en: {
      title: 'The order list is being sent to the accountant',
      message: 'The order list of {date} ({currency}) is being sent to the accountant right now, so it cannot be sent again at the moment.',
      fix: 'Wait a moment and see whether the order list was sent under [[days.sendToAccountant]]. Send it again there if the accountant did not get it.',
    },
  }),
} as const;
