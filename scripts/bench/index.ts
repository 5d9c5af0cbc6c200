// `npm run bench`: measures calls per order, throughput, engine work, memory and idle
// wake-ups, prints the table and writes docs/benchmarks.json and docs/BENCHMARKS.md.
// `npm run bench -- --quick` runs small sizes and only prints.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarksMarkdown, type MutationJson } from './markdown';
import { formatTable, writeJson } from './report';
import { benchmarksJson, benchRows, FULL_SIZES, runBench, type BenchSizes } from './results';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');

const QUICK: BenchSizes = {
  callsOrders: 100,
  throughputOrders: 100,
  latencyMs: 100,
  engineOrders: 2000,
  cycleOrders: 500,
  ledgerOrders: 5000,
  idleWindowMs: 10_000,
  idleSettleMs: 5_000,
  // Quick sizes only print: the window may catch V8's one-shot tasks after start (idle.ts).
  idleStartupMs: 0,
  idleIntervalMinutes: 60,
  dayOrdersPerDay: 200,
  dayDays: 2,
  dayImportOrders: 2_000,
  dayImportDays: 20,
};

const quick = process.argv.includes('--quick');
const started = Date.now();
const results = await runBench(quick ? QUICK : FULL_SIZES, (m) => process.stderr.write(`… ${m}\n`));
const rows = benchRows(results);
const json = benchmarksJson(results, rows);
process.stdout.write(`\nLedgerBridge benchmarks${quick ? ' (quick sizes — not written)' : ''} — ${json.machine.cores} cores, Node ${json.machine.node}, ${Math.round((Date.now() - started) / 1000)} s\n\n`);
process.stdout.write(`${formatTable(rows)}\n`);
if (!quick) {
  writeJson(join(DOCS, 'benchmarks.json'), json);
  // The mutation figures (npm run mutation) stay beside the new benchmark figures.
  const mutationFile = join(DOCS, 'mutation.json');
  const mutation = existsSync(mutationFile) ? (JSON.parse(readFileSync(mutationFile, 'utf8')) as MutationJson) : null;
  writeFileSync(join(DOCS, 'BENCHMARKS.md'), benchmarksMarkdown(json, mutation));
  process.stdout.write(`\nWrote docs/benchmarks.json and docs/BENCHMARKS.md\n`);
}
