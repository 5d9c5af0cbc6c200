import { defineConfig } from 'vitest/config';

// Tests that drive real Chromium run on their own, one file at a time, after everything else:
// beside the rest on a 2-core machine Chromium is starved and the axe run in English once
// hung until its timeout. Everything else runs on two workers (both cores of the CI machine).
const CHROMIUM = ['test/e2e/**/*.test.{ts,tsx}'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      {
        extends: true,
        test: { name: 'unit-and-process', include: ['test/**/*.test.{ts,tsx}'], exclude: CHROMIUM, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'chromium', include: CHROMIUM, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
