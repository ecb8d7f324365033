import { readFileSync } from 'node:fs';
import { expect, fixture, test } from './fixtures.ts';

test.describe('opening a file', () => {
  test('the File System Access API is removed, so the file input and downloads are used', async ({ editor, page }) => {
    expect(await page.evaluate(() => ['showOpenFilePicker', 'showSaveFilePicker'].filter((k) => k in window))).toEqual([]);
    // Open falls back to the hidden <input type=file>: clicking it opens the browser's chooser.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), editor.button('Open').click()]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles({ name: '4711_4620data.txt', mimeType: 'text/plain', buffer: fixture('office.txt') });
    await expect(editor.speedDial(1).label).toHaveValue('Reception');
  });

  test('by the file input', async ({ editor }) => {
    await editor.open('4711_4620data.txt', fixture('office.txt'));
    await expect(editor.banner.getByText('4711_4620data.txt', { exact: true })).toBeVisible();
    await editor.expectDirty(false);
    await expect(editor.extension).toHaveValue('4711');
    await expect(editor.model).toHaveValue('4620SW');
    await expect(editor.protocol).toHaveValue('h323');
    await expect(editor.speedDial(1).label).toHaveValue('Reception');
    await expect(editor.speedDial(4).number).toHaveValue('*99');
    await expect(editor.speedDialRows()).toHaveCount(4);
    await expect(editor.featureButton(2)).toHaveValue('Park');
    await expect(editor.field('Contrast')).toHaveValue('9');
    await expect(editor.field('Call Timer')).toHaveValue('1');
    await expect(editor.field('FTP Server IP Address')).toHaveValue('192.168.10.5');
  });

  test('by dropping it on the page, with an overlay while dragging', async ({ editor, page }) => {
    // A drag that carries a file shows the overlay; leaving the window hides it.
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['\r\nContrast=3\r\n'], 'x.txt', { type: 'text/plain' }));
      return dt;
    });
    await page.getByRole('main').dispatchEvent('dragenter', { dataTransfer });
    await expect(editor.dropOverlay).toBeVisible();
    await page.getByRole('main').dispatchEvent('dragleave', { dataTransfer });
    await expect(editor.dropOverlay).toBeHidden();

    await editor.drop('5001_4610data_sip.txt', fixture('speed-dials.txt'));
    await expect(editor.dropOverlay).toBeHidden();
    await expect(editor.banner.getByText('5001_4610data_sip.txt', { exact: true })).toBeVisible();
    await expect(editor.model).toHaveValue('4610SW');
    await expect(editor.protocol).toHaveValue('sip');
    await expect(editor.extension).toHaveValue('5001');
    await expect(editor.speedDial(3).label).toHaveValue('Charlie');
  });

  test('Try a sample opens the bundled sample', async ({ editor }) => {
    await editor.choose('Try a sample');
    await expect(editor.banner.getByText('4711_4620data.txt', { exact: true })).toBeVisible();
    await expect(editor.speedDial(1).label).toHaveValue('Reception');
    await expect(editor.speedDial(2).label).toHaveValue('Помощь');
    await expect(editor.speedDial(2).number).toHaveValue('*88#4411');
    await expect(editor.field('Display Language')).toHaveValue('English');
    // The sample's unknown line is kept and shown raw.
    await editor.expectOtherLines(['LOCATION=Building 2, room 114']);
    // Saved unedited, it is the bundled file byte for byte.
    const saved = await editor.save();
    expect(saved.name).toBe('4711_4620data.txt');
    expect(saved.bytes.equals(readFileSync(new URL('../src/app/sample-backup.txt', import.meta.url)))).toBe(true);
  });

  test('a binary file is refused with a clear message, and the open file keeps its edits', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.field('Contrast').fill('12');
    await editor.speedDial(1).number.fill('201');
    await editor.expectDirty(true);

    await editor.open('binary.bin', fixture('binary.bin'));
    await expect(editor.alert).toHaveText(/“binary\.bin” is not a text file: it holds NUL characters \(bytes of value 0\), the first at byte 1\. Pick the phone’s \.txt backup file\./);
    await expect(editor.alert).toBeFocused();
    // Nothing was opened or replaced: the same file, its edits, still unsaved.
    await expect(editor.banner.getByText('4711_4620data.txt', { exact: true })).toBeVisible();
    await expect(editor.page.getByRole('region', { name: /^Open files/ })).toHaveCount(0);
    await expect(editor.field('Contrast')).toHaveValue('12');
    await expect(editor.speedDial(1).number).toHaveValue('201');
    await editor.expectDirty(true);

    await editor.alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(editor.alert).toHaveCount(0);
    const saved = await editor.save();
    expect(saved.bytes.equals(fixture('office-edited.expected.txt'))).toBe(true);
  });

  test('an empty file is refused with a clear message, and the open file keeps its edits', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.field('Call Timer').selectOption('0');
    await editor.drop('empty.txt', fixture('empty.txt'));
    await expect(editor.alert).toHaveText(/“empty\.txt” is empty \(0 bytes\)\. Pick the backup file the phone wrote, usually named like 1234_4620data\.txt\./);
    await expect(editor.banner.getByText('4711_4620data.txt', { exact: true })).toBeVisible();
    await expect(editor.field('Call Timer')).toHaveValue('0');
    await editor.expectDirty(true);
  });

  test('opening a second file keeps the first one, edits included', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.field('Contrast').fill('4');
    await editor.openAndWait('5001_4620data.txt', fixture('speed-dials.txt'));
    const files = page.getByRole('region', { name: /^Open files/ });
    await expect(files.getByRole('button', { name: '5001_4620data.txt', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await files.getByRole('button', { name: '4711_4620data.txt', exact: true }).click();
    await expect(editor.field('Contrast')).toHaveValue('4');
    await editor.expectDirty(true);
  });
});
