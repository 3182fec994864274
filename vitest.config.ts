import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 *  - unit: the parser's own tests and the seed-corpus tests, plain Node, no build needed;
 *  - e2e:  browser tests against the built site; its global setup runs `npm run build`
 *          once (skip with E2E_SKIP_BUILD=1 when dist/ exists) and serves dist/ locally.
 * `npx vitest run --project unit` runs only the fast ones.
 */
export default defineConfig({
  test: {
    // The last line of every run is plain `vitest: N passed, N failed, N skipped` (for CI logs).
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'tests/seeds/**/*.test.ts',
            'tests/ci/**/*.test.ts',
            'tests/corpus/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser per test file, test files one after another: predictable on small CI machines.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
