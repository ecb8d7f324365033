import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser discovery (Playwright cannot download its own browsers here):
 *   1. $PLAYWRIGHT_CHROMIUM_PATH, then $CHROMIUM_PATH
 *   2. /usr/bin/chromium (Debian package `chromium`)
 *   3. undefined -> Playwright's own downloaded build, if any
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH || process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

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
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // Serves the existing dist/ (run `npm run build` first; `npm test` does).
  webServer: {
    command: `node scripts/serve-static.mjs --root ${process.env.E2E_ROOT ?? 'dist'} --prefix ${PREFIX} --port ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
