import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { chooseMore } from './pages/editor-page.ts';

/**
 * Unsaved edits kept through a reload keep their files' handles (issue 17, points 5 and 6): restored, a file opened
 * with the system's file picker is saved back over itself, and the files of a folder opened with the folder picker
 * are saved back into it, after the browser asks again for permission (it lasts one visit); refused, the page says
 * so and offers a download or a zip. The pickers give real handles of the browser's Origin Private File System: the
 * same kind of object a picker gives, kept by IndexedDB through the reload as a picked one is, and read back here.
 */

const backup = (n: number): string => `\r\nABKNAME001=Desk ${n}\r\nABKNUMBER001=${2000 + n}\r\n`;

// The machine these run on may be busy: a reload and its restore take a while there.
test.describe.configure({ timeout: 90_000 });
test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    // The pickers: the folder `ftp`, and the file `4711_4620data.txt`, of the Origin Private File System.
    w.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('ftp');
    w.showOpenFilePicker = async () => [await (await navigator.storage.getDirectory()).getFileHandle('4711_4620data.txt')];
    delete w.showSaveFilePicker;
    // Permission as for a folder on disk after a reload: to be asked for (counted), and answered as the test says.
    w.permissionAsked = 0;
    w.permissionAnswer = 'granted';
    const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
    proto.queryPermission = () => Promise.resolve('prompt');
    proto.requestPermission = () => {
      w.permissionAsked = (w.permissionAsked as number) + 1;
      return Promise.resolve(w.permissionAnswer);
    };
  });
});

/** Writes `files` (path → text) into the Origin Private File System. */
async function fillOpfs(page: Page, files: Record<string, string>) {
  await page.evaluate(async (wanted) => {
    for (const [path, text] of Object.entries(wanted)) {
      const parts = path.split('/');
      let dir = await navigator.storage.getDirectory();
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** A file's text in the Origin Private File System. */
async function readOpfs(page: Page, path: string): Promise<string> {
  return page.evaluate(async (where) => {
    const parts = where.split('/');
    let dir = await navigator.storage.getDirectory();
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
  }, path);
}

/** What the drafts' store holds: per record, whether it keeps a real file handle, a real directory handle, or neither. */
async function keptHandles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('avaya4600-editor');
      open.addEventListener('success', () => resolve(open.result));
      open.addEventListener('error', () => reject(open.error));
    });
    const records = await new Promise<{ handle?: unknown; dir?: unknown; sourceName?: string }[]>((resolve) => {
      const all = db.transaction('drafts').objectStore('drafts').getAll();
      all.addEventListener('success', () => resolve(all.result));
    });
    db.close();
    const kinds = records.map((r) => (r.handle instanceof FileSystemFileHandle ? `file ${r.handle.name}` : r.dir instanceof FileSystemDirectoryHandle ? `folder ${r.dir.name}` : `no handle ${r.sourceName ?? ''}`));
    kinds.sort();
    return kinds;
  });
}

const asked = (page: Page) => page.evaluate(() => (window as unknown as { permissionAsked: number }).permissionAsked);
const answer = (page: Page, a: PermissionState) => page.evaluate((given) => void ((window as unknown as { permissionAnswer: string }).permissionAnswer = given), a);

async function editContrast(page: Page, value: string) {
  await page.getByLabel('Contrast', { exact: true }).fill(value);
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
}

test('a file opened with the file picker is saved back over itself after a reload and Restore edits, once the browser allows it', async ({ page }) => {
  await page.goto('./');
  await fillOpfs(page, { '4711_4620data.txt': backup(1) });
  await page.getByRole('banner').getByRole('button', { name: 'Open', exact: true }).click();
  await editContrast(page, '7');
  // The draft keeps the file's handle itself (IndexedDB clones it).
  await expect.poll(() => keptHandles(page)).toEqual(['file 4711_4620data.txt']);

  await page.reload();
  await page.getByRole('button', { name: 'Restore edits' }).click();
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('7');

  // Refused: said plainly, and downloaded instead; the file on disk is as it was.
  await answer(page, 'denied');
  const pending = page.waitForEvent('download');
  await page.getByRole('banner').getByRole('button', { name: 'Save', exact: true }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe('4711_4620data.txt');
  expect(readFileSync((await download.path()) as string, 'utf8')).toBe(`${backup(1)}Contrast=7\r\n`);
  await expect(page.getByText('The browser was not allowed to write to 4711_4620data.txt, so it was downloaded to your downloads folder instead.', { exact: false })).toBeVisible();
  expect(await readOpfs(page, '4711_4620data.txt')).toBe(backup(1));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `Save refused, ${scheme}`, '.notice');
  }

  // Allowed: written over the file it was opened from.
  await answer(page, 'granted');
  await editContrast(page, '8');
  await page.getByRole('banner').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved 4711_4620data.txt over the file you opened.', { exact: false })).toBeVisible();
  expect(await readOpfs(page, '4711_4620data.txt')).toBe(`${backup(1)}Contrast=8\r\n`);
  expect(await asked(page)).toBe(2);
});

test('the files of a folder opened with the folder picker are saved back into it after a reload and Restore edits, asking once', async ({ page }) => {
  await page.goto('./');
  await fillOpfs(page, { 'ftp/4711_4620data.txt': backup(1), 'ftp/site-a/4712_4620data.txt': backup(2), 'ftp/site-a/4713_4620data.txt': backup(3) });
  await chooseMore(page, 'Open folder…');
  await expect(page.getByRole('heading', { name: 'Open files (3)' })).toBeVisible();
  await page.getByRole('button', { name: '4712_4620data.txt', exact: true }).click();
  await editContrast(page, '5');
  await page.getByRole('button', { name: '4713_4620data.txt', exact: true }).click();
  await editContrast(page, '6');
  // Each file's handle, and the folder's once for both.
  await expect.poll(() => keptHandles(page)).toEqual(['file 4712_4620data.txt', 'file 4713_4620data.txt', 'folder ftp']);

  await page.reload();
  await expect(page.getByText('You have unsaved edits to 2 files')).toBeVisible();
  await page.getByRole('button', { name: 'Restore edits' }).click();
  await expect(page.getByRole('heading', { name: 'Open files (2)' })).toBeVisible();

  await chooseMore(page, 'Administrator tools');
  const admin = page.getByRole('region', { name: 'Administrator tools' });
  // Refused: said, with the zip offered instead; nothing is written.
  await answer(page, 'denied');
  await admin.getByRole('button', { name: 'Save changed files' }).click();
  await expect(admin.getByText('The browser was not allowed to write into the folder “ftp”.', { exact: false })).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Download them as a .zip' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `the folder refused, ${scheme}`, '.admin');
  }
  expect(await readOpfs(page, 'ftp/site-a/4712_4620data.txt')).toBe(backup(2));

  // Allowed: both written in place, in their subfolder; asked once for the whole folder.
  await answer(page, 'granted');
  await admin.getByRole('button', { name: 'Save changed files' }).click();
  await expect(admin.getByText('2 files were written into the folder “ftp”.')).toBeVisible();
  expect(await readOpfs(page, 'ftp/site-a/4712_4620data.txt')).toBe(`${backup(2)}Contrast=5\r\n`);
  expect(await readOpfs(page, 'ftp/site-a/4713_4620data.txt')).toBe(`${backup(3)}Contrast=6\r\n`);
  expect(await readOpfs(page, 'ftp/4711_4620data.txt')).toBe(backup(1));
  expect(await asked(page)).toBe(2);
});
