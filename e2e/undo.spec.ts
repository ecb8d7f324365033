import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, fixture, test } from './fixtures.ts';
import type { EditorPage } from './pages/editor-page.ts';

/**
 * Undo and redo: every change, by keyboard (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y, from inside a field too) and by the
 * buttons, whose names say what they will do. Undone all the way, the file saves as the bytes it was opened with.
 */

const OFFICE = fixture('office.txt');
/** Another telephone's file: not the office file's bytes, which opening would ask about (already open). */
const OTHER = Buffer.from(Buffer.from(OFFICE).toString('utf8').replace('Contrast=9', 'Contrast=8'));
const undoButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Undo/ });
const redoButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Redo/ });

async function expectUndo(page: Page, what: string | null) {
  if (what === null) await expect(undoButton(page)).toBeDisabled();
  else await expect(undoButton(page)).toHaveAccessibleName(`Undo: ${what}`);
}

/**
 * Undoes and redoes the last step every way there is: Ctrl+Z and Ctrl+Shift+Z, the Undo and Redo buttons, then
 * Ctrl+Z and Ctrl+Y; `before` and `after` check what the page shows each time. Ends with the change done.
 */
async function roundTrip(page: Page, before: () => Promise<void>, after: () => Promise<void>) {
  await page.keyboard.press('Control+z');
  await before();
  await page.keyboard.press('Control+Shift+z');
  await after();
  await undoButton(page).click();
  await before();
  await redoButton(page).click();
  await after();
  await page.keyboard.press('Control+z');
  await before();
  await page.keyboard.press('Control+y');
  await after();
}

/** A check for roundTrip: the control holds `v`. */
const value = (l: Locator, v: string) => () => expect(l).toHaveValue(v);

/** Saves and checks the file is byte for byte what it was opened as. */
async function expectAsOpened(editor: EditorPage, bytes: Buffer = OFFICE) {
  await editor.expectDirty(false);
  expect((await editor.save()).bytes.equals(bytes)).toBe(true);
}

