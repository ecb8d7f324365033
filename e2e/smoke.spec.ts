import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

test('app loads from a sub-path with no console errors or CSP violations', async ({ page }) => {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (msg) => {
    // The page asks for the site's format profile at each start; a site without one answers 404, which the browser
    // logs (the page itself says nothing, as it should). Any other failed load is an error.
    if (msg.location().url.endsWith('/format-profile.json') && /404/.test(msg.text())) return;
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) {
      consoleErrors.push(msg.text());
    }
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });

  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('Avaya 4600 Backup Editor');
  await expect(page.getByRole('heading', { level: 1, name: /Avaya 4600 Backup Editor/ })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toHaveText(`Version ${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}`);

  const violations = await page.evaluate(() => window.cspViolations);
  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
