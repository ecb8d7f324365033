import { defineConfig, devices } from '@playwright/test';
import { browserArgs, browserChoice, SCREENSHOT_BASELINES_HERE } from './e2e/browser.ts';

// Which browser: see e2e/browser.ts ($PLAYWRIGHT_CHROMIUM_PATH, Playwright's own, Chrome/Edge, a system Chromium).
const { source, ...browser } = browserChoice();
// Said once, by the runner (each worker loads this file again), on stderr so a JSON reporter on stdout stays JSON.
if (!process.env.TEST_WORKER_INDEX) console.warn(`e2e browser: ${browser.executablePath ?? browser.channel ?? source}`);

const PORT = Number(process.env.E2E_PORT ?? 4179);
// The production build is served under a sub-path to prove `base: './'` works.
const PREFIX = '/intranet/phones/';
const BASE_URL = `http://127.0.0.1:${PORT}${PREFIX}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  // Screenshot baselines exist for Linux only (see e2e/browser.ts).
  ignoreSnapshots: !SCREENSHOT_BASELINES_HERE,
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...browser, args: browserArgs() },
      },
    },
  ],
  // Serves the existing dist/ (run `npm run build` first; `npm test` does).
  webServer: {
    command: `node scripts/serve-static.mjs --root ${process.env.E2E_ROOT ?? 'dist'} --prefix ${PREFIX} --port ${PORT} --sites e2e/fixtures/sites`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
