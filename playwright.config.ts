import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium.mjs';

// PLUMA_E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.PLUMA_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace of every test cost CI minutes of its 20, and no one reads CI's traces:
    // PLUMA_E2E_TRACE=1 keeps the trace of each failing test (test-results/).
    trace: process.env.PLUMA_E2E_TRACE ? 'retain-on-failure' : 'off',
    // The offline app's service worker precaches every chunk (3 MB, the Sass worker included)
    // in each test's new browser context, beside the app: only e2e/offline.spec.ts needs it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // The production build without `tsc -b`: types are checked by `npm run check` (and CI's own
  // typecheck step); checking them again here cost CI 40 s of its 20 minutes.
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
