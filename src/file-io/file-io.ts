import { MAX_FILE_BYTES } from '../catalog/catalog.ts';

/**
 * The only module that touches File, Blob, file handles, downloads and drag and drop. Where the browser has
 * the File System Access API the file handle is kept, so a later Save writes back to the same file;
 * elsewhere files come from an <input type=file> and go out as downloads.
 */

export interface PickedFile {
  readonly name: string;
  /** The file's bytes; only its first few when it was too large to read (then `size` says how large it is). */
  readonly bytes: Uint8Array;
  /** Set when `bytes` is not the whole file: the file's size. */
  readonly size?: number;
  /** Writable handle from the File System Access API, when the browser gave one. */
  readonly handle: FileSystemFileHandle | null;
  /** Where the file was inside an opened folder (`a/b`), absent at its root or when not opened from a folder. */
  readonly folder?: string;
}

/**
 * A file picked or dropped, not read yet: its name and size are known, its bytes are read (readFile) only when its
 * turn comes within what the open may read (src/session/open.ts), so a file past that is never read at all.
 */
export interface HandedFile {
  readonly name: string;
  readonly size: number;
  readonly read: () => Promise<PickedFile>;
}

/** A File as handed over, to read later (readFile) with its handle. */
export const handedFile = (file: File, handle: FileSystemFileHandle | null = null): HandedFile => ({ name: file.name, size: file.size, read: () => readFile(file, handle) });

/** A folder dropped on the page: its handle where the browser gives one (to write back into), else its entry. */
export interface DroppedFolder {
  readonly entry: FileSystemDirectoryEntry;
  readonly handle: Promise<FileSystemHandle | null>;
}

/** One thing dropped, in the order of the drop: a file, or a folder. */
export type DroppedItem = { readonly kind: 'file'; readonly file: HandedFile } | { readonly kind: 'folder'; readonly folder: DroppedFolder };

interface FsaWindow {
  showOpenFilePicker?: (options?: unknown) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options?: unknown) => Promise<FileSystemFileHandle>;
}
const fsa = (): FsaWindow => window as unknown as FsaWindow;

/** A .zip by name or by its signature (its reader is loaded only then). */
/** A name that says zip: what a file not yet read is taken for (see looksLikeZip, which also reads its signature). */
export const isZipName = (name: string): boolean => /\.zip$/i.test(name);

export const looksLikeZip = (p: PickedFile): boolean =>
  isZipName(p.name) || (p.bytes[0] === 0x50 && p.bytes[1] === 0x4b && p.bytes[2] === 0x03 && p.bytes[3] === 0x04);

export const hasFileSystemAccess = (): boolean => typeof fsa().showOpenFilePicker === 'function';

/**
 * The files the system's picker offers. Its twin is `TYPES` in public/first-language.js (the first screen's Open,
 * before this module has loaded; a plain script cannot import it): keep the two the same (src/app/first-language.test.ts
 * holds them equal).
 */
export const TEXT_TYPES = [{ description: 'Telephone backup', accept: { 'text/plain': ['.txt'] } }];

/**
 * A file larger than this is never read into memory (only its first bytes, to tell what it is): no zip of backups
 * comes near it, and reading a file of gigabytes whole could take the tab down.
 */
export const MAX_READ_BYTES = 128 * 1024 * 1024;

/**
 * A file's bytes; of one larger than a backup can be (MAX_FILE_BYTES) only the first few, enough to tell what it is,
 * unless it is a zip (by name or signature) of up to MAX_READ_BYTES. A drop of forty 100 MB logs read each whole only
 * to refuse it by its size held gigabytes at once; the caller refuses such a file by `size`.
 */
export async function readFile(file: File, handle: FileSystemFileHandle | null = null): Promise<PickedFile> {
  if (file.size > MAX_FILE_BYTES) {
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    if (file.size > MAX_READ_BYTES || !looksLikeZip({ name: file.name, bytes: head, handle })) return { name: file.name, bytes: head, size: file.size, handle };
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), handle };
}

/** A file the system's picker gave: read, its handle kept (Save writes back through it). */
export const readPicked = async (handle: FileSystemFileHandle): Promise<PickedFile> => readFile(await handle.getFile(), handle);

