import { expect, test, type Page, type Route } from '@playwright/test';

/**
 * The first screen in index.html (vite.config.ts prerenderFirstScreen): it shows before the page's JavaScript has
 * run, in the browser's language, and App takes over without moving anything; a click before then is not lost.
 */

/** Holds back the page's JavaScript (the module script and its preloads) until `release` is called. */
async function holdScripts(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/.*\.js$/, (route) => (released ? route.continue() : void held.push(route)));
  return async () => {
    released = true;
    await Promise.all(held.map((r) => r.continue()));
  };
}

const openWorks = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('app:open-works').length > 0);

test.describe('German browser', () => {
  test.use({ locale: 'de-DE' });

  test('the first screen is German before any JavaScript has run, never English', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('./', { waitUntil: 'commit' });
    // (The page's stylesheet holds its first paint: once it is in, one screen of the five shows.)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avaya 4600 Sicherungs-Editor');
    await expect(page.getByRole('button', { name: 'Öffnen', exact: true })).toBeVisible();
    await expect(page.getByText('Open a backup file')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    // Its Open works already (npm run bench times that from this mark).
    expect(await page.evaluate(() => performance.getEntriesByName('first-screen:open-works').length)).toBe(1);
    await release();
    await openWorks(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avaya 4600 Sicherungs-Editor');
    // App's own screen has replaced all five: one of each element is left.
    await expect(page.locator('#file-input')).toHaveCount(1);
  });
});

test('a click made before the page works is done once it does', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  // Clicked while the page's JavaScript is still on its way.
  await page.getByRole('button', { name: 'Try a sample' }).click();
  expect(await page.locator('#root').getAttribute('data-first-click')).toMatch(/^[\d.]+$/);
  await release();
  await openWorks(page);
  // The click is done by the page once it works: the sample opens.
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('9', { timeout: 15_000 });
});

test('nothing moves when App replaces the first screen (no file open)', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdScripts(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const names = ['Open', 'More', 'Open a backup file', 'Try a sample', 'New file'];
  const boxes = () => Promise.all(names.map((name) => page.getByRole('button', { name, exact: true }).boundingBox()));
  const before = await boxes();
  await release();
  await openWorks(page);
  expect(await boxes()).toEqual(before);
  expect(await page.locator('#file-input').count()).toBe(1);
  // The browser's own count of layout shifts agrees.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
});

test('a file chosen or dropped before the page works is opened once it does', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  // The first screen's own file input (one of five, in the page's language) takes the file.
  await page.locator('.first-screen:lang(en) #file-input').setInputFiles({ name: '4711_4620data.txt', mimeType: 'text/plain', buffer: Buffer.from('\r\nContrast=11\r\n') });
  await release();
  await openWorks(page);
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('11', { timeout: 15_000 });
});

test.describe('Open before the page works', () => {
  test('without a system file picker, Open shows the file input at once; the file opens once the page works', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    });
    const release = await holdScripts(page);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    // The page's JavaScript is still held back: the first screen's Open does its work itself.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a backup file', exact: true }).click();
    await (await chooser).setFiles({ name: '4711_4620data.txt', mimeType: 'text/plain', buffer: Buffer.from('\r\nContrast=12\r\n') });
    expect(await page.evaluate(() => performance.getEntriesByName('app:open-works').length)).toBe(0);
    await release();
    await openWorks(page);
    await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('12', { timeout: 15_000 });
    // Open was not done a second time when the page took over.
    await expect(page.locator('#root')).not.toHaveAttribute('data-first-click');
  });

  test('with a system file picker, Ctrl+O shows it at once and its file opens with its handle', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { picked: number; showOpenFilePicker: () => Promise<unknown[]> };
      w.picked = 0;
      w.showOpenFilePicker = async () => {
        w.picked += 1;
        const file = new File(['\r\nContrast=13\r\n'], '4711_4620data.txt', { type: 'text/plain' });
        return [{ kind: 'file', name: file.name, getFile: async () => file }];
      };
    });
    const release = await holdScripts(page);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await page.keyboard.press('ControlOrMeta+o');
    await expect.poll(() => page.evaluate(() => (window as unknown as { picked: number }).picked)).toBe(1);
    await release();
    await openWorks(page);
    await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('13', { timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { picked: number }).picked)).toBe(1);
    // Opened through its handle: the file is the one on disk, under its own name.
    await expect(page.locator('.topbar__file .file-name')).toHaveText('4711_4620data.txt');
  });
});

test('once the form of a file is on screen, nothing moves: the rest of the form and its help words come without pushing it', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifts.push(e.value);
    }).observe({ type: 'layout-shift' });
  });
  await page.goto('./');
  await openWorks(page);
  // Someone takes a moment to choose a file: the page is idle meanwhile.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))));
  await page.waitForTimeout(500);
  await page.evaluate(() => ((window as unknown as { shifts: number[] }).shifts.length = 0));
  await page.locator('#file-input').setInputFiles({ name: '4711_4620data.txt', mimeType: 'text/plain', buffer: Buffer.from('\r\nContrast=11\r\nABKNAME001=Entry 1\r\nABKNUMBER001=2001\r\n') });
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('11');
  // (Opening a file replaces the welcome with the form: from the form on, nothing may move.)
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() => ((window as unknown as { shifts: number[] }).shifts.length = 0));
  // The rest of the form comes in a render of its own, below, and the settings' help words with it (loaded while the
  // page was idle, src/app/app.tsx): nothing on screen is pushed.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});
