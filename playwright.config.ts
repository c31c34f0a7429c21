import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumPath, launchArgs } from './scripts/chromium.mjs';
import { freePortSync } from './scripts/free-port.mjs';

// A free port unless E2E_PORT says otherwise, so two runs (or a run beside `npm start`) never clash. Set in the
// environment before the workers start, so they inherit the same number when they read this file again.
process.env.E2E_PORT ??= String(freePortSync());
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // One browser worker per core; the preview server only serves static files and needs little.
  workers: availableParallelism(),
  retries: 0,
  // On CI, dots: the failures' details then come last, where a log's tail shows them.
  reporter: process.env.CI ? 'dot' : 'list',
  // Tests wait for conditions, never for time. The limit only ends a test that is stuck: the slowest page
  // (the flagship lesson, axe in one theme) takes about 5 s idle and was seen at 34 s on a loaded machine.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: chromiumPath() ?? '/usr/bin/chromium', args: launchArgs },
    trace: 'off',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
  },
  webServer: {
    command: `npx astro preview --port ${port} --ignore-lock`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
