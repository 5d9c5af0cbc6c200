// After `stryker run` (the second half of `npm run mutation`): reads StrykerJS's JSON report,
// writes the score per module and the surviving mutants to docs/mutation.json and renders
// docs/BENCHMARKS.md again, which shows them beside the benchmark figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarksMarkdown, type MutationJson } from '../bench/markdown';
import { machine, writeJson } from '../bench/report';
import type { BenchmarksJson } from '../bench/results';
import { summarise, type StrykerReport } from './summary';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REPORT = join(ROOT, 'out', 'mutation', 'report.json');
const DOCS = join(ROOT, 'docs');

if (!existsSync(REPORT)) {
  console.error(`No mutation report at ${REPORT}: run "npm run mutation" (stryker run writes it).`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8')) as StrykerReport;
const { modules, total, survivors } = summarise(report);
const perf = report.performance;
const mutation: MutationJson = {
  generatedAt: new Date().toISOString(),
  command: 'npm run mutation',
  tool: `${report.framework?.name ?? 'StrykerJS'} ${report.framework?.version ?? ''}`.trim(),
  minutes: perf ? Math.round((perf.setup + perf.initialRun + perf.mutation) / 60_000) : null,
  machine: machine(),
  threshold: 85,
  modules,
  total,
  survivors,
};
writeJson(join(DOCS, 'mutation.json'), mutation);
const benchmarks = JSON.parse(readFileSync(join(DOCS, 'benchmarks.json'), 'utf8')) as BenchmarksJson;
writeFileSync(join(DOCS, 'BENCHMARKS.md'), benchmarksMarkdown(benchmarks, mutation));
for (const m of modules) console.log(`${String(m.score ?? '–').padStart(5)} %  ${m.file}  (${m.killed} killed, ${m.survived} survived, ${m.noCoverage} without a test)`);
console.log(`${String(total.score).padStart(5)} %  all ${total.mutants} mutants; ${survivors.length} alive. Wrote docs/mutation.json and docs/BENCHMARKS.md`);
