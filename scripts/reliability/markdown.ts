import { markdownTable } from '../bench/report';
import type { ReliabilityJson } from './results';

/** docs/RELIABILITY.md, written from the same run as docs/reliability.json. */
export function reliabilityMarkdown(j: ReliabilityJson): string {
  const m = j.machine;
  const { crash: c, pages: p, faults: f, badInput: b, days: d, voucherDays: v } = j;
  const states = (s: Record<string, number>) => Object.entries(s).map(([k, n]) => `${k} ${n}`).join(', ');
  return `# Reliability

Latest run: **${j.generatedAt.slice(0, 10)}** (${j.generatedAt}) on ${m.cores} × ${m.cpuModel}, ${m.memoryGB} GB RAM,
Node ${m.node}, ${m.platform}. The machine-readable figures are in [reliability.json](reliability.json)
(the keys below stay stable so that runs can be compared by a script).

Run again: \`npm run reliability\` (a few minutes; it rewrites this file and \`docs/reliability.json\`).
\`npm run reliability -- --quick\` runs small sizes and only prints the table.

${markdownTable(j.targets)}

"Duplicates" counts every invoice beyond the first for one order in e-conomic — a second booked
invoice, or a draft beside a booked invoice or another draft — found by \`references.other\`,
the reference LedgerBridge writes on every invoice. "Lost" counts orders in a transfer stage
(paid, not cancelled) that are neither booked (a booked invoice in e-conomic and
booked/done in the ledger) nor waiting in the ledger with a reason (held, needs attention,
failed with a retry time, skipped).

## Crash campaign

${c.orders.toLocaleString('en')} demo orders (\`generateWooDemoOrders\`, seed ${c.seed}: mostly valid orders plus a gift
card, an EU B2B reverse-charge order, a cancelled order and one without a SKU), automatic
posting, invoices from e-conomic (the booked PDF is downloaded and the mail queued; no SMTP
server, so mail delivery is not part of the timing). Each run is a child process running one
sync (\`Runtime.syncOnce\`) with \`LEDGERBRIDGE_CRASH_AT=<point>:<n>\`; the point and the hit
are drawn from a seeded PRNG over the crash points in \`main/engine/crash-points.ts\`. The orders reach the
shop in slices (remaining orders ÷ remaining kills before each run), so every run has new
work and continues the import where the last one died. After ${c.kills} kills in ${c.runs} runs,
${c.cleanRuns} clean run(s) finished the import. ${c.seconds} s in all.

Kills by point: ${Object.entries(c.killsByPoint).map(([p, n]) => `\`${p}\` ${n}`).join(', ')}.
End state: ${c.audit.toTransfer} orders to transfer, ${c.audit.bookedInEconomic} booked invoices in e-conomic;
ledger: ${states(c.audit.ledgerByState)}.

## Crash campaign over pages

The same campaign with ${p.orders.toLocaleString('en')} demo orders (seed ${p.seed}), but ${j.sizes.pageSliceOrders} new orders reach the shop
before each run, so every run reads several pages of 100: the sync fetches and records the next page
while the last orders of the page before are still with e-conomic, and keeps twice as many orders going
as e-conomic's call slots (\`main/engine/pool.ts\`, \`ordersInFlight\`). The page-level points
(\`after-record-seen\`, \`after-watermark\`) are hit on any page of a run, so a kill can fall while a
page before is still in flight. After ${p.kills} kills in ${p.runs} runs, ${p.cleanRuns} clean run(s) finished the import.
${p.seconds} s in all. Kills by point: ${Object.entries(p.killsByPoint).map(([point, n]) => `\`${point}\` ${n}`).join(', ')}.
End state: ${p.audit.toTransfer} orders to transfer, ${p.audit.bookedInEconomic} booked invoices in e-conomic;
ledger: ${states(p.audit.ledgerByState)}.

## Fault soak

${f.orders.toLocaleString('en')} demo orders, automatic posting, invoices from e-conomic. ${Math.round(f.failRate * 100)} % of the calls to
e-conomic fail with one of ${f.economicStatuses.join(', ')} ("lost": e-conomic does the write and the
answer never arrives) and ${Math.round(f.failRate * 100)} % of the calls to the shop with one of ${f.shopStatuses.join(', ')} (the shop is
only read, so a lost answer is a dropped connection). ${f.faultyCycles} cycles run under faults with the
engine's clock a day apart so retries fall due (waits between retries are skipped, the retries
are not); then the faults stop and ${f.cleanCycles} clean cycle(s) finish. ${f.seconds} s in all.

