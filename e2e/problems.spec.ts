import { expect, fixture, test } from './fixtures.ts';

/**
 * e2e/fixtures/problems.txt: a BOM, no blank first line, an over-long label, a Cyrillic label, a duplicate
 * Contrast (line 8, overridden by line 10), Contrast=99, FOO=bar, FTP Password=secret. Line numbers are those
 * of the saved file, which gains a blank first line.
 */
const MESSAGES = {
  bom: 'The file started with a byte-order mark (BOM). It is saved without one, as the phone expects.',
  firstLine: 'The first line is not blank, and the phone may ignore it. A blank line is written before it when you save. Line numbers here count that line, so they are one more than in the file as opened.',
  long: 'Speed dial 2 label is 24 characters long; the phone shows only the first 13 (11 are cut off).',
  cyrillic: /^Помощь: the 4620 cannot show Cyrillic/,
  duplicate: 'Line 8 sets Contrast again; the phone uses line 10, so this one has no effect.',
  invalid: 'Contrast is 1 to 15; this file says “99”. The phone ignores it; it is kept until you change it.',
  unknown: 'Line 11: “FOO” is not a name the editor knows. It is kept as it is; the phone ignores names it does not know.',
  password: 'Line 12 (“FTP Password”) looks like a password. The phone never stores passwords in its backup; remove it before this file goes on a server.',
};

test.describe('the Problems list', () => {
  test.beforeEach(async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('problems.txt'));
    // Cyrillic labels suggest a model that can show them; the user says it is a 4620.
    await expect(editor.model).toHaveValue('4620SW');
    await editor.model.selectOption('4620');
  });

  test('lists each problem of the file', async ({ editor }) => {
    const p = editor.problems;
    // The BOM is about the whole file: plain text, nothing to go to.
    await expect(p.getByText(MESSAGES.bom, { exact: true })).toBeVisible();
    await expect(p.getByRole('button', { name: MESSAGES.bom })).toHaveCount(0);
    for (const message of [MESSAGES.firstLine, MESSAGES.long, MESSAGES.duplicate, MESSAGES.invalid, MESSAGES.unknown, MESSAGES.password]) {
      await expect(p.getByRole('button', { name: message, exact: true })).toBeVisible();
    }
    await expect(p.getByRole('button', { name: MESSAGES.cyrillic })).toBeVisible();
    // The Cyrillic is a problem on a 4620 only.
    await editor.model.selectOption('4620SW');
    await expect(p.getByRole('button', { name: MESSAGES.cyrillic })).toHaveCount(0);
    await expect(p.getByRole('button', { name: MESSAGES.long, exact: true })).toBeVisible();
  });

  test('clicking an item focuses its field', async ({ editor }) => {
    const p = editor.problems;
    const cases = [
      [MESSAGES.firstLine, editor.speedDial(1).label],
      [MESSAGES.long, editor.speedDial(2).label],
      [MESSAGES.cyrillic, editor.speedDial(3).label],
      [MESSAGES.duplicate, editor.otherLine(8)],
      [MESSAGES.invalid, editor.field('Contrast')],
      [MESSAGES.unknown, editor.otherLine(11)],
      [MESSAGES.password, editor.otherLine(12)],
    ] as const;
    for (const [message, target] of cases) {
      await p.getByRole('button', { name: message, exact: typeof message === 'string' }).click();
      await expect(target).toBeFocused();
    }
    await expect(editor.otherLine(12)).toHaveValue('FTP Password=secret');
  });

  test('a password-like line is removed from its problem; the others are fixed in their fields', async ({ editor }) => {
    const p = editor.problems;
    await p.getByRole('button', { name: 'Remove line 12', exact: true }).click();
    await expect(p.getByRole('button', { name: MESSAGES.password, exact: true })).toHaveCount(0);
    await expect(p.getByRole('button', { name: /FTP Password/ })).toHaveCount(0);
    await editor.expectOtherLines(['Contrast=5', 'FOO=bar']);

    // The overridden duplicate goes the same way.
    await p.getByRole('button', { name: 'Remove line 8', exact: true }).click();
    await expect(p.getByRole('button', { name: MESSAGES.duplicate, exact: true })).toHaveCount(0);
    await editor.expectOtherLines(['FOO=bar']);

    // An invalid value is fixed in its field; the problem goes away.
    await editor.field('Contrast').fill('12');
    await expect(p.getByRole('button', { name: /^Contrast is 1 to 15/ })).toHaveCount(0);
    await editor.speedDial(2).label.fill('Long label');
    await expect(p.getByRole('button', { name: MESSAGES.long, exact: true })).toHaveCount(0);

    const saved = await editor.save();
    expect(saved.text).toBe(
      [
        '',
        'ABKNAME001=Reception',
        'ABKNUMBER001=200',
        'ABKNAME002=Long label',
        'ABKNUMBER002=201',
        'ABKNAME003=Помощь',
        'ABKNUMBER003=202',
        'Call Timer=1',
        'Contrast=12',
        'FOO=bar',
        '',
      ].join('\r\n'),
    );
    // Saved: no BOM, and the first line is blank now.
    expect(saved.bytes.subarray(0, 2).equals(Buffer.from('\r\n'))).toBe(true);
  });
});

test.describe('problems of lines no field shows', () => {
  // A problem about a line whose field is not shown (a setting the model or protocol lacks, a list entry past
  // the model's capacity) takes the user to the line under "Other lines".
  test('clicking them focuses the raw line', async ({ editor }) => {
    // An H.323 file (by its name) holding a SIP-only setting, first and with an invalid value.
    await editor.openAndWait('4711_4620data.txt', 'Session Appearance Width=7\r\nContrast=9\r\n');
    await expect(editor.protocol).toHaveValue('h323');
    await editor.expectOtherLines(['Session Appearance Width=7']);
    const line = editor.otherLine(2);
    await editor.problems.getByRole('button', { name: 'Session Appearance Width is only for SIP telephones; the 4620SW (H.323) ignores it. It stays in the file.' }).click();
    await expect(line).toBeFocused();
    await editor.problems.getByRole('button', { name: /^The first line is not blank/ }).click();
    await expect(line, 'the first-line problem goes to the line').toBeFocused({ timeout: 1000 });
    await editor.problems.getByRole('button', { name: /^Session Appearance Width is one of 0 \(Full\), 1 \(Half\); this file says “7”\./ }).click();
    await expect(line, 'the invalid-value problem goes to the line').toBeFocused({ timeout: 1000 });
  });
});
