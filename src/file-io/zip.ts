import { err, ok, type Result } from '../format/result.ts';
import type { PickedFile } from './file-io.ts';
import { ZIP_LIMITS, zipOverLimit, type OpenBudget, type ZipLimits } from './zip-limits.ts';
import { pathKey } from '../format/path-key.ts';
import { crc32, pack, type Packed } from './zip-pack.ts';
import { startZipHelper } from './zip-helper.ts';

export { crc32 } from './zip-pack.ts';

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
  /** The entries read, in the zip's order, each under its own base name, with the path it had in the zip. */
  readonly files: (PickedFile & { readonly path: string })[];
  readonly skipped: ZipSkip[];
  /**
   * Entries read whose path in the zip was not a plain file name (folders, `..`, a drive letter, backslashes). Only
   * those read: one skipped (too large, damaged…) is said once, by its reason, never as opened under its name.
   */
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
 * inflated, and cost nothing against the limits. `budget`, when given, is what the open this zip is part of may still
 * read (see OpenBudget): the zip reads no more than it, and what it read (entries looked at, bytes) is taken from it.
 */
export async function readZip(zip: Uint8Array, limits: ZipLimits = ZIP_LIMITS, wanted: (name: string) => boolean = () => true, budget?: OpenBudget): Promise<Result<Unzipped, 'unreadable'>> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  // What was read is taken from the budget even when the archive turns out unreadable part way (its bytes were
  // inflated): the entries gone through, not those it claims to hold.
  let entries = 0;
  let total = 0;
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
    const files: (PickedFile & { path: string })[] = [];
    const skipped: ZipSkip[] = [];
    const renamed: { path: string; name: string }[] = [];
    // What the entries declare, charged before each is inflated, so that entries that fail (a wrong CRC, a size
    // that lies) cost the total as much as good ones: a small zip of many bad entries cannot keep the page busy.
    const maxTotal = Math.min(limits.maxTotalBytes, budget?.bytes ?? Infinity);
    const offsets = new Set<number>();
    const looked = Math.min(count, limits.maxEntries, budget?.files ?? Infinity);
    for (entries = 0; entries < looked; entries++) {
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
      if ((flags & 0x1) !== 0 || (method !== 0 && method !== 8)) {
        skipped.push({ kind: 'unsupported', name });
        continue;
      }
      if (size > limits.maxEntryBytes) {
        skipped.push({ kind: 'too-large', name, size });
        continue;
      }
      if (total + size > maxTotal) {
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
      files.push({ name, bytes, handle: null, path });
      if (name !== path) renamed.push({ path, name });
    }
    return ok({ files, skipped, renamed, tooMany: count > looked ? { read: looked, total: count } : null });
  } catch {
    // A DataView read past the end: the archive is cut short or its directory is nonsense.
    return err('unreadable');
  } finally {
    if (budget) {
      budget.files -= entries;
      budget.bytes -= total;
    }
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

/**
 * A zip of the given files, in order. A name given twice (in any letter case, or written otherwise in Unicode:
 * pathKey) throws: the callers make sure every name is one a phone fetches, and a " (2)" added here would be a name
 * no phone fetches. So does a zip this editor would not open whole (ZIP_LIMITS: zipOverLimit), which the callers
 * refuse first, in words.
 */
export function zipFiles(files: readonly ZipEntry[]): Uint8Array {
  checkNames(files);
  return writeZip(files, files.map((f) => pack(f.bytes)));
}

export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** From this many bytes in all, a zip is packed by the page and its helper worker together. */
export const PARALLEL_FROM = 1024 * 1024;
/** Files packed at a time: some 40 ms of the page's work for full backups, after which it lets the page go on. */
const SHARE = 96;
/** Shares the helper holds at once: it starts the next while its last answer waits for the page to take it. */
const HELPER_AHEAD = 2;
/** A helper that has said nothing for this long, once the page is done with its own shares, is given up on. */
const HELPER_SILENCE = 10_000;

/** A message to the helper (src/file-io/zip-worker.ts): the share starting at file `from`. */
export interface HelperShare {
  readonly from: number;
  readonly files: readonly Uint8Array[];
}
/** Its answer: the share's files packed, or that it could not. */
export type HelperAnswer = { readonly from: number; readonly packed: readonly Packed[] } | { readonly from?: number; readonly error: true };

/**
 * zipFiles, the same bytes, faster for a large zip: the files are packed a share at a time by the page and by a helper
 * worker on the computer's other core, each taking the next share when done with one (5,000 backups: deflating was
 * most of Save all's three seconds; the helper, with its own cold start, packs more slowly than the page, so the
 * shares are not split half and half in advance). Between shares the page lets other work run (the helper's
 * answers, what the user does). Where there is no helper (no workers, a page opened from disk, the one-file build),
 * or it fails in any way (an error, an answer not for the share it waits for, silence), the page packs the shares it
 * held itself: a file's bytes are only ever the ones packed from that file.
 */
export async function zipFilesInParallel(files: readonly ZipEntry[]): Promise<Uint8Array> {
  checkNames(files);
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const helper = total >= PARALLEL_FROM && files.length > SHARE ? startZipHelper() : null;
  if (!helper) return writeZip(files, files.map((f) => pack(f.bytes)));
  const packed: (Packed | undefined)[] = Array.from({ length: files.length });
  const shares: number[] = [];
  for (let from = 0; from < files.length; from += SHARE) shares.push(from);
  /** The shares sent to the helper and not yet answered, oldest first (it answers them in order). */
  const sent: number[] = [];
  let helping = true;
  let helped = 0;
  let heard = Date.now();
  const packShare = (from: number) => {
    for (let i = from; i < Math.min(from + SHARE, files.length); i++) packed[i] = pack((files[i] as ZipEntry).bytes);
  };
  const send = () => {
    if (!helping) return;
    while (sent.length < HELPER_AHEAD && shares.length > 0) {
      const from = shares.pop() as number;
      // Copies of their own, transferred: the callers' bytes stay as they are.
      const copies = files.slice(from, from + SHARE).map((f) => f.bytes.slice());
      helper.postMessage({ from, files: copies } satisfies HelperShare, copies.map((b) => b.buffer));
      sent.push(from);
    }
  };
  let settled: (() => void) | undefined;
  const helperDone = new Promise<void>((resolve) => (settled = resolve));
  const stop = () => {
    // Not loaded (a policy or a network that refuses it), failed, or lost its way: its shares come back to the page.
    helping = false;
    shares.push(...sent.splice(0));
    settled?.();
  };
  helper.addEventListener('message', (event: MessageEvent<Partial<Record<keyof HelperShare | 'packed' | 'error', unknown>>>) => {
    if (!helping) return;
    heard = Date.now();
    const from = sent[0];
    const answer = event.data.packed;
    const count = from === undefined ? 0 : Math.min(SHARE, files.length - from);
    if (from === undefined || event.data.from !== from || !Array.isArray(answer) || answer.length !== count || !answer.every((p: Packed) => p?.data instanceof Uint8Array && typeof p.crc === 'number')) {
      stop();
      return;
    }
    sent.shift();
    helped++;
    answer.forEach((p: Packed, j) => (packed[from + j] = p));
    send();
    if (sent.length === 0 && shares.length === 0) settled?.();
  });
  helper.addEventListener('error', stop);
  helper.addEventListener('messageerror', stop);
  try {
    send();
    // The page takes shares from the front, the helper from the back, until none is left.
    while (shares.length > 0) {
      packShare(shares.shift() as number);
      await yieldToPage();
      send();
    }
    if (helping && sent.length > 0) {
      heard = Date.now();
      const watch = setInterval(() => (Date.now() - heard > HELPER_SILENCE ? stop() : undefined), 1000);
      try {
        await helperDone;
      } finally {
        clearInterval(watch);
      }
    }
    // (The helper stopped with shares in hand: they were given back to the page.)
    for (const from of shares.splice(0)) packShare(from);
    // How the work was shared, for the tests and npm run bench.
    performance.mark('zip:packed', { detail: { shares: Math.ceil(files.length / SHARE), helper: helped } });
    return writeZip(files, packed as Packed[]);
  } finally {
    helper.terminate();
  }
}

/** Lets the page's other tasks run (a message to itself: a timer would wait 4 ms after a few in a row). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.addEventListener(
      'message',
      () => {
        channel.port1.close();
        resolve();
      },
      { once: true },
    );
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}

function checkNames(files: readonly ZipEntry[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    const key = pathKey(f.name);
    if (seen.has(key)) throw new Error(`Two files named ${f.name} in one zip`);
    seen.add(key);
  }
  const over = zipOverLimit({ files: files.length, bytes: files.reduce((sum, f) => sum + f.bytes.length, 0) });
  if (over) throw new Error(over.kind === 'files' ? `${over.count} files in one zip: this editor opens ${over.limit} at most` : `${over.size} bytes in one zip: this editor opens ${over.limit} at most`);
}

/** 2000-01-01 00:00 in MS-DOS form: a fixed date keeps the same files giving the same zip bytes. */
const DOS_TIME = 0;
const DOS_DATE = (2000 - 1980) * 512 + 1 * 32 + 1;
/** Bit 11 of an entry's flags: its name is UTF-8. */
const UTF8_NAME = 0x800;

/**
 * The zip's own bytes around its packed files: a local header before each file's data, the central directory, and
 * its end record (PKWARE's APPNOTE; no ZIP64: a zip of backups stays far below 65,535 files and 4 GB, and one that
 * does not is refused). Written here rather than by fflate's zipSync, which deflates every file itself, on one thread.
 */
export function writeZip(files: readonly ZipEntry[], packed: readonly Packed[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = files.map((f) => encoder.encode(f.name));
  let size = 22;
  files.forEach((_, i) => (size += 30 + 46 + 2 * (names[i] as Uint8Array).length + (packed[i] as Packed).data.length));
  if (files.length >= 0xffff || size >= MAX32) throw new Error('Too many or too large files for one zip');
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => (view.setUint16(at, v, true), (at += 2));
  const u32 = (v: number) => (view.setUint32(at, v, true), (at += 4));
  const offsets: number[] = [];
  // The fields a local header and its central directory entry share, from "version needed" to the extra field's length.
  const common = (i: number) => {
    const name = names[i] as Uint8Array;
    const p = packed[i] as Packed;
    u16(20);
    u16(name.some((b) => b >= 0x80) ? UTF8_NAME : 0);
    u16(8);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(p.crc);
    u32(p.data.length);
    u32((files[i] as ZipEntry).bytes.length);
    u16(name.length);
    u16(0);
  };
  files.forEach((_, i) => {
    offsets.push(at);
    u32(LOCAL);
    common(i);
    out.set(names[i] as Uint8Array, at);
    at += (names[i] as Uint8Array).length;
    out.set((packed[i] as Packed).data, at);
    at += (packed[i] as Packed).data.length;
  });
  const central = at;
  files.forEach((_, i) => {
    u32(CENTRAL);
    u16(20);
    common(i);
    u16(0); // comment length
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i] as number);
    out.set(names[i] as Uint8Array, at);
    at += (names[i] as Uint8Array).length;
  });
  const centralSize = at - central;
  u32(END);
  u16(0);
  u16(0);
  u16(files.length);
  u16(files.length);
  u32(centralSize);
  u32(central);
  u16(0);
  return out;
}
