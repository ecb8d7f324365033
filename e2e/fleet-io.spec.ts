import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { chooseMore } from './pages/editor-page.ts';

/**
 * A whole folder of backups (issue 17, points 1, 5 and 6): opened through the folder input, a drop or the folder
 * picker; saved back into the folder in place (a mocked directory handle that records its writes) or as a zip, only
 * the changed files, each in its subfolder; and unsaved edits to many files kept in IndexedDB through a reload, with
 * a full store said plainly.
 */

const backup = (n: number): string => `\r\nABKNAME001=Desk ${n}\r\nABKNUMBER001=${2000 + n}\r\n`;

/** The folder as files by path: three backups (two in subfolders), a readme, a picture and the settings file. */
const FOLDER: Record<string, string> = {
  '4711_4620data.txt': backup(1),
  'site-a/4712_4620data.txt': backup(2),
  'site-a/floor 2/4713_4610data_sip.txt': backup(3),
  'readme.md': '# backups',
  'site-a/photo.jpg': 'not a backup',
  '46xxsettings.txt': 'SET OPSTAT 111\r\n',
};

function folderOnDisk(files: Record<string, string>): string {
  const root = join(mkdtempSync(join(tmpdir(), 'fleet-io-')), 'ftp');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

// The machine these run on may be busy: a folder of files and a reload take a while there.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  // Without a folder picker (Firefox, Safari): Open folder uses the page's folder input; saves are downloads.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
    delete w.showDirectoryPicker;
  });
});

async function openFolderInput(page: Page, files: Record<string, string> = FOLDER) {
  const chooser = page.waitForEvent('filechooser');
  await chooseMore(page, 'Open folder…');
  await (await chooser).setFiles(folderOnDisk(files));
}

async function adminTools(page: Page) {
  await chooseMore(page, 'Administrator tools');
  await expect(page.getByRole('heading', { name: 'Administrator tools' })).toBeVisible();
}

/** Types a new Contrast into the open file: an unsaved change. */
async function editActive(page: Page, contrast: string) {
  await page.getByLabel('Contrast', { exact: true }).fill(contrast);
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
}

/** How many of the `total` open files the fleet table says are unsaved: its "Unsaved" filter counts them all (rows scroll). */
async function expectUnsaved(page: Page, total: number, unsaved: number) {
  const fleet = page.getByRole('region', { name: `Open files (${total})` });
  await fleet.getByLabel('Filter by problems').selectOption({ label: 'Unsaved' });
  await expect(fleet.getByText(`${unsaved} of ${total} shown`, { exact: true })).toBeVisible();
  await fleet.getByLabel('Filter by problems').selectOption({ label: 'Any' });
}

test('Open folder reads the backups of every subfolder, skips the other files in one line, and takes the settings file', async ({ page }) => {
  await page.goto('./');
  await openFolderInput(page);
  await expect(page.getByRole('heading', { name: 'Open files (3)' })).toBeVisible();
  const report = page.getByRole('alert');
  await expect(report).toContainText('2 files in the folder are not phone backups and were skipped: readme.md, site-a/photo.jpg.');
  await expect(report).toContainText('“46xxsettings.txt” in “ftp” is the telephones’ settings file');
  // The settings file is the restore check's, for every file.
  await adminTools(page);
  await expect(page.getByRole('region', { name: 'Administrator tools' })).toContainText('46xxsettings.txt (ftp)');
});

