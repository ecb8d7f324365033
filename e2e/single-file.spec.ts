import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

const SINGLE = resolve('dist-single/index.html');

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

test('the single-file build works opened from disk, under its strict CSP', async ({ page }) => {
  expect(existsSync(SINGLE), 'run `npm run build:single` first (npm test does)').toBe(true);
  // One file: no worker it would have to load beside it (the zip's helper is left out of this build; vite.config.ts).
  expect(readFileSync(SINGLE, 'utf8')).not.toMatch(/zip-worker|new Worker/);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  await page.goto(pathToFileURL(SINGLE).href);
  // The page says which release it is, so an administrator can tell what users have.
  await expect(page.getByRole('contentinfo')).toHaveText(`Version ${VERSION}`);
  await page.getByRole('button', { name: 'Try a sample' }).first().click();
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('9');
  await page.getByLabel('Contrast', { exact: true }).fill('10');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('4711_4620data.txt');
  expect(problems).toEqual([]);
});
