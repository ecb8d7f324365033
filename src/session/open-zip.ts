import type { PickedFile } from '../file-io/file-io.ts';
import { readZip } from '../file-io/zip.ts';
import { isSettingsFileName, parseFileName } from '../format/file-name.ts';
import type { Refusal, Renamed } from './refusals.ts';

/**
 * Which files of a zip are opened: those named as a phone fetches its backup (spec §2: `EXT_4620data.txt`,
 * `4620data.txt`…) and the settings script. A zip is a folder of many things (a readme, pictures, other
 * scripts); only these are the phone's. A file picked or dropped by itself is opened whatever its name: the user
 * chose it, and the editor lets them pick the model.
 */
export const opensFromZip = (name: string): boolean => parseFileName(name) !== null || isSettingsFileName(name);

/** What a zip holds for the editor: backups to open, its 46xxsettings.txt, and what was not read and why. */
export interface ZipContents {
  readonly backups: readonly PickedFile[];
  readonly settings: readonly (PickedFile & { readonly zip: string })[];
  readonly refusals: readonly Refusal[];
  readonly renamed: readonly Renamed[];
}

/**
 * A zip's files (src/file-io/zip.ts reads within its limits, never a zip inside it), of which only those it
 * opensFromZip are read at all; null when the archive cannot be read. Loaded only when a zip is opened.
 */
export async function readBackupZip(zip: PickedFile): Promise<ZipContents | null> {
  const read = await readZip(zip.bytes, undefined, opensFromZip);
  if (!read.ok) return null;
  const { files, skipped, tooMany, renamed } = read.value;
  const refusals = skipped.map((skip): Refusal => ({ kind: 'zip-entry', zip: zip.name, skip }));
  if (tooMany) refusals.push({ kind: 'zip-too-many', zip: zip.name, ...tooMany });
  return {
    backups: files.filter((f) => !isSettingsFileName(f.name)),
    settings: files.filter((f) => isSettingsFileName(f.name)).map((f) => ({ ...f, zip: zip.name })),
    refusals,
    renamed: renamed.map((r) => ({ zip: zip.name, ...r })),
  };
}