test('a folder dropped on the page is read with its subfolders (the drop’s entries, as in every browser)', async ({ page }) => {
  await page.goto('./');
  await page.evaluate((files) => {
    type Node = { name: string; text?: string; children?: Node[] };
    const root: Node = { name: 'dropped', children: [] };
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let at = root;
      for (const part of parts.slice(0, -1)) {
        let next = at.children?.find((c) => c.name === part && c.children);
        if (!next) {
          next = { name: part, children: [] };
          at.children?.push(next);
        }
        at = next;
      }
      at.children?.push({ name: parts.at(-1) ?? '', text });
    }
    const entry = (n: Node): unknown =>
      n.children
        ? {
            isDirectory: true,
            isFile: false,
            name: n.name,
            createReader: () => {
              // Entries come a batch at a time, as browsers give them, until an empty batch.
              let given = 0;
              return {
                readEntries: (ok: (e: unknown[]) => void) => {
                  const batch = (n.children ?? []).slice(given, given + 2).map(entry);
                  given += batch.length;
                  setTimeout(() => ok(batch));
                },
              };
            },
          }
        : { isDirectory: false, isFile: true, name: n.name, file: (ok: (f: File) => void) => ok(new File([n.text ?? ''], n.name)) };
    const dataTransfer = { types: ['Files'], files: [], items: [{ kind: 'file', getAsFile: () => null, webkitGetAsEntry: () => entry(root) }] };
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: dataTransfer });
    document.querySelector('main')?.dispatchEvent(drop);
  }, FOLDER);
  await expect(page.getByRole('heading', { name: 'Open files (3)' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('2 files in the folder are not phone backups and were skipped: readme.md, site-a/photo.jpg.');
  await expect(page.getByRole('button', { name: '4713_4610data_sip.txt', exact: true })).toBeVisible();
});

test('three folders dropped together read 10,000 files in all: the second is read in part, the third not at all, and both are said', async ({ page }) => {
  await page.goto('./');
  await page.evaluate((specs) => {
    // Each folder: one backup, then files that are not backups (looked at, never read), as entries a drop gives.
    const folders = specs.map(({ name, backupName, text, others }) => ({
      isDirectory: true,
      isFile: false,
      name,
      createReader: () => {
        const files = [backupName, ...Array.from({ length: others }, (_, i) => `${name}-${i}.md`)].map((n, i) => ({ isDirectory: false, isFile: true, name: n, file: (ok: (f: File) => void) => ok(new File([i === 0 ? text : ''], n)) }));
        let given = 0;
        return {
          readEntries: (ok: (e: unknown[]) => void) => {
            const batch = files.slice(given, given + 100);
            given += batch.length;
            setTimeout(() => ok(batch));
          },
        };
      },
    }));
    const dataTransfer = { types: ['Files'], files: [], items: folders.map((f) => ({ kind: 'file', getAsFile: () => null, webkitGetAsEntry: () => f })) };
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: dataTransfer });
    document.querySelector('main')?.dispatchEvent(drop);
  }, [
    { name: 'a', backupName: '4711_4620data.txt', text: backup(1), others: 5999 },
    { name: 'b', backupName: '4712_4620data.txt', text: backup(2), others: 5999 },
    { name: 'c', backupName: '4713_4620data.txt', text: backup(3), others: 0 },
  ]);
  await expect(page.getByRole('heading', { name: 'Open files (2)' })).toBeVisible();
  const report = page.getByRole('alert');
  await expect(report).toContainText('“b” holds more than 4,000 files; only the first 4,000 were looked at.');
  await expect(report).toContainText('The folder “c” was not read: what was dropped before it had already reached what one drop reads (10,000 files, 64 MB in all). Open it separately.');
  await expect(page.getByRole('button', { name: '4713_4620data.txt', exact: true })).toHaveCount(0);
});

test('Save changed files writes only the changed files into a zip, each in its subfolder, and they are saved after', async ({ page }) => {
  await page.goto('./');
  await openFolderInput(page);
  await page.getByRole('button', { name: '4712_4620data.txt', exact: true }).click();
  await editActive(page, '9');
  await adminTools(page);
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save changed files' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe('phone-backups.zip');
  const entries = unzipSync(new Uint8Array(readFileSync((await download.path()) as string)));
  expect(Object.keys(entries)).toEqual(['site-a/4712_4620data.txt']);
  expect(Buffer.from(entries['site-a/4712_4620data.txt'] as Uint8Array).toString('utf8')).toBe(`${backup(2)}Contrast=9\r\n`);
  await expect(page.getByRole('region', { name: 'Administrator tools' }).getByText('Downloaded phone-backups.zip with 1 file.', { exact: false })).toBeVisible();
  await expectUnsaved(page, 3, 0);
});

