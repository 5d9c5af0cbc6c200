import type { Lang } from '../lang';

/** `ledgerbridge demo`: the whole job on the sandboxes, and the report it prints. */
export const DEMO_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    ordersByStatus: string;
    mailsCaught: string;
    see: string;
    needAction: string;
    fix: string;
    roadToAutomaticPosting: string;
    lookFurther: string;
    withServeRunning: string;
  }
> = {
  da: {
    summary: 'kør hele forløbet mod de indbyggede sandkasser',
    help: `ledgerbridge demo [--data-dir DIR] [--platform woocommerce|shopify] [--orders N] [--serve] [--json] [--lang da|en]
  Starter sandkasserne med N (standard 50) realistiske danske ordrer, sætter en demoprofil op i DIR
  (standard: en ny midlertidig mappe), kører én synkronisering og skriver, hvad der skete, og hvor du kan kigge.
  --serve   skriv sandkassernes JSON-linje først, og hold derefter kun sandkasserne kørende (DIR frigives),
            så du kan tilføje ordrer gennem deres admin-API og køre "ledgerbridge sync --data-dir DIR".`,
    ordersByStatus: 'Ordrer efter status',
    mailsCaught: 'Mails fanget af sandkassens SMTP (fakturaer og fejlbeskeder til ejeren)',
    see: 'se',
    needAction: 'Ordrer, der kræver handling:',
    fix: 'Løsning',
    roadToAutomaticPosting: 'Vejen til automatisk bogføring:',
    lookFurther: 'Se videre:',
    withServeRunning: '(med "demo --serve" kørende)',
  },
  en: {
    summary: 'run the whole job on the built-in sandbox',
    help: `ledgerbridge demo [--data-dir DIR] [--platform woocommerce|shopify] [--orders N] [--serve] [--json] [--lang da|en]
  Starts the sandboxes with N (default 50) realistic Danish orders, sets up a demo profile in DIR
  (default: a new temporary folder), runs one sync and prints what happened and where to look next.
  --serve   print the sandbox JSON line first, then keep only the sandboxes running (DIR is released),
            so you can add orders through their admin API and run "ledgerbridge sync --data-dir DIR".`,
    ordersByStatus: 'Orders by status',
    mailsCaught: "Mails caught by the sandbox's SMTP (invoices and problem mails to the owner)",
    see: 'see',
    needAction: 'Orders that need action:',
    fix: 'Fix',
    roadToAutomaticPosting: 'The road to automatic posting:',
    lookFurther: 'Look further:',
    withServeRunning: '(with "demo --serve" running)',
  },
};
