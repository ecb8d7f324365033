import type { PickedFile } from './file-io.ts';
import type { FolderLimits } from './zip-limits.ts';

/**
 * Reading a whole folder of backups (an FTP folder of thousands), subfolders included, from any of the three ways a
 * browser hands one over: a directory handle (the system's folder picker, or a folder dropped in Chrome and Edge),
 * a dropped folder's entries (every browser), or the files of an `<input webkitdirectory>`. Only files the caller
 * wants (by name) are read at all, within limits, so a folder of 100,000 files or of huge files ends with a
 * sentence, never a hang. Loaded only when a folder is opened.
 */

/** A file of the folder that was not read, and why; `name` is its path inside the folder (`a/b/x.txt`). */
export type FolderSkip =
  /** Not a name the caller opens (not a backup): never read. */
  | { readonly kind: 'not-wanted'; readonly name: string }
  /** Larger than a backup can be: never read. */
  | { readonly kind: 'too-large'; readonly name: string; readonly size: number }
  /** The files read together had reached the limit. */
  | { readonly kind: 'over-total'; readonly name: string };

export interface FolderRead {
  /** The folder's own name. */
  readonly name: string;
  /** The files read, each with `folder` set to where it was (`a/b`, absent at the root), in path order (none when they were handed to a TakeFiles). */
  readonly files: readonly PickedFile[];
  readonly skipped: readonly FolderSkip[];
  /** Set when the folder held more files than are looked at: how many were. */
  readonly tooMany: { readonly read: number } | null;
  /** Where the files may be written back (a directory handle), when the browser gave one. */
  readonly handle: FileSystemDirectoryHandle | null;
  /**
   * What the read took of its limits: the files looked at (up to maxEntries, wanted or not) and the bytes of those
   * read (up to maxTotalBytes). A drop of several folders spends them from one budget (src/session/open-folder.ts).
   */
  readonly spent: { readonly files: number; readonly bytes: number };
}

/** One file met on the walk, not yet read. */
interface Found {
  readonly name: string;
  /** Where it is inside the folder: `a/b`, or '' at the root. */
  readonly folder: string;
  readonly file: () => Promise<File>;
  readonly handle: FileSystemFileHandle | null;
}

const join = (folder: string, name: string): string => (folder ? `${folder}/${name}` : name);

/** Stops the walk once this many files were met: more would only be refused anyway. */
class Walk {
  readonly found: Found[] = [];
  seen = 0;
  readonly limits: FolderLimits;
  constructor(limits: FolderLimits) {
    this.limits = limits;
  }
  get full(): boolean {
    return this.seen >= this.limits.maxEntries;
  }
  add(f: Found): void {
    this.seen++;
    if (this.seen <= this.limits.maxEntries) this.found.push(f);
  }
}

type DirectoryHandleWithEntries = FileSystemDirectoryHandle & { entries(): AsyncIterableIterator<[string, FileSystemHandle]> };

async function walkHandle(dir: FileSystemDirectoryHandle, folder: string, walk: Walk): Promise<void> {
  for await (const [name, h] of (dir as DirectoryHandleWithEntries).entries()) {
    if (walk.full) {
      walk.seen++;
      return;
    }
    if (h.kind === 'directory') await walkHandle(h as FileSystemDirectoryHandle, join(folder, name), walk);
    else {
      const fh = h as FileSystemFileHandle;
      walk.add({ name, folder, file: () => fh.getFile(), handle: fh });
    }
  }
}

