import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright owns tests/e2e/*.spec.ts, benchmarks live in tests/bench/*.bench.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Two cores on the build machine: keep workers modest so the build and browser tests are not starved.
    maxWorkers: 2,
    isolate: false,
    // Idle, no unit test takes more than about 2 s (the slowest, Astro's own content sync, sets its own
    // timeout). Under heavy load the same tests were seen to run 8–10× slower than idle, so the default allows
    // 15×: a test fails here for being stuck, never for running on a busy machine. Size tests to what they
    // prove rather than raising this.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    benchmark: {
      include: ['tests/bench/**/*.bench.ts'],
    },
  },
});
