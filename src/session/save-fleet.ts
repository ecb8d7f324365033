import { mayWrite, writeIntoFolder } from '../file-io/folder.ts';
import { ZIP_LIMITS, zipOverLimit, type ZipLimits, type ZipOverLimit } from '../file-io/zip-limits.ts';
import { isSafeEntryPath } from '../format/file-name.ts';
import { isDirty, type OpenFile } from './open-file.ts';
import type { Prepared } from './save.ts';

/**
 * Saving many files at once (Save all, Save changed files): into the folder they were opened from, in place, where
 * the browser gave its handle, else into one zip; each file in its subfolder (OpenFile.folder). Every file is made
 * ready through the one save path (src/session/save.ts) by the caller, which also asks about names, errors and
 * password-like lines first. Loaded with the administrator tools.
 */

/** A folder opened through a directory handle: its files (by the handles they were read or written through) are saved in place. */
export interface SaveFolder {
  readonly dir: FileSystemDirectoryHandle;
  readonly handles: WeakSet<FileSystemFileHandle>;
}

/** The files a fleet save writes: those with unsaved changes, or all of them. */
export const filesToSave = (files: readonly OpenFile[], all: boolean): readonly OpenFile[] => (all ? files : files.filter(isDirty));

/** Where a file goes in the folder or the zip: its name in its subfolder. */
export const pathOf = (file: Pick<OpenFile, 'folder'>, name: string): string => (file.folder ? `${file.folder}/${name}` : name);

/** Whether the file is written back into the opened folder (it came from it), not into the zip. */
export const inFolder = (file: OpenFile, folder: SaveFolder | null): boolean => folder !== null && file.handle !== null && folder.handles.has(file.handle);

export interface FleetWritten {
  readonly uid: number;
  readonly name: string;
  readonly path: string;
  readonly where: 'folder' | 'zip';
  /** The file's handle in the folder, for the next save (null in a zip). */
  readonly handle: FileSystemFileHandle | null;
}

export type FailReason =
  /** The browser was not allowed to write into the folder. */
  | { readonly kind: 'permission' }
  /** Writing this file into the folder failed. */
  | { readonly kind: 'error'; readonly detail: string }
  /** A different file of the name (not open, or not this one) is in the folder: it was left as it was, this one not written. */
  | { readonly kind: 'taken' }
  /** The zip could not be made (none of its files were written). */
  | { readonly kind: 'zip'; readonly detail: string }
  /** The path is not a file's ("..", "."): never written, into the folder or the zip. */
  | { readonly kind: 'bad-name' }
  /**
   * A folder of the path holds a ":" (a folder so named on a Linux or Mac server): in a zip, "C:/x.txt" is unpacked
   * by some tools on Windows as a path on drive C:, outside the folder unpacked into. Not put into the zip.
   */
  | { readonly kind: 'zip-path' };

export interface FleetFailed {
  readonly uid: number;
  readonly path: string;
  readonly reason: FailReason;
}

export interface FleetResult {
  readonly written: readonly FleetWritten[];
  readonly failed: readonly FleetFailed[];
  /** The zip's bytes, when some files went into one (the caller downloads it). */
  readonly zip: Uint8Array | null;
  /**
   * Set when the files for the zip would make one this editor does not open whole (zipOverLimit): then nothing at
   * all was written, into the folder or a zip, and `written` and `failed` are empty.
   */
  readonly overLimit?: ZipOverLimit;
}

export type ReadyFile = Prepared & { readonly file: OpenFile };

/**
 * Whether the files a fleet save would put into its zip (those not written back into `folder`) are more than this
 * editor opens from one zip (ZIP_LIMITS): their number, known before anything is asked; the bytes, when given
 * (once the files are made ready). Null when the zip would open whole again.
 */
export function fleetZipOverLimit(files: readonly OpenFile[], folder: SaveFolder | null, bytes = 0): ZipOverLimit | null {
  let count = 0;
  for (const f of files) if (!inFolder(f, folder)) count++;
  return zipOverLimit({ files: count, bytes });
}

/**
 * A save too large for one zip, in parts the editor opens again: `now` is every file written into `folder` and the
 * longest run of the others, in their order, that fits one zip (ZIP_LIMITS); `later` the files for the next zips.
 * Each part is written by a press of its own (a page that downloads several files at once is often stopped by the
 * browser after the first, and the files of a zip never downloaded must not be taken as saved).
 */
