import { changedLines, expect, fixture, test } from './fixtures.ts';

const OFFICE = fixture('office.txt').toString('utf8');

test.describe('other lines', () => {
  test.beforeEach(async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
  });

  test('shows, with the reason, every line no field shows: duplicates, unknown names, non NAME=value text', async ({ editor }) => {
    await editor.expectOtherLines(['Call Timer=0', 'LOCATION=Building 2, room 114', '; edited by hand']);
    await expect(editor.otherLine(13)).toHaveAccessibleDescription('Given again further down; the phone uses the last one, so this line has no effect.');
    await expect(editor.otherLine(21)).toHaveAccessibleDescription('A name the editor does not know; the phone ignores names it does not know.');
    await expect(editor.otherLine(22)).toHaveAccessibleDescription('Not a NAME=value line; the phone ignores it.');
  });

  test('unknown lines and duplicates survive a save untouched, also when fields around them change', async ({ editor }) => {
    await editor.field('Call Timer').selectOption('0');
    await editor.field('Contrast').fill('10');
    await editor.speedDial(2).label.fill('IT help');
    const saved = await editor.save();
    // Only the three edited lines differ: the overridden `Call Timer=0`, LOCATION and the comment are as they were.
    expect(changedLines(OFFICE, saved.text)).toEqual([
      ['ABKNAME002=Help desk', 'ABKNAME002=IT help'],
      ['Call Timer=1', 'Call Timer=0'],
      ['Contrast=9', 'Contrast=10'],
    ]);
  });

  test('a line can be edited as raw text', async ({ editor }) => {
    await editor.otherLine(21).fill('LOCATION=Building 3, room 7');
    await editor.expectDirty(true);
    const saved = await editor.save();
    expect(changedLines(OFFICE, saved.text)).toEqual([['LOCATION=Building 2, room 114', 'LOCATION=Building 3, room 7']]);
  });

  test('a raw line that becomes a known setting moves into its field, and stays there after other changes', async ({ editor }) => {
    await expect(editor.field('Ethernet').locator('option:checked')).toHaveText(/^Not in the file/);
    await editor.otherLine(22).fill('Ethernet=0');
    await expect(editor.field('Ethernet')).toHaveValue('0');
    // The line stays in its row while focus does (its text, then its Remove button); leaving the row makes it the field's.
    await editor.expectOtherLines(['Call Timer=0', 'LOCATION=Building 2, room 114', 'Ethernet=0']);
    await editor.otherLine(22).press('Tab');
    await editor.expectOtherLines(['Call Timer=0', 'LOCATION=Building 2, room 114', 'Ethernet=0']);
    await editor.page.keyboard.press('Tab');
    await editor.expectOtherLines(['Call Timer=0', 'LOCATION=Building 2, room 114']);
    // Regression: a later change outside the form (protocol, extension) used to put the form's first values
    // back, deleting the line just typed.
    await editor.protocol.selectOption({ label: 'SIP' });
    await editor.extension.fill('4712');
    await expect(editor.field('Ethernet')).toHaveValue('0');
    const saved = await editor.save();
    expect(saved.name).toBe('4712_4620data_sip.txt');
    expect(changedLines(OFFICE, saved.text)).toEqual([['; edited by hand', 'Ethernet=0']]);
  });

  test('a line can be removed', async ({ editor }) => {
    await editor.otherLines.getByRole('button', { name: 'Remove line 21', exact: true }).click();
    await editor.expectOtherLines(['Call Timer=0', '; edited by hand']);
    await editor.otherLines.getByRole('button', { name: 'Remove line 13', exact: true }).click();
    await editor.expectOtherLines(['; edited by hand']);
    // The effective Call Timer is untouched by removing the overridden copy.
    await expect(editor.field('Call Timer')).toHaveValue('1');
    const saved = await editor.save();
    expect(saved.text).toBe(OFFICE.replace('Call Timer=0\r\n', '').replace('LOCATION=Building 2, room 114\r\n', ''));
  });
});

test.describe('a name with spaces of its own (issue 16: the phone reads spaces as part of the name)', () => {
  const SPACED = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nCall Timer =1\r\n Contrast=9\r\n';

  test('is kept byte for byte, shown as not recognised by the phone, and the form writes the real setting beside it', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', SPACED);
    await editor.expectOtherLines(['Call Timer =1', ' Contrast=9']);
    await expect(editor.otherLine(4)).toHaveAccessibleDescription('Looks like “Call Timer” but for its spaces; the phone reads spaces as part of the name, so it does not recognise this line.');
    await expect(editor.problems.getByRole('button', { name: /^Line 4: “Call Timer ” looks like “Call Timer” but for its spaces; the phone reads spaces as part of the name, so it ignores this line\./ })).toBeVisible();
    // The form's Call Timer and Contrast are not in the file: the phone has none.
    await expect(editor.field('Call Timer').locator('option:checked')).toHaveText(/^Not in the file/);
    await expect(editor.field('Contrast')).toHaveAccessibleDescription(/^Not in the file/);
    await editor.expectDirty(false);

    await editor.field('Call Timer').selectOption('0');
    const saved = await editor.save();
    // The spaced lines are as they were; Call Timer has a line of its own.
    expect(saved.text).toBe(`${SPACED}Call Timer=0\r\n`);
    await editor.expectOtherLines(['Call Timer =1', ' Contrast=9']);
  });
});
