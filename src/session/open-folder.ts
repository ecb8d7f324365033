import { readDirectoryEntry, readDirectoryHandle, readInputFolder, type FolderRead } from '../file-io/folder.ts';
import { FOLDER_LIMITS } from '../file-io/zip-limits.ts';
import { isSettingsFileName, parseFileName } from '../format/file-name.ts';
import type { PickedFile } from '../file-io/file-io.ts';
import type { OpenFile } from './open-file.ts';
import { openPicked, type Opened } from './open.ts';
import type { Refusal } from './refusals.ts';
import { settingsReadFirst } from './settings-order.ts';

/**
 * What an opened folder opens (src/file-io/folder.ts reads it, subfolders included, within its limits): its
 * backups, each with the subfolder it was in (OpenFile.folder), and its 46xxsettings.txt for the restore check of
 * every file; the files it skipped are said as one line per reason. Loaded only when a folder is opened.
 */
export async function openFolder(read: FolderRead): Promise<Opened> {
  const opening = openingFolder();
  await opening.take(read.files);
  return opening.done(read);
}

/**
 * Opens a folder's files as they are read, a batch at a time (see TakeFiles: each batch is opened while the next is
 * read), then `done` with the read says what was skipped.
 */
function openingFolder() {
  const files: OpenFile[] = [];
  const refusals: Refusal[] = [];
  const found: PickedFile[] = [];
  const take = async (batch: readonly PickedFile[]) => {
    // A backup-named file that is really a zip is refused, not unpacked: unpacked, its files would lose their folder,
    // its 46xxsettings.txt would be dropped, and each such file would get a zip's own allowance past the folder's total.
    const opened = await openPicked(batch.filter((f) => !isSettingsFileName(f.name)), { zips: false });
    files.push(...opened.files);
    refusals.push(...opened.refusals);
    // Its own copy: a batch's files are views of one buffer, which the settings file would keep.
    found.push(...batch.filter((f) => isSettingsFileName(f.name)).map((f) => ({ ...f, bytes: f.bytes.slice() })));
  };
  const done = (read: FolderRead): Opened => {
    // The settings file nearest the folder's root is the one the phones fetch (the FTP folder's own): first, which
    // is the one the restore check takes (the same rule as for a zip).
    const settings = settingsReadFirst(found).map((f) => ({ ...f, zip: f.folder ? `${read.name}/${f.folder}` : read.name }));
    refusals.push(...read.skipped.map((skip): Refusal => ({ kind: 'folder-entry', folder: read.name, skip })));
    if (read.tooMany) refusals.push({ kind: 'folder-too-many', folder: read.name, read: read.tooMany.read });
    return { files, refusals, renamed: [], settings };
  };
  return { take, done };
}

/** Where a folder comes from: the system's folder picker, a drop, or an `<input webkitdirectory>`. */
export type FolderSource =
  | { readonly kind: 'handle'; readonly dir: FileSystemDirectoryHandle }
  | { readonly kind: 'entry'; readonly entry: FileSystemDirectoryEntry; readonly handle: Promise<FileSystemHandle | null> }
  | { readonly kind: 'input'; readonly files: readonly File[] };

/** As from a zip (src/session/open-zip.ts): the names a phone fetches, and the settings script; nothing else is read. */
const wants = (name: string) => parseFileName(name) !== null || isSettingsFileName(name);

/** A folder read and opened, with the directory handle to write back into when the browser gave one. */
export async function openFolderFrom(source: FolderSource): Promise<Opened & { readonly dir: FileSystemDirectoryHandle | null }> {
  // Each batch of files is opened while the next is read.
  const { take, done } = openingFolder();
  let read: FolderRead;
  if (source.kind === 'handle') read = await readDirectoryHandle(source.dir, wants, FOLDER_LIMITS, take);
  else if (source.kind === 'input') read = await readInputFolder(source.files, wants, FOLDER_LIMITS, take);
  else {
    // Chrome and Edge give a dropped folder's handle too: read through it, the files can then be written back.
    const handle = await source.handle;
    read = handle?.kind === 'directory' ? await readDirectoryHandle(handle as FileSystemDirectoryHandle, wants, FOLDER_LIMITS, take) : await readDirectoryEntry(source.entry, wants, FOLDER_LIMITS, take);
  }
  return { ...done(read), dir: read.handle };
}

export { pickDirectory } from '../file-io/folder.ts';
