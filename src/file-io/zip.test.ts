import fc from 'fast-check';
import { unzipSync as fflateUnzip, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { baseName, crc32, readZip, zipFiles } from './zip.ts';
import { ZIP_LIMITS, zipOverLimit, type ZipLimits } from './zip-limits.ts';

const text = (s: string) => new TextEncoder().encode(s);
const BACKUP = text('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n');
const zip = (entries: Zippable) => zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') });

/** The byte offsets of the zip's central directory entries, in order. */
function centralEntries(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) out.push(i);
  return out;
}
/** Rewrites a 16- or 32-bit field of the n-th central directory entry (a lie the archive tells). */
function patch(bytes: Uint8Array, n: number, field: number, value: number, width: 2 | 4 = 4): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const at = (centralEntries(copy)[n] ?? -1) + field;
  if (width === 4) view.setUint32(at, value, true);
  else view.setUint16(at, value, true);
  return copy;
}
const FLAGS = 8, METHOD = 10, UNCOMPRESSED = 24;

async function read(bytes: Uint8Array, limits?: ZipLimits) {
  const r = await readZip(bytes, limits);
  if (!r.ok) throw new Error(`unreadable: ${r.error}`);
  return r.value;
}

describe('readZip', () => {
  it('reads each file byte for byte, in order; folders and macOS resource forks are not files', async () => {
    const r = await read(zip({ '4711_4620data.txt': BACKUP, 'sub/': {}, '__MACOSX/._4711_4620data.txt': text('x'), '4712_4620data_sip.txt': [text(''), { level: 0 }] }));
    expect(r.files.map((f) => [f.name, f.bytes])).toEqual([['4711_4620data.txt', BACKUP], ['4712_4620data_sip.txt', text('')]]);
    expect(r.files.every((f) => f.handle === null)).toBe(true);
    expect(r).toMatchObject({ skipped: [], renamed: [], tooMany: null });
  });

  it('skips an entry whose declared size is over the limit without inflating it', async () => {
    const big = new Uint8Array(ZIP_LIMITS.maxEntryBytes + 1).fill(0x41);
    // The big entry's compressed data is then broken: had it been inflated, it would be "damaged", not "too-large".
    const bytes = zip({ 'big_4620data.txt': big, '4711_4620data.txt': BACKUP });
    const [first] = centralEntries(bytes);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const local = view.getUint32((first ?? 0) + 42, true);
    bytes.fill(0xff, local + 30 + 'big_4620data.txt'.length, local + 40 + 'big_4620data.txt'.length);
    const r = await read(bytes);
    expect(r.skipped).toEqual([{ kind: 'too-large', name: 'big_4620data.txt', size: ZIP_LIMITS.maxEntryBytes + 1 }]);
    expect(r.files.map((f) => f.name)).toEqual(['4711_4620data.txt']);
  });

  it('stops inflating an entry that grows past the size it declared (a lie), and calls it damaged', async () => {
    // 20 MB of zeros that say they are 1,000 bytes.
    const bytes = patch(zip({ 'liar_4620data.txt': new Uint8Array(20 * 1024 * 1024), 'ok_4620data.txt': BACKUP }), 0, UNCOMPRESSED, 1000);
    const r = await read(bytes);
    expect(r.skipped).toEqual([{ kind: 'damaged', name: 'liar_4620data.txt' }]);
    expect(r.files.map((f) => f.name)).toEqual(['ok_4620data.txt']);
  });

  it('an entry smaller than it declared, or whose bytes do not match its CRC-32, is damaged', async () => {
    const shorter = patch(zip({ 'a_4620data.txt': BACKUP }), 0, UNCOMPRESSED, BACKUP.length + 5);
    expect((await read(shorter)).skipped).toEqual([{ kind: 'damaged', name: 'a_4620data.txt' }]);
    const stored = zip({ 'b_4620data.txt': [BACKUP, { level: 0 }] });
    const flipped = stored.slice();
    const at = 30 + 'b_4620data.txt'.length + 3;
    flipped[at] = (flipped[at] ?? 0) ^ 0x20;
    expect((await read(flipped)).skipped).toEqual([{ kind: 'damaged', name: 'b_4620data.txt' }]);
    expect((await read(stored)).files[0]?.bytes).toEqual(BACKUP);
  });

  it('stops reading once the files together reach the total limit, and says which were left', async () => {
    const file = new Uint8Array(1000).fill(0x41);
    const r = await read(zip({ '1_4620data.txt': file, '2_4620data.txt': file, '3_4620data.txt': file, '4_4620data.txt': new Uint8Array(500).fill(0x42) }), { ...ZIP_LIMITS, maxTotalBytes: 2500 });
    expect(r.files.map((f) => f.name)).toEqual(['1_4620data.txt', '2_4620data.txt', '4_4620data.txt']);
    expect(r.skipped).toEqual([{ kind: 'over-total', name: '3_4620data.txt' }]);
  });

  it('looks at no more entries than the limit, and counts the rest', async () => {
    const entries = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`${4000 + i}_4620data.txt`, BACKUP]));
    const r = await read(zip(entries), { ...ZIP_LIMITS, maxEntries: 3 });
    expect(r.files.map((f) => f.name)).toEqual(['4000_4620data.txt', '4001_4620data.txt', '4002_4620data.txt']);
    expect(r.tooMany).toEqual({ read: 3, total: 7 });
  });

  it('entries that fail cost the total as much as good ones, and one stored file is inflated once however many entries point at it', async () => {
    // One local entry of 1 MiB of zeros (about 1 KB deflated), and 400 directory entries pointing at it, each with a
    // wrong CRC: inflating each would be 400 MB of work from a 26 KB zip.
    const one = zip({ 'a_4620data.txt': new Uint8Array(1024 * 1024) });
    const cd = centralEntries(one)[0] ?? 0;
    const view = new DataView(one.buffer, one.byteOffset);
    const entry = one.slice(cd, cd + 46 + 'a_4620data.txt'.length);
    new DataView(entry.buffer).setUint32(16, 0x12345678, true);
    const end = one.slice(one.length - 22);
    const n = 400;
    const dir = new Uint8Array(entry.length * n);
    for (let i = 0; i < n; i++) dir.set(entry, i * entry.length);
    const out = new Uint8Array(cd + dir.length + 22);
    out.set(one.subarray(0, cd));
    out.set(dir, cd);
    out.set(end, cd + dir.length);
    const endView = new DataView(out.buffer, cd + dir.length);
    endView.setUint16(8, n, true);
    endView.setUint16(10, n, true);
    endView.setUint32(12, dir.length, true);
    expect(view.getUint32(cd, true)).toBe(0x02014b50);
    const r = await read(out);
    expect(r.files).toEqual([]);
    expect(r.skipped.filter((s) => s.kind === 'damaged')).toHaveLength(64);
    expect(r.skipped.filter((s) => s.kind === 'over-total')).toHaveLength(n - 64);
  });

  it('reads no more than the open it is part of may still read (its budget), and spends what it read from it', async () => {
    const file = new Uint8Array(1000).fill(0x41);
    const bytes = zip({ '1_4620data.txt': file, '2_4620data.txt': file, 'readme.md': file, '3_4620data.txt': file, '4_4620data.txt': file });
    const budget = { files: 4, bytes: 2500 };
    const r = await readZip(bytes, ZIP_LIMITS, (name) => name !== 'readme.md', budget);
    if (!r.ok) throw new Error('unreadable');
    expect(r.value.files.map((f) => f.name)).toEqual(['1_4620data.txt', '2_4620data.txt']);
    expect(r.value.skipped).toEqual([{ kind: 'not-wanted', name: 'readme.md' }, { kind: 'over-total', name: '3_4620data.txt' }]);
    expect(r.value.tooMany).toEqual({ read: 4, total: 5 });
    expect(budget).toEqual({ files: 0, bytes: 500 });
    // Spent, a second zip of the same open reads nothing.
    const next = await readZip(bytes, ZIP_LIMITS, undefined, budget);
    expect(next.ok && next.value).toMatchObject({ files: [], tooMany: { read: 0, total: 5 } });
  });

  it('never unpacks a zip inside the zip', async () => {
    const inner = zip({ '4711_4620data.txt': BACKUP });
    const r = await read(zip({ 'inner.ZIP': inner, '4712_4620data.txt': BACKUP }));
    expect(r.skipped).toEqual([{ kind: 'nested-zip', name: 'inner.ZIP' }]);
    expect(r.files.map((f) => f.name)).toEqual(['4712_4620data.txt']);
  });

  it('reads entries in folders, with .., drive letters or backslashes by their base name, and reports each', async () => {
    const r = await read(zip({ 'site/floor 2/4000_4620data.txt': BACKUP, '../../4001_4620data.txt': BACKUP, 'C:\\phones\\4002_4620data.txt': BACKUP, 'D:4003_4620data.txt': BACKUP, '4004_4620data.txt': BACKUP }));
    expect(r.files.map((f) => f.name)).toEqual(['4000_4620data.txt', '4001_4620data.txt', '4002_4620data.txt', '4003_4620data.txt', '4004_4620data.txt']);
    expect(r.renamed).toEqual([
      { path: 'site/floor 2/4000_4620data.txt', name: '4000_4620data.txt' },
      { path: '../../4001_4620data.txt', name: '4001_4620data.txt' },
      { path: 'C:\\phones\\4002_4620data.txt', name: '4002_4620data.txt' },
      { path: 'D:4003_4620data.txt', name: '4003_4620data.txt' },
    ]);
  });

  it('encrypted entries and compression methods other than stored and deflate are not read', async () => {
    const both = zip({ 'enc_4620data.txt': BACKUP, 'bz_4620data.txt': BACKUP, 'ok_4620data.txt': BACKUP });
    const r = await read(patch(patch(both, 0, FLAGS, 0x1, 2), 1, METHOD, 12, 2));
    expect(r.skipped).toEqual([{ kind: 'unsupported', name: 'enc_4620data.txt' }, { kind: 'unsupported', name: 'bz_4620data.txt' }]);
    expect(r.files.map((f) => f.name)).toEqual(['ok_4620data.txt']);
  });

  it('an archive that is not a zip, or is cut short, is unreadable (a value, not a throw)', async () => {
    const good = zip({ '4711_4620data.txt': BACKUP });
    expect(await readZip(text('PK\x03\x04 not really'))).toEqual({ ok: false, error: 'unreadable' });
    expect(await readZip(new Uint8Array(0))).toEqual({ ok: false, error: 'unreadable' });
    expect(await readZip(good.subarray(0, good.length - 30))).toEqual({ ok: false, error: 'unreadable' });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.nat(), async (noise, at) => {
        const broken = good.slice();
        const from = at % broken.length;
        broken.set(noise.subarray(0, broken.length - from), from);
        const r = await readZip(broken);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('baseName', () => {
  it('is the last path part, whatever the separator, without a drive letter; null for folders and dots', async () => {
    expect(baseName('a/b\\c_4620data.txt')).toBe('c_4620data.txt');
    expect(baseName('C:x.txt')).toBe('x.txt');
    expect(['dir/', 'a/..', '.', 'C:'].map(baseName)).toEqual([null, null, null, null]);
  });
});

describe('crc32', () => {
  it('is the IEEE CRC-32 (the check value of "123456789" is CBF43926)', async () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('zipFiles', () => {
  it('refuses to put one name in twice, in any letter case, rather than make up a " (2)" name no phone fetches', () => {
    expect(() => zipFiles([{ name: '4711_4620data.txt', bytes: BACKUP }, { name: '4711_4620DATA.txt', bytes: BACKUP }])).toThrow(/Two files named/);
    expect(Object.keys(fflateUnzip(zipFiles([{ name: '4711_4620data.txt', bytes: BACKUP }, { name: '4712_4620data.txt', bytes: BACKUP }])))).toEqual(['4711_4620data.txt', '4712_4620data.txt']);
  });

  it('nor a folder whose name differs only in how an accented letter is written, or by a final dot (one folder once unpacked on a Mac, or on Windows)', () => {
    const nfc = 'Z\u00fcrich/4711_4620data.txt';
    const nfd = 'Zu\u0308rich/4711_4620data.txt';
    expect(nfc).not.toBe(nfd);
    expect(() => zipFiles([{ name: nfc, bytes: BACKUP }, { name: nfd, bytes: BACKUP }])).toThrow(/Two files named/);
    expect(() => zipFiles([{ name: 'site-a/4711_4620data.txt', bytes: BACKUP }, { name: 'site-a./4711_4620data.txt', bytes: BACKUP }])).toThrow(/Two files named/);
  });

  it('writes a zip of as many files as the editor opens from one, which opens whole again; refuses one more rather than write a zip the editor would open only in part', async () => {
    const files = Array.from({ length: ZIP_LIMITS.maxEntries }, (_, i) => ({ name: `${4000 + i}_4620data.txt`, bytes: BACKUP }));
    const last = `${4000 + ZIP_LIMITS.maxEntries - 1}_4620data.txt`;
    // Every entry looked at; only the last inflated (the others are passed over by name: inflating 10,000 is slow here).
    const r = await readZip(zipFiles(files), ZIP_LIMITS, (name) => name === last);
    if (!r.ok) throw new Error('unreadable');
    expect(r.value.tooMany).toBeNull();
    expect(r.value.skipped).toHaveLength(ZIP_LIMITS.maxEntries - 1);
    expect(r.value.skipped.every((k) => k.kind === 'not-wanted')).toBe(true);
    expect(r.value.files.map((f) => [f.name, f.bytes])).toEqual([[last, BACKUP]]);
    expect(() => zipFiles([...files, { name: 'one-more_4620data.txt', bytes: BACKUP }])).toThrow(/10001 files in one zip: this editor opens 10000 at most/);
  });

  it('refuses more bytes than the editor opens from one zip (its total unpacked), while each file is within its own limit', () => {
    const big = new Uint8Array(ZIP_LIMITS.maxEntryBytes);
    const count = Math.floor(ZIP_LIMITS.maxTotalBytes / big.length);
    const files = Array.from({ length: count + 1 }, (_, i) => ({ name: `${4000 + i}_4620data.txt`, bytes: big }));
    expect(() => zipFiles(files)).toThrow(/bytes in one zip: this editor opens 67108864 at most/);
  });
});

describe('zipOverLimit', () => {
  it('is null up to the limits the reader keeps to, and says which is passed and by how much', () => {
    const { maxEntries, maxTotalBytes } = ZIP_LIMITS;
    expect(zipOverLimit({ files: maxEntries, bytes: maxTotalBytes })).toBeNull();
    expect(zipOverLimit({ files: maxEntries + 1, bytes: 0 })).toEqual({ kind: 'files', count: maxEntries + 1, limit: maxEntries });
    expect(zipOverLimit({ files: 1, bytes: maxTotalBytes + 1 })).toEqual({ kind: 'bytes', size: maxTotalBytes + 1, limit: maxTotalBytes });
    expect(zipOverLimit({ files: 3, bytes: 30 }, { maxEntries: 2, maxTotalBytes: 100, maxEntryBytes: 50 })).toEqual({ kind: 'files', count: 3, limit: 2 });
  });
});

describe('readZip with wanted names', () => {
  it('skips the entries not wanted before inflating them: they cost nothing against the limits', async () => {
    const limits: ZipLimits = { ...ZIP_LIMITS, maxEntryBytes: 1024, maxTotalBytes: 2048 };
    const r = await readZip(zip({ 'big.png': new Uint8Array(1024 * 1024), 'docs/readme.md': text('hi'), '4711_4620data.txt': BACKUP }), limits, (name) => name.endsWith('data.txt'));
    if (!r.ok) throw new Error('unreadable');
    expect(r.value.files.map((f) => f.name)).toEqual(['4711_4620data.txt']);
    expect(r.value.skipped).toEqual([
      { kind: 'not-wanted', name: 'big.png' },
      { kind: 'not-wanted', name: 'readme.md' },
    ]);
    // A skipped entry in a folder is not also said to be opened under its own name.
    expect(r.value.renamed).toEqual([]);
  });
});
