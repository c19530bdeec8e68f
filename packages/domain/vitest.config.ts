import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Pure code: the files of a worker share one module graph (see @liancha/db/testing/vitest-projects).
    isolate: false,
    // Property and statistical tests run thousands of draws; on a loaded 2-core CI machine they
    // need more than the default 5 s. Speed is measured by the benchmarks, not by these limits.
    testTimeout: 120_000,
  },
});
