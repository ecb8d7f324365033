import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { chooseMore } from './pages/editor-page.ts';

/**
 * What a zip gives the editor (only the files a phone fetches, and the settings script for the restore check), what
 * happens when a file already open is opened again (asked: Replace, Keep both, Skip), and Save all with two files
 * that would be written under one name (refused, each file a click away, and the zip then holds phone names only).
 */

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/admin/${name}`, import.meta.url));
const OFFICE = fixture('office.txt');
const SETTINGS = fixture('46xxsettings.txt');
const text = (s: string) => Buffer.from(s, 'utf8');
/** A name as a telephone fetches it (spec §2), and no browser's " (2)". */
const PHONE_NAME = /^(\d{1,13}_)?(4610|4620)data(_sip)?\.txt$/;

test.beforeEach(async ({ page }) => {
  // Saves become downloads the test can read back.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
});

async function openFiles(page: Page, files: readonly { name: string; body: Buffer }[]) {
  await page.getByLabel('Backup file to open').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: f.body })));
}

test('a zip opens its backups, hands 46xxsettings.txt to the restore check, and lists the rest as skipped in one sentence', async ({ page }) => {
  await page.goto('./');
  const zip = zipSync({
    'readme.md': text('# Phones of the office\n'),
    'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    '46xxsettings.txt': SETTINGS,
    '4711_4620data.txt': OFFICE,
    'sip/4712_4610data_sip.txt': text('\nABKNAME001=Desk\nABKNUMBER001=100\n'),
  });
  await page.getByRole('main').drop({ files: { name: 'site.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) } });

  const report = page.getByRole('alert').filter({ hasText: 'skipped' });
  await expect(report).toBeFocused();
  await expect(report).toContainText(
    '2 files in a zip are not phone backups and were skipped: readme.md, logo.png. From a zip, only files named as a telephone fetches its backup (like 4711_4620data.txt or 4711_4610data_sip.txt) and 46xxsettings.txt are opened; open any other file by itself.',
  );
  await report.getByText('Show all 2 files').click();
  await expect(report.getByRole('listitem').first()).toHaveText('“readme.md” in “site.zip” is not named as a phone backup, so it was skipped.');
  await expect(report).toContainText('“46xxsettings.txt” in “site.zip” is the telephones’ settings file, not a backup: it was not opened in the editor, but read for the restore check in Administrator tools.');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `the open report with skipped files, ${scheme}`, '.open-report');
  }

  // The two backups opened, and nothing else did.
  await expect(page.getByRole('heading', { name: 'Open files (2)' })).toBeVisible();
  const list = page.getByRole('region', { name: 'Open files (2)' });
  await expect(list.getByRole('button', { name: '4711_4620data.txt', exact: true })).toBeVisible();
  await expect(list.getByRole('button', { name: '4712_4610data_sip.txt', exact: true })).toBeVisible();
  await expect(list).not.toContainText('readme');
  await expect(list).not.toContainText('46xxsettings');

  // The restore check has read the zip's settings file, as if picked there.
  await list.getByRole('button', { name: '4711_4620data.txt', exact: true }).click();
  await chooseMore(page, 'Administrator tools');
  const result = page.getByRole('region', { name: 'Will the restore take effect?' });
  await expect(result.getByText('From 46xxsettings.txt (site.zip): OPSTAT 111 (line 4); also set inside IF/GOTO blocks on line 10; APPSTAT 3 (line 12).')).toBeVisible();
});

test('a text file picked by itself opens whatever its name', async ({ page }) => {
  await page.goto('./');
  await openFiles(page, [{ name: 'notes.txt', body: OFFICE }]);
  await expect(page.getByLabel('Telephone model')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('a file that is already open', () => {
  const AGAIN = text('\r\nABKNAME001=Reception\r\nABKNUMBER001=299\r\n');

  /** 4711_4620data.txt open with an unsaved change, then opened again: the question. */
  async function openTwice(page: Page) {
    await page.goto('./');
    await openFiles(page, [{ name: '4711_4620data.txt', body: OFFICE }]);
    await page.getByLabel('Speed dial 1 number', { exact: true }).fill('201');
    await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
    await page.getByLabel('Backup file to open').setInputFiles({ name: '4711_4620data.txt', mimeType: 'text/plain', buffer: AGAIN });
    const dialog = page.getByRole('dialog', { name: 'A file is already open' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('“4711_4620data.txt” is already open.');
    // Replace would lose the edit: said, in strong words, before the buttons.
    await expect(dialog).toContainText('“4711_4620data.txt” has unsaved changes: Replace discards them.');
    // The keyboard starts on the answer that changes nothing.
    await expect(dialog.getByRole('button', { name: 'Skip' })).toBeFocused();
    return dialog;
  }

  test('Skip (Enter on the focused button) leaves the open file as it was', async ({ page }) => {
    const dialog = await openTwice(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(page, `the already-open question, ${scheme}`, '.dialog[open]');
    }
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Open files/ })).toHaveCount(0);
    await expect(page.getByLabel('Speed dial 1 number', { exact: true })).toHaveValue('201');
    await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
  });

  test('files dropped while the question is on screen wait for its answer, then open or are asked about in turn', async ({ page }) => {
    const dialog = await openTwice(page);
    // A second drop while the question waits: a new file, and the one already open once more.
    const dropped = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['\r\nABKNAME001=Second\r\nABKNUMBER001=301\r\n'], '4799_4620data.txt', { type: 'text/plain' }));
      dt.items.add(new File(['\r\nABKNAME001=Third\r\nABKNUMBER001=302\r\n'], '4711_4620data.txt', { type: 'text/plain' }));
      return dt;
    });
    await page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
    // The question on screen stays the first open's, one file long.
    await expect(dialog).toContainText('“4711_4620data.txt” is already open.');
    await expect(dialog).not.toContainText('1 of 2');
    await dialog.getByRole('button', { name: 'Skip' }).click();
    // Then the drop's turn: its copy of the open file is asked about; its new file waits with it.
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('“4711_4620data.txt” is already open.');
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await expect(dialog).toHaveCount(0);
    // Nothing was lost: the open file with its edit, and both dropped files.
    const fleet = page.getByRole('region', { name: 'Open files (3)' });
    await expect(fleet.getByRole('status').filter({ hasText: 'shown' })).toHaveText('3 of 3 shown');
    await expect(fleet.getByRole('row').filter({ hasText: '4799' })).toHaveCount(1);
    await expect(fleet.getByRole('row').filter({ hasText: '4711' })).toHaveCount(2);
  });

  test('two files of one name in one open are asked about too: Replace opens the second instead of the first', async ({ page }) => {
    await page.goto('./');
    await openFiles(page, [
      { name: '4799_4620data.txt', body: text('\r\nABKNAME001=First\r\nABKNUMBER001=401\r\n') },
      { name: '4800_4620data.txt', body: OFFICE },
      { name: '4799_4620data.txt', body: text('\r\nABKNAME001=Second\r\nABKNUMBER001=402\r\n') },
    ]);
    const dialog = page.getByRole('dialog', { name: 'A file is already open' });
    await expect(dialog).toContainText('“4799_4620data.txt” comes twice in what you opened, under one name.');
    await expect(dialog).toContainText('Replace opens this one instead of the first');
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(dialog).toHaveCount(0);
    const fleet = page.getByRole('region', { name: 'Open files (2)' });
    await expect(fleet.getByRole('status').filter({ hasText: 'shown' })).toHaveText('2 of 2 shown');
    await fleet.getByRole('row').filter({ hasText: '4799' }).click();
    await expect(page.getByLabel('Speed dial 1 number', { exact: true })).toHaveValue('402');
  });

  test('Keep both opens it beside the open one, which keeps its edit', async ({ page }) => {
    const dialog = await openTwice(page);
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Open files (2)' })).toBeVisible();
    await expect(page.getByLabel('Speed dial 1 number', { exact: true })).toHaveValue('299');
    await page.getByRole('region', { name: 'Open files (2)' }).getByRole('button', { name: '4711_4620data.txt', exact: true }).first().click();
    await expect(page.getByLabel('Speed dial 1 number', { exact: true })).toHaveValue('201');
  });

  test('Replace puts the file opened again in place of the open one, its edit gone as it said', async ({ page }) => {
    const dialog = await openTwice(page);
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Open files/ })).toHaveCount(0);
    await expect(page.getByLabel('Speed dial 1 number', { exact: true })).toHaveValue('299');
    await expect(page.getByRole('banner').getByText('Saved', { exact: true })).toBeVisible();
  });

  test('a drop of several asks once per file, or once for all with “Do this for all”; the same content under another name counts too', async ({ page }) => {
    await page.goto('./');
    await openFiles(page, [
      { name: '4711_4620data.txt', body: OFFICE },
      { name: '4712_4620data.txt', body: AGAIN },
      { name: '4713_4620data.txt', body: text('\r\nABKNAME001=Lab\r\nABKNUMBER001=300\r\n') },
    ]);
    await expect(page.getByRole('heading', { name: 'Open files (3)' })).toBeVisible();
    await openFiles(page, [
      { name: '4711_4620DATA.txt', body: OFFICE },
      { name: 'copy of 4712.txt', body: AGAIN },
      { name: '4713_4620data (1).txt', body: OFFICE },
      { name: '4714_4620data.txt', body: text('\r\nABKNAME001=New\r\nABKNUMBER001=400\r\n') },
    ]);
    const dialog = page.getByRole('dialog', { name: '3 files are already open' });
    await expect(dialog).toContainText('File 1 of 3');
    await expect(dialog).toContainText('“4711_4620DATA.txt” is already open, as “4711_4620data.txt”.');
    await expect(dialog).not.toContainText('unsaved');
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await expect(dialog).toContainText('File 2 of 3');
    await expect(dialog).toContainText('“copy of 4712.txt” holds exactly what the open file “4712_4620data.txt” holds.');
    // The rest at once: the checkbox says how many are left.
    await dialog.getByLabel('Do this for all 2').check();
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await expect(dialog).toHaveCount(0);
    // 3 open + the one kept beside + the one that collided with nothing.
    const list = page.getByRole('region', { name: 'Open files (5)' });
    await expect(list).toBeVisible();
    await expect(list.getByRole('button', { name: '4711_4620DATA.txt', exact: true })).toBeVisible();
    await expect(list.getByRole('button', { name: '4714_4620data.txt', exact: true })).toBeVisible();
    await expect(list.getByRole('button', { name: 'copy of 4712.txt' })).toHaveCount(0);
    await expect(list.getByRole('button', { name: '4713_4620data (1).txt' })).toHaveCount(0);
  });
});

test('Save all refuses two files that would be written under one name, lists them with a way to each, and after the fix writes phone names only', async ({ page }) => {
  await page.goto('./');
  await openFiles(page, [
    { name: '4711_4620data.txt', body: OFFICE },
    { name: '4712_4620data.txt', body: text('\r\nABKNAME001=Desk\r\nABKNUMBER001=100\r\n') },
  ]);
  await expect(page.getByRole('heading', { name: 'Open files (2)' })).toBeVisible();
  // The second file takes the first one's extension: both would be saved as 4711_4620data.txt.
  await page.getByRole('region', { name: 'Open files (2)' }).getByRole('button', { name: '4712_4620data.txt', exact: true }).click();
  await page.getByLabel('Extension', { exact: true }).fill('4711');
  await expect(page.getByRole('banner').getByText('Unsaved changes', { exact: true })).toBeVisible();
  await chooseMore(page, 'Administrator tools');

  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Save all' }).click();
  const conflict = page.getByRole('region', { name: 'Administrator tools' }).getByRole('alert');
  await expect(conflict).toBeFocused();
  await expect(conflict).toContainText('Nothing was saved: several open files would be saved under one name.');
  await expect(conflict).toContainText('“4711_4620data.txt”, the name of 2 open files:');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `Save all's name conflict, ${scheme}`, '.admin-conflicts');
  }
  expect(downloads, 'nothing was written').toBe(0);

  // Each file is a click away; the keyboard lands on the extension, where the name is made.
  await conflict.getByRole('button', { name: 'Go to open file 2 (“4712_4620data.txt”)' }).click();
  const extension = page.getByLabel('Extension', { exact: true });
  await expect(extension).toBeFocused();
  await expect(extension).toHaveValue('4711');
  await extension.fill('4713');
  await expect(conflict).toHaveText('Each open file now has its own name: Save all can go on.');

  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save all' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe('phone-backups.zip');
  const entries = unzipSync(new Uint8Array(readFileSync((await download.path()) as string)));
  expect(Object.keys(entries)).toEqual(['4711_4620data.txt', '4713_4620data.txt']);
  for (const name of Object.keys(entries)) expect(name).toMatch(PHONE_NAME);
  expect(Buffer.from(entries['4711_4620data.txt'] ?? []).toString('utf8')).toBe(OFFICE.toString('utf8'));
  await expect(conflict).toHaveCount(0);
});
