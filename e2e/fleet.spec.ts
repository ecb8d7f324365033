import { zipSync, type Zippable } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';

/**
 * The fleet view (issue 17, points 2 and 3): with more than one file open, a table of them of bounded height above
 * the selected file's editor, sorted, filtered and walked by keyboard, and Find across files that opens a file at a
 * field. With one file open, the page is as it was.
 */

const COUNT = 300;

/**
 * COUNT backups 4000…: every third a SIP 4610SW file with a contrast out of range (an error); each with a speed dial
 * whose number is 5000 + its place, so each number is in exactly one file.
 */
function fleetZip(count: number): Buffer {
  const entries: Zippable = {};
  for (let i = 0; i < count; i++) {
    const ext = 4000 + i;
    const body = `\r\nABKNAME001=Desk ${ext}\r\nABKNUMBER001=${5000 + i}\r\n`;
    if (i % 3 === 0) entries[`${ext}_4610data_sip.txt`] = Buffer.from(`${body}Contrast=99\r\n`);
    else entries[`${ext}_4620data.txt`] = Buffer.from(body);
  }
  return Buffer.from(zipSync(entries));
}

test.beforeEach(async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
});

async function openFleet(page: Page, count = COUNT) {
  await page.goto('./');
  await page.getByLabel('Backup file to open').setInputFiles({ name: 'site.zip', mimeType: 'application/zip', buffer: fleetZip(count) });
  const fleet = page.getByRole('region', { name: `Open files (${count})` });
  // Opening 300 files on a busy two-core machine takes a few seconds.
  await expect(fleet.getByRole('status').filter({ hasText: 'shown' })).toHaveText(`${count} of ${count} shown`, { timeout: 30_000 });
  return fleet;
}

const grid = (page: Page) => page.getByRole('grid', { name: /^Open files \(\d+\)$/ });
/** The body rows in the page (the virtualised table draws only those near the view). */
const rows = (page: Page) => grid(page).getByRole('row').filter({ has: page.getByRole('gridcell') });

