import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { chooseMore } from './pages/editor-page.ts';

/**
 * Right to left done right: in the Hebrew UI, file names, key names, dial strings and text from the files keep
 * their own (left-to-right) order inside the mirrored page: "2001_4620data.txt", not "4620data.txt_2001";
 * "Café €", not "€ Café". Checked both ways: the markup isolates them (a <bdi dir="ltr">, dir="auto", or Unicode
 * isolates FSI…PDI around a value in a sentence), and the characters are drawn in that order (their boxes, from a
 * Range over each character, go left to right).
 */

test.use({ locale: 'he-IL' });

/** The Hebrew words of the UI, from the catalogs. */
function he(id: string): string {
  for (const area of ['core', 'editing', 'admin']) {
    const words = JSON.parse(readFileSync(new URL(`../src/i18n/catalogs/${area}/he.json`, import.meta.url), 'utf8')) as Record<string, string>;
    const found = words[id];
    if (found !== undefined) return found;
  }
  throw new Error(`no Hebrew words for ${id}`);
}

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * The left edges of the characters of `text` as drawn inside `within` (the first text node that holds it), in
 * the text's own (logical) order. Drawn left to right, they increase.
 */
async function characterLefts(within: Locator, text: string): Promise<number[]> {
  return within.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      return [...wanted].map((_, i) => {
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        return range.getBoundingClientRect().left;
      });
    }
    throw new Error(`"${wanted}" is not drawn here`);
  }, text);
}

/** `text` (no spaces at its ends) is drawn left to right, character after character. */
async function expectDrawnLeftToRight(within: Locator, text: string, what: string) {
  const lefts = await characterLefts(within, text);
  // Spaces have boxes of their own too; every character starts right of the one before it.
  for (let i = 1; i < lefts.length; i++) expect(lefts[i], `${what}: "${text[i]}" right of "${text[i - 1]}"`).toBeGreaterThan(lefts[i - 1] ?? 0);
}

async function openFiles(page: Page, files: readonly { name: string; text: string }[]) {
  await page.locator('#file-input').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text, 'utf8') })));
  await expect(page.locator('#model')).toBeVisible();
}

const BACKUP = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nContrast=9\r\n';

test('the Hebrew file list and header show 2001_4620data.txt in its own order', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await openFiles(page, [
    { name: '4711_4620data.txt', text: BACKUP },
    { name: '2001_4620data.txt', text: BACKUP },
  ]);
  const list = page.getByRole('region', { name: he('fileList.title').replace('{count, number}', '2') });
  await expect(list).toBeVisible();
  const name = list.getByRole('button', { name: '2001_4620data.txt', exact: true });
  await expect(name.locator('bdi')).toHaveAttribute('dir', 'ltr');
  await expect(name.locator('bdi')).toHaveText('2001_4620data.txt');
  await expectDrawnLeftToRight(name, '2001_4620data.txt', 'file list');
  // The extension and model cells too.
  await expect(list.getByRole('gridcell').locator('bdi[dir="ltr"]', { hasText: '4620SW' }).first()).toBeVisible();
  await expect(list.getByRole('gridcell').locator('bdi[dir="ltr"]', { hasText: '2001' }).first()).toBeVisible();

  // The header's name of the open file.
  const header = page.getByRole('banner');
  await expect(header.locator('.file-name')).toHaveAttribute('dir', 'ltr');
  await expectDrawnLeftToRight(header.locator('.file-name'), '4620data.txt', 'header');
  await expectNoViolations(page, 'Hebrew, two files');
});

test('the administrator tools: their hints and the CSV preview keep file names and "Café €" in order', async ({ page }) => {
  await page.goto('./');
  await openFiles(page, [{ name: '4711_4620data.txt', text: BACKUP }]);
  await chooseMore(page, he('app.adminTools'), he('app.more'));
  const admin = page.getByRole('region', { name: he('admin.panel.title'), exact: true });
  await expect(admin).toBeVisible();

  // "1 file open … such as 4711_4620data.txt": the example name is isolated in the sentence, and drawn in order.
  const hint = admin.getByRole('region', { name: he('admin.panel.filesTitle'), exact: true }).locator('.hint').first();
  await expect(hint).toContainText(`${FSI}4711_4620data.txt${PDI}`);
  await expectDrawnLeftToRight(hint, '4711_4620data.txt', 'administrator hint');

  // The CSV preview: the label cell takes its own direction (dir="auto": left to right for "Café €").
  await admin.getByRole('button', { name: he('admin.panel.importCsv'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: he('admin.import.title') });
  await dialog.getByLabel(he('admin.import.file'), { exact: true }).setInputFiles({ name: 'קיצורים.csv', mimeType: 'text/csv', buffer: Buffer.from('Label;Number\r\nCafé €;*88#201\r\n', 'utf8') });
  const cafe = dialog.locator('table bdi', { hasText: 'Café €' });
  await expect(cafe).toHaveAttribute('dir', 'auto');
  await expectDrawnLeftToRight(cafe, 'Café €', 'CSV preview label');
  const number = dialog.locator('table bdi', { hasText: '*88#201' });
  await expect(number).toHaveAttribute('dir', 'ltr');
  await expectDrawnLeftToRight(number, '*88#201', 'CSV preview number');
  // A file name in a sentence: "Read 1 row from “קיצורים.csv” …": isolated.
  await expect(dialog.getByRole('status').first()).toContainText(`${FSI}קיצורים.csv${PDI}`);
  await expectNoViolations(page, 'Hebrew, CSV preview', 'dialog[open]');
});
