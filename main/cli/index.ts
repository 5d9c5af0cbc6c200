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
import { exitCodeFor } from './runtime-errors';
import { print, printError } from './output';

interface Command {
  summary: string;
  help: string;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  sandbox: { summary: 'start the local e-conomic, shop and SMTP sandboxes', help: sandboxHelp, run: sandboxCommand },
  demo: { summary: 'run the whole job on the built-in sandbox', help: demoHelp, run: demoCommand },
  configure: { summary: 'validate and store a profile', help: configureHelp, run: configureCommand },
  sync: { summary: 'transfer orders once, in the background, or as a dry run', help: syncHelp, run: syncCommand },
  status: { summary: 'profile, sync loop, orders by state and the automatic-posting gates', help: statusHelp, run: statusCommand },
  activate: { summary: "the owner's activation of automatic posting", help: activateHelp, run: activateCommand },
  orders: { summary: 'every order with its state and reason', help: ordersHelp, run: ordersCommand },
  retry: { summary: 'try failed orders again', help: retryHelp, run: retryCommand },
  log: { summary: 'the error log with the fix for each problem', help: logHelp, run: logCommand },
  'support-bundle': { summary: 'one redacted file for support', help: supportBundleHelp, run: supportBundleCommand },
  days: { summary: 'the daily summaries and their order lists (postingUnit "day")', help: daysHelp, run: daysCommand },
  reconcile: { summary: 'shop totals vs booked invoices, credit notes and payments', help: reconcileHelp, run: reconcileCommand },
  import: { summary: 'import earlier orders (validating preview first)', help: importHelp, run: importCommand },
  backup: { summary: 'write a backup of the ledger and print its path', help: backupHelp, run: backupCommand },
  restore: { summary: 'make a backup the ledger again (reconciled with e-conomic on the next sync)', help: restoreHelp, run: restoreCommand },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'ledgerbridge — books webshop orders into Visma e-conomic',
    '',
    'Usage: ledgerbridge <command> [options]   (ledgerbridge <command> --help for details)',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 done, 2 bad usage or config, 3 cannot reach shop or e-conomic, 4 another instance holds the data dir.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    print(`${usage()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    printError(`ledgerbridge: unknown command "${name}".\n\n${usage()}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    print(`${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    return exitCodeFor(error);
  }
}