/** All of a directory entry's children: the reader gives them a batch at a time until an empty batch. */
async function children(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walkEntry(dir: FileSystemDirectoryEntry, folder: string, walk: Walk): Promise<void> {
  for (const entry of await children(dir)) {
    if (walk.full) {
      walk.seen++;
      return;
    }
    if (entry.isDirectory) await walkEntry(entry as FileSystemDirectoryEntry, join(folder, entry.name), walk);
    else if (entry.isFile) {
      const fe = entry as FileSystemFileEntry;
      walk.add({ name: entry.name, folder, file: () => new Promise<File>((resolve, reject) => fe.file(resolve, reject)), handle: null });
    }
  }
}

/** Files whose size is asked at a time (a directory handle's files come one promise each). */
const READ_AT_ONCE = 32;
/** Files read as one Blob: some 1.5 MB of backups (never more than the folder's total limit). */
const READ_JOINED = 256;

/**
 * Takes the files read, a batch at a time in path order, while the next batch is being read: opening (parsing)
 * them then overlaps the browser's reading of the next ones, instead of waiting for the whole folder first.
 */
export type TakeFiles = (batch: readonly PickedFile[]) => void | Promise<void>;

/**
 * Reads what the walk found that `wants`, within the limits, in path order: every size first (no bytes read yet: a
 * huge file, or one past the total, is never read), then the bytes, a batch at a time. Handed to `take` a batch at
 * a time when given (the result's `files` is then empty), else gathered in `files`.
 */
async function readFound(name: string, walk: Walk, wants: (name: string) => boolean, handle: FileSystemDirectoryHandle | null, take?: TakeFiles): Promise<FolderRead> {
  const skipped: FolderSkip[] = [];
  const sorted = walk.found;
  // Each path made once, not twice per comparison (a sort of 5,000 makes some 120,000).
  const paths = new Map(sorted.map((f) => [f, join(f.folder, f.name)]));
  const pathOf = (f: Found) => paths.get(f) as string;
  sorted.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : 1));
  let total = 0;
  const toRead: Found[] = [];
  for (const f of sorted) {
    if (wants(f.name)) toRead.push(f);
    else skipped.push({ kind: 'not-wanted', name: pathOf(f) });
  }
  // The sizes of all of them first, before any bytes are read: a huge file, or one past the total, is never read.
  // (Chromium asks for a picked file's size synchronously: behind reads in flight, each ask waits for them, which
  // made a folder of 5,000 open in twice the time; and a file whose size is known is then read faster.)
  const chosen: { f: Found; file: File }[] = [];
  for (let i = 0; i < toRead.length; i += READ_AT_ONCE) {
    const batch = toRead.slice(i, i + READ_AT_ONCE);
    const files = await Promise.all(batch.map((f) => f.file()));
    batch.forEach((f, j) => {
      const file = files[j] as File;
      if (file.size > walk.limits.maxEntryBytes) skipped.push({ kind: 'too-large', name: pathOf(f), size: file.size });
      else if (total + file.size > walk.limits.maxTotalBytes) skipped.push({ kind: 'over-total', name: pathOf(f) });
      else {
        total += file.size;
        chosen.push({ f, file });
      }
    });
  }
  // For npm run bench (bench/fleet-io.ts): how long the browser took to say every size, and below, to hand over the
  // last bytes; the page's own work is what comes after.
  performance.mark('folder:sizes-known');
  // A batch is read as one: the files joined into one Blob (their sizes are known now), read once, and cut apart.
  const readBatch = async (batch: readonly { f: Found; file: File }[]): Promise<PickedFile[]> => {
    const all = new Uint8Array(await new Blob(batch.map(({ file }) => file)).arrayBuffer());
    let from = 0;
    return batch.map(({ f, file }) => ({ name: f.name, bytes: all.subarray(from, (from += file.size)), handle: f.handle, ...(f.folder ? { folder: f.folder } : {}) }));
  };
  const gathered: PickedFile[] = [];
  const give: TakeFiles = take ?? ((batch) => void gathered.push(...batch));
  // The next batch is being read while one is taken.
  let at = 0;
  const readNext = () => {
    if (at >= chosen.length) return null;
    const batch = readBatch(chosen.slice(at, (at += READ_JOINED)));
    // A read that fails while `take` works is still thrown, when its turn comes to be awaited.
    batch.catch(() => undefined);
    return batch;
  };
  let next = readNext();
  while (next) {
    const got = await next;
    next = readNext();
    if (!next) performance.mark('folder:bytes-read');
    await give(got);
  }
  const tooMany = walk.seen > walk.limits.maxEntries ? { read: walk.limits.maxEntries } : null;
  return { name, files: gathered, skipped, tooMany, handle, spent: { files: Math.min(walk.seen, walk.limits.maxEntries), bytes: total } };
}

