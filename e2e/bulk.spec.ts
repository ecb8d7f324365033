import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { chooseMore } from './pages/editor-page.ts';

/**
 * Changes to many files (issue 17, point 4), as an administrator makes them: each kind of change with its preview
 * (files changed, files skipped and why, one file's diff), applied to every open file at once, and taken back in
 * all of them by one Undo. What each file holds is read back byte for byte through Save all's .zip.
 */

const OFFICE = readFileSync(new URL('./fixtures/admin/office.txt', import.meta.url), 'utf8');
const B = '\r\nABKNAME001=Help desk\r\nABKNUMBER001=4400\r\nContrast=5\r\n';
const C = '\r\nABKNAME001=Desk\r\nABKNUMBER001=100\r\nTransfer Type=1\r\n';
const FILES = [
  { name: '4711_4620data.txt', body: OFFICE },
  { name: '4712_4620data.txt', body: B },
  { name: '4713_4610data_sip.txt', body: C },
];

// Each test opens three files, makes a change, reads every file back through Save all, then undoes it: slow on a
// busy machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
});

async function start(page: Page): Promise<Locator> {
  await page.goto('./');
  await page.getByLabel('Backup file to open').setInputFiles(FILES.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.body, 'utf8') })));
  await expect(page.getByLabel('Telephone model')).toBeVisible();
  await chooseMore(page, 'Administrator tools');
  return openDialog(page);
}

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Change many files…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change many files' });
  await expect(dialog.getByText('Changes 3 open files.')).toBeVisible();
  return dialog;
}

/** Every open file's text, by name, as Save all writes it. */
async function contents(page: Page): Promise<Record<string, string>> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save all' }).click();
  const zip = readFileSync((await (await pending).path()) as string);
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(zip))).map(([k, v]) => [k, Buffer.from(v).toString('utf8')]));
}

const original = Object.fromEntries(FILES.map((f) => [f.name, f.body]));

async function preview(dialog: Locator, changed: number, skipped: string) {
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'will change' })).toHaveText(`${changed} ${changed === 1 ? 'file will change.' : 'files will change.'} ${skipped}`);
}

