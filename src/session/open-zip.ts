import type { PickedFile } from '../file-io/file-io.ts';
import { readZip } from '../file-io/zip.ts';
import type { OpenBudget } from '../file-io/zip-limits.ts';
import { isSettingsFileName, parseFileName } from '../format/file-name.ts';
import type { Refusal, Renamed } from './refusals.ts';
import { settingsReadFirst } from './settings-order.ts';

/**
 * Which files of a zip are opened: those named as a phone fetches its backup (spec §2: `EXT_4620data.txt`,
 * `4620data.txt`…) and the settings script. A zip is a folder of many things (a readme, pictures, other
 * scripts); only these are the phone's. A file picked or dropped by itself is opened whatever its name: the user
 * chose it, and the editor lets them pick the model.
 */
export const opensFromZip = (name: string): boolean => parseFileName(name) !== null || isSettingsFileName(name);

/** A backup read from a zip, with where it was in the zip when that was not its name (for the open's report). */
export type ZipBackup = PickedFile & { readonly renamed?: Renamed };

/** What a zip holds for the editor: backups to open, its 46xxsettings.txt, and what was not read and why. */
export interface ZipContents {
  readonly backups: readonly ZipBackup[];
  /** Its settings files, the one the restore check reads first (settingsReadFirst); `zip` says where each was. */
  readonly settings: readonly (PickedFile & { readonly zip: string })[];
  readonly refusals: readonly Refusal[];
}

/**
 * A zip's files (src/file-io/zip.ts reads within its limits, never a zip inside it), of which only those it
 * opensFromZip are read at all, within what the open may still read (`budget`, spent by what is read); null when the
 * archive cannot be read. Loaded only when a zip is opened.
 */
export async function readBackupZip(zip: PickedFile, budget?: OpenBudget): Promise<ZipContents | null> {
  const read = await readZip(zip.bytes, undefined, opensFromZip, budget);
  if (!read.ok) return null;
  const { files, skipped, tooMany } = read.value;
  const refusals = skipped.map((skip): Refusal => ({ kind: 'zip-entry', zip: zip.name, skip }));
  if (tooMany) refusals.push({ kind: 'zip-too-many', zip: zip.name, ...tooMany });
  // Said to be "opened under its own name" only once it is opened (src/session/open.ts), so a backup carries it.
  const backups = files
    .filter((f) => !isSettingsFileName(f.name))
    .map(({ path, ...f }): ZipBackup => (path === f.name ? f : { ...f, renamed: { zip: zip.name, path, name: f.name } }));
  // A settings file keeps the folder it was in, as in an opened folder: which copy the restore check reads hangs on it,
  // and the report says where each was.
  const settings = settingsReadFirst(
    files.filter((f) => isSettingsFileName(f.name)).map(({ path, ...f }) => {
      const folder = folderOf(path, f.name);
      return { ...f, ...(folder ? { folder } : {}), zip: folder ? `${zip.name}/${folder}` : zip.name };
    }),
  );
  return { backups, settings, refusals };
}

/** The folders of an entry's path before its name (`a/b` of `a/b/x.txt`), with `/` between them whatever the zip used. */
function folderOf(path: string, name: string): string {
  return path
    .slice(0, path.length - name.length)
    .split(/[\\/]/)
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}
