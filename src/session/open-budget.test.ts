import { zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { handedFile, type HandedFile } from '../file-io/file-io.ts';
import { openBudget, ZIP_LIMITS } from '../file-io/zip-limits.ts';
import { encodeUtf8 } from '../format/text-codec.ts';
import { openPicked } from './open.ts';
import type { Refusal } from './refusals.ts';

// One pick or drop has one budget (OpenBudget: 10,000 files, 64 MB), across all its zips and loose files, in order.
const zip = (entries: Record<string, Uint8Array>) => zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') });
/** A backup of exactly `size` bytes. */
const backup = (size: number) => new TextEncoder().encode(`\r\nABKNAME001=${'x'.repeat(size - 15)}\r\n`);
/** A file handed over whose bytes must never be read (it is past the budget). */
const neverRead = (name: string, size: number): HandedFile => ({ name, size, read: () => Promise.reject(new Error(`${name} was read`)) });
/** A zip of 4,000 entries not named as backups (they cost no bytes, but are looked at). */
const many = (z: string) => zip(Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`${z}-${i}.md`, new Uint8Array(1)])));
const kinds = (refusals: readonly Refusal[], kind: Refusal['kind']) => refusals.filter((r) => r.kind === kind);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('several zips in one open share one 64 MB', () => {
  it('the zips after the first read only what is left of it, and a file after them is not read', async () => {
    // 75 files of 1 MB in three zips (settings files: inflated and counted as any backup, not parsed): 64 fit.
    const mb = new Uint8Array(MAX_FILE_BYTES);
    const zips = ['a', 'b', 'c'].map((z) => ({ name: `${z}.zip`, bytes: zip(Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`${z}${i}/46xxsettings.txt`, mb]))), handle: null }));
    const r = await openPicked([...zips, neverRead('4711_4620data.txt', 100)]);
    expect(r.settings).toHaveLength(64);
    // (Sorted by where each was: settingsReadFirst.)
    const inC = r.settings.filter((f) => f.zip.startsWith('c.zip/')).map((f) => f.zip);
    expect(inC).toHaveLength(14);
    expect(new Set(inC)).toEqual(new Set(Array.from({ length: 14 }, (_, i) => `c.zip/c${i}`)));
    const over = r.refusals.filter((f) => f.kind === 'zip-entry' && f.skip.kind === 'over-total');
    expect(over).toHaveLength(11);
    expect(over.every((f) => f.kind === 'zip-entry' && f.zip === 'c.zip')).toBe(true);
    expect(kinds(r.refusals, 'left-over-total')).toEqual([{ kind: 'left-over-total', name: '4711_4620data.txt' }]);
  });

  it('in the order given: a loose file first takes its part, a smaller entry after one that did not fit still does', async () => {
    const budget = openBudget({ ...ZIP_LIMITS, maxTotalBytes: 2500 });
    const r = await openPicked(
      [
        { name: '4700_4620data.txt', bytes: backup(1000), handle: null },
        { name: 'a.zip', bytes: zip({ '4701_4620data.txt': backup(1000) }), handle: null },
        { name: 'b.zip', bytes: zip({ '4702_4620data.txt': backup(1000), '4703_4620data.txt': backup(400) }), handle: null },
      ],
      { budget },
    );
    expect(r.files.map((f) => f.sourceName)).toEqual(['4700_4620data.txt', '4701_4620data.txt', '4703_4620data.txt']);
    expect(r.refusals).toEqual([{ kind: 'zip-entry', zip: 'b.zip', skip: { kind: 'over-total', name: '4702_4620data.txt' } }]);
    expect(budget).toEqual({ files: ZIP_LIMITS.maxEntries - 4, bytes: 100 });
  });

  it('the zips share 10,000 entries: the one that passes them is read in part, what comes after not at all', async () => {
    // Entries not named as backups cost no bytes but are looked at: 12,000 in three zips.
    const r = await openPicked([
      { name: 'a.zip', bytes: many('a'), handle: null },
      { name: 'b.zip', bytes: many('b'), handle: null },
      { name: 'c.zip', bytes: many('c'), handle: null },
      neverRead('d.zip', 100),
      neverRead('4711_4620data.txt', 100),
    ]);
    expect(kinds(r.refusals, 'zip-too-many')).toEqual([{ kind: 'zip-too-many', zip: 'c.zip', read: 2000, total: 4000 }]);
    expect(kinds(r.refusals, 'zip-entry')).toHaveLength(10_000);
    expect(kinds(r.refusals, 'left-too-many')).toEqual([{ kind: 'left-too-many', count: 2, first: 'd.zip', last: '4711_4620data.txt' }]);
  });

  it('a zip of exactly 10,000 files (as Save all writes one) still opens whole by itself', async () => {
    const r = await openPicked([{ name: 'fleet.zip', bytes: zip(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`${i}.md`, new Uint8Array(1)]))), handle: null }]);
    expect(kinds(r.refusals, 'zip-too-many')).toEqual([]);
    expect(kinds(r.refusals, 'zip-entry')).toHaveLength(10_000);
  });

  it('unreadable or empty zips count as a file each: a drop of many cannot pass the count', async () => {
    const budget = openBudget({ ...ZIP_LIMITS, maxEntries: 2 });
    const r = await openPicked([{ name: 'x.zip', bytes: encodeUtf8('not a zip'), handle: null }, { name: 'y.zip', bytes: zip({}), handle: null }, neverRead('z.zip', 10)], { budget });
    expect(r.refusals).toEqual([
      { kind: 'zip-unreadable', name: 'x.zip' },
      { kind: 'left-too-many', count: 1, first: 'z.zip', last: 'z.zip' },
    ]);
  });
});