test.describe('undo and redo', () => {
  test.beforeEach(async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', OFFICE);
    await expectUndo(editor.page, null);
    await expect(redoButton(editor.page)).toBeDisabled();
  });

  test('typing is one step per field and pause, undone and redone from inside the field', async ({ editor, page }) => {
    const contrast = editor.field('Contrast');
    await contrast.fill('');
    await contrast.pressSequentially('12');
    await expectUndo(page, 'change Contrast');
    await contrast.press('Control+z');
    await expect(contrast).toHaveValue('9');
    await expect(contrast).toBeFocused();
    await editor.expectDirty(false);
    await expectUndo(page, null);
    await expect(redoButton(page)).toHaveAccessibleName('Redo: change Contrast');
    await contrast.press('Control+Shift+z');
    await expect(contrast).toHaveValue('12');
    await contrast.press('Control+z');
    await contrast.press('Control+y');
    await expect(contrast).toHaveValue('12');
    // Another field is a step of its own.
    await editor.speedDial(1).number.pressSequentially('9');
    await expectUndo(page, 'edit speed dial 1');
    await page.keyboard.press('Control+z');
    await expect(editor.speedDial(1).number).toHaveValue('200');
    await expectUndo(page, 'change Contrast');
    await undoButton(page).click();
    // The last undo leaves the keyboard on the button, which now says there is nothing to undo.
    await expect(undoButton(page)).toBeFocused();
    await expectUndo(page, null);
    await expectAsOpened(editor);
  });

  test('every kind of change in one file, undone and redone by keyboard and by button', async ({ editor, page }) => {
    // Fifteen round trips of six steps each: more than the default 30 s on a busy two-core machine.
    test.setTimeout(90_000);
    const rows = (n: number) => () => expect(editor.speedDialRows()).toHaveCount(n);
    // Lines first, while their numbers are those of the file as opened.
    await editor.otherLine(21).fill('LOCATION=Building 3');
    const location = editor.otherLineInputs().nth(1);
    await roundTrip(page, value(location, 'LOCATION=Building 2, room 114'), value(location, 'LOCATION=Building 3'));
    await editor.problems.getByRole('button', { name: 'Remove line 13', exact: true }).click();
    await roundTrip(page, () => editor.expectOtherLines(['Call Timer=0', 'LOCATION=Building 3', '; edited by hand']), () => editor.expectOtherLines(['LOCATION=Building 3', '; edited by hand']));
    const contrast = editor.field('Contrast');
    await contrast.fill('12');
    await roundTrip(page, value(contrast, '9'), value(contrast, '12'));
    await editor.addSpeedDial.click();
    await roundTrip(page, rows(4), rows(5));
    await editor.speedDial(5).remove.click();
    await editor.speedDial(1).remove.click();
    await roundTrip(page, value(editor.speedDial(1).label, 'Reception'), value(editor.speedDial(1).label, 'Help desk'));
    await editor.speedDial(1).moveDown.click();
    await roundTrip(page, value(editor.speedDial(1).label, 'Help desk'), value(editor.speedDial(1).label, 'Security'));
    await editor.resetButton('Contrast').click();
    await roundTrip(page, value(contrast, '12'), value(contrast, ''));
    await editor.model.selectOption('4610SW');
    await roundTrip(page, value(editor.model, '4620SW'), value(editor.model, '4610SW'));
    await editor.protocol.selectOption('sip');
    await roundTrip(page, value(editor.protocol, 'h323'), value(editor.protocol, 'sip'));
    await editor.extension.fill('4712');
    await roundTrip(page, value(editor.extension, '4711'), value(editor.extension, '4712'));
    // All the way back: the file as opened, byte for byte.
    while (await undoButton(page).getAttribute('aria-disabled') !== 'true') await undoButton(page).click();
    await expectAsOpened(editor);
  });

  test('adding, removing and moving speed dials, each a step, by the buttons', async ({ editor, page }) => {
    await editor.addSpeedDial.click();
    await expectUndo(page, 'add speed dial 5');
    await editor.speedDial(1).remove.click();
    await expectUndo(page, 'remove speed dial 1');
    await expect(editor.speedDial(1).label).toHaveValue('Help desk');
    await editor.speedDial(1).moveDown.click();
    await expectUndo(page, 'swap speed dials 1 and 2');
    await undoButton(page).click();
    await expect(editor.speedDial(1).label).toHaveValue('Help desk');
    await undoButton(page).click();
    await expect(editor.speedDial(1).label).toHaveValue('Reception');
    await expect(editor.speedDial(2).label).toHaveValue('Help desk');
    await expect(redoButton(page)).toHaveAccessibleName('Redo: remove speed dial 1');
    await redoButton(page).click();
    await expect(editor.speedDial(1).label).toHaveValue('Help desk');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(editor.speedDialRows()).toHaveCount(4);
    await expectAsOpened(editor);
  });

  test('resetting a setting and changing the model, protocol and extension, each undone by keyboard', async ({ editor, page }) => {
    await editor.resetButton('Contrast').click();
    await expectUndo(page, 'reset Contrast');
    await editor.model.selectOption('4610SW');
    await expectUndo(page, 'change the model to 4610SW');
    await editor.protocol.selectOption('sip');
    await expectUndo(page, 'change the protocol to SIP');
    await editor.extension.fill('4712');
    await expectUndo(page, 'change the extension');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
    await expect(editor.extension).toHaveValue('4711');
    await expect(editor.protocol).toHaveValue('h323');
    await expect(editor.model).toHaveValue('4620SW');
    await expect(editor.field('Contrast')).toHaveValue('9');
    await expectAsOpened(editor);
  });

  test('editing and removing other lines, and removing a line from Problems', async ({ editor, page }) => {
    await editor.otherLine(21).fill('LOCATION=Building 3');
    await expectUndo(page, 'edit an other line');
    await editor.otherLine(21).press('Control+z');
    await expect(editor.otherLine(21)).toHaveValue('LOCATION=Building 2, room 114');
    await page.getByRole('button', { name: 'Remove line 21', exact: true }).first().click();
    await expectUndo(page, 'remove the line “LOCATION=Building 2, room 114”');
    await undoButton(page).click();
    await editor.expectOtherLines(['Call Timer=0', 'LOCATION=Building 2, room 114', '; edited by hand']);
    await editor.problems.getByRole('button', { name: 'Remove line 13', exact: true }).click();
    await editor.expectOtherLines(['LOCATION=Building 2, room 114', '; edited by hand']);
    await page.keyboard.press('Control+z');
    await editor.expectOtherLines(['Call Timer=0', 'LOCATION=Building 2, room 114', '; edited by hand']);
    await expectAsOpened(editor);
  });

  test('removing password-like lines at Save is a step: undone, the lines are back and the file unsaved', async ({ editor, page }) => {
    const text = Buffer.from('\r\nContrast=9\r\nFTP Password=hunter2\r\n');
    await editor.openAndWait('4712_4620data.txt', text);
    await editor.button('Save').click();
    const prompt = page.getByRole('dialog', { name: 'Remove password-like lines?' });
    const downloaded = page.waitForEvent('download');
    await prompt.getByRole('button', { name: 'Remove them and save' }).click();
    expect(readFileSync(await (await downloaded).path(), 'utf8')).toBe('\r\nContrast=9\r\n');
    await editor.expectDirty(false);
    await expectUndo(page, 'remove the password-like lines');
    await roundTrip(page, () => editor.expectOtherLines(['FTP Password=hunter2']), () => editor.expectOtherLines([]));
    await page.keyboard.press('Control+z');
    await editor.expectOtherLines(['FTP Password=hunter2']);
    await editor.expectDirty(true);
  });

  test('each file keeps its own history when switching; closing a file ends it', async ({ editor, page }) => {
    await editor.field('Contrast').fill('3');
    await editor.openAndWait('4712_4620data.txt', OTHER);
    await expectUndo(page, null);
    await editor.field('Contrast').fill('4');
    await page.getByRole('button', { name: '4711_4620data.txt', exact: true }).click();
    await expectUndo(page, 'change Contrast');
    await page.keyboard.press('Control+z');
    await expect(editor.field('Contrast')).toHaveValue('9');
    await page.getByRole('button', { name: '4712_4620data.txt', exact: true }).click();
    await expect(editor.field('Contrast')).toHaveValue('4');
    await undoButton(page).click();
    await editor.choose('Close');
    await editor.openAndWait('4712_4620data.txt', OTHER);
    await expectUndo(page, null);
  });
});