/** Opens the system file picker. Resolves null when the user cancels. */
export async function pickWithFileSystemAccess(): Promise<PickedFile | null> {
  const open = fsa().showOpenFilePicker;
  if (!open) return null;
  try {
    const [handle] = await open({ types: TEXT_TYPES, multiple: false });
    return handle ? readPicked(handle) : null;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
}

/**
 * Files from a drop, not read yet (HandedFile: each is read in its turn as it is opened). Handles and files are asked
 * for in the same event turn: the DataTransfer is emptied once the event handler returns.
 */
export async function readDrop(dt: DataTransfer): Promise<{ files: HandedFile[]; folders: DroppedFolder[]; items: DroppedItem[] }> {
  const items = Array.from(dt.items).filter((i) => i.kind === 'file');
  const withHandles = items.map((item) => {
    const getHandle = (item as DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileSystemHandle | null> }).getAsFileSystemHandle;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    return { file: item.getAsFile(), entry, handle: getHandle ? getHandle.call(item).catch(() => null) : Promise.resolve(null) };
  });
  // Both, in the drop's order: one drop is read within one budget, in that order (src/session/open-folder.ts).
  const dropped: DroppedItem[] = [];
  for (const { file, entry, handle } of withHandles) {
    // A folder (read, subfolders and all, by src/file-io/folder.ts): its "file" is not one to read.
    if (entry?.isDirectory) {
      dropped.push({ kind: 'folder', folder: { entry: entry as FileSystemDirectoryEntry, handle } });
      continue;
    }
    if (!file) continue;
    const h = await handle;
    dropped.push({ kind: 'file', file: handedFile(file, h && h.kind === 'file' ? (h as FileSystemFileHandle) : null) });
  }
  if (dropped.length === 0) for (const file of Array.from(dt.files)) dropped.push({ kind: 'file', file: handedFile(file) });
  const files = dropped.flatMap((d) => (d.kind === 'file' ? [d.file] : []));
  const folders = dropped.flatMap((d) => (d.kind === 'folder' ? [d.folder] : []));
  return { files, folders, items: dropped };
}

/** `refused`: the browser was not allowed to write to the file (the caller says so, and downloads it instead). */
export type SaveOutcome = { readonly kind: 'written' | 'downloaded' | 'refused'; readonly name: string } | { readonly kind: 'cancelled' };

/**
 * Writes back to the file it came from, asking for permission first: it lasts one visit, so a handle kept through a
 * reload (drafts) asks again (requestPermission asks only when it must: granted already, it says so at once; a
 * handle without it, as an Origin Private File System's in some browsers, writes without asking). `refused`
 * without it (the caller says so, and downloads the file instead).
 */
export async function writeToHandle(handle: FileSystemFileHandle, bytes: Uint8Array): Promise<SaveOutcome & { readonly kind: 'written' | 'refused' }> {
  const h = handle as FileSystemFileHandle & { requestPermission?: (d: { mode: string }) => Promise<PermissionState> };
  if (h.requestPermission && (await h.requestPermission({ mode: 'readwrite' })) !== 'granted') return { kind: 'refused', name: handle.name };
  const writable = await handle.createWritable();
  await writable.write(bytes as Uint8Array<ArrayBuffer>);
  await writable.close();
  return { kind: 'written', name: handle.name };
}

export function download(bytes: Uint8Array, name: string, type = 'text/plain;charset=utf-8'): SaveOutcome {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { kind: 'downloaded', name };
}

/** Save As: the system's save dialog where there is one (the new handle is returned), else a download. */
export async function saveAs(bytes: Uint8Array, suggestedName: string): Promise<{ outcome: SaveOutcome; handle: FileSystemFileHandle | null }> {
  const pick = fsa().showSaveFilePicker;
  if (!pick) return { outcome: download(bytes, suggestedName), handle: null };
  try {
    const handle = await pick({ suggestedName, types: TEXT_TYPES });
    return { outcome: await writeToHandle(handle, bytes), handle };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return { outcome: { kind: 'cancelled' }, handle: null };
    throw e;
  }
}
