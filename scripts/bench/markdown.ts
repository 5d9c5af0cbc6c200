import type { ModuleScore, Survivor } from '../mutation/summary';
import { STARTUP_TASKS_MS } from './idle';
import { markdownTable, type Machine } from './report';
import type { BenchmarksJson } from './results';

/** docs/mutation.json, written by `npm run mutation`. */
export interface MutationJson {
  generatedAt: string;
  command: string;
  tool: string;
  minutes: number | null;
  machine: Machine;
  /** The score each module must reach, in percent. */
  threshold: number;
  modules: ModuleScore[];
  total: Omit<ModuleScore, 'file'>;
  survivors: Survivor[];
}

/** What each mutated module is for (the scope of issue 12). */
const MUTATED: Record<string, string> = {
  'main/engine/plan/plan-invoice.ts': 'the planner',
  'main/engine/plan/net-price.ts': 'net prices',
  'main/engine/totals-check.ts': 'the totals check and its rounding line',
  'shared/domain/money.ts': 'money',
  'main/engine/journal.ts': 'the journal around each write',
  'main/ledger/operations.ts': "the journal's storage",
  'main/engine/idempotency.ts': 'Idempotency-Keys',
  'main/engine/supervised.ts': 'the supervised gates',
  'main/operations/activation.ts': 'activation of automatic posting',
  'main/licence/verify-licence.ts': 'licence checks',
  'main/licence/licence-encoding.ts': 'licence checks (encoding)',
};

const routes = (byRoute: Record<string, number>) =>
  Object.entries(byRoute)
    .sort((a, b) => b[1] - a[1])
    .map(([route, n]) => `\`${route}\` ${n}`)
    .join(', ');

