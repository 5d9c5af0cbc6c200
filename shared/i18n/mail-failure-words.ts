import type { Lang } from './lang';

/**
 * Why an invoice mail was not sent and what the owner does about it (main/mail/smtp-errors.ts
 * and the outbox's states in main/mail/outbox.ts). Stored with the mail in both languages, so
 * the log reads right whichever language the owner picks later.
 */
export const MAIL_FAILURE_WORDS: Record<
  Lang,
  {
    loginRefused: string;
    tlsFailed: string;
    greylisted: string;
    temporarilyRefused: (smtpCode: number) => string;
    addressRefused: (smtpCode: number) => string;
    rejected: (smtpCode: number) => string;
    addressInvalid: string;
    pdfUnreadable: string;
    unreachable: string;
    unexpected: string;
    /** The order's address is not a mail address at all; the mail is never tried. */
    noValidAddress: string;
    /** A temporary failure that lasted through every attempt; `fix` is that failure's own fix. */
    gaveUp: (attempts: number, fix: string) => string;
    /** LedgerBridge stopped mid-send: the mail may or may not have gone out. */
    interrupted: (messageId: string) => string;
    restoredFromBackup: string;
  }
> = {
  da: {
    loginRefused: 'Mailserveren afviste login. Tjek brugernavn og adgangskode under Indstillinger → Mail, og send derefter fakturamailen igen.',
    tlsFailed:
      'Den krypterede forbindelse til mailserveren kunne ikke oprettes. Tjek port og sikkerhed under Indstillinger → Mail (TLS på port 465, STARTTLS på port 587), og at serverens certifikat er gyldigt.',
    greylisted: 'Modtagerens mailserver beder os prøve igen om lidt (greylisting). Det er normalt; mailen sendes automatisk igen.',
    temporarilyRefused: (smtpCode) => `Mailserveren svarede midlertidigt nej (${smtpCode}). Mailen sendes automatisk igen senere.`,
    addressRefused: (smtpCode) =>
      `Kundens mailadresse blev afvist (${smtpCode}). Ret adressen på kunden/ordren, og send fakturamailen igen – eller send fakturaen på anden vis og markér den som sendt.`,
    rejected: (smtpCode) => `Mailserveren afviste mailen (${smtpCode}). Læs serverens svar i detaljerne; ret årsagen (fx afsenderadresse eller størrelse), og send fakturamailen igen.`,
    addressInvalid: 'Modtager- eller afsenderadressen er ikke en gyldig mailadresse. Ret adressen, og send fakturamailen igen.',
    pdfUnreadable: 'Fakturaens PDF-fil kunne ikke læses. Hent fakturaen fra e-conomic igen, og send fakturamailen igen.',
    unreachable: 'Mailserveren kunne ikke nås. Mailen sendes automatisk igen; fortsætter det, så tjek internetforbindelsen og serveradressen under Indstillinger → Mail.',
    unexpected: 'Mailen kunne ikke sendes på grund af en uventet fejl. Den sendes automatisk igen; support kan se detaljerne.',
    noValidAddress: 'Ordren har ingen gyldig mailadresse. Ret kundens mailadresse, og send fakturamailen igen – eller send fakturaen på anden vis og markér den som sendt.',
    gaveUp: (attempts, fix) => `Mailen kunne ikke sendes efter ${attempts} forsøg. ${fix} Send den igen, når årsagen er rettet.`,
    interrupted: (messageId) =>
      `LedgerBridge blev afbrudt, mens fakturamailen blev sendt, så vi ved ikke, om kunden fik den. Se efter i den sendte post eller spørg kunden (Message-ID ${messageId}). Klik "Send igen", hvis den ikke kom frem, eller "Markér som sendt", hvis den gjorde.`,
    restoredFromBackup:
      'LedgerBridge er gendannet fra en sikkerhedskopi, der blev taget, før fakturamailen blev sendt. Den kan være sendt siden. Se efter i den sendte post eller spørg kunden. Klik "Send igen", hvis den ikke kom frem, eller "Markér som sendt", hvis den gjorde.',
  },
  en: {
    loginRefused: 'The mail server refused the login. Check the user name and password under Settings → Mail, then send the invoice mail again.',
    tlsFailed:
      "The encrypted connection to the mail server failed. Check port and security under Settings → Mail (TLS on port 465, STARTTLS on port 587) and that the server's certificate is valid.",
    greylisted: "The recipient's mail server asks us to try again shortly (greylisting). This is normal; the mail is retried automatically.",
    temporarilyRefused: (smtpCode) => `The mail server temporarily refused (${smtpCode}). The mail is retried automatically later.`,
    addressRefused: (smtpCode) =>
      `The customer's email address was refused (${smtpCode}). Correct the address on the customer/order and send the invoice mail again — or deliver the invoice another way and mark it as sent.`,
    rejected: (smtpCode) => `The mail server rejected the mail (${smtpCode}). Read the server's reply in the details, fix the cause (e.g. sender address or size) and send the invoice mail again.`,
    addressInvalid: 'The recipient or sender address is not a valid email address. Correct it and send the invoice mail again.',
    pdfUnreadable: "The invoice's PDF file could not be read. Download the invoice from e-conomic again, then send the invoice mail again.",
    unreachable: 'The mail server could not be reached. The mail is retried automatically; if this persists, check the internet connection and the server address under Settings → Mail.',
    unexpected: 'The mail could not be sent because of an unexpected error. It is retried automatically; support can see the details.',
    noValidAddress: 'The order has no valid email address. Correct the customer’s address and send the invoice mail again — or deliver the invoice another way and mark it as sent.',
    gaveUp: (attempts, fix) => `The mail could not be sent after ${attempts} attempts. ${fix} Send it again once the cause is fixed.`,
    interrupted: (messageId) =>
      `LedgerBridge was interrupted while sending the invoice mail, so we do not know whether the customer got it. Check the sent folder or ask the customer (Message-ID ${messageId}). Click "Send again" if it did not arrive, or "Mark as sent" if it did.`,
    restoredFromBackup:
      'LedgerBridge was restored from a backup taken before the invoice mail was sent. It may have been sent since. Check the sent folder or ask the customer. Click "Send again" if it did not arrive, or "Mark as sent" if it did.',
  },
};
