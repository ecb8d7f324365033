import { expect, fixture, test } from './fixtures.ts';
import type { EditorPage } from './pages/editor-page.ts';

/** The speed dials as [label, number] rows, read from the fields. */
async function expectSpeedDials(editor: EditorPage, rows: readonly (readonly [string, string])[]) {
  await expect(editor.speedDialRows()).toHaveCount(rows.length);
  for (const [i, [label, number]] of rows.entries()) {
    await expect(editor.speedDial(i + 1).label).toHaveValue(label);
    await expect(editor.speedDial(i + 1).number).toHaveValue(number);
  }
}

/** The bytes a file holding exactly these speed dials is saved as (CRLF, blank first line). */
const fileOf = (rows: readonly (readonly [string, string])[]) =>
  `\r\n${rows.map(([label, number], i) => `ABKNAME00${i + 1}=${label}\r\nABKNUMBER00${i + 1}=${number}\r\n`).join('')}`;

test.describe('speed dials', () => {
  test.beforeEach(async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('speed-dials.txt'));
    await expectSpeedDials(editor, [
      ['Alpha', '101'],
      ['Bravo', '102'],
      ['Charlie', '103'],
    ]);
  });

  test('add: a new row at the end, focused, saved as two new lines', async ({ editor }) => {
    await expect(editor.speedDials.getByText('3 of 108 entries on the 4620SW.', { exact: false })).toBeVisible();
    await editor.addSpeedDial.click();
    await expect(editor.speedDial(4).label).toBeFocused();
    await editor.page.keyboard.type('Delta');
    await editor.speedDial(4).number.fill('104');
    await expect(editor.speedDials.getByText('4 of 108 entries on the 4620SW.', { exact: false })).toBeVisible();
    const saved = await editor.save();
    expect(saved.text).toBe(
      fileOf([
        ['Alpha', '101'],
        ['Bravo', '102'],
        ['Charlie', '103'],
        ['Delta', '104'],
      ]),
    );
  });

  test('remove: the entries after it move up a place', async ({ editor }) => {
    await editor.speedDial(2).remove.click();
    await expectSpeedDials(editor, [
      ['Alpha', '101'],
      ['Charlie', '103'],
    ]);
    await expect(editor.speedDial(2).label).toBeFocused();
    const saved = await editor.save();
    expect(saved.text).toBe(
      fileOf([
        ['Alpha', '101'],
        ['Charlie', '103'],
      ]),
    );
  });

  test('move up and down with the buttons', async ({ editor }) => {
    await expect(editor.speedDial(1).moveUp).toBeDisabled();
    await expect(editor.speedDial(3).moveDown).toBeDisabled();

    await editor.speedDial(3).moveUp.click();
    await expectSpeedDials(editor, [
      ['Alpha', '101'],
      ['Charlie', '103'],
      ['Bravo', '102'],
    ]);
    await expect(editor.speedDial(2).label).toBeFocused();

    await editor.speedDial(1).moveDown.click();
    await expectSpeedDials(editor, [
      ['Charlie', '103'],
      ['Alpha', '101'],
      ['Bravo', '102'],
    ]);
    await expect(editor.speedDial(2).label).toBeFocused();

    const saved = await editor.save();
    expect(saved.text).toBe(
      fileOf([
        ['Charlie', '103'],
        ['Alpha', '101'],
        ['Bravo', '102'],
      ]),
    );
  });

  test('move with Alt+ArrowUp and Alt+ArrowDown from inside a row; focus follows the entry', async ({ editor, page }) => {
    await editor.speedDial(1).number.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expectSpeedDials(editor, [
      ['Bravo', '102'],
      ['Alpha', '101'],
      ['Charlie', '103'],
    ]);
    await expect(editor.speedDial(2).number).toBeFocused();

    await page.keyboard.press('Alt+ArrowDown');
    await expect(editor.speedDial(3).number).toBeFocused();
    // Already last: nothing moves.
    await page.keyboard.press('Alt+ArrowDown');
    await expectSpeedDials(editor, [
      ['Bravo', '102'],
      ['Charlie', '103'],
      ['Alpha', '101'],
    ]);

    await editor.speedDial(2).label.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expectSpeedDials(editor, [
      ['Charlie', '103'],
      ['Bravo', '102'],
      ['Alpha', '101'],
    ]);
    await expect(editor.speedDial(1).label).toBeFocused();

    const saved = await editor.save();
    expect(saved.text).toBe(
      fileOf([
        ['Charlie', '103'],
        ['Bravo', '102'],
        ['Alpha', '101'],
      ]),
    );
  });

  test('a number with characters the phone cannot dial says which', async ({ editor }) => {
    await editor.speedDial(1).number.fill('0 800-123');
    await expect(editor.speedDial(1).number).toHaveAccessibleDescription('Speed dial 1 number may hold only digits, * and #, and a comma for a pause; it has a space, “-”.');
  });
});

test('capacity: a 4610SW file with 48 entries cannot take another, and says why', async ({ editor }) => {
  await editor.openAndWait('4001_4610data.txt', fixture('full-4610.txt'));
  await expect(editor.model).toHaveValue('4610SW');
  await expect(editor.speedDialRows()).toHaveCount(48);
  await expect(editor.speedDials.getByText('48 of 48 entries on the 4610SW.', { exact: false })).toBeVisible();
  await expect(editor.addSpeedDial).toHaveAttribute('aria-disabled', 'true');
  await expect(editor.addSpeedDial).toHaveAccessibleDescription('The list is full: the 4610SW holds 48 speed dials. Remove one to add another.');
  // aria-disabled keeps it focusable (so its reason is read); a click does nothing.
  await expect(editor.addSpeedDial).toBeDisabled();
  await editor.addSpeedDial.click({ force: true });
  await expect(editor.speedDialRows()).toHaveCount(48);
  await editor.expectDirty(false);

  await editor.speedDial(48).remove.click();
  await expect(editor.addSpeedDial).toHaveAttribute('aria-disabled', 'false');
  await expect(editor.addSpeedDial).toHaveAccessibleDescription('');
  await editor.addSpeedDial.click();
  await expect(editor.speedDialRows()).toHaveCount(48);
  await expect(editor.speedDial(48).label).toBeFocused();
  await expect(editor.speedDial(48).label).toHaveValue('');
  await expect(editor.addSpeedDial).toHaveAttribute('aria-disabled', 'true');

  // The 4620 family holds 108: the same file on a 4620SW has room again.
  await editor.model.selectOption('4620SW');
  await expect(editor.addSpeedDial).toHaveAttribute('aria-disabled', 'false');
});
