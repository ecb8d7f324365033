import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { looksLikeZip, MAX_READ_BYTES, type PickedFile } from '../file-io/file-io.ts';
import { openBytes, type OpenFile } from './open-file.ts';
import type { Refusal, Renamed } from './refusals.ts';

/** What one open (a pick, a drop, a zip) made: the files it opened, and what it could not open and why. */
export interface Opened {
  readonly files: readonly OpenFile[];
  readonly refusals: readonly Refusal[];
  readonly renamed: readonly Renamed[];
  /**
   * The 46xxsettings.txt of a zip or folder: not a backup, so not opened in the editor. The first is the one the
   * restore check reads (the one nearest the root: settingsReadFirst); the others are only said to be there.
   */
  readonly settings: readonly (PickedFile & { readonly zip: string })[];
}

/**
 * Opens picked or dropped files and zips of them. Of a zip, only backups are opened (src/session/open-zip.ts,
 * loaded only then); a file too large to have been read whole is refused by its size. Nothing is thrown: every
 * file is opened or refused with its reason. `zips: false` (a folder's files): a zip is not unpacked but refused as
 * any file that is not text is, by its signature.
 */
export async function openPicked(input: readonly PickedFile[], { zips = true }: { readonly zips?: boolean } = {}): Promise<Opened> {
  const files: OpenFile[] = [];
  const refusals: Refusal[] = [];
  const renamed: Renamed[] = [];
  const settings: (PickedFile & { zip: string })[] = [];
  const picked: (PickedFile & { readonly renamed?: Renamed })[] = [];
  for (const p of input) {
    const zip = zips && looksLikeZip(p);
    if (p.size !== undefined && p.size > p.bytes.length) {
      refusals.push({ kind: 'unread', name: p.name, size: p.size, limit: zip ? MAX_READ_BYTES : MAX_FILE_BYTES });
      continue;
    }
    if (!zip) {
      picked.push(p);
      continue;
    }
    const read = await import('./open-zip.ts').then((m) => m.readBackupZip(p), () => null);
    if (!read) {
      refusals.push({ kind: 'zip-unreadable', name: p.name });
      continue;
    }
    picked.push(...read.backups);
    settings.push(...read.settings);
    refusals.push(...read.refusals);
  }
  for (const p of picked) {
    const result = openBytes(p.bytes, p.name, p.handle, p.folder);
    if (result.ok) {
      files.push(result.value);
      if (p.renamed) renamed.push(p.renamed);
    } else refusals.push({ kind: 'decode', name: p.folder ? `${p.folder}/${p.name}` : p.name, error: result.error });
  }
  return { files, refusals, renamed, settings };
}
