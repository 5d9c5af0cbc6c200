import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Both cores: vitest's default (cpus − 1) runs one file at a time on a 2-core machine, which
    // took the suite past 13 minutes once the summary-mode crash campaigns came in.
    maxWorkers: 2,
    server: { deps: { inline: ['electron-store'] } },
  },
});
