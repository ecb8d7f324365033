import { expect, test } from './fixtures.ts';

/*
 * Review of the Problems panel, Other lines and the format profile (helper "problems"): each test says what the
 * editor should do, and FAILS on main as it stands, demonstrating a bug. See the report for the fix.
 */

test.describe.configure({ timeout: 120_000 });

const PROFILE_KEY = 'avaya-4600-editor.profile';
const profile = (settings: unknown) => JSON.stringify({ format: 'avaya-4600-backup-profile', version: 1, settings });

test('a kept profile with one name the catalog has since learnt keeps its other names, and teaching does not erase them', async ({ editor, page }) => {
  // As an earlier version kept it, before its catalog knew PHNREDIAL (a catalog correction makes exactly this).
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [PROFILE_KEY, profile({ Redial: { aliases: ['PHNREDIAL'] }, Contrast: { aliases: ['KONTRAST'] } })]);
  await page.reload();
  await editor.openAndWait('4711_4620data.txt', '\r\nKONTRAST=7\r\nFOO=1\r\n');
  await expect(editor.field('Contrast')).toHaveValue('7');
  // Teaching another name keeps KONTRAST in this browser's profile.
  await editor.otherLines.getByRole('button', { name: 'Teach this name of line 3', exact: true }).click();
  await editor.otherLines.getByLabel('Setting', { exact: true }).selectOption({ label: 'Call Timer' });
  await editor.otherLines.getByRole('button', { name: 'Teach', exact: true }).click();
  await expect(editor.field('Call Timer')).toHaveValue('1');
  expect(await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY)).toContain('KONTRAST');
});

test('a problem of an other line past the first hundred takes the keyboard to that line', async ({ editor, page }) => {
  const lines = ['', ...Array.from({ length: 150 }, (_, i) => `UNKNOWN${i + 1}=x`)];
  await editor.openAndWait('4711_4620data.txt', `${lines.join('\r\n')}\r\n`);
  await editor.problems.getByRole('button', { name: /^Show all/ }).click();
  await editor.problems.getByRole('button', { name: /^Line 141: “UNKNOWN140”/ }).click();
  await expect(page.getByLabel('Line 141', { exact: true })).toBeFocused();
});