/** Opens the office file (and a second one), with the administrator tools shown. */
async function start(editor: EditorPage, second = false) {
  await editor.openAndWait('4711_4620data.txt', OFFICE);
  if (second) await editor.openAndWait('4712_4620data.txt', '\r\nABKNAME001=Old\r\nABKNUMBER001=1\r\n');
  if (second) await editor.page.getByRole('button', { name: '4711_4620data.txt', exact: true }).click();
  await editor.choose('Administrator tools');
}

/** Copies the shown file into every other open file (`count` of them) with Copy to extensions, and closes the dialog. */
async function copyIntoOpenFiles(page: Page, count: number) {
  await page.getByRole('button', { name: 'Copy to extensions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy to many telephones' });
  await dialog.getByLabel(`Every other open file (${count})`).check();
  await dialog.getByRole('button', { name: 'Copy into the open files' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
}

test.describe('undo and redo of the administrator tools', () => {
  test('a CSV import is one step', async ({ editor, page }) => {
    await start(editor);
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import speed dials from CSV' });
    await dialog.getByLabel('CSV file').setInputFiles({ name: 'kurzwahl.csv', mimeType: 'text/csv', buffer: Buffer.from('Label,Number\r\nKitchen,210\r\nLab,211\r\n') });
    await dialog.getByRole('button', { name: /^Import \d+ speed dials?$/ }).click();
    await expect(editor.speedDial(5).label).toHaveValue('Kitchen');
    await expectUndo(page, 'import speed dials from CSV');
    await roundTrip(page, () => expect(editor.speedDialRows()).toHaveCount(4), () => expect(editor.speedDial(6).label).toHaveValue('Lab'));
  });

  test('a conversion is one step: undone, the model, protocol, name and lines are back', async ({ editor, page }) => {
    await start(editor);
    await page.getByRole('button', { name: 'Convert' }).click();
    const dialog = page.getByRole('dialog', { name: 'Convert' });
    await dialog.getByLabel('Remove them').check();
    await dialog.getByRole('button', { name: 'Convert the file' }).click();
    await expect(editor.protocol).toHaveValue('sip');
    await expectUndo(page, 'convert to 4620SW SIP');
    await roundTrip(page, () => expect(editor.protocol).toHaveValue('h323'), () => expect(editor.protocol).toHaveValue('sip'));
    await undoButton(page).click();
    await expect(editor.protocol).toHaveValue('h323');
    await expectAsOpened(editor);
  });

  test('copying into the open files is one step, undone in every file it changed', async ({ editor, page }) => {
    await start(editor, true);
    await copyIntoOpenFiles(page, 1);
    await page.getByRole('button', { name: '4712_4620data.txt', exact: true }).click();
    await expect(editor.speedDial(1).label).toHaveValue('Reception');
    await expectUndo(page, 'copy from 4711_4620data.txt');
    await roundTrip(page, () => expect(editor.speedDial(1).label).toHaveValue('Old'), () => expect(editor.speedDial(1).label).toHaveValue('Reception'));
    await page.keyboard.press('Control+z');
    await expect(editor.speedDial(1).label).toHaveValue('Old');
    // The other file of the copy was undone with it: the source, untouched, has nothing to undo.
    await page.getByRole('button', { name: '4711_4620data.txt', exact: true }).click();
    await expectUndo(page, null);
    await editor.expectDirty(false);
  });

  test('a copy into two files, undone, then one of them changed: Redo redoes it in neither, and says which file', async ({ editor, page }) => {
    await start(editor, true);
    await editor.openAndWait('4713_4620data.txt', '\r\nABKNAME001=Other\r\nABKNUMBER001=2\r\n');
    await page.getByRole('button', { name: '4711_4620data.txt', exact: true }).click();
    await copyIntoOpenFiles(page, 2);
    await page.getByRole('button', { name: '4712_4620data.txt', exact: true }).click();
    await expect(editor.speedDial(1).label).toHaveValue('Reception');
    await page.keyboard.press('Control+z');
    await expect(editor.speedDial(1).label).toHaveValue('Old');
    // A change in the other file after the undo: its redo of the copy is gone.
    await page.getByRole('button', { name: '4713_4620data.txt', exact: true }).click();
    await expect(editor.speedDial(1).label).toHaveValue('Other');
    await editor.field('Contrast').fill('4');
    await page.getByRole('button', { name: '4712_4620data.txt', exact: true }).click();
    await expect(redoButton(page)).toHaveAccessibleName('Redo: copy from 4711_4620data.txt');
    await redoButton(page).click();
    await expect(
      page.getByText('Nothing was redone: “copy from 4711_4620data.txt” is one change to several files, and 4713_4620data.txt has been changed since it was undone, so it can no longer be redone there; redone in the other files alone, the change would be only half made.'),
    ).toBeVisible();
    await expect(editor.speedDial(1).label).toHaveValue('Old');
    await page.keyboard.press('Control+y');
    await expect(editor.speedDial(1).label).toHaveValue('Old');
    await page.getByRole('button', { name: '4713_4620data.txt', exact: true }).click();
    await expect(editor.speedDial(1).label).toHaveValue('Other');
    await expect(editor.field('Contrast')).toHaveValue('4');
  });
});

test.describe('shortcuts while a dialog asks', () => {
  test('Ctrl+S in the question a Save as asks neither saves nor turns the Save as into a Save', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', Buffer.from('\r\nContrast=9\r\nFTP Password=hunter2\r\n'));
    await editor.button('Save as').click();
    const dialog = page.getByRole('dialog', { name: 'Save as' });
    await dialog.getByLabel('File name').fill('clean.txt');
    // In the name's field too: nothing is saved, the dialog stays.
    await dialog.getByLabel('File name').press('Control+s');
    await expect(dialog.getByLabel('File name')).toHaveValue('clean.txt');
    await dialog.getByRole('button', { name: 'Save under this name' }).click();
    const prompt = page.getByRole('dialog', { name: 'Remove password-like lines?' });
    await expect(prompt).toBeVisible();
    await page.keyboard.press('Control+s');
    await expect(prompt).toBeVisible();
    const downloaded = page.waitForEvent('download');
    await prompt.getByRole('button', { name: 'Remove them and save' }).click();
    const saved = await downloaded;
    expect(saved.suggestedFilename()).toBe('clean.txt');
    expect(readFileSync(await saved.path(), 'utf8')).toBe('\r\nContrast=9\r\n');
  });
});
