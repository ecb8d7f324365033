import { expect, test } from '@playwright/test';
import { chooseMore } from './pages/editor-page.ts';

/**
 * Nothing leaves the page: through a whole session (open, edit, preview, administrator tools, save, a new
 * file, a reload with a draft) every request goes to the page's own origin, and the strict CSP is never violated.
 */
test('a whole session stays on the page’s origin, with zero CSP violations', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });

  await page.goto('./');
  await page.getByLabel('Backup file to open').setInputFiles({
    name: '4711_4625data.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nPhone Application Background Color=3\r\nContrast=9\r\n'),
  });
  await page.getByLabel('Contrast', { exact: true }).fill('11');
  await page.getByLabel('Speed dial 1 label').fill('Помощь <b>hi</b>');
  await page.getByRole('button', { name: 'Feature labels' }).click();
  await chooseMore(page, 'Administrator tools');
  await expect(page.getByRole('heading', { name: 'Administrator tools' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // "4711_4625data.txt" is no name a telephone fetches: no extension is read from it, which Save asks about.
  await page.getByRole('dialog').getByRole('button', { name: 'Save anyway' }).click();
  await download;
  await chooseMore(page, 'Try a sample');
  // The sample is open (its Contrast is 9) before its field is typed in: the page loads it, and until then the
  // Contrast field on screen is the first file's (under load, the edit went there as the form changed, and was lost).
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('9');
  await page.getByLabel('Contrast', { exact: true }).fill('3');
  await page.reload();
  await page.getByRole('button', { name: 'Restore edits' }).click();
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('3');

  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
