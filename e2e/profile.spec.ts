import { readFileSync } from 'node:fs';
import { chooseMore, EditorPage } from './pages/editor-page.ts';
import { expectNoViolations } from './axe.ts';
import { changedLines, expect, test } from './fixtures.ts';

/*
 * A format profile (issue 16): a name the catalog does not know, taught in Other lines as one of its settings, read
 * so in every open file; kept in this browser, exported and imported; and a site's format-profile.json beside
 * index.html (the e2e server serves `sites/<name>/` as the build plus e2e/fixtures/sites/<name>/).
 */

const FILE = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nREDIALMODE=0\r\nABKNAME0=Lobby\r\nContrast=7\r\n';
const NAME = '4711_4620data.txt';

/** The Teach button of Other lines' line `n`. */
const teachButton = (editor: EditorPage, n: number) => editor.otherLines.getByRole('button', { name: `Teach this name of line ${n}`, exact: true });
const teachForm = (editor: EditorPage, name: string) => editor.otherLines.getByRole('group', { name: `Teach “${name}”: which setting is it?` });
const expectNotInFile = (editor: EditorPage, name: string) => expect(editor.field(name).locator('option:checked')).toHaveText(/^Not in the file/);
const badge = (editor: EditorPage) => editor.page.getByRole('region', { name: 'Format profile', exact: true });

async function teach(editor: EditorPage, line: number, name: string, setting: string) {
  await teachButton(editor, line).click();
  const form = teachForm(editor, name);
  await form.getByLabel('Setting', { exact: true }).selectOption({ label: setting });
  await form.getByRole('button', { name: 'Teach', exact: true }).click();
}

