import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import type { EditorPage } from './pages/editor-page.ts';

/**
 * The single-file editor with no accessibility violations axe can find (WCAG 2.0 and 2.1, A and AA), in every
 * screen and state a user meets: empty, a file open, a file full of problems, each dialog, an error, the drafts
 * banner, dark mode and a 320 px wide screen. Then the common path by keyboard alone.
 * (The administrator tools have their own: admin-a11y.spec.ts.)
 */

/**
 * A file with a problem of every kind: no blank first line, an invalid value (Contrast=99), a duplicate (Contrast
 * twice), an unknown line (FOO), a password-like line, an over-long label and, on a 4620, a Cyrillic label.
 */
const PROBLEMS_FILE = [
  'ABKNAME001=Reception',
  'ABKNUMBER001=200',
  'ABKNAME002=A very long label indeed',
  'ABKNUMBER002=20x1',
  'ABKNAME003=Помощь',
  'ABKNUMBER003=202',
  'PHNLABEL01=Pickup',
  'Contrast=5',
  'Call Timer=1',
  'Contrast=99',
  'Call Timer=7',
  'FOO=bar',
  'FTP Password=x',
  '',
].join('\r\n');

async function openSample(editor: EditorPage) {
  await editor.page.goto('./?sample');
  await expect(editor.model).toBeVisible();
  await expect(editor.banner.getByText('4711_4620data.txt', { exact: true })).toBeVisible();
}

