import type { Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { expect, fixture, test } from './fixtures.ts';
import type { EditorPage } from './pages/editor-page.ts';

/**
 * A change of model that would leave entries the new model has no place for asks first, before anything changes:
 * Convert, keep the extra entries as lines, or cancel. A full 4620 file (108 speed dials, 24 feature button
 * labels: e2e/fixtures/full-4620.txt) switched to a 4610SW (48 and 12) is the case. Each answer is one step.
 */

const NAME = '4711_4620data.txt';
const SPEED_DIALS = 'The 4610SW holds 48 speed dials; this file has 108.';
const LABELS = 'The 4610SW has 12 feature buttons; this file has labels for 12 buttons past them.';
const GROUPED = '60 speed dials past the 4610SW’s 48 and 12 feature button labels past the 4610SW’s 12 buttons are kept as lines; the phone ignores them.';

const question = (page: Page) => page.getByRole('dialog', { name: 'Change to the 4610SW?' });
const undoButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Undo/ });

/** Opens the full 4620 file and chooses the 4610SW: the question is asked, and nothing has changed yet. */
async function askFor4610(editor: EditorPage) {
  await editor.openAndWait(NAME, fixture('full-4620.txt'));
  await expect(editor.speedDialRows()).toHaveCount(108);
  await editor.model.focus();
  await editor.model.selectOption('4610SW');
  const dialog = question(editor.page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(SPEED_DIALS, { exact: true })).toBeVisible();
  await expect(dialog.getByText(LABELS, { exact: true })).toBeVisible();
  // What each answer does is said beside it, before anything happens.
  await expect(dialog.getByRole('button', { name: 'Convert (keep the first 48 as speed dials)' })).toHaveAccessibleDescription(
    /Removed 12 feature button labels \(13–24\): the 4610SW has 12 feature buttons\. Kept 48 of 108 speed dials, numbered 1 to 48; removed 60: the 4610SW holds 48\./,
  );
  await expect(dialog.getByText('The file is renamed from 4711_4620data.txt to 4711_4610data.txt.')).toBeVisible();
  await expect(editor.model).toHaveValue('4620SW');
  await editor.expectDirty(false);
  return dialog;
}

