import { zipSync } from 'fflate';
import { err, ok, type Result } from '../format/result.ts';
import type { PickedFile } from './file-io.ts';
import { ZIP_LIMITS, type ZipLimits } from './zip-limits.ts';

/**
 * ZIP in and out, for administrators' batches. Loaded only when a .zip is opened or a zip is saved, so the
 * single-file editor does not carry it.
 *
 * Reading is our own, over the browser's own inflater (DecompressionStream 'deflate-raw'), because a dropped zip is
 * hostile until proven otherwise: fflate's unzipSync inflates every entry it is given (a 400 KB zip of twenty 20 MB
 * entries took the page's heap to 424 MB), and when an entry's declared size is a lie it goes on decoding past it;
 * fflate's streaming Inflate can stop, but costs half a second for a zip of 1,000 backups. Here each entry's
 * declared size is checked before anything is inflated, inflating is fed a kilobyte at a time and stops as soon as
 * an entry passes what it declared, and the number of entries and the total inflated are capped; nothing inside is
 * ever unpacked as a zip in turn.
 */

/** Why an entry of the zip was not opened. */
export type ZipSkip =
  | { readonly kind: 'too-large'; readonly name: string; readonly size: number }
  | { readonly kind: 'over-total'; readonly name: string }
  | { readonly kind: 'nested-zip'; readonly name: string }
  | { readonly kind: 'damaged'; readonly name: string }
  | { readonly kind: 'unsupported'; readonly name: string }
  /** The caller does not open files of this name (for this app: not a name a phone fetches); never inflated. */
  | { readonly kind: 'not-wanted'; readonly name: string };

export interface Unzipped {
  /** The entries read, in the zip's order, each under its own base name. */
  readonly files: PickedFile[];
  readonly skipped: ZipSkip[];
  /** Entries whose path in the zip was not a plain file name (folders, `..`, a drive letter, backslashes). */
  readonly renamed: { readonly path: string; readonly name: string }[];
  /** Set when the zip holds more entries than are looked at (maxEntries): how many were, of how many. */
  readonly tooMany: { readonly read: number; readonly total: number } | null;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const MAX32 = 0xffffffff;
/** Input fed to the inflater at a time: it can then give at most about 1 MB before the next (deflate's ratio is ~1032:1). */
const CHUNK = 4096;

/**
 * The files inside a zip, within the limits; what is not read is said in `skipped`. An error (the archive as a
 * whole cannot be read: not a zip, cut short, a broken directory) is a value, never a throw. `wanted` says which
 * names (each entry's base name) are read at all: the others are skipped as 'not-wanted' before anything is
 * inflated, and cost nothing against the limits.
 */
export async function readZip(zip: Uint8Array, limits: ZipLimits = ZIP_LIMITS, wanted: (name: string) => boolean = () => true): Promise<Result<Unzipped, 'unreadable'>> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  try {
    const end = findEnd(zip, view);
    if (end < 0) return err('unreadable');
    let count = u16(end + 10);
    let at = u32(end + 16);
    // Zip64: the counts and offsets that did not fit are in the Zip64 end record.
    if ((count === 0xffff || at === MAX32) && end >= 20 && u32(end - 20) === END64_LOCATOR) {
      const end64 = u64(end - 12);
      if (end64 + 56 > zip.length || u32(end64) !== END64) return err('unreadable');
      count = u64(end64 + 32);
      at = u64(end64 + 48);
    }
    const files: PickedFile[] = [];
    const skipped: ZipSkip[] = [];
    const renamed: { path: string; name: string }[] = [];
    // What the entries declare, charged before each is inflated, so that entries that fail (a wrong CRC, a size
    // that lies) cost the total as much as good ones: a small zip of many bad entries cannot keep the page busy.
    let total = 0;
    const offsets = new Set<number>();
    const looked = Math.min(count, limits.maxEntries);
    for (let i = 0; i < looked; i++) {
      if (at + 46 > zip.length || u32(at) !== CENTRAL) return err('unreadable');
      const flags = u16(at + 8);
      const method = u16(at + 10);
      const crc = u32(at + 16);
      let packed = u32(at + 20);
      let size = u32(at + 24);
      const nameLength = u16(at + 28);
      const extraLength = u16(at + 30);
      let offset = u32(at + 42);
      const path = entryName(zip.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
      // Zip64 extra field: the 64-bit values of those fields that hold 0xFFFFFFFF, in this order.
      for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(x + 2)) {
        if (u16(x) !== 0x0001) continue;
        let y = x + 4;
        if (size === MAX32) {
          size = u64(y);
          y += 8;
        }
        if (packed === MAX32) {
          packed = u64(y);
          y += 8;
        }
        if (offset === MAX32) offset = u64(y);
      }
      at += 46 + nameLength + extraLength + u16(at + 32);

      const name = baseName(path);
      if (name === null || isMacResourceFork(path)) continue;
      if (/\.zip$/i.test(name)) {
        skipped.push({ kind: 'nested-zip', name });
        continue;
      }
      if (!wanted(name)) {
        skipped.push({ kind: 'not-wanted', name });
        continue;
      }
      if (name !== path) renamed.push({ path, name });
      if ((flags & 0x1) !== 0 || (method !== 0 && method !== 8)) {
        skipped.push({ kind: 'unsupported', name });
        continue;
      }
      if (size > limits.maxEntryBytes) {
        skipped.push({ kind: 'too-large', name, size });
        continue;
      }
      if (total + size > limits.maxTotalBytes) {
        skipped.push({ kind: 'over-total', name });
        continue;
      }
      total += size;
      // Two directory entries for one stored file: no tool writes that; it only makes the same bytes inflate again.
      const seen = offsets.has(offset);
      offsets.add(offset);
      const bytes = seen ? null : await entryBytes(zip, view, offset, packed, size, method);
      if (bytes === null || crc32(bytes) !== crc) {
        skipped.push({ kind: 'damaged', name });
        continue;
      }
      files.push({ name, bytes, handle: null });
    }
    return ok({ files, skipped, renamed, tooMany: count > looked ? { read: looked, total: count } : null });
  } catch {
    // A DataView read past the end: the archive is cut short or its directory is nonsense.
    return err('unreadable');
  }
}

