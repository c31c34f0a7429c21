import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright owns tests/e2e/*.spec.ts, benchmarks live in tests/bench/*.bench.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Two cores on the build machine: keep workers modest so the build and browser tests are not starved.
    maxWorkers: 2,
    benchmark: {
      include: ['tests/bench/**/*.bench.ts'],
    },
  },
});