test.describe('a change of model past the new model’s capacity asks first', () => {
  test.describe.configure({ timeout: 60_000 });

  test('Cancel (or Escape) changes nothing; the keyboard goes back to the model', async ({ editor }) => {
    const page = editor.page;
    let dialog = await askFor4610(editor);
    await expectNoViolations(page, 'the model-change question, light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, 'the model-change question, dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(editor.model).toHaveValue('4620SW');
    await expect(editor.model).toBeFocused();
    await expect(editor.speedDialRows()).toHaveCount(108);
    await editor.expectOtherLines([]);
    await editor.expectDirty(false);
    await expect(undoButton(page)).toBeDisabled();

    await editor.model.focus();
    await editor.model.selectOption('4610SW');
    dialog = question(page);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(editor.model).toHaveValue('4620SW');
    await editor.expectDirty(false);
    const saved = await editor.save();
    expect(saved.bytes.equals(fixture('full-4620.txt'))).toBe(true);
  });

  test('Convert keeps the first 48 speed dials and 12 labels, with no raw lines; Undo puts all back', async ({ editor }) => {
    const page = editor.page;
    const dialog = await askFor4610(editor);
    await dialog.getByRole('button', { name: 'Convert (keep the first 48 as speed dials)' }).click();
    await expect(dialog).toBeHidden();

    await expect(editor.model).toHaveValue('4610SW');
    await expect(editor.speedDialRows()).toHaveCount(48);
    await expect(editor.speedDial(48).label).toHaveValue('Desk 48');
    await expect(editor.featureButtons()).toHaveCount(12);
    await editor.expectOtherLines([]);
    await expect(editor.problems.getByText('No problems found.')).toBeVisible();
    await expect(undoButton(page)).toHaveAccessibleName('Undo: convert to 4610SW H.323');

    const saved = await editor.save();
    expect(saved.name).toBe('4711_4610data.txt');
    expect(saved.bytes.equals(fixture('full-4620-as-4610.expected.txt'))).toBe(true);

    // One step: the model and every entry come back together.
    await undoButton(page).click();
    await expect(editor.model).toHaveValue('4620SW');
    await expect(editor.speedDialRows()).toHaveCount(108);
    await expect(editor.speedDial(108).number).toHaveValue('3108');
    await expect(editor.featureButtons()).toHaveCount(24);
    await editor.expectOtherLines([]);
  });

  test('Keep as lines: one grouped problem whose Remove all takes the lines out in one step; Undo brings them back', async ({ editor }) => {
    const page = editor.page;
    const dialog = await askFor4610(editor);
    await dialog.getByRole('button', { name: 'Keep the extra entries as lines' }).click();
    await expect(dialog).toBeHidden();

    await expect(editor.model).toHaveValue('4610SW');
    await expect(editor.speedDialRows()).toHaveCount(48);
    // The first 100 of the 132 lines are drawn, the rest a button away.
    await expect(editor.otherLineInputs()).toHaveCount(100);
    await expect(editor.otherLines.getByRole('button', { name: 'Show 32 more of 32 hidden lines' })).toBeVisible();
    // One warning for them all, not one an entry.
    await expect(editor.problems.getByRole('status')).toHaveText('0 errors, 1 warning, 0 notes.');
    await expect(editor.problems.getByRole('listitem')).toHaveCount(1);
    const problem = editor.problems.getByRole('button', { name: GROUPED });
    await expect(problem).toBeVisible();
    const removeAll = editor.problems.getByRole('button', { name: 'Remove all' });
    await expect(removeAll).toHaveAccessibleDescription(GROUPED);
    await expect(undoButton(page)).toHaveAccessibleName('Undo: change the model to 4610SW');

    // The problem takes the user to the first of those lines.
    await problem.click();
    await expect(editor.otherLine(98)).toBeFocused();
    await expect(editor.otherLine(98)).toHaveValue('ABKNAME049=Desk 49');

    await removeAll.click();
    await editor.expectOtherLines([]);
    await expect(editor.problems.getByText('No problems found.')).toBeVisible();
    await expect(undoButton(page)).toHaveAccessibleName('Undo: remove 132 lines');
    const saved = await editor.save();
    expect(saved.name).toBe('4711_4610data.txt');
    expect(saved.bytes.equals(fixture('full-4620-as-4610.expected.txt'))).toBe(true);

    await undoButton(page).click();
    await expect(editor.otherLineInputs()).toHaveCount(100);
    await expect(editor.otherLine(98)).toHaveValue('ABKNAME049=Desk 49');
    await expect(editor.problems.getByRole('button', { name: GROUPED })).toBeVisible();
    await undoButton(page).click();
    await expect(editor.model).toHaveValue('4620SW');
    await expect(editor.speedDialRows()).toHaveCount(108);
    await editor.expectOtherLines([]);
  });

  test('a change that fits asks nothing', async ({ editor }) => {
    const page = editor.page;
    await editor.openAndWait(NAME, fixture('full-4620.txt'));
    await editor.model.selectOption('4625SW');
    await expect(editor.model).toHaveValue('4625SW');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(editor.speedDialRows()).toHaveCount(108);

    // 4 speed dials and 2 labels fit a 4610SW.
    await editor.openAndWait('4712_4620data.txt', fixture('office.txt'));
    await editor.model.selectOption('4610SW');
    await expect(editor.model).toHaveValue('4610SW');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(editor.speedDialRows()).toHaveCount(4);
  });

  test('the question speaks the page’s language', async ({ editor }) => {
    const page = editor.page;
    await page.locator('#ui-language').selectOption('de');
    await page.locator('#file-input').setInputFiles({ name: NAME, mimeType: 'text/plain', buffer: fixture('full-4620.txt') });
    await page.locator('#model').selectOption('4610SW');
    const dialog = page.getByRole('dialog', { name: 'Zum 4610SW wechseln?' });
    await expect(dialog.getByText('Das 4610SW fasst 48 Kurzwahlen; diese Datei hat 108.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Überzählige Einträge als Zeilen behalten' }).click();
    await expect(
      page.getByText('60 Kurzwahlen über die 48 des 4610SW hinaus und 12 Funktionstastenbeschriftungen über die 12 Tasten des 4610SW hinaus bleiben als Zeilen in der Datei; das Telefon ignoriert sie.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Alle entfernen' })).toBeVisible();
  });

  test('a change to a model with more room says which entries it brings to life; Undo takes the note away', async ({ editor }) => {
    const page = editor.page;
    // A 4610SW file with speed dials 49 and 50 kept as lines (the 4610SW holds 48).
    await editor.openAndWait('4711_4610data.txt', '\r\nABKNAME001=Desk\r\nABKNUMBER001=100\r\nABKNAME049=Late\r\nABKNUMBER049=4949\r\nABKNAME050=Later\r\nABKNUMBER050=5050\r\n');
    await expect(editor.model).toHaveValue('4610SW');
    await expect(editor.speedDialRows()).toHaveCount(1);
    await editor.model.selectOption('4620');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const note = page.getByRole('status').filter({ hasText: 'entries the 4610SW ignored' });
    await expect(note).toHaveText(/^2 entries the 4610SW ignored are now read by the 4620: speed dials 49–50\. The file kept them under Other lines; now they are in the form, and the telephone will use them\.Dismiss$/);
    await expect(editor.speedDial(49).label).toHaveValue('Late');
    // (The note alone: the whole page's check is the other specs', and slow on a busy machine.)
    await expectNoViolations(page, 'the note of entries brought to life, light', '.editor__main .alert--info');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, 'the note of entries brought to life, dark', '.editor__main .alert--info');
    await page.emulateMedia({ colorScheme: 'light' });

    await undoButton(page).click();
    await expect(editor.model).toHaveValue('4610SW');
    await expect(note).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(note).toBeVisible();
    await note.getByRole('button', { name: 'Dismiss' }).click();
    await expect(note).toHaveCount(0);
    await expect(editor.model).toBeFocused();
  });
});
