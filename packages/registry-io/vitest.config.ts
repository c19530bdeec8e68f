import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The 100,000-row case lives in bench/; the largest fixtures here have 2,500 rows.
    testTimeout: 30_000,
  },
});
