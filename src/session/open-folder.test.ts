import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDirectoryHandle, readInputFolder } from '../file-io/folder.ts';
import { FOLDER_LIMITS } from '../file-io/zip-limits.ts';
import { isSettingsFileName, parseFileName } from '../format/file-name.ts';
import { openFolder } from './open-folder.ts';
import { groupRefusals } from './refusals.ts';

const BACKUP = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n';
const wants = (name: string) => parseFileName(name) !== null || isSettingsFileName(name);

/** A file as an `<input webkitdirectory>` gives it: named by its path from the chosen folder. */
function inFolder(path: string, text: string): File {
  const file = new File([text], path.split('/').at(-1) ?? path);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

/** A file handle and a directory handle as the File System Access API gives them (what is read of them). */
const fileHandle = (name: string, text: string) => ({ kind: 'file', name, getFile: () => Promise.resolve(new File([text], name)) });
const dir = (name: string, children: object[]): object => ({
  kind: 'directory',
  name,
  async *entries() {
    for (const c of children) yield [(c as { name: string }).name, c];
  },
});

describe('opening a folder', () => {
  it('opens the backups of every subfolder with where they were, skips other files in one line, and takes its 46xxsettings.txt', async () => {
    const read = await readInputFolder(
      [
        inFolder('ftp/4711_4620data.txt', BACKUP),
        inFolder('ftp/site-a/4712_4620data.txt', BACKUP),
        inFolder('ftp/site-a/floor 2/4713_4610data_sip.txt', BACKUP),
        inFolder('ftp/readme.md', 'hello'),
        inFolder('ftp/site-a/photo.jpg', 'jpeg'),
        inFolder('ftp/46xxsettings.txt', 'SET OPSTAT 111\r\n'),
      ],
      wants,
      FOLDER_LIMITS,
    );
    expect(read.name).toBe('ftp');
    const opened = await openFolder(read);
    expect(opened.files.map((f) => [f.sourceName, f.folder])).toEqual([
      ['4711_4620data.txt', undefined],
      ['4712_4620data.txt', 'site-a'],
      ['4713_4610data_sip.txt', 'site-a/floor 2'],
    ]);
    const groups = groupRefusals(opened.refusals);
    expect(groups.map((g) => [g.reason, g.refusals.length])).toEqual([['folder-not-backup', 2]]);
    expect(groups[0]?.names).toEqual({ kind: 'all', names: ['readme.md', 'site-a/photo.jpg'] });
    expect(opened.settings.map((s) => [s.name, s.zip])).toEqual([['46xxsettings.txt', 'ftp']]);
  });

  it('never reads a file larger than a backup, stops at the total and at the number of files, and says each', async () => {
    const limits = { maxEntryBytes: 100, maxTotalBytes: 2 * BACKUP.length, maxEntries: 5 };
    const files = [
      inFolder('f/1_4620data.txt', BACKUP),
      inFolder('f/2_4620data.txt', 'x'.repeat(101)),
      inFolder('f/3_4620data.txt', BACKUP),
      inFolder('f/4_4620data.txt', BACKUP),
      inFolder('f/5_4620data.txt', BACKUP),
      ...Array.from({ length: 1000 }, (_, i) => inFolder(`f/more/${i}.txt`, '')),
    ];
    const opened = await openFolder(await readInputFolder(files, wants, limits));
    expect(opened.files.map((f) => f.sourceName)).toEqual(['1_4620data.txt', '3_4620data.txt']);
    expect(opened.refusals.map((r) => r.kind === 'folder-entry' ? [r.skip.kind, r.skip.name] : [r.kind])).toEqual([
      ['too-large', '2_4620data.txt'],
      ['over-total', '4_4620data.txt'],
      ['over-total', '5_4620data.txt'],
      ['folder-too-many'],
    ]);
  });

  it('reads a directory handle, keeping each file\'s handle to write back to', async () => {
    const root = dir('backups', [fileHandle('4711_4620data.txt', BACKUP), dir('b', [fileHandle('4712_4620data.txt', BACKUP), fileHandle('x.bin', 'x')])]) as FileSystemDirectoryHandle;
    const read = await readDirectoryHandle(root, wants, FOLDER_LIMITS);
    expect(read.handle).toBe(root);
    const opened = await openFolder(read);
    expect(opened.files.map((f) => [f.sourceName, f.folder, f.handle?.name])).toEqual([
      ['4711_4620data.txt', undefined, '4711_4620data.txt'],
      ['4712_4620data.txt', 'b', '4712_4620data.txt'],
    ]);
    expect(opened.refusals).toEqual([{ kind: 'folder-entry', folder: 'backups', skip: { kind: 'not-wanted', name: 'b/x.bin' } }]);
  });
});

describe('a backup-named file of a folder that is really a zip', () => {
  it('is refused as not a backup (a ZIP archive), by its path, and nothing in it is opened', async () => {
    const inner = zipSync({ '4712_4620data.txt': new TextEncoder().encode(BACKUP), '46xxsettings.txt': new TextEncoder().encode('SET OPSTAT 000\r\n') });
    const file = new File([inner], '4711_4620data.txt');
    Object.defineProperty(file, 'webkitRelativePath', { value: 'ftp/sub/4711_4620data.txt' });
    const opened = await openFolder(await readInputFolder([file, inFolder('ftp/4713_4620data.txt', BACKUP)], wants, FOLDER_LIMITS));
    expect(opened.files.map((f) => f.sourceName)).toEqual(['4713_4620data.txt']);
    expect(opened.settings).toEqual([]);
    expect(opened.refusals).toEqual([{ kind: 'decode', name: 'sub/4711_4620data.txt', error: { kind: 'signature', format: 'a ZIP archive (or an Office document)' } }]);
    expect(groupRefusals(opened.refusals).map((g) => g.reason)).toEqual(['other-format']);
  });
});
