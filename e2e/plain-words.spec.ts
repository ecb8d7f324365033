import type { Locator, Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { changedLines, expect, fixture, test } from './fixtures.ts';

/**
 * Plain words (issue 19, point 7): where each fact comes from is said in words with a legend a keyboard and a tap
 * open, the messages say what they mean, a value with spaces around it offers a trim, and ranges are number inputs
 * with their bounds.
 */

const OFFICE = fixture('office.txt').toString('utf8');

/** Presses Tab until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${max} presses of Tab did not reach ${target.toString()}`);
}

test.describe('where the editor’s knowledge comes from', () => {
  test('each setting and list says its source in words; no [doc], [sibling] or [assumed] is left', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', OFFICE);
    await expect(editor.field('Contrast')).toHaveAccessibleDescription(/Source: our best guess\./);
    await expect(editor.field('Personalized Ring')).toHaveAccessibleDescription(/Source: the 1600\/9600 guides\./);
    await expect(editor.field('Call Appearance Width')).toHaveAccessibleDescription(/Source: Avaya’s 4600 guide for the option, its default \(full width\) and which phones have it, our best guess for its values 0 and 1\./);
    await expect(editor.speedDials.getByText('Source: the 1600/9600 guides for the names of the lines, our best guess for how many entries and characters fit.')).toBeVisible();
    await expect(page.getByText(/\[(doc|sibling|assumed)\]/)).toHaveCount(0);
    // No tooltip stands in for the words.
    await expect(page.locator('.mark[title]')).toHaveCount(0);
  });

  test('the legend opens from the keyboard (Tab to it, Enter) and by a click, and reads what each source means', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', OFFICE);
    const summary = page.getByText('Where the editor’s knowledge comes from', { exact: true });
    const legend = page.locator('#marks-legend');
    const meaning = legend.getByText(/^No guide says it, and no backup file written by a 4600 phone was at hand to check/);
    await expect(meaning).toBeHidden();

    // By keyboard: from the model select (just above it) Tab reaches the legend, Enter opens it.
    await editor.extension.focus();
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    await expect(legend).toHaveAttribute('open', '');
    await expect(legend.getByRole('term')).toHaveText(['Avaya’s 4600 guide', 'the 1600/9600 guides', 'our best guess']);
    await expect(legend.getByRole('definition')).toHaveText([
      'Stated in Avaya’s 4600 Series IP Telephone LAN Administrator Guide.',
      /^Stated in Avaya’s guides for the later 1600 and 9600 series phones, whose backup files work the same way/,
      /^No guide says it, and no backup file written by a 4600 phone was at hand to check: the editor’s best reading\./,
    ]);
    await expect(meaning).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(meaning).toBeHidden();

    // By a click (or a tap): the summary opens and closes it.
    await summary.click();
    await expect(meaning).toBeVisible();
    await summary.click();
    await expect(meaning).toBeHidden();
  });

  test('the legend in German', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => localStorage.setItem('avaya-4600-editor.locale', 'de'));
    await page.reload();
    await page.locator('input[type=file]').first().setInputFiles({ name: '4711_4620data.txt', mimeType: 'text/plain', buffer: Buffer.from(OFFICE, 'utf8') });
    await expect(page.getByLabel('Kontrast Contrast', { exact: true })).toBeVisible();
    const summary = page.getByText('Woher das Wissen des Editors stammt', { exact: true });
    await summary.click();
    await expect(page.locator('#marks-legend').getByRole('term')).toHaveText(['Avayas 4600-Handbuch', 'die Handbücher der Serien 1600/9600', 'unsere beste Annahme']);
    await expect(page.getByLabel('Kontrast Contrast', { exact: true })).toHaveAccessibleDescription(/Quelle: unsere beste Annahme\./);
  });
});

test.describe('ranges are number inputs with their bounds', () => {
  test('Contrast and Personalized Ring: number inputs with min and max, the bounds said under them', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', OFFICE);
    for (const [name, max] of [
      ['Contrast', '15'],
      ['Personalized Ring', '8'],
    ] as const) {
      const field = editor.field(name);
      await expect(field).toHaveAttribute('type', 'number');
      await expect(field).toHaveAttribute('min', '1');
      await expect(field).toHaveAttribute('max', max);
      await expect(field).toHaveAccessibleDescription(new RegExp(`A whole number from 1 to ${max}\\.`));
    }
    await expect(editor.page.getByText('A whole number from 1 to 15.', { exact: true })).toBeVisible();
  });

  test('a number out of range from the file is shown as it is, with why; so is a value that is not a number', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', OFFICE.replace('Contrast=9', 'Contrast=99').replace('Personalized Ring=3', 'Personalized Ring=abc'));
    const contrast = editor.field('Contrast');
    await expect(contrast).toHaveAttribute('type', 'number');
    await expect(contrast).toHaveValue('99');
    await expect(contrast).toHaveAttribute('aria-invalid', 'true');
    await expect(contrast).toHaveAccessibleDescription(/Contrast is 1 to 15; this file says “99”\./);

    // A number input cannot show "abc": the field stays a text box that shows it, says why, and offers a valid value.
    const ring = editor.field('Personalized Ring');
    await expect(ring).toHaveAttribute('type', 'text');
    await expect(ring).toHaveValue('abc');
    await expect(ring).toHaveAccessibleDescription(/Personalized Ring is 1 to 8; this file says “abc”\./);
    const setValid = page.getByRole('button', { name: 'Set Personalized Ring to 1', exact: true });
    await expect(setValid).toHaveText('Set Personalized Ring to 1');
    // Saved untouched until the user says otherwise (asked about first: they are errors).
    let saved = await editor.saveAnyway();
    expect(saved.text).toBe(OFFICE.replace('Contrast=9', 'Contrast=99').replace('Personalized Ring=3', 'Personalized Ring=abc'));
    await setValid.click();
    await expect(ring).toHaveAttribute('type', 'number');
    await expect(ring).toHaveValue('1');
    await expect(ring).toBeFocused();
    await expect(setValid).toHaveCount(0);
    saved = await editor.saveAnyway();
    expect(changedLines(OFFICE, saved.text)).toEqual([
      ['Personalized Ring=3', 'Personalized Ring=1'],
      ['Contrast=9', 'Contrast=99'],
    ]);
  });
});

test.describe('a value with spaces around it offers a trim', () => {
  test('typed in a field: Trim makes it the trimmed value, and Undo brings the spaces back', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', OFFICE);
    const ip = editor.field('FTP Server IP Address');
    await ip.fill(' 10.0.0.7 ');
    await expect(ip).toHaveAttribute('aria-invalid', 'true');
    await expect(ip).toHaveAccessibleDescription(/FTP Server IP Address must be written without spaces around it; you entered “ 10\.0\.0\.7 ”\./);
    // The same problem in Problems, with the same offer.
    await expect(editor.problems.getByRole('button', { name: 'Trim line 18 to “10.0.0.7”', exact: true })).toBeVisible();

    const trim = page.getByRole('button', { name: 'Trim FTP Server IP Address to “10.0.0.7”', exact: true });
    await trim.click();
    await expect(ip).toHaveValue('10.0.0.7');
    await expect(ip).not.toHaveAttribute('aria-invalid', 'true');
    await expect(ip).toBeFocused();
    await expect(trim).toHaveCount(0);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Undo: trim the spaces around FTP Server IP Address', exact: true })).toBeVisible();

    // The trim is a step of its own: one undo brings back exactly what was typed.
    await page.keyboard.press('Control+z');
    await expect(ip).toHaveValue(' 10.0.0.7 ');
    await page.keyboard.press('Control+Shift+z');
    await expect(ip).toHaveValue('10.0.0.7');
    const saved = await editor.save();
    expect(changedLines(OFFICE, saved.text)).toEqual([['FTP Server IP Address=192.168.10.5', 'FTP Server IP Address=10.0.0.7']]);
  });

  test('from the file, in Problems: “ 7 ” in Contrast is trimmed to 7 in one click, and Undo brings it back', async ({ editor, page }) => {
    const source = OFFICE.replace('Contrast=9', 'Contrast= 7 ').replace('ABKNUMBER002=4400', 'ABKNUMBER002= 4400');
    await editor.openAndWait('4711_4620data.txt', source);
    const contrast = editor.field('Contrast');
    // Shown as it is: a number input could not show the spaces.
    await expect(contrast).toHaveAttribute('type', 'text');
    await expect(contrast).toHaveValue(' 7 ');
    await expect(contrast).toHaveAccessibleDescription(/Contrast must be written without spaces around it; this file says “ 7 ”\./);
    await expect(page.getByRole('button', { name: 'Trim Contrast to “7”', exact: true })).toBeVisible();

    const trim = editor.problems.getByRole('button', { name: 'Trim line 15 to “7”', exact: true });
    await trim.click();
    await expect(contrast).toHaveValue('7');
    await expect(contrast).toHaveAttribute('type', 'number');
    await expect(trim).toHaveCount(0);
    // A speed dial number too.
    await editor.problems.getByRole('button', { name: 'Trim line 5 to “4400”', exact: true }).click();
    await expect(editor.speedDial(2).number).toHaveValue('4400');

    await page.keyboard.press('Control+z');
    await expect(editor.speedDial(2).number).toHaveValue(' 4400');
    await expect(contrast).toHaveValue('7');
    await page.keyboard.press('Control+z');
    await expect(contrast).toHaveValue(' 7 ');
    await editor.expectDirty(false);
  });
});

test.describe('messages that say what they mean', () => {
  test('a long label says how long it is and how much the phone shows; a value typed is not called the file’s', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', OFFICE);
    await editor.speedDial(3).label.fill('Security desk on the ground floor, east');
    await expect(editor.problems.getByRole('button', { name: 'Speed dial 3 label is 39 characters long; the phone shows only the first 13 (26 are cut off).', exact: true })).toBeVisible();
    await editor.featureButton(1).fill('Pickup group 1');
    await expect(editor.problems.getByRole('button', { name: 'Feature button 1 label is 14 characters long; the phone shows only the first 13 (1 is cut off).', exact: true })).toBeVisible();

    const contrast = editor.field('Contrast');
    await contrast.fill('0');
    await expect(contrast).toHaveAccessibleDescription(/Contrast is 1 to 15; you entered “0”\./);
    await expect(editor.problems.getByRole('button', { name: /^Contrast is 1 to 15; you entered “0”\. The phone ignores it/ })).toBeVisible();
    // Back to the file's value, it is the file's again.
    await contrast.fill('9');
    await expect(contrast).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('NUL bytes are called NUL characters', async ({ editor }) => {
    await editor.open('phone.txt', Buffer.from('\r\nContrast=9\r\n\0x'));
    await expect(editor.alert).toContainText('“phone.txt” is not a text file: it holds NUL characters (bytes of value 0), the first at byte 14. Pick the phone’s .txt backup file.');
  });
});

test.describe('axe finds no violations', () => {
  test.describe.configure({ timeout: 60_000 });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the editor with the legend open, number inputs, a trim and a set-valid offer (${scheme})`, async ({ editor, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await editor.openAndWait('4711_4620data.txt', OFFICE.replace('Contrast=9', 'Contrast= 7 ').replace('Personalized Ring=3', 'Personalized Ring=abc'));
      await page.getByText('Where the editor’s knowledge comes from', { exact: true }).click();
      await expect(page.getByRole('button', { name: 'Trim Contrast to “7”', exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Set Personalized Ring to 1', exact: true })).toBeVisible();
      await expectNoViolations(page, `${scheme}: editor`);
    });
  }
});
