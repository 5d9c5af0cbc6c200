import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The tests `npm run mutation` (StrykerJS) runs against each mutant of the modules that must
 * never be wrong: in-process tests only (a child process would not see the mutant) and the
 * property test with fewer cases, so a run stays within an hour on two cores.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: [
        'test/main/engine/plan/*.test.ts',
        'test/main/engine/totals-check.test.ts',
        'test/main/engine/property.test.ts',
        'test/main/engine/journal.test.ts',
        'test/main/engine/supervised.test.ts',
        'test/main/engine/licence-gating.test.ts',
        'test/main/ledger/operations.test.ts',
        'test/main/licence/verify-licence.test.ts',
        'test/main/service/operations.test.ts',
        'test/shared/domain/money.test.ts',
      ],
      env: { PROPERTY_RUNS: '10' },
    },
  }),
);
