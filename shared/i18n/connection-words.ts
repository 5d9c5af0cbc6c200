import type { Lang } from './lang';

/**
 * The owner's side of connecting to the outside services: the test mail that proves the mail
 * server works, and the page the browser shows after e-conomic's grant returns to LedgerBridge.
 */
export const CONNECTION_WORDS: Record<
  Lang,
  {
    testMailSubject: string;
    testMailText: (host: string, port: number) => string;
    economicConnected: string;
    economicAccessSaved: (company: string) => string;
    pageNotFound: string;
    connectionFailed: string;
    goBackToSee: string;
  }
> = {
  da: {
    testMailSubject: 'Mailserveren virker',
    testMailText: (host, port) => `LedgerBridge kan sende fakturamails gennem ${host}:${port}.`,
    economicConnected: 'LedgerBridge er forbundet til e-conomic',
    economicAccessSaved: (company) => `Adgangen til ${company} er gemt. Du kan lukke dette vindue og gå tilbage til LedgerBridge.`,
    pageNotFound: 'Siden findes ikke',
    connectionFailed: 'Forbindelsen lykkedes ikke',
    goBackToSee: 'Gå tilbage til LedgerBridge for at se, hvad du kan gøre.',
  },
  en: {
    testMailSubject: 'The mail server works',
    testMailText: (host, port) => `LedgerBridge can send invoice mails through ${host}:${port}.`,
    economicConnected: 'LedgerBridge is connected to e-conomic',
    economicAccessSaved: (company) => `The access to ${company} is saved. You can close this window and go back to LedgerBridge.`,
    pageNotFound: 'Page not found',
    connectionFailed: 'The connection failed',
    goBackToSee: 'Go back to LedgerBridge to see what to do.',
  },
};