/** The end-of-central-directory record: in the last 22 bytes, or up to a 64 KB comment before them. */
function findEnd(zip: Uint8Array, view: DataView): number {
  for (let at = zip.length - 22; at >= 0 && at >= zip.length - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) === END) return at;
  }
  return -1;
}

/**
 * An entry's bytes: exactly the size its directory entry declares, or null when they are not there, do not
 * inflate, or are not that size. The inflater is fed a kilobyte at a time (a stream's backpressure holds the next
 * until its output is read) and cancelled as soon as it passes the declared size, so a size that lies (to get
 * past the size check) costs about a megabyte more than the size it declared, never what the data would inflate to.
 */
async function entryBytes(zip: Uint8Array, view: DataView, offset: number, packed: number, size: number, method: number): Promise<Uint8Array | null> {
  if (offset + 30 > zip.length || view.getUint32(offset, true) !== LOCAL) return null;
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  if (start + packed > zip.length) return null;
  const data = zip.subarray(start, start + packed);
  if (method === 0) return packed === size ? data.slice() : null;
  let fed = 0;
  const input = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (fed >= data.length) controller.close();
        else controller.enqueue(data.slice(fed, (fed += CHUNK)));
      },
    },
    { highWaterMark: 0 },
  );
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const out = new Uint8Array(size);
  let filled = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (filled + value.length > size) {
        await reader.cancel();
        return null;
      }
      out.set(value, filled);
      filled += value.length;
    }
  } catch {
    return null;
  }
  return filled === size ? out : null;
}

/** Names are UTF-8 when the entry says so; older tools wrote their code page, read here as Windows-1252. */
function entryName(bytes: Uint8Array, utf8: boolean): string {
  if (!utf8) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The file name an entry is opened under: its last path part, whatever separator or drive letter the path uses,
 * so no entry names a place outside the folder it is saved back to. Null for a folder (or a path ending in `.`/`..`).
 */
export function baseName(path: string): string | null {
  const last = path.split(/[\\/]/).pop()?.replace(/^[A-Za-z]:/, '') ?? '';
  return last === '' || last === '.' || last === '..' ? null : last;
}

/** What macOS's Finder adds to every zip it makes: resource forks, not files the user put in. */
const isMacResourceFork = (path: string) => path.startsWith('__MACOSX/') || /(^|\/)\._/.test(path);

/** CRC-32 (IEEE), to check what was inflated against what the zip says was stored: fflate does not export its own. */
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * A zip of the given files, in order. A name given twice (in any letter case) throws: the callers make sure every
 * name is one a phone fetches, and a " (2)" added here would be a name no phone fetches.
 */
export function zipFiles(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  const seen = new Set<string>();
  for (const f of files) {
    const key = f.name.toLowerCase();
    if (seen.has(key)) throw new Error(`Two files named ${f.name} in one zip`);
    seen.add(key);
    entries[f.name] = f.bytes;
  }
  // A fixed date keeps the same files giving the same zip bytes. Level 1: backups are small text files, and at 5,000
  // of them it made a zip as small as level 6's (8.6 against 8.7 MB) in about half the time (0.8 against 1.4 s).
  return zipSync(entries, { level: 1, mtime: new Date('2000-01-01T00:00:00Z') });
}
