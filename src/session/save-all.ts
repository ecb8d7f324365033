import { pathKey } from '../format/path-key.ts';

/**
 * Save all's names: two open files that would be saved under one name are a conflict the user resolves before
 * anything is written (change an extension, a model, close one). A zip cannot hold one name twice, and a
 * " (2)" added to make room is a name no phone fetches: the phone would restore the other file, or neither.
 * Letter case does not tell names apart: unpacked on Windows, one file would overwrite the other; nor how a folder's
 * accented letter is written (pathKey).
 */
export interface NameConflict {
  /** The name, as the first file writes it. */
  readonly name: string;
  /** The files (their uids) that would all be saved under it, in the order they are open. */
  readonly uids: readonly number[];
}

/** The names given to more than one file, in the order the first of each is open. */
export function nameConflicts(files: readonly { readonly uid: number; readonly name: string }[]): NameConflict[] {
  const byName = new Map<string, { name: string; uids: number[] }>();
  for (const f of files) {
    const key = pathKey(f.name);
    const seen = byName.get(key);
    if (seen) seen.uids.push(f.uid);
    else byName.set(key, { name: f.name, uids: [f.uid] });
  }
  return [...byName.values()].filter((c) => c.uids.length > 1);
}
