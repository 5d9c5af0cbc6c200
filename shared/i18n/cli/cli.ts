import type { Lang } from '../lang';

/**
 * The command line's own words, beside each command's dictionary in this folder: the usage
 * printed by `ledgerbridge --help`, and what several commands say alike (a shop column, the
 * refusal when one shop must be named).
 *
 * One dictionary per command (its one-line summary, its `--help` and what it prints), so the
 * help of a flag sits beside the refusals that name it, Danish beside English.
 */
export const CLI_WORDS: Record<
  Lang,
  {
    title: string;
    usage: string;
    exitCodes: string;
    language: string;
    unknownCommand: (name: string) => string;
    /** The first column of a table when the data dir has several shops. */
    shop: string;
    /** `what` says what needs one shop ("--csv writes one shop's report"). */
    nameTheShop: (what: string, names: string) => string;
    /** Refusals every command may give: the data dir, a count, the language flag, the development install. */
    dataDirRequired: string;
    wholeNumber: (flag: string, value: string) => string;
    badLanguage: (value: string) => string;
    needsDevInstall: (detail: string) => string;
    /** A date flag (reconcile, import). */
    dateRequired: (flag: string) => string;
    notADate: (flag: string, value: string) => string;
  }
> = {
  da: {
    title: 'ledgerbridge — bogfører webshopordrer i Visma e-conomic',
    usage: 'Brug: ledgerbridge <kommando> [tilvalg]   (ledgerbridge <kommando> --help for detaljer)',
    exitCodes: 'Afslutningskoder: 0 færdig, 2 forkert brug eller opsætning, 3 shoppen eller e-conomic kan ikke nås, 4 en anden proces bruger datamappen.',
    language: 'Sprog: --lang da|en, ellers LEDGERBRIDGE_LANG, ellers sproget valgt i appen, ellers dansk.',
    unknownCommand: (name) => `ukendt kommando "${name}"`,
    shop: 'Butik',
    nameTheShop: (what, names) => `${what}: nævn butikken med --profile (${names}).`,
    dataDirRequired: '--data-dir MAPPE skal angives: mappen med config.json og ledger.sqlite.',
    wholeNumber: (flag, value) => `--${flag} skal være et helt tal, ikke "${value}".`,
    badLanguage: (value) => `--lang skal være "da" eller "en", ikke "${value}".`,
    needsDevInstall: (detail) => `Demoen og sandkasserne kræver udviklingsinstallationen: kør "npm ci" i LedgerBridge-mappen. (${detail})`,
    dateRequired: (flag) => `--${flag} ÅÅÅÅ-MM-DD skal angives.`,
    notADate: (flag, value) => `--${flag} skal være en dato som 2026-10-31, ikke "${value}".`,
  },
  en: {
    title: 'ledgerbridge — books webshop orders into Visma e-conomic',
    usage: 'Usage: ledgerbridge <command> [options]   (ledgerbridge <command> --help for details)',
    exitCodes: 'Exit codes: 0 done, 2 bad usage or config, 3 cannot reach shop or e-conomic, 4 another instance holds the data dir.',
    language: 'Language: --lang da|en, else LEDGERBRIDGE_LANG, else the language chosen in the app, else Danish.',
    unknownCommand: (name) => `unknown command "${name}"`,
    shop: 'Shop',
    nameTheShop: (what, names) => `${what}: name the shop with --profile (${names}).`,
    dataDirRequired: '--data-dir DIR is required: the folder with config.json and ledger.sqlite.',
    wholeNumber: (flag, value) => `--${flag} must be a whole number, got "${value}".`,
    badLanguage: (value) => `--lang must be "da" or "en", got "${value}".`,
    needsDevInstall: (detail) => `The demo and the sandboxes need the development install: run "npm ci" in the LedgerBridge folder. (${detail})`,
    dateRequired: (flag) => `--${flag} YYYY-MM-DD is required.`,
    notADate: (flag, value) => `--${flag} must be a date like 2026-10-31, got "${value}".`,
  },
};
