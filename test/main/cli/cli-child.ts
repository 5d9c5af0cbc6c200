// The `ledgerbridge` command in a process of its own, for tests that kill it at a crash point
// (LEDGERBRIDGE_CRASH_AT) as bin/ledgerbridge.js runs it: the arguments are the command's.
import { main } from '../../../main/cli/index';

process.exitCode = await main(process.argv.slice(2));