async function manage(editor: EditorPage) {
  await chooseMore(editor.page, 'Format profile');
  const dialog = editor.page.getByRole('dialog', { name: 'Format profile' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('format profile', () => {
  // Each test opens a file and teaches a name first; on a busy machine that alone takes a while.
  test.describe.configure({ timeout: 90_000 });

  test('a name taught in Other lines is read as its setting: the form shows the value, the file’s bytes stay, edits keep the name', async ({ editor }) => {
    await editor.openAndWait(NAME, FILE);
    await expectNotInFile(editor, 'Redial');
    await editor.expectOtherLines(['REDIALMODE=0', 'ABKNAME0=Lobby']);
    // No profile yet: nothing says one is in use.
    await expect(badge(editor)).toHaveCount(0);

    // A name that reads as a list line is refused, with the reason, and nothing changes.
    await teach(editor, 5, 'ABKNAME0', 'Redial');
    await expect(teachForm(editor, 'ABKNAME0').getByLabel('Setting', { exact: true })).toHaveAccessibleDescription(
      '“ABKNAME0” reads as a list entry (a speed dial or a feature button label), not as a setting.',
    );
    await teachForm(editor, 'ABKNAME0').getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(teachButton(editor, 5)).toBeFocused();

    await teachButton(editor, 4).click();
    const form = teachForm(editor, 'REDIALMODE');
    // The keyboard is on the list of settings; new lines are written under the taught name unless unticked.
    await expect(form.getByLabel('Setting', { exact: true })).toBeFocused();
    await expect(form.getByLabel('Write new lines of this setting as “REDIALMODE”', { exact: true })).toBeChecked();
    await form.getByLabel('Setting', { exact: true }).selectOption({ label: 'Redial' });
    await form.getByRole('button', { name: 'Teach', exact: true }).click();

    await expect(editor.field('Redial')).toHaveValue('0');
    await editor.expectOtherLines(['ABKNAME0=Lobby']);
    await expect(badge(editor)).toContainText('Format profile in use');
    await expect(badge(editor)).toContainText('REDIALMODE is Redial');
    // Teaching is not an edit: the file is as saved, its bytes unchanged, and Undo has nothing to take back.
    await editor.expectDirty(false);
    await expect(editor.banner.getByRole('button', { name: /^Undo/ })).toHaveAttribute('aria-disabled', 'true');
    const unedited = await editor.save();
    expect(unedited.text).toBe(FILE);
  });

  test('an edit keeps the line’s name; a new line takes the profile’s write name; the profile is kept in this browser', async ({ editor }) => {
    await editor.openAndWait(NAME, FILE);
    await teach(editor, 4, 'REDIALMODE', 'Redial');
    await expect(editor.field('Redial')).toHaveValue('0');
    // An edit changes the line in place, under the name it has.
    await editor.field('Redial').selectOption('1');
    const saved = await editor.save();
    expect(changedLines(FILE, saved.text)).toEqual([['REDIALMODE=0', 'REDIALMODE=1']]);

    // A new file's new line takes the profile's write name.
    await editor.createNew('4712', '4620SW', 'H.323');
    await editor.field('Redial').selectOption('0');
    const created = await editor.save();
    expect(created.text).toContain('\r\nREDIALMODE=0\r\n');
    expect(created.text).not.toContain('Redial=');

    // Kept in this browser: after a reload the name is still taught.
    await editor.page.reload();
    await editor.openAndWait(NAME, FILE);
    await expect(editor.field('Redial')).toHaveValue('0');
    await expect(badge(editor)).toContainText('REDIALMODE is Redial');
  });

  test('a step recorded before teaching undoes correctly after it', async ({ editor }) => {
    await editor.openAndWait(NAME, FILE);
    await editor.field('Contrast').fill('3');
    await editor.field('Contrast').blur();
    await editor.expectDirty(true);
    await teach(editor, 4, 'REDIALMODE', 'Redial');
    await expect(editor.field('Redial')).toHaveValue('0');
    await editor.banner.getByRole('button', { name: /^Undo/ }).click();
    await expect(editor.field('Contrast')).toHaveValue('7');
    await expect(editor.field('Redial')).toHaveValue('0');
    await editor.expectDirty(false);
    expect((await editor.save()).text).toBe(FILE);
  });

  test('export the profile, clear it, re-import it: the value is back; a file that is not a profile is refused and changes nothing', async ({ editor, page }) => {
    await editor.openAndWait(NAME, FILE);
    await teach(editor, 4, 'REDIALMODE', 'Redial');
    await expect(editor.field('Redial')).toHaveValue('0');

    const dialog = await manage(editor);
    await expect(dialog.getByRole('row', { name: /REDIALMODE/ })).toContainText('This browser');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export this browser’s profile' }).click()]);
    expect(download.suggestedFilename()).toBe('format-profile.json');
    const exported = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toEqual({ format: 'avaya-4600-backup-profile', version: 1, settings: { Redial: { aliases: ['REDIALMODE'], write: 'REDIALMODE' } } });

    await dialog.getByRole('button', { name: 'Remove all names this browser taught' }).click();
    await expect(dialog.getByRole('status')).toHaveText('The names this browser taught are removed: their lines are Other lines again.');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expectNotInFile(editor, 'Redial');
    await editor.expectOtherLines(['REDIALMODE=0', 'ABKNAME0=Lobby']);
    await expect(badge(editor)).toHaveCount(0);

    const again = await manage(editor);
    const input = again.getByLabel('Import a profile file (.json)', { exact: true });
    // Not a profile: said in plain words, nothing changes.
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"avaya-4600-backup-profile","version":2,"settings":{},"extra":1}') });
    await expect(again.getByRole('alert')).toContainText('notes.json was not imported, and nothing changed:');
    await expect(again.getByRole('alert')).toContainText('This profile is of another version: this editor reads version 1.');
    await expect(again.getByRole('alert')).toContainText('Unknown keys: “extra”.');
    await expectNotInFile(editor, 'Redial');

    await input.setInputFiles({ name: 'format-profile.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(again.getByRole('status')).toHaveText('Imported format-profile.json: its names replace those this browser had taught.');
    await again.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(editor.field('Redial')).toHaveValue('0');
    await expect(badge(editor)).toContainText('REDIALMODE is Redial');
    await editor.expectDirty(false);
  });

  test('two tabs teaching at once: each keeps the other’s name, and each tab’s open file is read with both (the later write erased the other’s)', async ({ editor, page }) => {
    const two = '\r\nREDIALMODE=0\r\nKONTRAST=3\r\n';
    await editor.openAndWait(NAME, two);
    const other = new EditorPage(await page.context().newPage());
    await other.goto();
    await other.openAndWait(NAME, two);
    // Taught in this tab: the other, which had not loaded the profile at all, reads its file with it at once.
    await teach(editor, 2, 'REDIALMODE', 'Redial');
    await expect(editor.field('Redial')).toHaveValue('0');
    await expect(other.field('Redial')).toHaveValue('0');
    await expect(badge(other)).toContainText('REDIALMODE is Redial');
    // Taught in the other tab: this one follows, and neither name is lost.
    await teach(other, 3, 'KONTRAST', 'Contrast');
    await expect(other.field('Contrast')).toHaveValue('3');
    await expect(editor.field('Contrast')).toHaveValue('3');
    await expect(badge(editor)).toContainText('KONTRAST is Contrast');
    await expect(badge(editor)).toContainText('REDIALMODE is Redial');
    const kept = await page.evaluate(() => localStorage.getItem('avaya-4600-editor.profile'));
    expect(kept).toContain('REDIALMODE');
    expect(kept).toContain('KONTRAST');
    // Removed in this tab: gone in the other too.
    const dialog = await manage(editor);
    await dialog.getByRole('button', { name: 'Remove KONTRAST' }).click();
    await expect(other.field('Contrast')).not.toHaveValue('3');
    await expect(other.field('Redial')).toHaveValue('0');
    await other.page.close();
  });

  test('a site profile beside index.html is read at the start: the file’s form shows the value', async ({ page }) => {
    const editor = new EditorPage(page);
    await page.addInitScript(`window.shift = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shift += e.value; }).observe({ type: 'layout-shift', buffered: true });`);
    const read = page.waitForResponse((r) => r.url().endsWith('/format-profile.json'));
    await page.goto('sites/good/');
    // The profile is read once the page has started: its badge comes with the open file, whose reading it changes,
    // not on the first screen a moment after it is drawn, which would move the screen down.
    await read;
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))));
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    await expect(badge(editor)).toHaveCount(0);
    await editor.openAndWait(NAME, FILE);
    await expect(badge(editor)).toContainText('REDIALMODE is Redial');
    await expect(editor.field('Redial')).toHaveValue('0');
    await editor.expectOtherLines(['ABKNAME0=Lobby']);
    await editor.expectDirty(false);
    const dialog = await manage(editor);
    await expect(dialog.getByRole('row', { name: /REDIALMODE/ })).toContainText('This site');
    // The site's names cannot be removed here, and there is nothing of this browser's to export.
    await expect(dialog.getByRole('row', { name: /REDIALMODE/ }).getByRole('button')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Export this browser’s profile' })).toBeDisabled();
  });

  test('a malformed site profile is reported in plain words and ignored', async ({ page }) => {
    const editor = new EditorPage(page);
    await page.goto('sites/bad/');
    const notice = page.getByRole('status').filter({ hasText: 'The site’s format profile (format-profile.json) was not used, and nothing of it applies:' });
    await expect(notice).toContainText('Unknown keys in settings › Redial: “writes”.');
    await editor.openAndWait(NAME, FILE);
    await expectNotInFile(editor, 'Redial');
    await editor.expectOtherLines(['REDIALMODE=0', 'ABKNAME0=Lobby']);
    await expect(badge(editor)).toHaveCount(0);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('no site profile: nothing is said', async ({ editor, page }) => {
    await editor.openAndWait(NAME, FILE);
    await expectNotInFile(editor, 'Redial');
    await expect(page.getByText(/format profile/i)).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: the teach form, the badge and the profile's dialog (${scheme})`, async ({ editor, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await editor.openAndWait(NAME, FILE);
      await teach(editor, 5, 'ABKNAME0', 'Redial');
      await expect(teachForm(editor, 'ABKNAME0').getByText(/reads as a list entry/)).toBeVisible();
      await expectNoViolations(page, `${scheme}: the teach form with its refusal`, '.other-lines');
      await teachForm(editor, 'ABKNAME0').getByRole('button', { name: 'Cancel', exact: true }).click();
      await teach(editor, 4, 'REDIALMODE', 'Redial');
      await expect(badge(editor)).toBeVisible();
      await expectNoViolations(page, `${scheme}: the page with the badge`);
      await manage(editor);
      await expectNoViolations(page, `${scheme}: the profile's dialog`, 'dialog[open]');
    });
  }
});
