import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { chooseMore } from './pages/editor-page.ts';

/** The administrator tools by keyboard alone, and with no accessibility violations axe can find. */

const OFFICE = readFileSync(new URL('./fixtures/admin/office.txt', import.meta.url));

async function start(page: Page) {
  await page.goto('./');
  await page.getByLabel('Backup file to open').setInputFiles({ name: '4711_4620data.txt', mimeType: 'text/plain', buffer: OFFICE });
  await expect(page.getByLabel('Telephone model')).toBeVisible();
  await chooseMore(page, 'Administrator tools');
  await expect(page.getByRole('heading', { name: 'Administrator tools' })).toBeVisible();
}

test('the panel and its dialogs pass axe', async ({ page }) => {
  // Five axe runs: slow on a busy machine.
  test.setTimeout(120_000);
  await start(page);
  await expectNoViolations(page, 'the panel', '.admin');

  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import speed dials from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('Label,Number\r\nKitchen,210\r\nFax,+49\r\n') });
  await expect(dialog.getByText('1 will be added, 0 changed, 1 refused')).toBeVisible();
  await expectNoViolations(page, 'Import speed dials from CSV', 'dialog[open]');
  await page.keyboard.press('Escape');

  for (const [button, title] of [
    ['Copy to extensions', 'Copy to many telephones'],
    ['Compare', 'Compare'],
    ['Convert', 'Convert'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('dialog', { name: title })).toBeVisible();
    await expectNoViolations(page, title, 'dialog[open]');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: title })).toBeHidden();
  }
});

test('Compare with lines that differ (the diff view Change many files shares) passes axe in light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  await start(page);
  await page.getByLabel('Contrast', { exact: true }).fill('5');
  await page.getByRole('button', { name: 'Compare' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare' });
  const lines = dialog.getByRole('table', { name: 'Lines that differ' });
  // Its columns: the line's number as loaded and now, then the line; the removed and added lines said in words.
  await expect(lines.getByRole('columnheader')).toHaveText(['As loaded', 'Now', 'Line']);
  await expect(lines.getByRole('row', { name: /Removed: Contrast=9/ })).toBeVisible();
  await expect(lines.getByRole('row', { name: /Added: Contrast=5/ })).toBeVisible();
  await expectNoViolations(page, 'Compare with lines, light', 'dialog[open]');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, 'Compare with lines, dark', 'dialog[open]');
});

test('Convert by keyboard alone: Enter opens, the fields are reached with Tab, Escape closes and focus returns', async ({ page }) => {
  await start(page);
  const convert = page.getByRole('button', { name: 'Convert', exact: true });
  await convert.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Convert' });
  await expect(dialog).toBeVisible();
  // The first control of the dialog has the focus; Tab moves on to the model.
  await expect(dialog.getByLabel('New protocol')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('New telephone model')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(convert).toBeFocused();

  // And through to the end: Remove them, then Convert the file.
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Remove them').focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByLabel('Remove them')).toBeChecked();
  await dialog.getByRole('button', { name: 'Convert the file' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Protocol', { exact: true })).toHaveValue('sip');
});

test('Copy: the open-files preview and the own-extension warning pass axe, and work by keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await page.getByLabel('Backup file to open').setInputFiles([
    { name: '4711_4620data.txt', mimeType: 'text/plain', buffer: OFFICE },
    { name: '4712_4620data.txt', mimeType: 'text/plain', buffer: Buffer.from('\r\nABKNAME001=Old\r\nABKNUMBER001=1\r\nABKNAME002=Keep\r\nABKNUMBER002=2\r\n') },
  ]);
  await expect(page.getByLabel('Telephone model')).toBeVisible();
  await chooseMore(page, 'Administrator tools');
  await page.getByRole('button', { name: 'Copy to extensions' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Copy to many telephones' });

  await dialog.getByLabel('Extensions').fill('4711');
  await expect(dialog.getByText('Extension 4711 is this file’s own', { exact: false })).toBeVisible();
  await expectNoViolations(page, 'Copy to many telephones, own extension', 'dialog[open]');

  await dialog.getByLabel('New files, one per extension (a .zip)').focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByLabel('Every other open file (1)')).toBeChecked();
  await expect(dialog.getByText('1 of 1 open files will change.', { exact: false })).toBeVisible();
  await expectNoViolations(page, 'Copy to many telephones, preview', 'dialog[open]');
  await dialog.getByRole('button', { name: 'Copy into the open files' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status').filter({ hasText: '4712_4620data.txt:' })).toBeFocused();
});
