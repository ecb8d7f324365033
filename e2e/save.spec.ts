import { readFileSync } from 'node:fs';
import { changedLines, expect, fixture, test } from './fixtures.ts';

test.describe('saving', () => {
  test('an unedited canonical file is saved byte for byte as it was read', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    const saved = await editor.save();
    expect(saved.name).toBe('4711_4620data.txt');
    expect(saved.bytes.equals(fixture('office.expected.txt'))).toBe(true);
  });

  test('an unedited hand-made file gets only the documented normalisations: BOM dropped, blank first line added', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('bom-no-blank.txt'));
    const saved = await editor.save();
    expect(saved.bytes.equals(fixture('bom-no-blank.expected.txt'))).toBe(true);
    expect(saved.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
  });

  test('a file with LF line ends keeps them, and gets a blank first line', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('lf-no-blank.txt'));
    const saved = await editor.save();
    expect(saved.bytes.equals(fixture('lf-no-blank.expected.txt'))).toBe(true);
  });

  test('KEY SCENARIO: change Speed dial 1 number and Contrast, save: exactly those two lines differ', async ({ editor, page }) => {
    const original = fixture('office.txt').toString('utf8');
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.expectDirty(false);

    await editor.speedDial(1).number.fill('201');
    await editor.expectDirty(true);
    // Typed key by key, as a user does: the field is empty for a moment on the way.
    await editor.field('Contrast').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('12');
    await expect(editor.field('Contrast')).toHaveValue('12');

    const saved = await editor.save();
    expect(saved.name).toBe('4711_4620data.txt');
    expect(changedLines(original, saved.text)).toEqual([
      ['ABKNUMBER001=200', 'ABKNUMBER001=201'],
      ['Contrast=9', 'Contrast=12'],
    ]);
    expect(saved.bytes.equals(fixture('office-edited.expected.txt'))).toBe(true);
    await editor.expectDirty(false);
  });

  test('the unsaved-changes badge follows the document: edit, undo by hand, save, Ctrl+S', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.expectDirty(false);
    await editor.field('Contrast').fill('10');
    await editor.expectDirty(true);
    // Typing the old value back leaves nothing to save.
    await editor.field('Contrast').fill('9');
    await editor.expectDirty(false);

    await editor.featureButton(3).fill('Forward');
    await editor.expectDirty(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    expect(download.suggestedFilename()).toBe('4711_4620data.txt');
    await editor.expectDirty(false);
    // The new label is one new line, next to the other feature button labels.
    const saved = readFileSync(await download.path()).toString('utf8');
    expect(saved).toBe(fixture('office.txt').toString('utf8').replace('PHNLABEL02=Park\r\n', 'PHNLABEL02=Park\r\nPHNLABEL03=Forward\r\n'));
  });

  test('the file name follows the rule: extension, family, _sip', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    const savesAs = editor.telephone.getByText(/^Saves as/);
    await expect(savesAs).toHaveText('Saves as 4711_4620data.txt');

    await editor.protocol.selectOption({ label: 'SIP' });
    await expect(savesAs).toHaveText(/^Saves as 4711_4620data_sip\.txt /);
    expect((await editor.save()).name).toBe('4711_4620data_sip.txt');

    await editor.model.selectOption('4610SW');
    await editor.extension.fill('5001');
    await expect(savesAs).toHaveText(/^Saves as 5001_4610data_sip\.txt /);
    expect((await editor.save()).name).toBe('5001_4610data_sip.txt');

    // A 4625SW is of the 4620 family; H.323 drops the suffix.
    await editor.model.selectOption('4625SW');
    await editor.protocol.selectOption({ label: 'H.323' });
    expect((await editor.save()).name).toBe('5001_4620data.txt');
  });

  test('a file opened under another name is saved under the rule’s name; Release 2.0 form without an extension only when asked', async ({ editor, page }) => {
    await editor.openAndWait('backup copy.txt', fixture('speed-dials.txt'), '4620data.txt');
    await expect(editor.extension).toHaveValue('');
    // No extension would write the name every phone shares: an error, asked about, saved only knowingly.
    const saved = page.waitForEvent('download');
    await editor.button('Save').click();
    await expect(editor.errorsQuestion()).toContainText('The extension is empty, so Save would write 4620data.txt');
    await editor.errorsQuestion().getByRole('button', { name: 'Save anyway' }).click();
    expect((await saved).suggestedFilename()).toBe('4620data.txt');
    await editor.extension.fill('4711');
    expect((await editor.save()).name).toBe('4711_4620data.txt');
  });

  test('Save as lets the user choose another name, and warns that the phone will not find it', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.field('Contrast').fill('12');

    await editor.button('Save as').click();
    const dialog = page.getByRole('dialog', { name: 'Save as' });
    const name = dialog.getByLabel('File name');
    await expect(name).toHaveValue('4711_4620data.txt');
    await expect(name).toHaveAccessibleDescription('The telephone finds its backup by this name.');
    await name.fill('reception desk.txt');
    await expect(name).toHaveAccessibleDescription('No telephone looks for this name: this one restores only from 4711_4620data.txt. Keep it for a copy that is not for the telephone.');
    // The phone's name is one click away; a name it fetches is said to be one.
    await dialog.getByRole('button', { name: 'Use 4711_4620data.txt' }).click();
    await expect(name).toHaveValue('4711_4620data.txt');
    await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
    // Folders and hidden characters cannot be part of the name.
    for (const bad of ['../4711_4620data.txt', 'a\\b.txt', '4711_\u202Etxt.atad0264']) {
      await name.fill(bad);
      await expect(name).toHaveAccessibleDescription(/^A file name cannot hold a folder/);
      await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    }
    await name.fill('');
    await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    const saved = await editor.saveAs('reception desk.txt');
    expect(saved.name).toBe('reception desk.txt');
    expect(changedLines(fixture('office.txt').toString('utf8'), saved.text)).toEqual([['Contrast=9', 'Contrast=12']]);
    await expect(editor.banner.getByText('reception desk.txt', { exact: true })).toBeVisible();
    await editor.expectDirty(false);
    // The chosen name is the file's now: the header says it, the next Save writes it, Problems reminds the user.
    await expect(editor.problems).toContainText('Save writes reception desk.txt, the name you chose with Save as. No telephone looks for it: this one restores from 4711_4620data.txt.');
    await editor.field('Contrast').fill('13');
    expect((await editor.save()).name).toBe('reception desk.txt');
    // A change of what the name is made of brings the phone's name back, in the header first.
    await editor.extension.fill('4712');
    await expect(editor.banner.getByText('4712_4620data.txt', { exact: true })).toBeVisible();
    expect((await editor.save()).name).toBe('4712_4620data.txt');
  });

  test('Save as asks before writing password-like lines, as Save does: keep them, or remove them and save', async ({ editor, page }) => {
    const text = '\r\nContrast=9\r\nFTP Password=hunter2\r\n';
    await editor.openAndWait('4711_4620data.txt', Buffer.from(text));
    const prompt = page.getByRole('dialog', { name: 'Remove password-like lines?' });
    /** Save as under `name`, answering the question with `answer`; the download it makes. */
    const saveAsAnswering = async (name: string, answer: 'Save with them' | 'Remove them and save') => {
      const downloaded = page.waitForEvent('download');
      await editor.button('Save as').click();
      const dialog = page.getByRole('dialog', { name: 'Save as' });
      await dialog.getByLabel('File name').fill(name);
      await dialog.getByRole('button', { name: 'Save under this name' }).click();
      await expect(prompt).toBeVisible();
      await prompt.getByRole('button', { name: answer }).click();
      return downloaded;
    };

    const kept = await saveAsAnswering('with secrets.txt', 'Save with them');
    expect(kept.suggestedFilename()).toBe('with secrets.txt');
    expect(readFileSync(await kept.path(), 'utf8')).toBe(text);

    const removed = await saveAsAnswering('clean.txt', 'Remove them and save');
    expect(removed.suggestedFilename()).toBe('clean.txt');
    expect(readFileSync(await removed.path(), 'utf8')).toBe('\r\nContrast=9\r\n');
  });

  test('closing a file with unsaved changes asks first', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.field('Contrast').fill('12');
    await editor.choose('Close');
    const confirm = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await expect(confirm).toContainText('If you close 4711_4620data.txt, they will be lost.');
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await expect(confirm).toBeHidden();
    await expect(editor.field('Contrast')).toHaveValue('12');

    await editor.choose('Close');
    await confirm.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('heading', { name: 'Edit a 4600-series telephone backup' })).toBeVisible();
    await expect(editor.model).toHaveCount(0);
  });
});

