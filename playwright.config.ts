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
  reporter: process.env.CI ? 'line' : 'list',
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
