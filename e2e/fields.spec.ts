import { changedLines, expect, fixture, test } from './fixtures.ts';

const OFFICE = fixture('office.txt').toString('utf8');

test.describe('every kind of control', () => {
  test('a choice is a select: the file’s value is selected, a new choice rewrites its own line', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    const callTimer = editor.field('Call Timer');
    await expect(callTimer).toHaveValue('1');
    // `Call Timer` is in the file twice; the field shows the last line, the one the phone uses.
    await expect(callTimer).toHaveAccessibleDescription(/^In the file, line 14\./);
    await callTimer.selectOption({ label: 'Off (0)' });
    await expect(callTimer).toHaveValue('0');

    // A choice not in the file yet: one new line, written under its canonical name beside its kind.
    const rate = editor.field('Message Display Rate');
    await expect(rate.locator('option:checked')).toHaveText('Not in the file (phone default: Medium)');
    await rate.selectOption({ label: 'Fast (3)' });

    const saved = await editor.save();
    const expected = OFFICE.replace('Call Timer=0\r\nCall Timer=1\r\n', 'Call Timer=0\r\nCall Timer=0\r\nMessage Display Rate=3\r\n');
    expect(saved.text).toBe(expected);
  });

  test('a range is a number input with its bounds, that ArrowUp and ArrowDown step within them', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    const contrast = editor.field('Contrast');
    await expect(contrast).toHaveAttribute('type', 'number');
    await expect(contrast).toHaveAttribute('min', '1');
    await expect(contrast).toHaveAttribute('max', '15');
    await expect(contrast).toHaveAttribute('inputmode', 'numeric');
    await contrast.focus();
    await page.keyboard.press('ArrowUp');
    await expect(contrast).toHaveValue('10');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(contrast).toHaveValue('8');
    await contrast.fill('15');
    await page.keyboard.press('ArrowUp');
    await expect(contrast).toHaveValue('15');

    // From "not in the file", ArrowUp starts at the lowest value and ArrowDown at the highest.
    await editor.resetButton('Contrast').click();
    await expect(contrast).toHaveValue('');
    // The button is gone with the line; the keyboard stays on the field.
    await expect(contrast).toBeFocused();
    await contrast.focus();
    await page.keyboard.press('ArrowUp');
    await expect(contrast).toHaveValue('1');
    await contrast.fill('');
    await page.keyboard.press('ArrowDown');
    await expect(contrast).toHaveValue('15');

    // Typing works too, and a value out of range says why.
    await contrast.fill('16');
    await expect(contrast).toHaveAttribute('aria-invalid', 'true');
    await expect(contrast).toHaveAccessibleDescription(/Contrast is 1 to 15; you entered “16”\./);
    await contrast.fill('11');
    await expect(contrast).not.toHaveAttribute('aria-invalid', 'true');
    const saved = await editor.save();
    expect(changedLines(OFFICE, saved.text)).toEqual([['Contrast=9', 'Contrast=11']]);
  });

  test('an IPv4 address and free text are text boxes with their own checks', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    const ip = editor.field('FTP Server IP Address');
    await ip.fill('10.0.0.256');
    await expect(ip).toHaveAttribute('aria-invalid', 'true');
    await expect(ip).toHaveAccessibleDescription(/FTP Server IP Address is an IPv4 address such as 192\.168\.10\.5; you entered “10\.0\.0\.256”\./);
    await ip.fill('10.0.0.25');
    await expect(ip).not.toHaveAttribute('aria-invalid', 'true');

    const user = editor.field('FTP User Name');
    await user.fill('x'.repeat(33));
    await expect(user).toHaveAccessibleDescription(/FTP User Name holds at most 32 characters; this one has 33\./);
    await user.fill('  phones 4711  ');

    const dir = editor.field('FTP Directory Path');
    await dir.fill('/backup/phones/4711');

    const saved = await editor.save();
    expect(changedLines(OFFICE, saved.text)).toEqual([
      ['FTP Server IP Address=192.168.10.5', 'FTP Server IP Address=10.0.0.25'],
      ['FTP Directory Path=/backup/phones', 'FTP Directory Path=/backup/phones/4711'],
      // Free text is kept exactly, spaces included.
      ['FTP User Name=phone4711', 'FTP User Name=  phones 4711  '],
    ]);
  });

  test('invalid values from the file are shown as they are, explained, and kept on save', async ({ editor }) => {
    const source = fixture('invalid-values.txt').toString('utf8');
    await editor.openAndWait('4711_4620data.txt', source);

    const contrast = editor.field('Contrast');
    await expect(contrast).toHaveValue('99');
    await expect(contrast).toHaveAttribute('aria-invalid', 'true');
    await expect(contrast).toHaveAccessibleDescription(/Contrast is 1 to 15; this file says “99”\./);

    const callTimer = editor.field('Call Timer');
    await expect(callTimer).toHaveValue('yes');
    await expect(callTimer.locator('option:checked')).toHaveText('“yes” (as in the file; not valid)');
    await expect(callTimer).toHaveAccessibleDescription(/Call Timer is one of 0 \(Off\), 1 \(On\); this file says “yes”\./);

    const ip = editor.field('FTP Server IP Address');
    await expect(ip).toHaveValue('192.168.10.300');
    await expect(ip).toHaveAttribute('aria-invalid', 'true');

    // Changing something else keeps the invalid lines exactly.
    await editor.field('Personalized Ring').fill('5');
    // The invalid values are errors: Save asks first, and "Save anyway" writes them as they are.
    let saved = await editor.saveAnyway();
    expect(changedLines(source, saved.text)).toEqual([['Personalized Ring=4', 'Personalized Ring=5']]);

    // Until the user picks a valid value: ArrowDown from 99 gives the highest valid one.
    await contrast.focus();
    await editor.page.keyboard.press('ArrowDown');
    await expect(contrast).toHaveValue('15');
    await expect(contrast).not.toHaveAttribute('aria-invalid', 'true');
    await callTimer.selectOption({ label: 'On (1)' });
    await expect(callTimer.locator('option', { hasText: '“yes”' })).toHaveCount(0);
    // The IP address is still not valid: asked again.
    saved = await editor.saveAnyway();
    expect(changedLines(source, saved.text)).toEqual([
      ['Contrast=99', 'Contrast=15'],
      ['Call Timer=yes', 'Call Timer=1'],
      ['Personalized Ring=4', 'Personalized Ring=5'],
    ]);
  });

  test('“Reset … to not in the file” removes the line (every copy of it)', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    const contrast = editor.field('Contrast');
    await expect(contrast).toHaveAccessibleDescription(/^In the file, line 15\./);
    await editor.resetButton('Contrast').click();
    await expect(contrast).toHaveValue('');
    // The button is gone with the line; the keyboard stays on the field.
    await expect(contrast).toBeFocused();
    await expect(contrast).toHaveAccessibleDescription(/^Not in the file: the phone uses its own value \(default 8\)\./);
    await expect(editor.resetButton('Contrast')).toHaveCount(0);

    // Call Timer is in the file twice: resetting removes both, the overridden copy too.
    await editor.resetButton('Call Timer').click();
    await expect(editor.field('Call Timer').locator('option:checked')).toHaveText(/^Not in the file/);
    await editor.expectOtherLines(['LOCATION=Building 2, room 114', '; edited by hand']);

    const saved = await editor.save();
    expect(saved.text).toBe(OFFICE.replace('Call Timer=0\r\nCall Timer=1\r\nContrast=9\r\n', ''));
  });

  test('a feature label emptied keeps its line, empty; “Reset … to not in the file” takes the line out', async ({ editor, page }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
    await editor.field('Feature button 2 label').fill('');
    const first = editor.field('Feature button 1 label');
    await page.getByRole('button', { name: 'Reset Feature button 1 label to not in the file' }).click();
    await expect(first).toHaveValue('');
    await expect(first).toBeFocused();
    await expect(page.getByRole('button', { name: 'Reset Feature button 1 label to not in the file' })).toHaveCount(0);
    const saved = await editor.save();
    expect(saved.text).toBe(OFFICE.replace('PHNLABEL01=Pickup\r\nPHNLABEL02=Park\r\n', 'PHNLABEL02=\r\n'));
  });
});