describe('loose files picked or dropped together', () => {
  it('are opened up to 10,000; the rest are never read, and said as one refusal with their count', async () => {
    // Empty files: refused as empty once read (cheap), which shows each was read.
    const files = Array.from({ length: 10_003 }, (_, i) => handedFile(new File([], `${i}.txt`)));
    const reads = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const r = await openPicked(files);
    expect(reads).toHaveBeenCalledTimes(10_000);
    expect(kinds(r.refusals, 'decode')).toHaveLength(10_000);
    expect(kinds(r.refusals, 'left-too-many')).toEqual([{ kind: 'left-too-many', count: 3, first: '10000.txt', last: '10002.txt' }]);
  });

  it('a file past the bytes left is refused by its size without being read; a smaller one after it still fits', async () => {
    const budget = openBudget({ ...ZIP_LIMITS, maxTotalBytes: 2500 });
    const r = await openPicked(
      [handedFile(new File([backup(1000)], '4700_4620data.txt')), handedFile(new File([backup(1000)], '4701_4620data.txt')), neverRead('4702_4620data.txt', 1000), handedFile(new File([backup(400)], '4703_4620data.txt'))],
      { budget },
    );
    expect(r.files.map((f) => f.sourceName)).toEqual(['4700_4620data.txt', '4701_4620data.txt', '4703_4620data.txt']);
    expect(r.refusals).toEqual([{ kind: 'left-over-total', name: '4702_4620data.txt' }]);
  });

  it('once the bytes are spent, a zip is not read at all', async () => {
    const budget = openBudget({ ...ZIP_LIMITS, maxTotalBytes: 1000 });
    const r = await openPicked([handedFile(new File([backup(1000)], '4700_4620data.txt')), neverRead('more.zip', 500)], { budget });
    expect(r.files).toHaveLength(1);
    expect(r.refusals).toEqual([{ kind: 'left-over-total', name: 'more.zip' }]);
  });

  it('what fits is opened as before: each read once, in order', async () => {
    const reads = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const r = await openPicked([handedFile(new File([backup(100)], '4700_4620data.txt')), handedFile(new File([backup(100)], 'notes.txt'))]);
    expect(r.files.map((f) => f.sourceName)).toEqual(['4700_4620data.txt', 'notes.txt']);
    expect(r.refusals).toEqual([]);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('a file that cannot be read (gone since it was picked) is refused with why; those before and after it still open', async () => {
    const gone: HandedFile = { name: '4701_4620data.txt', size: 100, read: () => Promise.reject(new DOMException('The requested file could not be read', 'NotReadableError')) };
    const budget = openBudget();
    const r = await openPicked([handedFile(new File([backup(100)], '4700_4620data.txt')), gone, handedFile(new File([backup(100)], '4702_4620data.txt'))], { budget });
    expect(r.files.map((f) => f.sourceName)).toEqual(['4700_4620data.txt', '4702_4620data.txt']);
    expect(r.refusals).toEqual([{ kind: 'read-failed', name: '4701_4620data.txt', detail: 'NotReadableError: The requested file could not be read' }]);
    // It was looked at, and nothing of it read.
    expect(budget).toEqual({ files: ZIP_LIMITS.maxEntries - 3, bytes: ZIP_LIMITS.maxTotalBytes - 200 });
  });
});
