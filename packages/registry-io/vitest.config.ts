import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Pure code: the files of a worker share one module graph (see @liancha/db/testing/vitest-projects).
    isolate: false,
    // The 100,000-row case lives in bench/; the largest fixtures here have 2,500 rows.
    testTimeout: 30_000,
  },
});
