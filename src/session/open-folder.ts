import { readDirectoryEntry, readDirectoryHandle, readInputFolder, type FolderRead } from '../file-io/folder.ts';
import { FOLDER_LIMITS, openBudget, type FolderLimits, type OpenBudget } from '../file-io/zip-limits.ts';
import { isSettingsFileName, parseFileName } from '../format/file-name.ts';
import type { DroppedItem, HandedFile, PickedFile } from '../file-io/file-io.ts';
import type { OpenFile } from './open-file.ts';
import { openPicked, type Opened } from './open.ts';
import type { Refusal, Renamed } from './refusals.ts';
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

/**
 * A folder read and opened, with the directory handle to write back into when the browser gave one. It reads within
 * what is left of `budget` (a folder by itself has FOLDER_LIMITS whole: the same walk and reads as ever), and spends
 * from it what it looked at and read; a folder that looked at no file still spends one, as an empty zip does, so a
 * drop of many empty folders cannot pass the count either.
 */
export async function openFolderFrom(source: FolderSource, budget: OpenBudget = openBudget(FOLDER_LIMITS)): Promise<Opened & { readonly dir: FileSystemDirectoryHandle | null }> {
  const limits: FolderLimits = { ...FOLDER_LIMITS, maxEntries: budget.files, maxTotalBytes: budget.bytes };
  // Each batch of files is opened while the next is read.
  const { take, done } = openingFolder();
  let read: FolderRead;
  if (source.kind === 'handle') read = await readDirectoryHandle(source.dir, wants, limits, take);
  else if (source.kind === 'input') read = await readInputFolder(source.files, wants, limits, take);
  else {
    // Chrome and Edge give a dropped folder's handle too: read through it, the files can then be written back.
    const handle = await source.handle;
    read = handle?.kind === 'directory' ? await readDirectoryHandle(handle as FileSystemDirectoryHandle, wants, limits, take) : await readDirectoryEntry(source.entry, wants, limits, take);
  }
  budget.files -= Math.max(1, read.spent.files);
  budget.bytes -= read.spent.bytes;
  return { ...done(read), dir: read.handle };
}

/** What a drop opened; `folder` is the last of its folders read through a directory handle (to save into), with its files. */
export type DropOpened = Opened & { readonly folder: { readonly dir: FileSystemDirectoryHandle; readonly files: readonly OpenFile[] } | null };

/**
 * A drop of folders (and files with them), opened in the order dropped within one budget (OpenBudget: 10,000 files
 * and 64 MB in all), as a pick of zips and files is: each folder reads what is left of it (one past it is read in
 * part, and says what was left unread), and the loose files between them too (src/session/open.ts). A folder reached
 * with the budget spent is not looked at at all: it is said as a refusal of its own (`left-folder`). The loose files
 * left past the count are said as one refusal, however many runs of them the folders cut the drop into.
 */
export async function openDrop(items: readonly DroppedItem[], budget: OpenBudget = openBudget()): Promise<DropOpened> {
  const files: OpenFile[] = [];
  const refusals: Refusal[] = [];
  const renamed: Renamed[] = [];
  const settings: Opened['settings'][number][] = [];
  let folder: DropOpened['folder'] = null;
  const add = (opened: Opened) => {
    files.push(...opened.files);
    refusals.push(...opened.refusals);
    renamed.push(...opened.renamed);
    settings.push(...opened.settings);
  };
  let loose: HandedFile[] = [];
  const openLoose = async () => {
    if (loose.length > 0) add(await openPicked(loose, { budget }));
    loose = [];
  };
  for (const item of items) {
    if (item.kind === 'file') {
      loose.push(item.file);
      continue;
    }
    await openLoose();
    const { entry, handle } = item.folder;
    if (budget.files <= 0 || budget.bytes <= 0) {
      refusals.push({ kind: 'left-folder', folder: entry.name });
      continue;
    }
    const opened = await openFolderFrom({ kind: 'entry', entry, handle }, budget);
    add(opened);
    if (opened.dir) folder = { dir: opened.dir, files: opened.files };
  }
  await openLoose();
  return { files, refusals: oneLeftTooMany(refusals), renamed, settings, folder };
}

/** The files left past the count, as one refusal where the first of them was (the report says it in one sentence). */
function oneLeftTooMany(refusals: readonly Refusal[]): Refusal[] {
  const left = refusals.filter((r) => r.kind === 'left-too-many');
  const [first] = left;
  const last = left.at(-1);
  if (left.length < 2 || !first || !last) return [...refusals];
  const one: Refusal = { kind: 'left-too-many', count: left.reduce((n, r) => n + r.count, 0), first: first.first, last: last.last };
  return refusals.flatMap<Refusal>((r) => (r === first ? [one] : r.kind === 'left-too-many' ? [] : [r]));
}

export { pickDirectory } from '../file-io/folder.ts';
