// What bin/ledgerbridge.js runs, without the TypeScript loader: test/bin/ledgerbridge.test.ts
// bundles it so that each of its many CLI processes starts in a fraction of a second.
import { main } from '../../main/cli/index';

process.exitCode = await main(process.argv.slice(2));