${f.faultsInjectedEconomic} e-conomic faults and ${f.faultsInjectedShop} shop faults were injected (the engine reads the shop a page of up to 100
orders at a time, so the soak made only ${f.shopCalls} shop requests); the client retried ${f.clientRetries} times
and e-conomic replayed ${f.idempotentReplays} writes by their Idempotency-Key. ${f.economicCalls} e-conomic calls for
${f.audit.bookedInEconomic} booked invoices = ${f.callsPerOrder} calls per order (about 3 without faults: draft, book, PDF).
End state: ledger ${states(f.audit.ledgerByState)}.

## Bad input

The bad-order corpus (\`scripts/reliability/bad-orders/corpus.ts\`, ${b.corpusCases} real reference orders with one
fault each) through validation and planning, and ${b.fuzzCases.toLocaleString('en')} fuzzed WooCommerce orders (fast-check,
seed ${b.seed}): valid load orders with one to four fields replaced by odd values (null, empty,
huge or emoji text, numbers as text in other formats, random objects and arrays) or removed,
and 5 % entirely random JSON, each through normalize → validate → rules → plan → draft body.
A crash is an exception (other than the planner's coded \`PlanError\`, which the engine maps to a
catalogue code) or a validation check that tripped over the data (LB-9001).

${b.cases.toLocaleString('en')} cases: ${b.crashes} crashes; ${b.rejectedWithCode.toLocaleString('en')} stopped with catalogue codes, ${b.rejectedWithoutCode} without;
${b.planned.toLocaleString('en')} still valid and planned. Every corpus order ${b.corpusExpectedCode === b.corpusCases ? 'got' : 'did NOT all get'} the code the corpus expects
(${b.corpusExpectedCode}/${b.corpusCases}). Codes seen: ${Object.entries(b.codes).sort((x, y) => y[1] - x[1]).map(([code, n]) => `${code} ${n}`).join(', ')}.
${d ? daysSection(d) : ''}${v ? voucherDaysSection(v) : ''}${j.twoShops ? twoShopsSection(j.twoShops) : ''}`;
}

/** The summary-mode campaign (postingUnit "day"); absent from runs before it existed. */
function daysSection(d: ReliabilityJson['days']): string {
  return `
## Crash campaign in summary mode

${d.orders.toLocaleString('en')} load orders (\`generateWooOrders\`, seed ${d.seed}) booked per day (postingUnit "day"), sold on
${d.saleDays} closed days: before each run the shop gets the next slice, sold on two days further back than the last
slice's. Each run is a sync child killed at a seeded random point a day passes — \`after-day-frozen\` and the
journal points around each write (day product, the day invoice's draft and booking, the day's payments).
After ${d.kills} kills in ${d.runs} runs, ${d.cleanRuns} clean run(s). ${d.seconds} s in all.

Kills by point: ${Object.entries(d.killsByPoint).map(([p, n]) => `\`${p}\` ${n}`).join(', ')}.
"Duplicates" counts documents beyond the first under one \`references.other\` (a day's
\`lb-day:…\` or an order's own invoice) plus orders entered into two days; "lost" counts orders in a transfer
stage that are in no booked day, not booked on their own (business buyers) and not waiting with a reason.
End state: ${d.audit.days} days, ${d.audit.daysBooked} booked; ${d.audit.toTransfer} orders to transfer.
`;
}

