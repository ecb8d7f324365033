import { expect, fixture, test } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';

// What you see is what gets saved: the name, the errors Save asks about, and what a save says it did.
test.describe('one name everywhere', () => {
  test('the header shows the name Save writes, following the extension, the protocol and the model', async ({ editor }) => {
    await editor.openAndWait('5555_4620data.txt', fixture('office.txt'));
    const shown = (name: string) => expect(editor.banner.getByText(name, { exact: true })).toBeVisible();
    await editor.extension.fill('6666');
    await shown('6666_4620data.txt');
    await expect(editor.telephone).toContainText('Saves as 6666_4620data.txt (last opened or saved as 5555_4620data.txt)');
    await editor.protocol.selectOption({ label: 'SIP' });
    await shown('6666_4620data_sip.txt');
    await editor.model.selectOption('4610SW');
    await shown('6666_4610data_sip.txt');
    await editor.model.selectOption('4620SW');
    await editor.protocol.selectOption({ label: 'H.323' });
    expect((await editor.save()).name).toBe('6666_4620data.txt');
    await shown('6666_4620data.txt');
    await editor.expectDirty(false);
  });

  test('an extension that is not digits is an error inline and in Problems, asked about on Save, and clears when fixed', async ({ editor, page }) => {
    await editor.openAndWait('5555_4620data.txt', fixture('office.txt'));
    await editor.extension.fill('12ab');
    const inline = page.locator('#extension-desc');
    await expect(inline).toHaveClass('field__error');
    await expect(inline).toHaveText('The extension “12ab” is not digits only, so Save cannot name the file by the telephone’s rule. Correct it under Telephone, or choose a name with Save as.');
    const error = editor.problems.locator('.problem--error', { hasText: 'The extension “12ab” is not digits only' });
    await expect(error).toHaveCount(1);

    await editor.button('Save').click();
    const question = editor.errorsQuestion();
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Save anyway' })).toHaveCount(0);
    await question.getByRole('button', { name: 'Go to the first error' }).click();
    await expect(question).toBeHidden();
    await expect(editor.extension).toBeFocused();

    await editor.extension.fill('5556');
    await expect(error).toHaveCount(0);
    await expect(inline).toHaveClass('field__desc');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect((await editor.save()).name).toBe('5556_4620data.txt');
  });

  test('a name with hidden or direction-changing characters is shown with their codes and flagged', async ({ editor }) => {
    // Reads as "2001_4620data.txt" on screen without the codes.
    const disguised = '2001_\u202Etxt.atad0264';
    await editor.openAndWait(disguised, fixture('office.txt'));
    await expect(editor.problems).toContainText('The name this file was opened under holds hidden characters that change how it reads: 2001_[U+202E]txt.atad0264.');
    await expect(editor.telephone).toContainText('(last opened or saved as 2001_[U+202E]txt.atad0264)');
    await expect(editor.banner.getByText('\u202E')).toHaveCount(0);
  });
});

test.describe('errors are asked about before saving', () => {
  test('Save lists the errors: Go to the first error, or Save anyway; then a visible notice says what happened and what to do next', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.field('Contrast').fill('99');
    await editor.speedDial(1).number.fill('12ab34');

    await editor.button('Save').click();
    const question = editor.errorsQuestion();
    await expect(question).toHaveAccessibleName('Save with 2 errors?');
    // In the file's order, as Problems lists them.
    await expect(question.getByRole('listitem')).toHaveText([/^Speed dial 1 number may hold only digits/, /^Contrast is 1 to 15; this file says “99”/]);
    await question.getByRole('button', { name: 'Go to the first error' }).click();
    await expect(editor.speedDial(1).number).toBeFocused();

    // Escape is Cancel: nothing is written.
    await editor.button('Save').click();
    await expect(question).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await editor.expectDirty(true);

    const downloaded = page.waitForEvent('download');
    await editor.button('Save').click();
    await question.getByRole('button', { name: 'Save anyway' }).click();
    expect((await downloaded).suggestedFilename()).toBe('4711_4620data.txt');
    const notice = editor.notice();
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText('Downloaded 4711_4620data.txt to your downloads folder. Next, put it in the folder your telephones back up to');
    await editor.expectDirty(false);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice.getByRole('paragraph')).toHaveCount(0);
  });

  test('a file without errors is saved without a question, and Save as says so too', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.field('Contrast').fill('12');
    await editor.save();
    await expect(editor.errorsQuestion()).toHaveCount(0);
    await expect(editor.notice()).toContainText('Downloaded 4711_4620data.txt');
    await editor.saveAs('4712_4620data.txt');
    await expect(editor.notice()).toContainText('Downloaded 4712_4620data.txt');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a label too long for the phone is a warning in the form as in Problems, and asks nothing on Save', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.speedDial(1).label.fill('A label far too long for it');
    await expect(editor.page.locator('#speedDial-1-label-err')).toHaveClass('field__warning');
    await expect(editor.speedDial(1).label).not.toHaveAttribute('aria-invalid', 'true');
    await expect(editor.problems.locator('.problem--warning', { hasText: 'Speed dial 1 label' })).toHaveCount(1);
    await editor.save();
    await expect(editor.errorsQuestion()).toHaveCount(0);
  });
});

test.describe('the save question and the notice, to axe', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no violations in ${scheme}: the question with its errors, then the notice`, async ({ editor, page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
      await editor.extension.fill('');
      await editor.button('Save').click();
      await expect(editor.errorsQuestion()).toBeVisible();
      await expectNoViolations(page, `save question, ${scheme}`);
      const downloaded = page.waitForEvent('download');
      await editor.errorsQuestion().getByRole('button', { name: 'Save anyway' }).click();
      await downloaded;
      await expect(editor.notice()).toBeVisible();
      await expectNoViolations(page, `save notice, ${scheme}`);
    });
  }
});
