import { activateCommand, activateHelp } from './commands/activate';
import { backupCommand, backupHelp } from './commands/backup';
import { configureCommand, configureHelp } from './commands/configure';
import { daysCommand, daysHelp } from './commands/days';
import { demoCommand, demoHelp } from './commands/demo';
import { ordersCommand, ordersHelp } from './commands/orders';
import { retryCommand, retryHelp } from './commands/retry';
import { sandboxCommand, sandboxHelp } from './commands/sandbox';
import { statusCommand, statusHelp } from './commands/status';
import { syncCommand, syncHelp } from './commands/sync';
import { importCommand, importHelp } from './commands/import';
import { logCommand, logHelp } from './commands/log';
import { reconcileCommand, reconcileHelp } from './commands/reconcile';
import { restoreCommand, restoreHelp } from './commands/restore';
import { supportBundleCommand, supportBundleHelp } from './commands/support-bundle';
import { EXIT } from './exit-codes';
import { cliLanguage, langFromArgs } from './language';
import { exitCodeFor } from './runtime-errors';
import type { Lang, Words } from '../../shared/i18n/lang';
import { print, printError } from './output';

interface Command {
  summary: Words;
  help: Words;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  sandbox: { summary: { en: 'start the local e-conomic, shop and SMTP sandboxes', da: 'start de lokale sandkasser for e-conomic, shoppen og SMTP' }, help: sandboxHelp, run: sandboxCommand },
  demo: { summary: { en: 'run the whole job on the built-in sandbox', da: 'kør hele forløbet mod de indbyggede sandkasser' }, help: demoHelp, run: demoCommand },
  configure: { summary: { en: 'validate and store a profile', da: 'kontrollér og gem en profil' }, help: configureHelp, run: configureCommand },
  sync: { summary: { en: 'transfer orders once, in the background, or as a dry run', da: 'overfør ordrer én gang, i baggrunden eller som prøvekørsel' }, help: syncHelp, run: syncCommand },
  status: { summary: { en: 'profile, sync loop, orders by status and the automatic-posting gates', da: 'profil, synkronisering, ordrer efter status og betingelserne for automatisk bogføring' }, help: statusHelp, run: statusCommand },
  activate: { summary: { en: 'switch automatic posting on (the owner) or off', da: 'slå automatisk bogføring til (ejeren) eller fra' }, help: activateHelp, run: activateCommand },
  orders: { summary: { en: 'every order with its status and reason', da: 'alle ordrer med status og årsag' }, help: ordersHelp, run: ordersCommand },
  retry: { summary: { en: 'try failed orders again', da: 'prøv ordrer med fejl igen' }, help: retryHelp, run: retryCommand },
  log: { summary: { en: 'the error log with the fix for each problem', da: 'fejlloggen med løsningen på hvert problem' }, help: logHelp, run: logCommand },
  'support-bundle': { summary: { en: 'one redacted file for support', da: 'én fil til support uden hemmeligheder' }, help: supportBundleHelp, run: supportBundleCommand },
  days: { summary: { en: 'the daily summaries and their order lists (postingUnit "day")', da: 'dagsopgørelserne og deres ordrelister (postingUnit "day")' }, help: daysHelp, run: daysCommand },
  reconcile: { summary: { en: 'shop totals vs booked invoices, credit notes and payments', da: 'shoppens beløb mod bogførte fakturaer, kreditnotaer og betalinger' }, help: reconcileHelp, run: reconcileCommand },
  import: { summary: { en: 'import earlier orders (validating preview first)', da: 'hent tidligere ordrer (kontrollerende prøve først)' }, help: importHelp, run: importCommand },
  backup: { summary: { en: 'write a backup of the ledger and print its path', da: 'skriv en sikkerhedskopi af registret og vis dens sti' }, help: backupHelp, run: backupCommand },
  restore: { summary: { en: 'make a backup the ledger again (reconciled with e-conomic on the next sync)', da: 'gør en sikkerhedskopi til registret igen (afstemt med e-conomic ved næste synkronisering)' }, help: restoreHelp, run: restoreCommand },
};

function usage(lang: Lang): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const da = lang === 'da';
  return [
    da ? 'ledgerbridge — bogfører webshopordrer i Visma e-conomic' : 'ledgerbridge — books webshop orders into Visma e-conomic',
    '',
    da ? 'Brug: ledgerbridge <kommando> [tilvalg]   (ledgerbridge <kommando> --help for detaljer)' : 'Usage: ledgerbridge <command> [options]   (ledgerbridge <command> --help for details)',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary[lang]}`),
    '',
    da
      ? 'Afslutningskoder: 0 færdig, 2 forkert brug eller opsætning, 3 shoppen eller e-conomic kan ikke nås, 4 en anden proces bruger datamappen.'
      : 'Exit codes: 0 done, 2 bad usage or config, 3 cannot reach shop or e-conomic, 4 another instance holds the data dir.',
    da ? 'Sprog: --lang da|en, ellers LEDGERBRIDGE_LANG, ellers sproget valgt i appen, ellers dansk.' : 'Language: --lang da|en, else LEDGERBRIDGE_LANG, else the language chosen in the app, else Danish.',
  ].join('\n');
}

/** The language of help and usage texts, which are printed before a command parses its flags. */
function helpLanguage(argv: readonly string[]): Lang {
  const at = argv.indexOf('--data-dir');
  const dataDir = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  const flag = langFromArgs(argv);
  return cliLanguage(flag === 'da' || flag === 'en' ? flag : undefined, dataDir);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    print(`${usage(helpLanguage(argv))}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    const lang = helpLanguage(argv);
    printError(`ledgerbridge: ${lang === 'da' ? `ukendt kommando "${name}"` : `unknown command "${name}"`}.\n\n${usage(lang)}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    print(`${command.help[helpLanguage(rest)]}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    return exitCodeFor(error, undefined, helpLanguage(rest));
  }
}
