import { unzipSync, zipSync } from 'fflate';
import type { PickedFile } from './file-io.ts';

/**
 * ZIP in and out, for administrators' batches. Loaded only when a .zip is opened or a zip is saved, so the
 * single-file editor does not carry it.
 */

/** The files inside a zip (folders flattened, macOS resource forks skipped); throws on a broken archive. */
export function unzipFiles(zip: PickedFile): PickedFile[] {
  const entries = unzipSync(zip.bytes, { filter: (f) => !f.name.endsWith('/') && !f.name.startsWith('__MACOSX/') });
  return Object.entries(entries).map(([path, bytes]) => ({ name: path.split('/').pop() ?? path, bytes, handle: null }));
}

/** A zip of the given files, in order; a name given twice gets " (2)", " (3)" … before its extension. */
export function zipFiles(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) {
    let name = f.name;
    for (let n = 2; name in entries; n++) name = f.name.replace(/(\.[^.]*)?$/, (ext) => ` (${n})${ext}`);
    entries[name] = f.bytes;
  }
  // A fixed date keeps the same files giving the same zip bytes.
  return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
