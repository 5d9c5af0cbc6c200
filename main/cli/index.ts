import { activateCommand } from './commands/activate';
import { backupCommand } from './commands/backup';
import { configureCommand } from './commands/configure';
import { daysCommand } from './commands/days';
import { demoCommand } from './commands/demo';
import { ordersCommand } from './commands/orders';
import { retryCommand } from './commands/retry';
import { sandboxCommand } from './commands/sandbox';
import { statusCommand } from './commands/status';
import { syncCommand } from './commands/sync';
import { importCommand } from './commands/import';
import { logCommand } from './commands/log';
import { reconcileCommand } from './commands/reconcile';
import { restoreCommand } from './commands/restore';
import { supportBundleCommand } from './commands/support-bundle';
import { EXIT } from './exit-codes';
import { cliLanguage, langFromArgs } from './language';
import { exitCodeFor } from './runtime-errors';
import type { Lang } from '../../shared/i18n/lang';
import { CLI_WORDS } from '../../shared/i18n/cli/cli';
import { ACTIVATE_WORDS } from '../../shared/i18n/cli/activate';
import { BACKUP_WORDS } from '../../shared/i18n/cli/backup';
import { CONFIGURE_WORDS } from '../../shared/i18n/cli/configure';
import { DAYS_WORDS } from '../../shared/i18n/cli/days';
import { DEMO_WORDS } from '../../shared/i18n/cli/demo';
import { IMPORT_COMMAND_WORDS } from '../../shared/i18n/cli/import';
import { LOG_WORDS } from '../../shared/i18n/cli/log';
import { ORDERS_WORDS } from '../../shared/i18n/cli/orders';
import { RECONCILE_WORDS } from '../../shared/i18n/cli/reconcile';
import { RESTORE_WORDS } from '../../shared/i18n/cli/restore';
import { RETRY_WORDS } from '../../shared/i18n/cli/retry';
import { SANDBOX_WORDS } from '../../shared/i18n/cli/sandbox';
import { STATUS_WORDS } from '../../shared/i18n/cli/status';
import { SUPPORT_BUNDLE_WORDS } from '../../shared/i18n/cli/support-bundle';
import { SYNC_WORDS } from '../../shared/i18n/cli/sync';
import { print, printError } from './output';

/** A command: its words (summary and --help, shared/i18n/cli/) and what it does. */
interface Command {
  words: Record<Lang, { summary: string; help: string }>;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  sandbox: { words: SANDBOX_WORDS, run: sandboxCommand },
  demo: { words: DEMO_WORDS, run: demoCommand },
  configure: { words: CONFIGURE_WORDS, run: configureCommand },
  sync: { words: SYNC_WORDS, run: syncCommand },
  status: { words: STATUS_WORDS, run: statusCommand },
  activate: { words: ACTIVATE_WORDS, run: activateCommand },
  orders: { words: ORDERS_WORDS, run: ordersCommand },
  retry: { words: RETRY_WORDS, run: retryCommand },
  log: { words: LOG_WORDS, run: logCommand },
  'support-bundle': { words: SUPPORT_BUNDLE_WORDS, run: supportBundleCommand },
  days: { words: DAYS_WORDS, run: daysCommand },
  reconcile: { words: RECONCILE_WORDS, run: reconcileCommand },
  import: { words: IMPORT_COMMAND_WORDS, run: importCommand },
  backup: { words: BACKUP_WORDS, run: backupCommand },
  restore: { words: RESTORE_WORDS, run: restoreCommand },
};

function usage(lang: Lang): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const w = CLI_WORDS[lang];
  return [
    w.title,
    '',
    w.usage,
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.words[lang].summary}`),
    '',
    w.exitCodes,
    w.language,
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
    printError(`ledgerbridge: ${CLI_WORDS[lang].unknownCommand(name)}.\n\n${usage(lang)}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    print(`${command.words[helpLanguage(rest)].help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    return exitCodeFor(error, {}, helpLanguage(rest));
  }
}