test.describe('New', () => {
  test('creates a file for an extension, model and protocol; one speed dial saves as exactly two lines', async ({ editor }) => {
    await editor.createNew('4001', '4610SW', 'SIP');
    await expect(editor.banner.getByText('4001_4610data_sip.txt', { exact: true })).toBeVisible();
    await expect(editor.model).toHaveValue('4610SW');
    await expect(editor.protocol).toHaveValue('sip');
    await expect(editor.extension).toHaveValue('4001');
    await expect(editor.speedDials.getByText('No speed dials in this file.')).toBeVisible();
    await expect(editor.featureButtons()).toHaveCount(12);
    await expect(editor.field('Transfer Type')).toBeVisible();

    await editor.addSpeedDial.click();
    await editor.speedDial(1).label.fill('Desk');
    await editor.speedDial(1).number.fill('100');
    const saved = await editor.save();
    expect(saved.name).toBe('4001_4610data_sip.txt');
    expect(saved.text).toBe('\r\nABKNAME001=Desk\r\nABKNUMBER001=100\r\n');
    expect(saved.bytes.equals(fixture('new-4610-sip.expected.txt'))).toBe(true);
  });

  test('a new file with nothing in it is a blank line; the dialog insists on a digits-only extension', async ({ editor, page }) => {
    await editor.choose('New');
    const dialog = page.getByRole('dialog', { name: 'New backup file' });
    await dialog.getByLabel('Extension', { exact: true }).fill('47a1');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Extension', { exact: true })).toHaveAccessibleDescription('Give the telephone’s extension: digits only, such as 4711.');
    await expect(dialog.getByLabel('Extension', { exact: true })).toBeFocused();
    await dialog.getByLabel('Extension', { exact: true }).fill('4711');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();

    // The dialog's defaults: a 4620SW on H.323.
    await expect(editor.model).toHaveValue('4620SW');
    await expect(editor.protocol).toHaveValue('h323');
    const saved = await editor.save();
    expect(saved.name).toBe('4711_4620data.txt');
    expect(saved.text).toBe('\r\n');
  });
});