async function apply(page: Page, dialog: Locator, count: number) {
  await dialog.getByRole('button', { name: `Change ${count} ${count === 1 ? 'file' : 'files'}` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Changed ${count} files` })).toBeVisible();
}

/** Contrast set to 5 in every file, previewed: two files change, the one that has it already is skipped. */
async function contrastTo5(dialog: Locator) {
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Set a setting' });
  await dialog.getByLabel('Setting', { exact: true }).selectOption({ label: 'Contrast' });
  await dialog.getByLabel('New value', { exact: true }).fill('5');
  await preview(dialog, 2, '1 file is skipped.');
}

const skipRow = (dialog: Locator, name: string) => dialog.getByRole('table', { name: 'Files skipped' }).getByRole('row', { name: new RegExp(name.replace('.', '\\.')) });
const changeRow = (dialog: Locator, name: string) => dialog.getByRole('table', { name: 'Files that change' }).getByRole('row', { name: new RegExp(name.replace('.', '\\.')) });

test('set a setting: preview with a skip and a diff, one Apply in every file, one Undo and Redo for all', async ({ page }) => {
  const dialog = await start(page);
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Set a setting' });
  await dialog.getByLabel('Setting', { exact: true }).selectOption({ label: 'Contrast' });
  // A value no telephone takes is refused before any preview.
  await dialog.getByLabel('New value', { exact: true }).fill('99');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Contrast');
  await expect(dialog.getByRole('button', { name: /^Change \d/ })).toHaveCount(0);

  await dialog.getByLabel('New value', { exact: true }).fill('5');
  await preview(dialog, 2, '1 file is skipped.');
  await expect(skipRow(dialog, '4712_4620data.txt')).toContainText('Contrast is already “5”.');
  await expect(changeRow(dialog, '4711_4620data.txt')).toContainText('Contrast: “9” becomes “5”.');
  await expect(changeRow(dialog, '4713_4610data_sip.txt')).toContainText('Contrast: “5” added (it was not in the file).');
  // The diff of one file on request: the one line it changes.
  await changeRow(dialog, '4711_4620data.txt').getByRole('button', { name: 'Show diff' }).click();
  const lines = dialog.getByRole('table', { name: 'Lines that differ' });
  await expect(lines.getByRole('row').filter({ hasText: 'Removed: Contrast=9' })).toHaveCount(1);
  await expect(lines.getByRole('row').filter({ hasText: 'Added: Contrast=5' })).toHaveCount(1);
  await expect(lines.getByRole('row').filter({ hasText: /(Removed|Added):/ })).toHaveCount(2);
  // Among thousands, a file is found by its name.
  await dialog.getByLabel('Find a file in the preview', { exact: true }).fill('4713');
  await expect(dialog.getByRole('table', { name: 'Files that change' }).getByRole('row')).toHaveCount(2);
  await expect(dialog.getByRole('table', { name: 'Files skipped' })).toHaveCount(0);
  await dialog.getByLabel('Find a file in the preview', { exact: true }).fill('');
  // Changing the form takes the preview away: Apply applies only what was seen.
  await dialog.getByLabel('New value', { exact: true }).fill('6');
  await expect(dialog.getByRole('button', { name: /^Change \d/ })).toHaveCount(0);
  await dialog.getByLabel('New value', { exact: true }).fill('5');
  await preview(dialog, 2, '1 file is skipped.');
  await apply(page, dialog, 2);

  const changed = {
    '4711_4620data.txt': OFFICE.replace('Contrast=9', 'Contrast=5'),
    '4712_4620data.txt': B,
    '4713_4610data_sip.txt': C.replace('Transfer Type=1\r\n', 'Contrast=5\r\nTransfer Type=1\r\n'),
  };
  expect(await contents(page)).toEqual(changed);
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('5');

  // One Undo (the button) takes it back in both files; Redo (Ctrl+Shift+Z) puts it back in both.
  await page.getByRole('button', { name: 'Undo: change Contrast in 2 files' }).click();
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('9');
  expect(await contents(page)).toEqual(original);
  await page.getByLabel('Contrast', { exact: true }).focus();
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('5');
  expect(await contents(page)).toEqual(changed);
});

test('an Undo held back: a file of the change has a later change of its own, so nothing is undone and the page says which', async ({ page }) => {
  const dialog = await start(page);
  await contrastTo5(dialog);
  await apply(page, dialog, 2);
  // A later change in one of the two files changed.
  await page.getByRole('button', { name: '4713_4610data_sip.txt', exact: true }).click();
  await expect(page.getByLabel('Extension', { exact: true })).toHaveValue('4713');
  await page.getByLabel('Contrast', { exact: true }).fill('7');
  // Undo in the other file would take the change back there alone: it takes back nothing, and says why on screen.
  await page.getByRole('button', { name: '4711_4620data.txt', exact: true }).click();
  await expect(page.getByLabel('Extension', { exact: true })).toHaveValue('4711');
  await page.getByRole('button', { name: 'Undo: change Contrast in 2 files' }).click();
  await expect(page.getByText('Nothing was undone: “change Contrast in 2 files” is one change to several files, and 4713_4610data_sip.txt has a later change to undo first.')).toBeVisible();
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('5');
  expect(await contents(page)).toEqual({
    '4711_4620data.txt': OFFICE.replace('Contrast=9', 'Contrast=5'),
    '4712_4620data.txt': B,
    '4713_4610data_sip.txt': C.replace('Transfer Type=1\r\n', 'Contrast=7\r\nTransfer Type=1\r\n'),
  });
});

test('reset a setting, undone with Ctrl+Z in every file', async ({ page }) => {
  const dialog = await start(page);
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Reset a setting (take it out of the file)' });
  await dialog.getByLabel('Setting', { exact: true }).selectOption({ label: 'Contrast' });
  await preview(dialog, 2, '1 file is skipped.');
  await expect(skipRow(dialog, '4713_4610data_sip.txt')).toContainText('Contrast is not in the file.');
  await expect(changeRow(dialog, '4712_4620data.txt')).toContainText('Contrast (“5”) taken out of the file.');
  await apply(page, dialog, 2);
  expect(await contents(page)).toEqual({ ...original, '4711_4620data.txt': OFFICE.replace('Contrast=9\r\n', ''), '4712_4620data.txt': B.replace('Contrast=5\r\n', '') });
  await page.getByLabel('Telephone model').focus();
  await page.keyboard.press('Control+z');
  expect(await contents(page)).toEqual(original);
});

test('speed dials: add at the end and at a position, update by label, remove by number, replace a number everywhere', async ({ page }) => {
  let dialog = await start(page);
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Add a speed dial' });
  await dialog.getByLabel('Label', { exact: true }).fill('Service');
  await dialog.getByLabel('Number', { exact: true }).fill('100');
  await preview(dialog, 2, '1 file is skipped.');
  await expect(skipRow(dialog, '4713_4610data_sip.txt')).toContainText('It already has 100, as speed dial 1.');
  await expect(changeRow(dialog, '4711_4620data.txt')).toContainText('Speed dial 3 added.');
  // At position 1 the others move down one.
  await dialog.getByLabel('Position (empty: after the last speed dial)', { exact: true }).fill('1');
  await preview(dialog, 2, '1 file is skipped.');
  await expect(changeRow(dialog, '4711_4620data.txt')).toContainText('Speed dial 1 added; the 2 after it move down one.');
  await apply(page, dialog, 2);
  let now = await contents(page);
  expect(now['4712_4620data.txt']).toBe('\r\nABKNAME001=Service\r\nABKNUMBER001=100\r\nABKNAME002=Help desk\r\nABKNUMBER002=4400\r\nContrast=5\r\n');
  expect(now['4713_4610data_sip.txt']).toBe(C);
  await page.getByRole('button', { name: 'Undo: add the speed dial Service to 2 files' }).click();
  expect(await contents(page)).toEqual(original);

  // The help desk moved from 4400 to 4500: every speed dial that dials it.
  dialog = await openDialog(page);
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Replace a number everywhere' });
  await dialog.getByLabel('Number to replace', { exact: true }).fill('4400');
  await dialog.getByLabel('New number', { exact: true }).fill('4500');
  await preview(dialog, 2, '1 file is skipped.');
  await expect(skipRow(dialog, '4713_4610data_sip.txt')).toContainText('No speed dial has the number 4400.');
  await changeRow(dialog, '4712_4620data.txt').getByRole('button', { name: 'Show diff' }).click();
  await expect(dialog.getByRole('table', { name: 'Lines that differ' }).getByRole('row').filter({ hasText: 'Added: ABKNUMBER001=4500' })).toHaveCount(1);
  await apply(page, dialog, 2);
  now = await contents(page);
  expect(now).toEqual({ ...original, '4711_4620data.txt': OFFICE.replace('ABKNUMBER002=4400', 'ABKNUMBER002=4500'), '4712_4620data.txt': B.replace('4400', '4500') });

  // Update by label (any letter case): a new label for the help desk.
  dialog = await openDialog(page);
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Update speed dials' });
  await dialog.getByLabel('Find speed dials by', { exact: true }).selectOption({ label: 'Label (letter case ignored)' });
  await dialog.getByLabel('Label or number to find', { exact: true }).fill('help DESK');
  await dialog.getByLabel('New label (empty: keep each one’s)', { exact: true }).fill('IT help');
  await preview(dialog, 2, '1 file is skipped.');
  await expect(skipRow(dialog, '4713_4610data_sip.txt')).toContainText('No speed dial is labelled “help DESK”.');
  await apply(page, dialog, 2);
  expect((await contents(page))['4712_4620data.txt']).toBe(B.replace('4400', '4500').replace('Help desk', 'IT help'));

  // Remove by number: the later ones move up.
  dialog = await openDialog(page);
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Remove speed dials' });
  await dialog.getByLabel('Label or number to find', { exact: true }).fill('200');
  await preview(dialog, 1, '2 files are skipped.');
  await dialog.getByRole('button', { name: 'Change 1 file' }).click();
  await expect(dialog).toBeHidden();
  expect((await contents(page))['4711_4620data.txt']).toBe(OFFICE.replace('ABKNAME001=Reception\r\nABKNUMBER001=200\r\nABKNAME002=Help desk\r\nABKNUMBER002=4400', 'ABKNAME001=IT help\r\nABKNUMBER001=4500'));
  // Each change was one step: three undos take the file back to what was loaded.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /^Undo: / }).click();
  expect(await contents(page)).toEqual(original);
});

test('feature button labels: set within each model’s buttons, then clear', async ({ page }) => {
  let dialog = await start(page);
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Set a feature button label' });
  await dialog.getByLabel('Feature button', { exact: true }).fill('20');
  await dialog.getByLabel('Label', { exact: true }).fill('Park');
  await preview(dialog, 2, '1 file is skipped.');
  await expect(skipRow(dialog, '4713_4610data_sip.txt')).toContainText('The 4610SW has 12 feature buttons: there is no button 20.');
  await apply(page, dialog, 2);
  expect((await contents(page))['4712_4620data.txt']).toBe(B.replace('Contrast=5', 'PHNLABEL20=Park\r\nContrast=5'));

  dialog = await openDialog(page);
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Clear a feature button label' });
  await dialog.getByLabel('Feature button', { exact: true }).fill('1');
  await preview(dialog, 1, '2 files are skipped.');
  await expect(skipRow(dialog, '4712_4620data.txt')).toContainText('Feature button 1 has no label in the file.');
  await expect(changeRow(dialog, '4711_4620data.txt')).toContainText('Feature button 1’s label (“Pickup”) taken out of the file.');
  await dialog.getByRole('button', { name: 'Change 1 file' }).click();
  expect((await contents(page))['4711_4620data.txt']).toBe(OFFICE.replace('PHNLABEL01=Pickup\r\n', 'PHNLABEL20=Park\r\n'));
  await page.getByRole('button', { name: 'Undo: clear feature button 1 in 1 file' }).click();
  await page.getByRole('button', { name: 'Undo: label feature button 20 in 2 files' }).click();
  expect(await contents(page)).toEqual(original);
});

test('a label the model cannot show: the file is skipped with the reason, nothing written into it', async ({ page }) => {
  // The telephones run firmware before R2.7 (chosen under Telephone): the 4610SW then draws no Cyrillic.
  await page.addInitScript(() => localStorage.setItem('avaya-4600-editor.firmwareRelease', 'preR27'));
  const dialog = await start(page);
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Set a feature button label' });
  await dialog.getByLabel('Feature button', { exact: true }).fill('2');
  await dialog.getByLabel('Label', { exact: true }).fill('Парк');
  await preview(dialog, 2, '1 file is skipped.');
  await expect(skipRow(dialog, '4713_4610data_sip.txt')).toContainText(
    'Парк: before firmware R2.7 the 4610SW cannot show Cyrillic; the 4620SW, 4621SW, 4622SW and 4625SW can. From R2.7 on, it can (the release is chosen under Telephone). Written here, the label would show as rectangles, so this file is left as it is.',
  );
  await expect(changeRow(dialog, '4712_4620data.txt')).toBeVisible();
  await apply(page, dialog, 2);
  const now = await contents(page);
  expect(now['4713_4610data_sip.txt']).toBe(C);
  expect(now['4712_4620data.txt']).toBe(B.replace('Contrast=5', 'PHNLABEL02=Парк\r\nContrast=5'));

  // The same for a speed dial added to every file.
  const again = await openDialog(page);
  await again.getByLabel('Change', { exact: true }).selectOption({ label: 'Add a speed dial' });
  await again.getByLabel('Label', { exact: true }).fill('Справка');
  await again.getByLabel('Number', { exact: true }).fill('4600');
  await preview(again, 2, '1 file is skipped.');
  await expect(skipRow(again, '4713_4610data_sip.txt')).toContainText('Справка: before firmware R2.7 the 4610SW cannot show Cyrillic');
});

test('convert to SIP: names follow, files already SIP are skipped, one Undo converts every file back', async ({ page }) => {
  const dialog = await start(page);
  await dialog.getByLabel('Change', { exact: true }).selectOption({ label: 'Convert (protocol or model)' });
  await dialog.getByLabel('New protocol', { exact: true }).selectOption({ label: 'SIP' });
  await dialog.getByLabel('Remove them').check();
  await preview(dialog, 2, '1 file is skipped.');
  await expect(skipRow(dialog, '4713_4610data_sip.txt')).toContainText('It is already a 4610SW (SIP).');
  await expect(changeRow(dialog, '4711_4620data.txt')).toContainText('H.323 becomes SIP.');
  await expect(changeRow(dialog, '4711_4620data.txt')).toContainText('Removed Call Appearance Width');
  await apply(page, dialog, 2);
  expect(await contents(page)).toEqual({
    '4711_4620data_sip.txt': OFFICE.replace('Call Appearance Width=1\r\n', ''),
    '4712_4620data_sip.txt': B,
    '4713_4610data_sip.txt': C,
  });
  await page.getByRole('button', { name: 'Undo: convert 2 files to SIP' }).click();
  expect(await contents(page)).toEqual(original);
});

test('the dialog passes axe in light and dark, with a preview and a diff open', async ({ page }) => {
  const dialog = await start(page);
  await contrastTo5(dialog);
  await changeRow(dialog, '4711_4620data.txt').getByRole('button', { name: 'Show diff' }).click();
  await expect(dialog.getByRole('table', { name: 'Lines that differ' })).toBeVisible();
  await expectNoViolations(page, 'Change many files, light', 'dialog[open]');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, 'Change many files, dark', 'dialog[open]');
  // Escape closes it and gives the keyboard back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Change many files…' })).toBeFocused();
});

test('by keyboard alone: Enter opens, the first control has the focus, Enter in a field previews, Apply by keyboard', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Backup file to open').setInputFiles(FILES.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.body, 'utf8') })));
  await expect(page.getByLabel('Telephone model')).toBeVisible();
  await chooseMore(page, 'Administrator tools');
  await page.getByRole('button', { name: 'Change many files…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Change many files' });
  const kind = dialog.getByLabel('Change', { exact: true });
  await expect(kind).toBeFocused();
  await kind.selectOption({ label: 'Replace a number everywhere' });
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Number to replace', { exact: true })).toBeFocused();
  await page.keyboard.type('4400');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4500');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status').filter({ hasText: 'will change' })).toHaveText('2 files will change. 1 file is skipped.');
  const applyButton = dialog.getByRole('button', { name: 'Change 2 files' });
  await applyButton.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Change many files…' })).toBeFocused();
});
