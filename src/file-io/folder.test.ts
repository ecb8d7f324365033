import { describe, expect, it } from 'vitest';
import type { PickedFile } from './file-io.ts';
import { readInputFolder } from './folder.ts';
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
