import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/editor-page.ts';

/**
 * Once the page is idle with nothing open, the editor draws a small file once, lays it out hidden and removes it in
 * one task (src/features/editor/warm-up.tsx), so the first file opened is drawn by warm code. It must leave nothing
 * behind: no element, no second copy of the form's ids, nothing announced.
 */
/** Counts, from the page's start, the warm-up boxes put in the document (`window.warmed`). */
async function countWarmUps(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { warmed: number };
    w.warmed = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLElement && n.classList.contains('warm-up')) w.warmed++;
    }).observe(document, { childList: true, subtree: true });
  });
}

test('the editor’s warm-up is laid out once in the page and leaves nothing behind; the first file then opens as usual', async ({ page }) => {
  await countWarmUps(page);
  await page.goto('./');
  await page.waitForFunction(() => performance.getEntriesByName('editor:warmed-up').length > 0, undefined, { timeout: 20_000, polling: 200 });
  // It was in the page (laid out there), and it is gone, with its copy of the form.
  expect(await page.evaluate(() => (window as unknown as { warmed: number }).warmed)).toBe(1);
  await expect(page.locator('.warm-up')).toHaveCount(0);
  await expect(page.locator('#sd-title')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /Reception|4400/ })).toHaveCount(0);

  const editor = new EditorPage(page);
  await editor.openAndWait('4711_4620data.txt', '\r\nABKNAME001=Lobby\r\nABKNUMBER001=200\r\nContrast=9\r\n');
  await expect(page.locator('#sd-title')).toHaveCount(1);
  await expect(page.getByLabel('Speed dial 1 label', { exact: true })).toHaveValue('Lobby');
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('9');
});

test('no warm-up once a file is open: nothing is drawn beside the user’s form', async ({ page }) => {
  await countWarmUps(page);
  // The warm-up's code is held back until a file is open: it comes to lay its form out with one open, and does not.
  let opened: (() => void) | undefined;
  const open = new Promise<void>((done) => {
    opened = done;
  });
  await page.route(/warm-up-[^/]*\.js$/, async (route) => {
    await open;
    await route.continue();
  });
  const editor = new EditorPage(page);
  await page.goto('./');
  await editor.openAndWait('4711_4620data.txt', '\r\nABKNAME001=Lobby\r\n');
  opened?.();
  await page.waitForFunction(() => performance.getEntriesByName('editor:warm-up-skipped').length > 0, undefined, { timeout: 20_000, polling: 200 });
  expect(await page.evaluate(() => performance.getEntriesByName('editor:warmed-up').length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { warmed: number }).warmed)).toBe(0);
  await expect(page.locator('#sd-title')).toHaveCount(1);
});
