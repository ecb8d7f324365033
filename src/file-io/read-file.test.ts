import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { openPicked } from '../session/open.ts';
import { readDrop, readFile } from './file-io.ts';

describe('readFile', () => {
  it('reads a file larger than a backup can be only as far as its first bytes, unless it is a zip', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    const log = await readFile(new File([big], 'server.log'));
    expect(log).toMatchObject({ name: 'server.log', size: MAX_FILE_BYTES + 1 });
    expect(log.bytes).toHaveLength(8);
    // Refused by its size, in the words a file too large to open always had.
    expect((await openPicked([log])).refusals).toEqual([{ kind: 'unread', name: 'server.log', size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }]);

    const zipped = big.slice();
    zipped.set([0x50, 0x4b, 0x03, 0x04]);
    expect((await readFile(new File([zipped], 'backups.bin'))).bytes).toHaveLength(MAX_FILE_BYTES + 1);
    expect((await readFile(new File([big], 'backups.ZIP'))).bytes).toHaveLength(MAX_FILE_BYTES + 1);
    const backup = await readFile(new File([big.subarray(0, MAX_FILE_BYTES)], '4711_4620data.txt'));
    expect(backup.bytes).toHaveLength(MAX_FILE_BYTES);
    expect(backup.size).toBeUndefined();
  });
});

describe('readDrop', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('hands the dropped files over unread, with their names and sizes: each is read only when opened, in its turn', async () => {
    const reads = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const files = Array.from({ length: 3 }, (_, i) => new File([new Uint8Array(10 + i)], `${i}.txt`));
    const dt = { items: files.map((f) => ({ kind: 'file', getAsFile: () => f, webkitGetAsEntry: () => ({ isDirectory: false }) })), files } as unknown as DataTransfer;
    const drop = await readDrop(dt);
    expect(drop.files.map((f) => [f.name, f.size])).toEqual([['0.txt', 10], ['1.txt', 11], ['2.txt', 12]]);
    expect(reads).not.toHaveBeenCalled();
    expect((await drop.files[1]?.read())?.bytes).toHaveLength(11);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('gives the files and folders in the order dropped, as one drop is read within one budget in that order', async () => {
    const notFolder = { isDirectory: false };
    const dropped = [
      { f: new File(['x'], 'a.txt'), e: notFolder },
      { f: null, e: { isDirectory: true, name: 'site-1' } },
      { f: new File(['x'], 'b.zip'), e: notFolder },
      { f: null, e: { isDirectory: true, name: 'site-2' } },
    ];
    const dt = { items: dropped.map(({ f, e }) => ({ kind: 'file', getAsFile: () => f, webkitGetAsEntry: () => e })), files: [] } as unknown as DataTransfer;
    const drop = await readDrop(dt);
    expect(drop.items.map((d) => (d.kind === 'file' ? d.file.name : `${d.folder.entry.name}/`))).toEqual(['a.txt', 'site-1/', 'b.zip', 'site-2/']);
    expect(drop.files.map((f) => f.name)).toEqual(['a.txt', 'b.zip']);
    expect(drop.folders.map((f) => f.entry.name)).toEqual(['site-1', 'site-2']);
  });
});