test.describe('axe finds no violations', () => {
  // Each axe run takes a second or two; on a busy machine rather more.
  test.describe.configure({ timeout: 60_000 });

  test('the empty page', async ({ editor }) => {
    const page = editor.page;
    await expect(page.getByRole('heading', { name: 'Edit a 4600-series telephone backup' })).toBeVisible();
    await expectNoViolations(page, 'empty page');
  });

  test('a file open', async ({ editor, page }) => {
    await openSample(editor);
    await expectNoViolations(page, 'sample open');
  });

  test('a file with many problems', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', PROBLEMS_FILE);
    await editor.model.selectOption('4620');
    await expect(editor.problems.getByRole('button', { name: /cannot show Cyrillic/ })).toBeVisible();
    await expect(editor.problems.getByRole('button', { name: /^Contrast is 1 to 15/ })).toBeVisible();
    await expect(editor.problems.getByRole('button', { name: /looks like a password/ })).toBeVisible();
    await expect(editor.problems.getByRole('button', { name: /“FOO” is not a name the editor knows/ })).toBeVisible();
    await expect(editor.problems.getByRole('button', { name: /sets Contrast again/ })).toBeVisible();
    await expectNoViolations(page, 'many problems');
  });

  test('the New dialog', async ({ editor, page }) => {
    await editor.choose('New');
    const dialog = page.getByRole('dialog', { name: 'New backup file' });
    await expect(dialog).toBeVisible();
    await expectNoViolations(page, 'New dialog');
    // With the error shown after an empty Create.
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByText('Give the telephone’s extension: digits only, such as 4711.')).toBeVisible();
    await expectNoViolations(page, 'New dialog, extension missing');
  });

  test('the Save as dialog', async ({ editor, page }) => {
    await openSample(editor);
    await editor.button('Save as').click();
    const dialog = page.getByRole('dialog', { name: 'Save as' });
    await expect(dialog).toBeVisible();
    await expectNoViolations(page, 'Save as dialog');
    // A name off the phone's rule is flagged.
    await dialog.getByLabel('File name').fill('phone.txt');
    await expect(dialog.getByText(/^No telephone looks for this name/)).toBeVisible();
    await expectNoViolations(page, 'Save as dialog, name off the rule');
  });

  test('the Discard unsaved changes dialog', async ({ editor, page }) => {
    await openSample(editor);
    await editor.field('Contrast').fill('12');
    await editor.expectDirty(true);
    await editor.choose('Close');
    await expect(page.getByRole('dialog', { name: 'Discard unsaved changes?' })).toBeVisible();
    await expectNoViolations(page, 'Discard dialog');
  });

  test('the Remove password-like lines dialog', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', 'Contrast=9\r\nFTP Password=x\r\n');
    await editor.button('Save').click();
    await expect(page.getByRole('dialog', { name: 'Remove password-like lines?' })).toBeVisible();
    await expectNoViolations(page, 'password dialog');
  });

  test('an error alert', async ({ editor, page }) => {
    await editor.open('phone.bin', Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 0x89, 0x50, 0x4e, 0x47]));
    await expect(editor.alert).toBeVisible();
    await expectNoViolations(page, 'error alert');
    // And an error over an open file.
    await openSample(editor);
    await editor.open('phone.bin', Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]));
    await expect(editor.alert).toBeVisible();
    await expectNoViolations(page, 'error alert over a file');
  });

  test('the drafts Restore edits banner', async ({ editor, page }) => {
    await openSample(editor);
    await editor.field('Contrast').fill('12');
    await editor.expectDirty(true);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Restore edits' })).toBeVisible();
    await expectNoViolations(page, 'drafts banner');
  });

  test('dark mode with a file open', async ({ editor, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, 'dark, empty page');
    await editor.openAndWait('4711_4620data.txt', PROBLEMS_FILE);
    await editor.model.selectOption('4620');
    await editor.field('Contrast').fill('12');
    await expectNoViolations(page, 'dark, file with problems');
    await editor.button('Save as').click();
    await expect(page.getByRole('dialog', { name: 'Save as' })).toBeVisible();
    await expectNoViolations(page, 'dark, Save as dialog');
    // The red button of a question that loses work (its text once failed contrast on the dark theme's red).
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Save as' })).toBeHidden();
    await editor.choose('Close');
    await expect(page.getByRole('dialog', { name: 'Discard unsaved changes?' })).toBeVisible();
    await expectNoViolations(page, 'dark, Discard dialog');
  });

  test('a 320 px wide screen with a file open', async ({ editor, page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openSample(editor);
    await expectNoViolations(page, '320 px, sample open');
    // Nothing but the tables may scroll sideways: the page itself fits (WCAG 1.4.10 Reflow).
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), 'page wider than 320 px').toBeLessThanOrEqual(0);
    // And with long problem messages and error text beside the fields (one file: no file list).
    await editor.goto();
    await editor.openAndWait('4711_4620data.txt', PROBLEMS_FILE);
    await expectNoViolations(page, '320 px, file with problems');
    expect(await overflow(), 'page wider than 320 px, file with problems').toBeLessThanOrEqual(0);
  });
});

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { max = 200, back = false } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}`);
}

/** The focused element shows a visible outline. */
async function expectFocusVisible(page: Page, what: string) {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, width: s.outlineWidth, focusVisible: el.matches(':focus-visible') };
  });
  expect(style, `${what}: something has the focus`).not.toBeNull();
  expect(style?.focusVisible, `${what}: :focus-visible`).toBe(true);
  expect(style?.outline, `${what}: outline`).not.toBe('none');
  expect(style?.width, `${what}: outline width`).not.toBe('0px');
}

test('keyboard only: open the sample, edit, add and move a speed dial, go to a problem, save', async ({ editor, page }) => {
  test.setTimeout(60_000);
  // From page load: Tab to the welcome's Try a sample.
  const sample = page.getByRole('main').getByRole('button', { name: 'Try a sample', exact: true });
  await tabTo(page, sample);
  await expectFocusVisible(page, 'Try a sample');
  await page.keyboard.press('Enter');
  await expect(editor.model).toBeVisible();
  await editor.expectDirty(false);

  // The Problems list comes right after the header (Skip to the form, the toolbar, the language), as it is drawn
  // first on a narrow screen.
  const cut = editor.problems.getByRole('button', { name: 'Feature button 3 label is 14 characters long; the phone shows only the first 13 (1 is cut off).' });
  await tabTo(page, cut, { max: 10 });
  await expectFocusVisible(page, 'the first problem');

  // Contrast: Tab to it, arrow up steps the value.
  const contrast = editor.field('Contrast');
  await tabTo(page, contrast);
  await expectFocusVisible(page, 'Contrast');
  await expect(contrast).toHaveValue('9');
  await page.keyboard.press('ArrowUp');
  await expect(contrast).toHaveValue('10');
  await editor.expectDirty(true);

  // Back up to Add speed dial (it is above the settings), and add one: focus lands in its label.
  const rows = await editor.speedDialRows().count();
  await tabTo(page, editor.addSpeedDial, { back: true });
  await expectFocusVisible(page, 'Add speed dial');
  await page.keyboard.press('Space');
  const added = editor.speedDial(rows + 1);
  await expect(added.label).toBeFocused();
  await expectFocusVisible(page, 'the new label');
  await page.keyboard.type('Lobby');
  await page.keyboard.press('Tab');
  await expect(added.number).toBeFocused();
  await page.keyboard.type('4321');

  // Alt+↑ moves the entry up; focus stays in its number.
  await page.keyboard.press('Alt+ArrowUp');
  const moved = editor.speedDial(rows);
  await expect(moved.number).toBeFocused();
  await expect(moved.number).toHaveValue('4321');
  await expect(moved.label).toHaveValue('Lobby');

  // The Problems list: an item takes the focus to its field.
  const item = editor.problems.getByRole('button', { name: /^Line 28: “LOCATION” is not a name the editor knows/ });
  await tabTo(page, item, { back: true });
  await expectFocusVisible(page, 'the problem');
  await page.keyboard.press('Enter');
  await expect(editor.otherLine(28)).toBeFocused();
  await expectFocusVisible(page, 'the field of the problem');

  // Ctrl+S saves: a download, with the edits in it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  expect(download.suggestedFilename()).toBe('4711_4620data.txt');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toContain('Contrast=10');
  expect(text).toContain(`ABKNAME00${rows}=Lobby`);
  expect(text).toContain(`ABKNUMBER00${rows}=4321`);
  await editor.expectDirty(false);
});

test('keyboard: "Skip to the form" is the first Tab stop, and passes the header, the problems and the preview', async ({ editor, page }) => {
  await page.goto('./?sample');
  await expect(editor.model).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the form' });
  await expect(skip).toBeFocused();
  await expectFocusVisible(page, 'Skip to the form');
  // Shown where it can be seen, over the header.
  const box = await skip.boundingBox();
  expect(box && box.x >= 0 && box.y >= 0 && box.y < 64, 'Skip to the form is on screen when focused').toBe(true);
  await page.keyboard.press('Enter');
  await expect(editor.model).toBeFocused();
});

test('keyboard: when the focused control goes away, focus goes somewhere sensible, never to the page', async ({ editor, page }) => {
  await editor.openAndWait('4711_4620data.txt', `\r\n${PROBLEMS_FILE}`);
  const onBody = () => page.evaluate(() => document.activeElement === document.body);

  // Remove a line from the Problems list: the list's heading.
  await editor.problems.getByRole('button', { name: /^Remove line/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Problems' })).toBeFocused();

  // Remove an other line: the next line's text.
  const others = page.getByRole('region', { name: 'Other lines' });
  const removes = others.getByRole('button', { name: /^Remove/ });
  const before = await removes.count();
  await removes.first().click();
  await expect(removes).toHaveCount(before - 1);
  await expect(others.getByRole('textbox').first()).toBeFocused();

  // Save as, cancelled: back on its button, though the dialog leaves the page.
  await editor.button('Save as').click();
  await page.getByRole('dialog', { name: 'Save as' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.button('Save as')).toBeFocused();

  // New: into the new file's form.
  await editor.createNew('4001', '4620SW', 'H.323');
  await expect(editor.model).toBeFocused();
  expect(await onBody()).toBe(false);
});

test('keyboard: restoring drafts puts focus on the restored file', async ({ editor, page }) => {
  await editor.openAndWait('4711_4620data.txt', `\r\n${PROBLEMS_FILE}`);
  await editor.speedDial(1).label.fill('Front desk');
  await editor.expectDirty(true);
  await page.reload();
  await page.getByRole('button', { name: 'Restore edits' }).click();
  await expect(editor.model).toBeFocused();
});
