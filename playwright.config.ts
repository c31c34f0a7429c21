import { defineConfig } from '@playwright/test';
import { chromiumPath, launchArgs } from './scripts/chromium.mjs';

const port = 4329;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two cores: one preview server plus two browser workers is what this machine sustains.
  workers: 2,
  retries: 0,
  // On CI, dots: the failures' details then come last, where a log's tail shows them.
  reporter: process.env.CI ? 'dot' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: chromiumPath() ?? '/usr/bin/chromium', args: launchArgs },
    trace: 'off',
  },
  webServer: {
    command: `npx astro preview --port ${port} --ignore-lock`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
