import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type LaunchOptions } from '@playwright/test';

/**
 * Which Chromium the tests and the browser bench drive, on any developer's machine (Playwright cannot download
 * its own browsers on every network, so it is not the only choice):
 *   1. $PLAYWRIGHT_CHROMIUM_PATH, when set;
 *   2. Playwright's own build, when `npx playwright install chromium` has been run;
 *   3. an installed Google Chrome, then Microsoft Edge (Playwright's 'chrome' / 'msedge' channels);
 *   4. a system Chromium (Debian's `chromium`, Ubuntu's snap, Homebrew's or a package manager's).
 * With none, Playwright's own error says how to install one.
 */
export function browserChoice(): Pick<LaunchOptions, 'executablePath' | 'channel'> & { readonly source: string } {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, source: '$PLAYWRIGHT_CHROMIUM_PATH' };
  if (existsSync(chromium.executablePath())) return { source: "Playwright's Chromium" };
  for (const [channel, paths] of Object.entries(CHANNELS)) {
    if (paths().some((p) => existsSync(p))) return { channel, source: `the installed ${channel} channel` };
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return system ? { executablePath: system, source: system } : { source: 'none found' };
}

const programFiles = () =>
  [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter((d): d is string => !!d);

/** Where each channel installs itself (as Playwright looks for it), per platform. */
const CHANNELS: Record<'chrome' | 'msedge', () => string[]> = {
  chrome: () =>
    process.platform === 'win32' ? programFiles().map((d) => join(d, 'Google', 'Chrome', 'Application', 'chrome.exe'))
    : process.platform === 'darwin' ? ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
    : ['/opt/google/chrome/chrome'],
  msedge: () =>
    process.platform === 'win32' ? programFiles().map((d) => join(d, 'Microsoft', 'Edge', 'Application', 'msedge.exe'))
    : process.platform === 'darwin' ? ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
    : ['/opt/microsoft/msedge/msedge'],
};

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/opt/homebrew/bin/chromium',
  '/usr/local/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Chromium's sandbox cannot start as root on Linux (a container, CI), nor in many Linux CI runners; everywhere
 * else it stays on. The rest keeps Chromium from calling home, which a closed network refuses at every start.
 */
export function browserArgs(): string[] {
  const noSandbox = process.platform === 'linux' && (process.getuid?.() === 0 || !!process.env.CI);
  return [
    ...(noSandbox ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ];
}

/**
 * The screenshot baselines (e2e/*-snapshots/*-chromium-linux.png) were drawn on Linux; fonts and anti-aliasing
 * differ on macOS and Windows, so there the screenshot comparisons are left out (every other assertion of those
 * tests still runs).
 */
export const SCREENSHOT_BASELINES_HERE = process.platform === 'linux';