/** The journal-voucher campaign (dayBooking "journal"); absent from runs before it existed. */
function voucherDaysSection(v: ReliabilityJson['voucherDays']): string {
  const a = v.audit;
  return `
## Crash campaign in summary mode, days as journal vouchers

${v.orders.toLocaleString('en')} load orders (\`generateWooOrders\`, seed ${v.seed}) booked per day as one finance voucher in journal 1
(dayBooking "journal"; MobilePay on clearing account 5820, Dankort and cards on 5821, bank transfers on 5830), sold on
${v.saleDays} closed days, two further back per run as above. Each run is a sync child killed at a seeded random point a
voucher day passes — \`after-day-frozen\` and the journal points around the voucher and around each order-list upload.
Before each run the e-conomic sandbox's \`voucherNumbers\` mode is drawn from the same PRNG (see docs/contracts.md,
sandbox modes): ${Object.entries(v.byVoucherNumbers).map(([m, n]) => `\`${m}\` ${n.killed} kills in ${n.runs} runs`).join(', ')};
the clean runs kept \`${v.cleanRunsVoucherNumbers}\`. Before ${v.journalBookings} of the runs the accountant booked the journal (one in five,
drawn from the PRNG), so a killed day's voucher may have left the journal for the year's accounts when the next run looks for it. After ${v.kills} kills in ${v.runs} runs, ${v.cleanRuns} clean run(s). ${v.seconds} s in all.

Kills by point: ${Object.entries(v.killsByPoint).map(([p, n]) => `\`${p}\` ${n}`).join(', ')}.
A day is found in e-conomic by its entries' date and currency, whatever voucher numbers e-conomic gave them; a split
voucher is one day in parts. "Duplicates" counts entries in the journal (waiting or booked) beyond those the day's voucher
sent, plus orders entered into two days; "lost" counts orders in a transfer stage in no booked day and not waiting with a
reason. Each day's entries on the clearing accounts are compared, to the øre, with the Σ of its orders' totals as the shop
sold them; each voucher of a booked day must carry the order list, uploaded once — unless the accountant booked it
first (it then takes no file: LB-7023). Every campaign order is valid, so every day must be booked after the clean runs.
End state: ${a.days} days, ${a.daysBooked} booked, in ${a.vouchersInEconomic} vouchers (${a.splitDays} days split over two,
${a.renumberedDays} under another number than the one sent); ${a.attachments} order lists from ${a.attachmentUploads} uploads,
${a.bookedBeforeOrderList} vouchers booked before theirs;
${a.toTransfer} orders to transfer.
`;
}

/** The two-shop journal-voucher campaign (issue 17 §3); absent from runs before it existed. */
function twoShopsSection(t: ReliabilityJson['twoShops']): string {
  const a = t.audit;
  return `
## Crash campaign in summary mode, two shops' days as journal vouchers on one agreement

Two profiles in one data dir (${t.shops.map((s) => `\`${s}\``).join(' and ')}), each with its own WooCommerce shop, on the e-conomic sandbox's one
agreement, both booking each day as a finance voucher in journal 1 with the same clearing accounts as above. Both shops
are sold the SAME ${t.orders.toLocaleString('en')} load orders (\`generateWooOrders\`, seed ${t.seed}): same numbers, amounts, payment methods and
dates, on ${t.saleDays} closed days, two further back per run — the hardest case for telling their days apart. Each run is one
sync child syncing both profiles side by side, killed at the n-th pass of a voucher point by either shop (the process counts
both shops' passes together); the \`voucherNumbers\` mode and the accountant's bookings are drawn as above:
${Object.entries(t.byVoucherNumbers).map(([m, n]) => `\`${m}\` ${n.killed} kills in ${n.runs} runs`).join(', ')}; the clean runs kept \`${t.cleanRunsVoucherNumbers}\`; the journal was booked
${t.journalBookings} times. After ${t.kills} kills in ${t.runs} runs, ${t.cleanRuns} clean run(s). ${t.seconds} s in all.

Kills by point: ${Object.entries(t.killsByPoint).map(([p, n]) => `\`${p}\` ${n}`).join(', ')}.
Each entry in the journal belongs to the shop its text names (the data dir's first shop's texts name none, the other's
"Dagsopgørelse <date> (se), …"), and each shop is audited as in the one-shop campaign on its own entries alone: each of its
days once, none missing, each order in one day, each day's clearing entries the Σ of that shop's orders to the øre, its
vouchers the ones its ledger recorded. Across the shops no voucher may hold entries of both, no entry may name neither, and
no voucher may be recorded by both ledgers. End state: ${a.days} days (both shops), ${a.daysBooked} booked, in ${a.vouchersInEconomic} vouchers;
${a.attachments} order lists from ${a.attachmentUploads} uploads, ${a.bookedBeforeOrderList} vouchers booked before theirs; ${a.toTransfer} orders to transfer.
`;
}