export function firstZipPart(ready: readonly ReadyFile[], folder: SaveFolder | null, limits: ZipLimits = ZIP_LIMITS): { readonly now: readonly ReadyFile[]; readonly later: readonly ReadyFile[] } {
  const now: ReadyFile[] = [];
  const later: ReadyFile[] = [];
  let files = 0;
  let bytes = 0;
  for (const r of ready) {
    if (inFolder(r.file, folder)) now.push(r);
    else if (later.length === 0 && (files === 0 || !zipOverLimit({ files: files + 1, bytes: bytes + r.bytes.length }, limits))) {
      files++;
      bytes += r.bytes.length;
      now.push(r);
    } else later.push(r);
  }
  return { now, later };
}

/**
 * Writes the ready files: those from the opened folder into it (asking the browser's permission once for the whole
 * folder), the rest into one zip. A file that fails says why and stops nothing else. A zip past what this editor
 * opens again (fleetZipOverLimit) stops everything before anything is written: the caller says so (`overLimit`).
 */
export async function writeFleet(ready: readonly ReadyFile[], folder: SaveFolder | null): Promise<FleetResult> {
  const written: FleetWritten[] = [];
  const failed: FleetFailed[] = [];
  // A name the Save as dialog refuses ("..") may still come (a draft, an older page): as a path it would write
  // above the file's folder, so it is written nowhere, and said.
  const safe = ready.filter((r) => {
    const path = pathOf(r.file, r.name);
    if (isSafeEntryPath(path)) return true;
    failed.push({ uid: r.file.uid, path, reason: { kind: 'bad-name' } });
    return false;
  });
  const here = safe.filter((r) => inFolder(r.file, folder));
  const zipped = safe.filter((r) => {
    if (inFolder(r.file, folder)) return false;
    const path = pathOf(r.file, r.name);
    if (!path.includes(':')) return true;
    failed.push({ uid: r.file.uid, path, reason: { kind: 'zip-path' } });
    return false;
  });
  // Refused whole, before the folder is written: half a save, with the rest left for a zip that cannot be made, would
  // leave the administrator to work out which files went where.
  const overLimit = zipOverLimit({ files: zipped.length, bytes: zipped.reduce((sum, r) => sum + r.bytes.length, 0) });
  if (overLimit) return { written: [], failed: [], zip: null, overLimit };
  if (folder && here.length > 0) {
    let allowed = false;
    try {
      // Asked once for the whole folder (again after a reload: the browser's permission lasts one visit).
      allowed = await mayWrite(folder.dir);
    } catch {
      allowed = false;
    }
    for (const r of here) {
      const path = pathOf(r.file, r.name);
      if (!allowed) {
        failed.push({ uid: r.file.uid, path, reason: { kind: 'permission' } });
        continue;
      }
      try {
        const handle = await writeIntoFolder(folder.dir, r.file.folder ?? '', r.name, r.bytes, r.file.handle);
        if (!handle) {
          failed.push({ uid: r.file.uid, path, reason: { kind: 'taken' } });
          continue;
        }
        folder.handles.add(handle);
        written.push({ uid: r.file.uid, name: r.name, path, where: 'folder', handle });
      } catch (e) {
        failed.push({ uid: r.file.uid, path, reason: { kind: 'error', detail: e instanceof Error ? e.message : String(e) } });
      }
    }
  }
  let zip: Uint8Array | null = null;
  if (zipped.length > 0) {
    const entries = zipped.map((r) => ({ name: pathOf(r.file, r.name), bytes: r.bytes }));
    try {
      // The zip library comes only when a zip is written, not with the administrator tools.
      const { zipFilesInParallel } = await import('../file-io/zip.ts');
      zip = await zipFilesInParallel(entries);
      for (const r of zipped) written.push({ uid: r.file.uid, name: r.name, path: pathOf(r.file, r.name), where: 'zip', handle: null });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      for (const r of zipped) failed.push({ uid: r.file.uid, path: pathOf(r.file, r.name), reason: { kind: 'zip', detail } });
    }
  }
  return { written, failed, zip };
}
