// `npm run reliability`: the crash campaign (runs of a few orders, and runs of several shop pages), the fault soak, the bad-input run and the crash
// campaigns in summary mode (days as invoices, days as journal vouchers, two shops' journal
// vouchers on one agreement); prints the table and writes docs/reliability.json and
// docs/RELIABILITY.md.
// `npm run reliability -- --quick` runs small sizes and only prints.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, writeJson } from '../bench/report';
import { reliabilityMarkdown } from './markdown';
import { FULL_SIZES, reliabilityJson, reliabilityRows, runReliability, type ReliabilitySizes } from './results';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');

const QUICK: ReliabilitySizes = { crashOrders: 200, kills: 20, pageCrashOrders: 750, pageKills: 3, pageSliceOrders: 250, faultOrders: 200, failRate: 0.2, fuzzCases: 1000, dayOrders: 100, dayKills: 10, voucherDayOrders: 60, voucherDayKills: 6, twoShopOrders: 40, twoShopKills: 4 };

const quick = process.argv.includes('--quick');
const started = Date.now();
const results = await runReliability(quick ? QUICK : FULL_SIZES, (m) => process.stderr.write(`… ${m}\n`));
const rows = reliabilityRows(results);
const json = reliabilityJson(results, rows);
process.stdout.write(`\nLedgerBridge reliability${quick ? ' (quick sizes — not written)' : ''} — ${json.machine.cores} cores, Node ${json.machine.node}, ${Math.round((Date.now() - started) / 1000)} s\n\n`);
process.stdout.write(`${formatTable(rows)}\n`);
if (!quick) {
  writeJson(join(DOCS, 'reliability.json'), json);
  writeFileSync(join(DOCS, 'RELIABILITY.md'), reliabilityMarkdown(json));
  process.stdout.write(`\nWrote docs/reliability.json and docs/RELIABILITY.md\n`);
}
// A failed target is a finding to read in the table, not a crash of the script.
process.exitCode = rows.some((r) => r.met === false && r.key !== 'crash.kills') ? 1 : 0;