test('with a folder picker, Save changed files writes the changed files back in place, asking once, subfolders kept', async ({ page }) => {
  await page.addInitScript((files) => {
    // A directory handle over files in memory that records what is written into it, and how often permission is asked.
    const w = window as unknown as { writes: Record<string, string>; asked: number; showDirectoryPicker: () => Promise<unknown> };
    w.writes = {};
    w.asked = 0;
    const fileHandle = (path: string, name: string) => ({
      kind: 'file',
      name,
      getFile: () => Promise.resolve(new File([files[path] ?? ''], name)),
      createWritable: () => {
        const parts: BlobPart[] = [];
        return Promise.resolve({
          write: (b: BlobPart) => Promise.resolve(void parts.push(b)),
          close: async () => {
            w.writes[path] = await new Blob(parts).text();
          },
        });
      },
    });
    const dirHandle = (path: string, name: string): unknown => ({
      kind: 'directory',
      name,
      queryPermission: () => Promise.resolve('prompt'),
      requestPermission: () => {
        w.asked++;
        return Promise.resolve('granted');
      },
      async *entries() {
        const prefix = path ? `${path}/` : '';
        const seen = new Set<string>();
        for (const p of Object.keys(files)) {
          if (!p.startsWith(prefix)) continue;
          const [first, ...rest] = p.slice(prefix.length).split('/');
          if (!first || seen.has(first)) continue;
          seen.add(first);
          yield [first, rest.length > 0 ? dirHandle(prefix + first, first) : fileHandle(prefix + first, first)];
        }
      },
      getDirectoryHandle: (child: string) => Promise.resolve(dirHandle(path ? `${path}/${child}` : child, child)),
      getFileHandle: (child: string) => Promise.resolve(fileHandle(path ? `${path}/${child}` : child, child)),
    });
    w.showDirectoryPicker = () => Promise.resolve(dirHandle('', 'ftp'));
  }, FOLDER);
  await page.goto('./');
  await chooseMore(page, 'Open folder…');
  await expect(page.getByRole('heading', { name: 'Open files (3)' })).toBeVisible();
  await editActive(page, '5');
  await page.getByRole('button', { name: '4713_4610data_sip.txt', exact: true }).click();
  await editActive(page, '6');
  await adminTools(page);
  await page.getByRole('button', { name: 'Save changed files' }).click();
  const region = page.getByRole('region', { name: 'Administrator tools' });
  await expect(region.getByText('2 files were written into the folder “ftp”.')).toBeVisible();
  const { writes, asked } = await page.evaluate(() => {
    const w = window as unknown as { writes: Record<string, string>; asked: number };
    return { writes: w.writes, asked: w.asked };
  });
  expect(writes).toEqual({ '4711_4620data.txt': `${backup(1)}Contrast=5\r\n`, 'site-a/floor 2/4713_4610data_sip.txt': `${backup(3)}Contrast=6\r\n` });
  expect(asked).toBe(1);
  await expectUnsaved(page, 3, 0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `the fleet save's summary, ${scheme}`, '.admin');
  }
});

test('unsaved edits to many files are kept in IndexedDB and offered back after a reload', async ({ page }) => {
  const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`site-${i % 4}/${5000 + i}_4620data.txt`, backup(i)]));
  await page.goto('./');
  await openFolderInput(page, many);
  await expect(page.getByRole('heading', { name: 'Open files (40)' })).toBeVisible();
  // Forty unsaved files: the first edited by hand, then the edit copied into all the others.
  await editActive(page, '3');
  await adminTools(page);
  await page.getByRole('button', { name: 'Copy to extensions' }).click();
  const copy = page.getByRole('dialog');
  await copy.getByRole('radio', { name: 'Every other open file (39)' }).check();
  await copy.getByRole('checkbox', { name: 'Speed dials' }).check();
  await copy.getByRole('button', { name: 'Copy into the open files' }).click();
  await expectUnsaved(page, 40, 40);
  // Kept in IndexedDB (not localStorage, which holds some 5 MB), one record a file.
  await expect.poll(() => page.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('avaya4600-editor');
    open.onsuccess = () => {
      const count = open.result.transaction('drafts').objectStore('drafts').count();
      count.onsuccess = () => resolve(count.result);
    };
  }))).toBe(40);
  await page.reload();
  await expect(page.getByText('You have unsaved edits to 40 files')).toBeVisible();
  await page.getByRole('button', { name: 'Restore edits' }).click();
  await expectUnsaved(page, 40, 40);
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('3');
});

test('a full browser storage is said plainly, not silently dropped', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./?sample');
  await editActive(page, '12');
  const full = page.getByRole('alert').filter({ hasText: 'This browser’s storage is full' });
  await expect(full).toBeVisible();
  await expect(full).toContainText('Save your files now');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `storage full, ${scheme}`, '.drafts-full');
  }
});
