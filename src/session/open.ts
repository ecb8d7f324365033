import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { looksLikeZip, MAX_READ_BYTES, type PickedFile } from '../file-io/file-io.ts';
import { isSettingsFileName, parseFileName } from '../format/file-name.ts';
import { openBytes, type OpenFile } from './open-file.ts';
import type { Refusal, Renamed } from './refusals.ts';

/** What one open (a pick, a drop, a zip) made: the files it opened, and what it could not open and why. */
export interface Opened {
  readonly files: readonly OpenFile[];
  readonly refusals: readonly Refusal[];
  readonly renamed: readonly Renamed[];
  /** A zip's 46xxsettings.txt: not a backup, so not opened in the editor, but read by the restore check. */
  readonly settings: readonly (PickedFile & { readonly zip: string })[];
}

/**
 * Which files of a zip are opened: those named as a phone fetches its backup (spec §2: `EXT_4620data.txt`,
 * `4620data.txt`…) and the settings script. A zip is a folder of many things (a readme, pictures, other
 * scripts); only these are the phone's. A file picked or dropped by itself is opened whatever its name: the user
 * chose it, and the editor lets them pick the model.
 */
export const opensFromZip = (name: string): boolean => parseFileName(name) !== null || isSettingsFileName(name);

/**
 * Opens picked or dropped files and zips of them. A zip is read within its limits (src/file-io/zip.ts, loaded only
 * then) and never unpacks a zip inside it; of a zip, only the files it opensFromZip are read; a file too large to
 * have been read whole is refused by its size.
 * Nothing is thrown: every file is opened or refused with its reason.
 */
export async function openPicked(input: readonly PickedFile[]): Promise<Opened> {
  const files: OpenFile[] = [];
  const refusals: Refusal[] = [];
  const renamed: Renamed[] = [];
  const settings: (PickedFile & { zip: string })[] = [];
  const picked: PickedFile[] = [];
  for (const p of input) {
    const zip = looksLikeZip(p);
    if (p.size !== undefined && p.size > p.bytes.length) {
      refusals.push({ kind: 'unread', name: p.name, size: p.size, limit: zip ? MAX_READ_BYTES : MAX_FILE_BYTES });
      continue;
    }
    if (!zip) {
      picked.push(p);
      continue;
    }
    const read = await import('../file-io/zip.ts').then((m) => m.readZip(p.bytes, undefined, opensFromZip), () => null);
    if (!read?.ok) {
      refusals.push({ kind: 'zip-unreadable', name: p.name });
      continue;
    }
    const { files: inside, skipped, tooMany } = read.value;
    for (const f of inside) {
      if (isSettingsFileName(f.name)) settings.push({ ...f, zip: p.name });
      else picked.push(f);
    }
    refusals.push(...skipped.map((skip): Refusal => ({ kind: 'zip-entry', zip: p.name, skip })));
    if (tooMany) refusals.push({ kind: 'zip-too-many', zip: p.name, ...tooMany });
    renamed.push(...read.value.renamed.map((r) => ({ zip: p.name, ...r })));
  }
  for (const p of picked) {
    const result = openBytes(p.bytes, p.name, p.handle);
    if (result.ok) files.push(result.value);
    else refusals.push({ kind: 'decode', name: p.name, error: result.error });
  }
  return { files, refusals, renamed, settings };
}
