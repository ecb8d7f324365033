import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { isZipName, looksLikeZip, MAX_READ_BYTES, type HandedFile, type PickedFile } from '../file-io/file-io.ts';
import { openBudget, type OpenBudget } from '../file-io/zip-limits.ts';
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
 * file is opened or refused with its reason (one the browser cannot read too). `zips: false` (a folder's
 * files): a zip is not unpacked but refused as any file that is not text is, by its signature.
 *
 * All of it is read within one budget (OpenBudget: 10,000 files and 64 MB, zip entries and loose files alike), in the
 * order given: a loose file past its bytes is refused by its size before it is read (a HandedFile is then never
 * read), a zip reads what is left of it, and once its files are spent the rest are not looked at, said as one
 * refusal with their count.
 */
export async function openPicked(input: readonly (PickedFile | HandedFile)[], { zips = true, budget = openBudget() }: { readonly zips?: boolean; readonly budget?: OpenBudget } = {}): Promise<Opened> {
  const files: OpenFile[] = [];
  const refusals: Refusal[] = [];
  const renamed: Renamed[] = [];
  const settings: (PickedFile & { zip: string })[] = [];
  const picked: (PickedFile & { readonly renamed?: Renamed })[] = [];
  let left: { count: number; first: string; last: string } | null = null;
  for (const given of input) {
    if (budget.files <= 0) {
      if (left) {
        left.count++;
        left.last = given.name;
      } else left = { count: 1, first: given.name, last: given.name };
      continue;
    }
    // A zip's own size is not what it unpacks to: it reads what is left of the budget (none: it is not read).
    const size = 'read' in given ? given.size : (given.size ?? given.bytes.length);
    const zipByName = zips && isZipName(given.name);
    if (zipByName ? budget.bytes <= 0 : size <= MAX_FILE_BYTES && size > budget.bytes) {
      budget.files--;
      refusals.push({ kind: 'left-over-total', name: given.name });
      continue;
    }
    let p: PickedFile;
    try {
      p = 'read' in given ? await given.read() : given;
    } catch (e) {
      // Gone or locked since it was picked: refused with why, as any file; the others still open.
      budget.files--;
      refusals.push({ kind: 'read-failed', name: given.name, detail: String(e) });
      continue;
    }
    const zip = zips && looksLikeZip(p);
    if (p.size !== undefined && p.size > p.bytes.length) {
      budget.files--;
      refusals.push({ kind: 'unread', name: p.name, size: p.size, limit: zip ? MAX_READ_BYTES : MAX_FILE_BYTES });
      continue;
    }
    if (!zip) {
      budget.files--;
      budget.bytes -= p.bytes.length;
      picked.push(p);
      continue;
    }
    const before = budget.files;
    const read = await import('./open-zip.ts').then((m) => m.readBackupZip(p, budget), () => null);
    // A zip with no entries, or none that could be gone through, still counts as a file: many such do not pass the count.
    if (budget.files === before) budget.files--;
    if (!read) {
      refusals.push({ kind: 'zip-unreadable', name: p.name });
      continue;
    }
    picked.push(...read.backups);
    settings.push(...read.settings);
    refusals.push(...read.refusals);
  }
  if (left) refusals.push({ kind: 'left-too-many', ...left });
  for (const p of picked) {
    const result = openBytes(p.bytes, p.name, p.handle, p.folder);
    if (result.ok) {
      files.push(result.value);
      if (p.renamed) renamed.push(p.renamed);
    } else refusals.push({ kind: 'decode', name: p.folder ? `${p.folder}/${p.name}` : p.name, error: result.error });
  }
  return { files, refusals, renamed, settings };
}
