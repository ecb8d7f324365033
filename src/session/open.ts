import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { looksLikeZip, MAX_READ_BYTES, type PickedFile } from '../file-io/file-io.ts';
import { openBytes, type OpenFile } from './open-file.ts';
import type { Refusal, Renamed } from './refusals.ts';

/** What one open (a pick, a drop, a zip) made: the files it opened, and what it could not open and why. */
export interface Opened {
  readonly files: readonly OpenFile[];
  readonly refusals: readonly Refusal[];
  readonly renamed: readonly Renamed[];
}

/**
 * Opens picked or dropped files and zips of them. A zip is read within its limits (src/file-io/zip.ts, loaded only
 * then) and never unpacks a zip inside it; a file too large to have been read whole is refused by its size.
 * Nothing is thrown: every file is opened or refused with its reason.
 */
export async function openPicked(input: readonly PickedFile[]): Promise<Opened> {
  const files: OpenFile[] = [];
  const refusals: Refusal[] = [];
  const renamed: Renamed[] = [];
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
    const read = await import('../file-io/zip.ts').then((m) => m.readZip(p.bytes), () => null);
    if (!read?.ok) {
      refusals.push({ kind: 'zip-unreadable', name: p.name });
      continue;
    }
    const { files: inside, skipped, tooMany } = read.value;
    picked.push(...inside);
    refusals.push(...skipped.map((skip): Refusal => ({ kind: 'zip-entry', zip: p.name, skip })));
    if (tooMany) refusals.push({ kind: 'zip-too-many', zip: p.name, ...tooMany });
    renamed.push(...read.value.renamed.map((r) => ({ zip: p.name, ...r })));
  }
  for (const p of picked) {
    const result = openBytes(p.bytes, p.name, p.handle);
    if (result.ok) files.push(result.value);
    else refusals.push({ kind: 'decode', name: p.name, error: result.error });
  }
  return { files, refusals, renamed };
}
