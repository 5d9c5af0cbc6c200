import type { Lang } from '../lang';

/** `ledgerbridge sandbox`. */
export const SANDBOX_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    badPlatform: (value: string) => string;
  }
> = {
  da: {
    summary: 'start de lokale sandkasser for e-conomic, shoppen og SMTP',
    help: `ledgerbridge sandbox [--port N] [--platform woocommerce|shopify] [--data-dir DIR] [--demo-orders N]
  Starter den lokale e-conomic, shoppen og en SMTP-fanger på 127.0.0.1, skriver én JSON-linje
  med deres adresser og nøgler og kører, til den stoppes (Ctrl+C).
  --port N          e-conomic på N, shoppen på N+1, SMTP på N+2, de fangede mails på N+3 (standard: ledige porte)
  --platform P      woocommerce (standard) eller shopify
  --data-dir DIR    gem sandkassernes data i DIR, så de overlever en genstart
  --demo-orders N   fyld shoppen med N realistiske danske ordrer`,
    badPlatform: (value) => `--platform skal være "woocommerce" eller "shopify", ikke "${value}".`,
  },
  en: {
    summary: 'start the local e-conomic, shop and SMTP sandboxes',
    help: `ledgerbridge sandbox [--port N] [--platform woocommerce|shopify] [--data-dir DIR] [--demo-orders N]
  Starts the local e-conomic, the shop and an SMTP catcher on 127.0.0.1, prints one JSON line
  with their addresses and credentials, and serves until stopped (Ctrl+C).
  --port N          e-conomic on N, the shop on N+1, SMTP on N+2, the caught mails on N+3 (default: free ports)
  --platform P      woocommerce (default) or shopify
  --data-dir DIR    keep the sandboxes' data in DIR across restarts
  --demo-orders N   seed the shop with N realistic Danish orders`,
    badPlatform: (value) => `--platform must be "woocommerce" or "shopify", got "${value}".`,
  },
};