/** A folder from the system's picker or a drop that gave its handle: read, and its handle kept for writing back. */
export async function readDirectoryHandle(dir: FileSystemDirectoryHandle, wants: (name: string) => boolean, limits: FolderLimits, take?: TakeFiles): Promise<FolderRead> {
  const walk = new Walk(limits);
  await walkHandle(dir, '', walk);
  return readFound(dir.name, walk, wants, dir, take);
}

/** A dropped folder, as the drop's entry (every browser). */
export async function readDirectoryEntry(dir: FileSystemDirectoryEntry, wants: (name: string) => boolean, limits: FolderLimits, take?: TakeFiles): Promise<FolderRead> {
  const walk = new Walk(limits);
  await walkEntry(dir, '', walk);
  return readFound(dir.name, walk, wants, null, take);
}

/** The files of an `<input webkitdirectory>`: each names its place as `folder/a/b/name` (webkitRelativePath). */
export async function readInputFolder(input: readonly File[], wants: (name: string) => boolean, limits: FolderLimits, take?: TakeFiles): Promise<FolderRead> {
  const walk = new Walk(limits);
  let root = '';
  for (const file of input) {
    const parts = (file.webkitRelativePath || file.name).split('/');
    root ||= parts.length > 1 ? (parts[0] ?? '') : '';
    walk.add({ name: file.name, folder: parts.slice(1, -1).join('/'), file: () => Promise.resolve(file), handle: null });
  }
  return readFound(root, walk, wants, null, take);
}

interface PickerWindow {
  showDirectoryPicker?: (options?: { mode?: 'read' | 'readwrite'; id?: string }) => Promise<FileSystemDirectoryHandle>;
}

/** The system's folder picker, where the browser has one; null when the user cancels. */
export async function pickDirectory(): Promise<FileSystemDirectoryHandle | null> {
  const pick = (window as unknown as PickerWindow).showDirectoryPicker;
  if (!pick) return null;
  try {
    return await pick({ id: 'backups' });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
}


type PermissionHandle = FileSystemDirectoryHandle & {
  queryPermission?: (d: { mode: string }) => Promise<PermissionState>;
  requestPermission?: (d: { mode: string }) => Promise<PermissionState>;
};

/**
 * Asks once (for the whole folder) to write into it; true when the browser allows it. The permission lasts one
 * visit: a folder kept through a reload (drafts) asks again. A handle without these methods writes without asking.
 */
export async function mayWrite(dir: FileSystemDirectoryHandle): Promise<boolean> {
  const h = dir as PermissionHandle;
  if (h.queryPermission && (await h.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  if (!h.requestPermission) return true;
  return (await h.requestPermission({ mode: 'readwrite' })) === 'granted';
}

/**
 * Whether a file other than `own` is already `name` in `at`: a file renamed (another extension) must never write
 * over a backup of the folder that is not open in the page (a phone's own, or one closed after opening).
 */
async function takenByAnother(at: FileSystemDirectoryHandle, name: string, own: FileSystemFileHandle | null): Promise<boolean> {
  let there: FileSystemFileHandle;
  try {
    there = await at.getFileHandle(name);
  } catch (e) {
    // Nothing of that name: the write makes it. (A folder of that name makes the write fail, and that is said.)
    if (e instanceof DOMException && (e.name === 'NotFoundError' || e.name === 'TypeMismatchError')) return false;
    throw e;
  }
  return own === null || !(await there.isSameEntry(own));
}

/**
 * Writes `bytes` as `name` in `folder` (`a/b`, '' for the root) of `dir`, making the subfolders it needs. `own` is
 * the file's own handle (what it was read or last written through): under another name, a different file already
 * there is left as it was and nothing is written (null is returned), for the caller to say so.
 */
export async function writeIntoFolder(dir: FileSystemDirectoryHandle, folder: string, name: string, bytes: Uint8Array, own: FileSystemFileHandle | null): Promise<FileSystemFileHandle | null> {
  let at = dir;
  for (const part of folder.split('/').filter(Boolean)) at = await at.getDirectoryHandle(part, { create: true });
  // Under its own name the file is written over, as it was opened to be; only a new name is looked up first.
  if (own?.name !== name && (await takenByAnother(at, name, own))) return null;
  const handle = await at.getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  await writable.write(bytes as Uint8Array<ArrayBuffer>);
  await writable.close();
  return handle;
}