/** docs/BENCHMARKS.md, written from the same run as docs/benchmarks.json. */
export function benchmarksMarkdown(j: BenchmarksJson, mutation: MutationJson | null): string {
  const m = j.machine;
  const c = j.callsPerOrder.details;
  return `# Benchmarks

Latest run: **${j.generatedAt.slice(0, 10)}** (${j.generatedAt}) on ${m.cores} × ${m.cpuModel}, ${m.memoryGB} GB RAM,
Node ${m.node}, ${m.platform}${m.loadAverage !== undefined ? `, 1-minute load average ${m.loadAverage} at the end of the run (other work on the machine slows every timing)` : ''}. The machine-readable figures are in [benchmarks.json](benchmarks.json)
(the keys below stay stable so that runs can be compared by a script).

Run again: \`npm run bench\` (about 6 minutes; it rewrites this file and \`docs/benchmarks.json\`).
\`npm run bench -- --quick\` runs small sizes and only prints the table.

${markdownTable(j.targets)}

## How each figure is measured

All runs use the engine (\`Runtime.syncOnce\`) against the local e-conomic and WooCommerce
sandboxes over real HTTP on 127.0.0.1, a real SQLite ledger in a temp dir, and the demo
profile (Standard plan, collective customers per currency, missing products created) without
its "bank transfers stay drafts" rule, with the supervised period completed and automatic
posting activated, so every transferred order is booked.

**Calls per order** (${c.shopInvoice.orders.toLocaleString('en')} valid orders from \`generateWooOrders\`; the
orders that are not paid yet — pending / on-hold — are fetched but not transferred). Every
request the e-conomic sandbox answered in the run, reference data included, nothing
subtracted, divided by the invoices booked. The client's own count agreed
(${c.shopInvoice.clientCalls} / ${c.economicInvoice.clientCalls} / ${c.customerPerBuyer.clientCalls}).

- Shop invoice + collective customer: ${c.shopInvoice.sandboxCalls} calls, ${c.shopInvoice.booked} booked — ${routes(c.shopInvoice.perOrderByRoute)} per booked order.
- e-conomic invoice mailed: ${c.economicInvoice.sandboxCalls} calls, ${c.economicInvoice.booked} booked — ${routes(c.economicInvoice.perOrderByRoute)} per booked order.
- One customer per buyer: ${c.customerPerBuyer.sandboxCalls} calls, ${c.customerPerBuyer.booked} booked — ${routes(c.customerPerBuyer.perOrderByRoute)} per booked order.
  The generated buyers are nearly all different people, so nearly every order costs a
  lookup by e-mail and a create; a shop with returning customers pays less.

Reference data (self, VAT zones, payment terms, layouts, product groups, currencies, products)
was read ${c.shopInvoice.referenceReadOnce && c.economicInvoice.referenceReadOnce && c.customerPerBuyer.referenceReadOnce ? 'once per run in every case' : 'MORE than once per run — see benchmarks.json'}.
The products missing from e-conomic (the shop's catalogue) are created once each (\`POST /products\`).

**Throughput.** ${j.throughput.orders.toLocaleString('en')} orders (shop invoice, collective customer) with the sandbox
adding ${j.throughput.latencyMs} ms to every e-conomic call. Orders booked ÷ wall-clock time of the sync:
${j.throughput.ordersPerSecond} orders/s. The limit is concurrency ÷ (calls per order × latency) =
${j.throughput.concurrency} ÷ (${j.throughput.callsPerOrder} × ${j.throughput.latencyMs / 1000} s) = ${j.throughput.limitOrdersPerSecond} orders/s, using this
run's own calls per order; ratio ${j.throughput.ratioToLimit}.

**Engine work** (${j.engine.orders.toLocaleString('en')} orders, one thread, no network): normalize the WooCommerce
JSON, validate, decide the rules, plan the invoice and build the draft body, and the ledger
writes a booked order costs, made as the sync cycle makes them: the page's seen rows in one
transaction, then for the orders in flight (the profile's concurrency) eligible, the rule
decision, the journal row before and after the draft and the booking, and done. The journal
row of each e-conomic call is durable before the call, and its completion before the order
goes on, each in one commit shared by every order at that point in the same turn of the
event loop (\`ledger/group-commit.ts\`): ${j.engine.commitsPerOrder} commits per order that wrote
something (7.01 before group commit), appending ${j.engine.walPagesPerOrder} pages of 4 KB per order to the WAL
(counted over 1,000 orders with the automatic checkpoint off; 13.64 before migration 009,
docs/decisions/0007), in ${j.engine.statementsPerOrder} SQL statements per order (savepoints included). Once a sync has made 100 commits the WAL checkpoint runs on a worker thread with its own connection (\`ledger/checkpointer.ts\`), so the process's CPU time can exceed the run's wall time. CPU time of the process in the run: ${j.engine.cpuSeconds} s of ${j.engine.seconds} s. Share of time: normalize ${pct(j.engine.shareByStage.normalize)}, validate
${pct(j.engine.shareByStage.validate)}, plan ${pct(j.engine.shareByStage.plan)}, ledger ${pct(j.engine.shareByStage.ledger)}. Without the ledger: ${j.engine.computeOnlyOrdersPerSecond} orders/s.
${
  j.engine.fullCycle
    ? `The whole sync cycle around the same work (\`runCycle\` as \`Runtime.syncOnce\` runs it, ${j.engine.fullCycle.orders.toLocaleString('en')} orders from shop pages held in memory, the e-conomic client with its transport, fair-use count and journal, e-conomic's answers to the ${j.engine.fullCycle.callsPerOrder} writes per order made in-process): ${j.engine.fullCycle.ordersPerSecond} orders/s, ${j.engine.fullCycle.commitsPerOrder} commits per order.`
    : ''
}

**Peak memory.** A ledger with ${j.memory.ledgerOrders.toLocaleString('en')} finished orders (seen row with the order
JSON, state history, journal rows) is built by direct inserts in one transaction
(${j.memory.buildSeconds} s); then one headless sync runs in a child process with ${j.memory.newOrders} new orders
in the shop, and the child reports \`process.resourceUsage().maxRSS\`: ${j.memory.peakRssMB} MB
(${j.memory.emptyLedgerPeakRssMB} MB over an empty ledger).
${
  j.screens
    ? `
**Screens over a long history.** A ledger of ${j.screens.ledgerOrders.toLocaleString('en')} booked orders built the same way answers what the
everyday screens ask of it, as the services ask (\`scripts/bench/screens.ts\`, the median of 5 runs after one): the orders
screen's first page, newest created first, ${j.screens.ordersPageMs} ms; the same screen filtered to one day,
${j.screens.ordersDayMs} ms; the dashboard's recent invoices, ${j.screens.dashboardInvoicesMs} ms; a search for a name,
which looks into every order's document, ${j.screens.searchMs} ms (the screens ask once typing pauses).
`
    : ''
}
**Idle wake-ups.** The background loop (\`SyncScheduler\`, ${j.idle.syncIntervalMinutes}-minute interval) runs in a child
process after one real sync. Method: ${j.idle.method}. Measured ${j.idle.wakeupsPerMinute}/min over all
threads, ${j.idle.mainThreadWakeupsPerMinute}/min on the main thread that runs the engine
(a bare Node process waiting on a timer: ${j.idle.bareNodeWakeupsPerMinute}/min; the sync timer itself:
${j.idle.timerWakeupsPerMinute}/min). Between the sync's end and the window there were ${j.idle.afterSyncSwitches} switches, all
one-shot: V8's memory reducer runs a few garbage collections after a burst of work and then stops,
and V8 records the lazy-compilation metrics of the one WebAssembly module in the process 5, 20, 60
and 120 s after it was instantiated (undici's HTTP parser, which Node loads when axios reads the
global \`FormData\` at start). The window therefore starts no earlier than ${STARTUP_TASKS_MS / 1000} s after the
process started: a window 60–120 s after the sync catches the 120 s task (2–5 switches).
${mutation ? mutationMarkdown(mutation) : ''}`;
}

function mutationMarkdown(m: MutationJson): string {
  const score = (s: number | null) => (s === null ? '–' : `${s} %`);
  const rows = m.modules.map((x) => `| \`${x.file}\` | ${MUTATED[x.file] ?? ''} | ${x.mutants - x.ignored} | ${x.killed} | ${x.survived} | ${x.noCoverage} | ${score(x.score)} | ${x.score !== null && x.score >= m.threshold ? 'yes' : 'NO'} |`);
  const survivors = m.survivors.map((s) => `- \`${s.file}:${s.line}\` ${s.mutator} → \`${s.replacement.replace(/\s+/g, ' ').slice(0, 80)}\`${s.status === 'NoCoverage' ? ' (no test reaches it)' : ''}`);
  return `
## Mutation testing

Latest run: **${m.generatedAt.slice(0, 10)}** with \`${m.command}\` (${m.tool}, vitest runner, per-test coverage, the
in-process tests listed in \`vitest.mutation.config.ts\`)${m.minutes !== null ? `, ${m.minutes} minutes` : ''} on ${m.machine.cores} × ${m.machine.cpuModel}.
Not part of CI. Score = mutants killed ÷ mutants that ran (a mutant no test reaches counts as
alive); mutants marked in the source as equivalent, with the reason, are left out. Target: ≥ ${m.threshold} % per module.

| module | what | mutants | killed | survived | no test | score | ≥ ${m.threshold} %? |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}
| all | | ${m.total.mutants - m.total.ignored} | ${m.total.killed} | ${m.total.survived} | ${m.total.noCoverage} | ${score(m.total.score)} | ${m.total.score !== null && m.total.score >= m.threshold ? 'yes' : 'NO'} |

${survivors.length ? `Mutants still alive:\n\n${survivors.join('\n')}\n` : 'No mutant survived.\n'}`;
}

function pct(share: number): string {
  return `${Math.round(share * 100)} %`;
}
