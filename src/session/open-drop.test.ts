import { describe, expect, it } from 'vitest';
import type { DroppedItem, HandedFile } from '../file-io/file-io.ts';
import { handedFile } from '../file-io/file-io.ts';
import { openBudget, ZIP_LIMITS } from '../file-io/zip-limits.ts';
import { openDrop } from './open-folder.ts';
import { groupRefusals, type Refusal } from './refusals.ts';

// One drop is one budget (OpenBudget: 10,000 files, 64 MB): its folders and loose files share it, in the order dropped.

/** A backup of exactly `size` bytes. */
const backup = (size: number) => `\r\nABKNAME001=${'x'.repeat(size - 15)}\r\n`;
const fileEntry = (name: string, text: string) => ({ isFile: true, isDirectory: false, name, file: (ok: (f: File) => void) => ok(new File([text], name)) });
/** A dropped folder's entry (what every browser gives); `walks` counts each time it is listed. */
function dirEntry(name: string, children: readonly object[], walks = { count: 0 }): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      walks.count++;
      let given = false;
      return {
        readEntries: (ok: (e: readonly object[]) => void) => {
          ok(given ? [] : children);
          given = true;
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}
const folder = (entry: FileSystemDirectoryEntry, handle: Promise<FileSystemHandle | null> = Promise.resolve(null)): DroppedItem => ({ kind: 'folder', folder: { entry, handle } });
const loose = (file: HandedFile): DroppedItem => ({ kind: 'file', file });
const backupFile = (name: string, size: number) => loose(handedFile(new File([backup(size)], name)));
/** A file handed over whose bytes must never be read (it is past the budget). */
const neverRead = (name: string, size: number): DroppedItem => loose({ name, size, read: () => Promise.reject(new Error(`${name} was read`)) });
/** `count` files not named as backups (looked at, never read), after one backup. */
const manyFiles = (prefix: string, count: number) => [fileEntry(`${prefix}_4620data.txt`, backup(100)), ...Array.from({ length: count - 1 }, (_, i) => fileEntry(`${prefix}-${i}.md`, ''))];
const kinds = (refusals: readonly Refusal[], kind: Refusal['kind']) => refusals.filter((r) => r.kind === kind);

describe('a drop of several folders', () => {
  it('reads 10,000 files in all across them: the folder that passes the count is read in part, the next is not walked', async () => {
    const walks = { a: { count: 0 }, b: { count: 0 }, c: { count: 0 } };
    // Chrome and Edge give a folder's handle too: the folder after the budget is not listed through it either.
    let handleWalks = 0;
    const cHandle = { kind: 'directory', name: 'c', entries: () => (handleWalks++, [][Symbol.iterator]()) } as unknown as FileSystemHandle;
    const r = await openDrop([
      folder(dirEntry('a', manyFiles('4711', 6000), walks.a)),
      folder(dirEntry('b', manyFiles('4712', 6000), walks.b)),
      folder(dirEntry('c', manyFiles('4713', 10), walks.c), Promise.resolve(cHandle)),
    ]);
    expect(r.files.map((f) => f.sourceName)).toEqual(['4711_4620data.txt', '4712_4620data.txt']);
    expect(kinds(r.refusals, 'folder-too-many')).toEqual([{ kind: 'folder-too-many', folder: 'b', read: 4000 }]);
    expect(kinds(r.refusals, 'folder-entry')).toHaveLength(5999 + 3999);
    expect(kinds(r.refusals, 'left-folder')).toEqual([{ kind: 'left-folder', folder: 'c' }]);
    expect([walks.a.count, walks.b.count, walks.c.count, handleWalks]).toEqual([1, 1, 0, 0]);
  });

  it('a folder first spends its part, and loose files after it share what is left: past the bytes, never read', async () => {
    const budget = openBudget({ ...ZIP_LIMITS, maxTotalBytes: 2400 });
    const walks = { count: 0 };
    const r = await openDrop(
      [
        folder(dirEntry('a', [fileEntry('4700_4620data.txt', backup(1000)), fileEntry('4701_4620data.txt', backup(1000))])),
        neverRead('4702_4620data.txt', 500),
        backupFile('4703_4620data.txt', 400),
        folder(dirEntry('b', [fileEntry('4704_4620data.txt', backup(100))], walks)),
      ],
      budget,
    );
    expect(r.files.map((f) => f.sourceName)).toEqual(['4700_4620data.txt', '4701_4620data.txt', '4703_4620data.txt']);
    expect(r.refusals).toEqual([
      { kind: 'left-over-total', name: '4702_4620data.txt' },
      { kind: 'left-folder', folder: 'b' },
    ]);
    expect(walks.count).toBe(0);
    expect(budget).toEqual({ files: ZIP_LIMITS.maxEntries - 4, bytes: 0 });
  });

  it('loose files after a folder share its count; those past it are said as one refusal, across the folders between them', async () => {
    const budget = openBudget({ ...ZIP_LIMITS, maxEntries: 5 });
    const r = await openDrop(
      [
        folder(dirEntry('a', [fileEntry('4700_4620data.txt', backup(100)), fileEntry('4701_4620data.txt', backup(100)), fileEntry('4702_4620data.txt', backup(100))])),
        backupFile('4703_4620data.txt', 100),
        backupFile('4704_4620data.txt', 100),
        neverRead('4705_4620data.txt', 100),
        folder(dirEntry('b', [fileEntry('4706_4620data.txt', backup(100))])),
        neverRead('4707_4620data.txt', 100),
      ],
      budget,
    );
    expect(r.files.map((f) => f.sourceName)).toEqual(['4700_4620data.txt', '4701_4620data.txt', '4702_4620data.txt', '4703_4620data.txt', '4704_4620data.txt']);
    expect(r.refusals).toEqual([
      { kind: 'left-too-many', count: 2, first: '4705_4620data.txt', last: '4707_4620data.txt' },
      { kind: 'left-folder', folder: 'b' },
    ]);
  });

  it('in the order dropped: loose files before a folder take their part first, and the folder says what it left unread', async () => {
    const budget = openBudget({ ...ZIP_LIMITS, maxEntries: 3 });
    const r = await openDrop([backupFile('4700_4620data.txt', 100), folder(dirEntry('a', manyFiles('4701', 5)))], budget);
    expect(r.files.map((f) => f.sourceName)).toEqual(['4700_4620data.txt', '4701_4620data.txt']);
    expect(kinds(r.refusals, 'folder-too-many')).toEqual([{ kind: 'folder-too-many', folder: 'a', read: 2 }]);
  });

  it('empty folders count as a file each: a drop of many cannot pass the count', async () => {
    const budget = openBudget({ ...ZIP_LIMITS, maxEntries: 2 });
    const walks = { count: 0 };
    const r = await openDrop([folder(dirEntry('a', [])), folder(dirEntry('b', [])), folder(dirEntry('c', [], walks))], budget);
    expect(r.refusals).toEqual([{ kind: 'left-folder', folder: 'c' }]);
    expect(walks.count).toBe(0);
  });

  it('a folder of exactly 10,000 files dropped alone opens whole, as when it is picked', async () => {
    const r = await openDrop([folder(dirEntry('a', manyFiles('4711', 10_000)))]);
    expect(r.files).toHaveLength(1);
    expect(kinds(r.refusals, 'folder-too-many')).toEqual([]);
    expect(kinds(r.refusals, 'folder-entry')).toHaveLength(9999);
  });

  it('the report data says which folders were not read, as one reason', async () => {
    const budget = openBudget({ ...ZIP_LIMITS, maxEntries: 1 });
    const r = await openDrop([backupFile('4700_4620data.txt', 100), folder(dirEntry('site a', [])), folder(dirEntry('site b', []))], budget);
    const groups = groupRefusals(r.refusals);
    expect(groups.map((g) => [g.reason, g.names])).toEqual([['left-folder', { kind: 'all', names: ['site a', 'site b'] }]]);
  });
});
