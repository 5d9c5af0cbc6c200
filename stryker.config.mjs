// `npm run mutation`: StrykerJS mutation testing of what must never be wrong (issue 12) —
// the planner and net prices, the totals check and its rounding line, money, the journal
// and Idempotency-Keys, the supervised gates and the licence checks. Not part of CI (too
// slow for two cores); the score per module is recorded in docs/BENCHMARKS.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'main/engine/plan/plan-invoice.ts',
    'main/engine/plan/net-price.ts',
    'main/engine/totals-check.ts',
    'shared/domain/money.ts',
    'main/engine/journal.ts',
    'main/engine/idempotency.ts',
    'main/ledger/operations.ts',
    'main/engine/supervised.ts',
    'main/operations/activation.ts',
    'main/licence/verify-licence.ts',
    'main/licence/licence-encoding.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'out/mutation/index.html' },
  jsonReporter: { fileName: 'out/mutation/report.json' },
  tempDirName: '.stryker-tmp',
};
