import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { editorReducer, openBytes, type OpenFile } from './open-file.ts';
import { prepareSave } from './save.ts';
import { firstZipPart, fleetZipOverLimit, writeFleet, type ReadyFile } from './save-fleet.ts';
import { ZIP_LIMITS } from '../file-io/zip-limits.ts';

function open(n: number, folder: string, handle: FileSystemFileHandle | null = null): OpenFile {
  const r = openBytes(encodeUtf8(`\r\nABKNAME001=Desk ${n}\r\n`), `${n}_4620data.txt`, handle, folder);
  if (!r.ok) throw new Error('the fixture does not open');
  return { ...r.value, uid: n };
}

/** The file as saved earlier with Save as under `name`, made ready for the next save. */
function savedAs(file: OpenFile, name: string): ReadyFile {
  const f = editorReducer(file, { type: 'saved', name, handle: file.handle, doc: file.doc, parts: file });
  const p = prepareSave(f, 'keep');
  if (!p.ok) throw new Error('not prepared');
  return { file: f, ...p.value };
}

describe('writeFleet: paths that are not a file’s', () => {
  it('a name ".." (or ".") is written into no zip: said as not written, and the other files go on', async () => {
    const bad = savedAs(open(4711, 'site-a'), '..');
    const dot = savedAs(open(4713, 'site-a'), '.');
    const good = savedAs(open(4712, 'site-a'), '4712_4620data.txt');
    const res = await writeFleet([bad, dot, good], null);
    expect(Object.keys(unzipSync(res.zip as Uint8Array))).toEqual(['site-a/4712_4620data.txt']);
    expect(res.failed).toEqual([
      { uid: 4711, path: 'site-a/..', reason: { kind: 'bad-name' } },
      { uid: 4713, path: 'site-a/.', reason: { kind: 'bad-name' } },
    ]);
    expect(res.written.map((w) => w.uid)).toEqual([4712]);
  });

  it('a folder with a ":" (a drive to Windows, C:/x.txt unpacked onto drive C:) is put into no zip: said, the others go on', async () => {
    const res = await writeFleet([ready(4711, 'C:'), ready(4712, 'site-a/b:c'), ready(4713, 'site-a')], null);
    expect(Object.keys(unzipSync(res.zip as Uint8Array))).toEqual(['site-a/4713_4620data.txt']);
    expect(res.failed).toEqual([
      { uid: 4711, path: 'C:/4711_4620data.txt', reason: { kind: 'zip-path' } },
      { uid: 4712, path: 'site-a/b:c/4712_4620data.txt', reason: { kind: 'zip-path' } },
    ]);
  });

  it('nor into the folder it came from: nothing there is asked for', async () => {
    const getFileHandle = vi.fn<(name: string) => Promise<FileSystemFileHandle>>();
    const dir = { kind: 'directory', name: 'ftp', queryPermission: () => Promise.resolve('granted'), getDirectoryHandle: () => Promise.resolve(dir), getFileHandle } as unknown as FileSystemDirectoryHandle;
    const h = { kind: 'file', name: '4711_4620data.txt' } as unknown as FileSystemFileHandle;
    const res = await writeFleet([savedAs(open(4711, 'site-a', h), '..')], { dir, handles: new WeakSet([h]) });
    expect(getFileHandle).not.toHaveBeenCalled();
    expect(res).toEqual({ written: [], failed: [{ uid: 4711, path: 'site-a/..', reason: { kind: 'bad-name' } }], zip: null });
  });
});

/** File `n` made ready to save. */
function ready(n: number, folder = '', handle: FileSystemFileHandle | null = null): ReadyFile {
  const file = open(n, folder, handle);
  const p = prepareSave(file, 'keep');
  if (!p.ok) throw new Error('not prepared');
  return { file, ...p.value };
}

describe('a fleet save past what the editor opens from one zip', () => {

  it('writes nothing at all, into the folder or a zip, and says what it would pass', async () => {
    const getFileHandle = vi.fn<(name: string) => Promise<FileSystemFileHandle>>();
    const dir = { kind: 'directory', name: 'ftp', queryPermission: () => Promise.resolve('granted'), getDirectoryHandle: () => Promise.resolve(dir), getFileHandle } as unknown as FileSystemDirectoryHandle;
    const h = { kind: 'file', name: '1_4620data.txt' } as unknown as FileSystemFileHandle;
    const files = [ready(1, '', h), ...Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ready(i + 2))];
    const res = await writeFleet(files, { dir, handles: new WeakSet([h]) });
    expect(res).toEqual({ written: [], failed: [], zip: null, overLimit: { kind: 'files', count: ZIP_LIMITS.maxEntries + 1, limit: ZIP_LIMITS.maxEntries } });
    expect(getFileHandle).not.toHaveBeenCalled();
    // The files written back into their folder do not count: the same save with one file fewer for the zip is written.
    expect(fleetZipOverLimit(files.map((r) => r.file), { dir, handles: new WeakSet([h]) })).toEqual({ kind: 'files', count: ZIP_LIMITS.maxEntries + 1, limit: ZIP_LIMITS.maxEntries });
    expect(fleetZipOverLimit(files.slice(0, -1).map((r) => r.file), { dir, handles: new WeakSet([h]) })).toBeNull();
  });

  it('in parts: the folder’s files and the longest run of the others one zip holds now, the rest later, in order', () => {
    const limits = { maxEntries: 3, maxTotalBytes: 1_000_000, maxEntryBytes: 1_000_000 };
    const h = { kind: 'file', name: '1_4620data.txt' } as unknown as FileSystemFileHandle;
    const folder = { dir: {} as FileSystemDirectoryHandle, handles: new WeakSet([h]) };
    const files = [ready(1, '', h), ready(2), ready(3), ready(4), ready(5), ready(6)];
    const { now, later } = firstZipPart(files, folder, limits);
    expect(now.map((r) => r.file.uid)).toEqual([1, 2, 3, 4]);
    expect(later.map((r) => r.file.uid)).toEqual([5, 6]);
    // By bytes too: no part holds more than the total, and a part is never empty.
    const size = files[1]?.bytes.length ?? 0;
    const byBytes = firstZipPart(files, null, { ...limits, maxEntries: 100, maxTotalBytes: 2 * size });
    expect(byBytes.now.map((r) => r.file.uid)).toEqual([1, 2]);
    expect(firstZipPart(files, null, { ...limits, maxTotalBytes: 1 }).now.map((r) => r.file.uid)).toEqual([1]);
  });
});
