import { describe, expect, it, vi } from 'vitest';
import type { PickedFile } from './file-io.ts';
import { markedEnds, readInputFolder } from './folder.ts';
import { FOLDER_LIMITS } from './zip-limits.ts';

/** A file as an `<input webkitdirectory>` gives it: named by its path from the chosen folder. */
function inFolder(path: string, text: string): File {
  const file = new File([text], path.split('/').at(-1) ?? path);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

const text = (p: PickedFile) => new TextDecoder().decode(p.bytes);
const wants = (name: string) => name.endsWith('_4620data.txt');

describe('reading a folder a batch at a time', () => {
  // 600 files of different lengths: more than one batch read as one (the files are cut apart again by their sizes).
  const files = Array.from({ length: 600 }, (_, i) => inFolder(`ftp/site-${i % 7}/${1000 + i}_4620data.txt`, `\r\nABKNAME001=File ${i}${'x'.repeat(i % 13)}\r\n`));

  it('hands every file to take, in path order, each with exactly its own bytes, and keeps none itself', async () => {
    const batches: PickedFile[][] = [];
    const read = await readInputFolder(files, wants, FOLDER_LIMITS, (batch) => void batches.push([...batch]));
    expect(read.files).toEqual([]);
    expect(batches.length).toBeGreaterThan(1);
    const got = batches.flat();
    const paths = got.map((f) => `${f.folder}/${f.name}`);
    expect(paths.every((p, i) => i === 0 || (paths[i - 1] as string) < p)).toBe(true);
    expect(got).toHaveLength(600);
    for (const f of got) {
      const i = Number(f.name.slice(0, 4)) - 1000;
      expect(f.folder).toBe(`site-${i % 7}`);
      expect(text(f)).toBe(`\r\nABKNAME001=File ${i}${'x'.repeat(i % 13)}\r\n`);
    }
  });

  it('gives the same files without take, gathered in the result', async () => {
    const taken: PickedFile[] = [];
    await readInputFolder(files, wants, FOLDER_LIMITS, (batch) => void taken.push(...batch));
    const read = await readInputFolder(files, wants, FOLDER_LIMITS);
    expect(read.files.map((f) => [f.folder, f.name, text(f)])).toEqual(taken.map((f) => [f.folder, f.name, text(f)]));
  });

  it('waits for take before handing over the next batch, and a take that fails stops the read', async () => {
    let busy = false;
    let overlapped = false;
    await readInputFolder(files, wants, FOLDER_LIMITS, async () => {
      overlapped ||= busy;
      busy = true;
      await new Promise((r) => setTimeout(r, 1));
      busy = false;
    });
    expect(overlapped).toBe(false);
    await expect(readInputFolder(files, wants, FOLDER_LIMITS, () => Promise.reject(new Error('no room')))).rejects.toThrow('no room');
  });
});

describe('cutting a batch read as one at the marks after each file', () => {
  const mark = Uint8Array.from([0, ...Array.from({ length: 15 }, (_, i) => 200 + i)]);
  const joined = (...files: Uint8Array[]) => Uint8Array.from(files.flatMap((f) => [...f, ...mark]));

  it('finds where each file ends, files of zero bytes and files full of zero bytes (UTF-16) included', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0, 0, 0, 0x42, 0]);
    const all = joined(utf16, new Uint8Array(0), Uint8Array.from([1, 2, 3]));
    expect(markedEnds(all, mark, 3)).toEqual([8, 24, 43]);
  });

  it('says nothing when a file holds the mark itself, or the marks are not one per file at the end', () => {
    const all = joined(Uint8Array.from([7, ...mark, 7]), Uint8Array.from([1]));
    expect(markedEnds(all, mark, 2)).toBeNull();
    expect(markedEnds(joined(Uint8Array.from([1])), mark, 2)).toBeNull();
    expect(markedEnds(Uint8Array.from([...mark, 9]), mark, 1)).toBeNull();
  });

  it('reads a batch whose file holds the mark by each file\'s size instead, every byte kept', async () => {
    // The page's mark made known (it is random): a file that holds it is still read whole, and its neighbours.
    const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation((a: ArrayBufferView<ArrayBuffer>) => {
      if (a instanceof Uint8Array) a.set(mark);
      return a;
    });
    try {
      const tricky = new Uint8Array([65, ...mark, 66]);
      const files = [new File([tricky], '1_4620data.txt'), new File(['\r\nABKNAME001=A\r\n'], '2_4620data.txt')];
      const read = await readInputFolder(files, wants, FOLDER_LIMITS);
      expect(read.files.map((f) => [...f.bytes])).toEqual([[...tricky], [...new TextEncoder().encode('\r\nABKNAME001=A\r\n')]]);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses a file larger than a backup that came in a batch, by its size, and counts only the others', async () => {
    const limits = { ...FOLDER_LIMITS, maxEntryBytes: 10 };
    const files = [inFolder('f/1_4620data.txt', '123456789'), inFolder('f/2_4620data.txt', 'x'.repeat(11)), inFolder('f/3_4620data.txt', 'abc')];
    const read = await readInputFolder(files, wants, limits);
    expect(read.files.map((f) => [f.name, text(f)])).toEqual([['1_4620data.txt', '123456789'], ['3_4620data.txt', 'abc']]);
    expect(read.skipped).toEqual([{ kind: 'too-large', name: '2_4620data.txt', size: 11 }]);
  });
});
