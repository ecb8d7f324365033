import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

/**
 * Every screen: a laptop (1366×768) in each language keeps the header to one row, at most 64 px high, with what
 * does not fit under "More"; a phone (390×844) reaches every speed-dial field and button and the file list's
 * status and Close without scrolling sideways.
 */

const words = (lang: string) => {
  const all: Record<string, string> = Object.assign(
    {},
    ...['core', 'editing'].map((area) => JSON.parse(readFileSync(new URL(`../src/i18n/catalogs/${area}/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>),
  );
  return (id: string) => all[id] ?? id;
};

// Each axe run takes seconds on a busy machine.
test.describe.configure({ timeout: 90_000 });

const BACKUP = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nABKNAME002=A long label here\r\nABKNUMBER002=*88#4411,,123456\r\nContrast=9\r\n';

async function openFiles(page: Page, names: readonly string[]) {
  await page.locator('#file-input').setInputFiles(names.map((name) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(BACKUP, 'utf8') })));
  await expect(page.locator('#model')).toBeVisible();
}

/** How far the page scrolls sideways (0: not at all). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const lang of ['en', 'de', 'fr', 'ru', 'he'] as const) {
  test(`1366×768 in ${lang}: the header is one row, at most 64 px high, with a file open`, async ({ page }) => {
    const w = words(lang);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.addInitScript((l) => localStorage.setItem('avaya-4600-editor.locale', l), lang);
    await page.goto('./?sample');
    await expect(page.locator('#model')).toBeVisible();
    const header = page.getByRole('banner');
    await expect(header.getByRole('heading', { level: 1, name: w('app.title') })).toBeVisible();
    const box = await header.boundingBox();
    expect(box?.height, `${lang}: header height`).toBeLessThanOrEqual(64);
    // One row: the title, the toolbar and the language side by side.
    const tops = await Promise.all(['h1', 'nav', '#ui-language'].map(async (s) => (await header.locator(s).boundingBox())?.y ?? -1));
    for (const top of tops) expect(top, `${lang}: ${tops.join(', ')}`).toBeLessThan(32);
    // Sticky: it stays at the top as the form scrolls.
    await page.mouse.wheel(0, 600);
    await expect.poll(async () => (await header.boundingBox())?.y).toBe(0);
  });
}

test('the header is not sticky on a short screen (it would hide too much of the form)', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 500 });
  await page.goto('./?sample');
  await expect(page.locator('#model')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 400));
  await expect.poll(async () => (await page.getByRole('banner').boundingBox())?.y).toBeLessThan(-300);
});

test('"More": New, Open folder, Try a sample, Administrator tools, Format profile and Close, by keyboard; Escape gives the focus back; axe light and dark', async ({ editor, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?sample');
  await expect(editor.model).toBeVisible();
  const more = editor.button('More');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const list = page.locator('#more-list');
  await expect(list.getByRole('button')).toHaveText(['New', 'Open folder…', 'Try a sample', 'Administrator tools', 'Format profile', 'Close']);
  await expectNoViolations(page, 'More open');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, 'More open, dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The list comes next for the keyboard; Escape closes it and the focus goes back to its button.
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'New' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(more).toBeFocused();

  // Administrator tools is a toggle: its state is said, and the panel opens.
  await page.keyboard.press('Enter');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  const admin = list.getByRole('button', { name: 'Administrator tools' });
  await expect(admin).toBeFocused();
  await expect(admin).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Administrator tools' })).toBeVisible();
  await expect(more).toBeFocused();
  await more.click();
  await expect(list.getByRole('button', { name: 'Administrator tools' })).toHaveAttribute('aria-pressed', 'true');
  // A click elsewhere closes it.
  await page.getByRole('heading', { level: 1 }).click();
  await expect(list).toHaveCount(0);

  // Close from the list; the file goes.
  await editor.choose('Close');
  await expect(page.getByRole('heading', { name: 'Edit a 4600-series telephone backup' })).toBeVisible();
});

test.describe('390×844 (a phone)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every speed-dial field and button is in view, with its label, without scrolling sideways', async ({ editor, page }) => {
    await page.goto('./?sample');
    await expect(editor.model).toBeVisible();
    expect(await sideways(page), 'the page scrolls sideways').toBeLessThanOrEqual(0);
    const section = editor.speedDials;
    await expect(editor.speedDial(7).label).toBeVisible();
    const scroller = section.locator('.table-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth), 'the speed dials scroll sideways').toBeLessThanOrEqual(0);
    const controls = section.locator('input, button');
    const count = await controls.count();
    expect(count).toBeGreaterThan(7 * 5);
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i);
      await control.scrollIntoViewIfNeeded();
      const box = await control.boundingBox();
      expect(box, `control ${i} is drawn`).not.toBeNull();
      expect(box!.x, `control ${i} starts in view`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `control ${i} ends in view`).toBeLessThanOrEqual(390);
    }
    // Each field's label is shown (it is the field's name).
    for (const n of [1, 7]) {
      await expect(section.getByText(`Speed dial ${n} label`, { exact: true })).toBeVisible();
      await expect(section.getByText(`Speed dial ${n} number`, { exact: true })).toBeVisible();
    }
    // Feature labels and settings fit too.
    await expect(editor.featureButton(1)).toBeVisible();
    for (const field of [editor.featureButton(1), editor.field('Contrast')]) {
      await field.scrollIntoViewIfNeeded();
      const box = await field.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    expect(await sideways(page), 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await expectNoViolations(page, '390 px, speed dials as cards');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, '390 px, speed dials as cards, dark');
  });

  test('the table of open files scrolls sideways inside its box, with each file’s problems and Close', async ({ editor, page }) => {
    await openFiles(page, ['4711_4620data.txt', '2001_4610data_sip.txt']);
    const list = page.getByRole('region', { name: 'Open files (2)' });
    await expect(list).toBeVisible();
    expect(await list.evaluate((el) => el.scrollWidth - el.clientWidth), 'the card itself does not scroll sideways').toBeLessThanOrEqual(0);
    const table = list.locator('.fleet__scroll');
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth), 'the table scrolls sideways in its box').toBeGreaterThan(0);
    for (const name of ['4711_4620data.txt', '2001_4610data_sip.txt']) {
      const row = list.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });
      await expect(row.getByRole('button', { name, exact: true })).toBeInViewport();
      // Errors, warnings and notes as counts; Close at the row's end, scrolled to when the keyboard reaches it.
      await expect(row.getByRole('gridcell').nth(6)).toHaveText(/^\d+$/);
      await row.getByRole('button', { name, exact: true }).focus();
      await page.keyboard.press('End');
      const close = row.getByRole('button', { name: `Close ${name}` });
      await expect(close).toBeFocused();
      await expect(close).toBeInViewport();
      await page.keyboard.press('Home');
    }
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await expectNoViolations(page, '390 px, table of open files');
    // The header wraps here, and does not stay on screen.
    await page.evaluate(() => window.scrollTo(0, 600));
    await expect.poll(async () => (await editor.banner.boundingBox())?.y).toBeLessThan(0);
    await editor.button('More').click();
    const more = await page.locator('#more-list').boundingBox();
    expect(more && more.x >= 0 && more.x + more.width <= 390, 'the More list is in view').toBe(true);
  });
});
