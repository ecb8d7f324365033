import { expect, test } from './fixtures.ts';

/*
 * Review of the Problems panel, Other lines and the format profile (helper "problems"): each test says what the
 * editor should do, and FAILS on main as it stands, demonstrating a bug. See the report for the fix.
 */

test.describe.configure({ timeout: 120_000 });


test('a problem of an other line past the first hundred takes the keyboard to that line', async ({ editor, page }) => {
  const lines = ['', ...Array.from({ length: 150 }, (_, i) => `UNKNOWN${i + 1}=x`)];
  await editor.openAndWait('4711_4620data.txt', `${lines.join('\r\n')}\r\n`);
  await editor.problems.getByRole('button', { name: /^Show all/ }).click();
  await editor.problems.getByRole('button', { name: /^Line 141: “UNKNOWN140”/ }).click();
  await expect(page.getByLabel('Line 141', { exact: true })).toBeFocused();
});