test('a zip of 300 files: a table of bounded height over the editor, filtered, sorted and walked by keyboard into the editor', async ({ page }) => {
  const fleet = await openFleet(page);
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  // Only the rows near the view are drawn, and the table's box keeps the editor on the first screen.
  expect(await rows(page).count()).toBeLessThan(60);
  const extension = page.getByLabel('Extension', { exact: true });
  await expect(extension).toHaveValue('4000');
  const box = await page.locator('.fleet__scroll').boundingBox();
  expect(box?.height ?? Infinity).toBeLessThanOrEqual((page.viewportSize()?.height ?? 0) * 0.5);
  const editorTop = await page.getByRole('heading', { name: 'Telephone', exact: true }).boundingBox();
  expect(editorTop?.y ?? Infinity, 'the editor starts within two screens, not 47,000 pixels down').toBeLessThan((page.viewportSize()?.height ?? 0) * 2);

  // Filter: text, protocol, problems, each with the count.
  const count = fleet.getByRole('status').filter({ hasText: 'shown' });
  await fleet.getByLabel('Filter by text', { exact: true }).fill('401');
  await expect(count).toHaveText(`10 of ${COUNT} shown`);
  await fleet.getByLabel('Filter by text', { exact: true }).fill('');
  await fleet.getByLabel('Filter by protocol', { exact: true }).selectOption('SIP');
  await expect(count).toHaveText(`100 of ${COUNT} shown`);
  await fleet.getByLabel('Filter by problems', { exact: true }).selectOption('With errors');
  await expect(count).toHaveText(`100 of ${COUNT} shown`);
  await fleet.getByLabel('Filter by protocol', { exact: true }).selectOption('All protocols');
  await fleet.getByLabel('Filter by problems', { exact: true }).selectOption('Without problems');
  await expect(count).toHaveText(`200 of ${COUNT} shown`);
  await fleet.getByLabel('Filter by model', { exact: true }).selectOption('4610SW');
  await expect(count).toHaveText(`0 of ${COUNT} shown`);
  await expect(fleet.getByText('No open file matches the filter.')).toBeVisible();
  await fleet.getByLabel('Filter by model', { exact: true }).selectOption('All models');
  await fleet.getByLabel('Filter by problems', { exact: true }).selectOption('Any');

  // Sort: by clicking a header, then by keyboard on another.
  const byExtension = grid(page).getByRole('columnheader', { name: 'Extension' });
  await byExtension.getByRole('button').click();
  await byExtension.getByRole('button').click();
  await expect(byExtension).toHaveAttribute('aria-sort', 'descending');
  await expect(rows(page).first().getByRole('gridcell').nth(2)).toHaveText('4299');
  const byErrors = grid(page).getByRole('columnheader', { name: 'Errors' });
  await byErrors.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(byErrors).toHaveAttribute('aria-sort', 'descending');
  await expect(byExtension).toHaveAttribute('aria-sort', 'none');
  // Errors first; among equals, the order the files were opened in.
  await expect(rows(page).first().getByRole('gridcell').nth(2)).toHaveText('4000');
  await expect(rows(page).nth(1).getByRole('gridcell').nth(2)).toHaveText('4003');

  // The keyboard: from the header down into the rows, across, a page down, and Enter opens the file in the editor.
  await page.keyboard.press('ArrowDown');
  // The first row's Errors cell: 4000 has one.
  await expect(page.locator(':focus')).toHaveAttribute('role', 'gridcell');
  await expect(page.locator(':focus')).toHaveText('1');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: '4000_4610data_sip.txt', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: '4006_4610data_sip.txt', exact: true })).toBeFocused();
  await page.keyboard.press('PageDown');
  const focusedName = await page.locator(':focus').textContent();
  expect(focusedName).toMatch(/^4\d{3}_4610data_sip\.txt$/);
  await page.keyboard.press('Control+End');
  await expect(page.getByRole('button', { name: '4299_4620data.txt', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(extension).toHaveValue('4299');
  await expect(rows(page).filter({ has: page.getByRole('button', { name: '4299_4620data.txt', exact: true }) })).toHaveAttribute('aria-current', 'true');
  // Space selects the row with the keyboard.
  await page.keyboard.press('Space');
  await expect(fleet.getByText('1 selected', { exact: true })).toBeVisible();
});

test('find across files lists file, field and value, and a hit opens its file at its field', async ({ page }) => {
  const fleet = await openFleet(page);
  const find = fleet.getByRole('region', { name: 'Find in all files' });
  await find.getByLabel('Find', { exact: true }).fill('5124');
  await expect(find.getByRole('status')).toHaveText('1 place in 1 file');
  const hit = find.getByRole('button', { name: /4124_4620data\.txt\s*Speed dial 1 number\s*5124/ });
  await hit.click();
  await expect(page.getByLabel('Extension', { exact: true })).toHaveValue('4124');
  const field = page.getByLabel('Speed dial 1 number', { exact: true });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('5124');

  // A short text finds many places: the count says how many, the list keeps the first ones.
  await find.getByLabel('Find', { exact: true }).fill('desk');
  await expect(find.getByRole('status')).toHaveText(`${COUNT} places in ${COUNT} files The first 200 are listed: add to the text to narrow it.`);
  await expect(find.getByRole('listitem')).toHaveCount(200);
  // A setting's value, named as the editor names it.
  await find.getByLabel('Find', { exact: true }).fill('99');
  await find.getByRole('button', { name: /4297_4610data_sip\.txt\s*Contrast\s*99/ }).click();
  await expect(page.getByLabel('Contrast', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Extension', { exact: true })).toHaveValue('4297');
});

test('the fleet view has nothing axe reports, light and dark', async ({ page }) => {
  // Fewer files: axe reads the whole page, and the rows it checks are the same few dozen either way.
  const fleet = await openFleet(page, 40);
  await fleet.getByRole('region', { name: 'Find in all files' }).getByLabel('Find', { exact: true }).fill('510');
  await rows(page).nth(1).getByRole('checkbox').check();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `the fleet view, ${scheme}`, '.fleet');
  }
});

test('at 390 px the table scrolls sideways inside its box, and the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openFleet(page);
  const scroller = page.locator('.fleet__scroll');
  const sizes = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Close, at the row's far end, is reached by the keyboard and scrolled into view.
  await page.getByRole('button', { name: '4000_4610data_sip.txt', exact: true }).focus();
  await page.keyboard.press('End');
  const close = page.getByRole('button', { name: 'Close 4000_4610data_sip.txt', exact: true });
  await expect(close).toBeFocused();
  await expect(close).toBeInViewport();
});

test('with one file open the page is as it was: no table of files', async ({ page }) => {
  await page.goto('./?sample');
  await expect(page.getByLabel('Extension', { exact: true })).toBeVisible();
  await expect(page.getByRole('grid')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Open files/ })).toHaveCount(0);
});
