import { serializeText } from '../format/document.ts';
import type { OpenFile } from './open-file.ts';

/**
 * Files being opened that are already open. A file is the one already open when it has its name (in any letter
 * case, or with the " (1)" a browser adds to a second download of it): that is the file the phone fetches under
 * that name, and what a user means by "this file is already open". It is also when it holds the same text as the
 * open file did when last loaded or saved, under whatever name: the same content opened twice is the same file
 * copied or renamed. Files that only happen to be saved under one name (a `4620data.txt` and an `x.txt` with no
 * extension) are not asked about here: Save all finds them (see saveAllConflicts).
 */
export type Sameness = 'name' | 'content' | 'twice';
// 'twice': two files of one open (a drop from two places, a zip with the entry twice) under one name in one folder,
// neither open yet: the second is asked about, its "open file" the first.


export interface Collision {
  /** Where the file being opened is among those opened. */
  readonly index: number;
  readonly incoming: OpenFile;
  /** The open file it collides with (the first, when several do). */
  readonly existing: OpenFile;
  readonly why: Sameness;
}

/** What the user chose for a collision. */
export type CollisionAnswer = 'replace' | 'keep' | 'skip';

/** A name as compared: without a folder, a browser's " (1)" before the extension, and letter case. */
export function nameKey(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/ \(\d+\)(?=\.[^.]*$|$)/, '').toLowerCase();
}

/**
 * The files of `incoming` that are already among `open`, in the order they came; and those that come a second time
 * in `incoming` itself, under one name in one folder (files of one name in two folders are two files).
 */
export function findCollisions(open: readonly OpenFile[], incoming: readonly OpenFile[]): Collision[] {
  if (incoming.length === 0 || (open.length === 0 && incoming.length === 1)) return [];
  const byName = new Map<string, OpenFile>();
  for (const f of open) {
    if (f.sourceName !== null && !byName.has(nameKey(f.sourceName))) byName.set(nameKey(f.sourceName), f);
  }
  // The text of each open file is made only when a file being opened could match it (same length, by line count).
  const byLines = new Map<number, OpenFile[]>();
  for (const f of open) {
    const n = f.savedDoc.lines.length;
    byLines.set(n, [...(byLines.get(n) ?? []), f]);
  }
  const texts = new Map<OpenFile, string>();
  const textOf = (f: OpenFile) => {
    let text = texts.get(f);
    if (text === undefined) texts.set(f, (text = serializeText(f.savedDoc)));
    return text;
  };
  const collisions: Collision[] = [];
  const earlier = new Map<string, OpenFile>();
  incoming.forEach((file, index) => {
    const named = file.sourceName !== null ? byName.get(nameKey(file.sourceName)) : undefined;
    if (named) {
      collisions.push({ index, incoming: file, existing: named, why: 'name' });
      return;
    }
    const here = file.sourceName !== null ? `${file.folder ?? ''}/${nameKey(file.sourceName)}` : null;
    const first = here !== null ? earlier.get(here) : undefined;
    if (first) {
      collisions.push({ index, incoming: file, existing: first, why: 'twice' });
      return;
    }
    if (here !== null) earlier.set(here, file);
    const candidates = byLines.get(file.doc.lines.length);
    if (!candidates) return;
    const text = serializeText(file.doc);
    const same = candidates.find((f) => textOf(f) === text);
    if (same) collisions.push({ index, incoming: file, existing: same, why: 'content' });
  });
  return collisions;
}

/** What to do with the files an open made, given an answer for each collision (a missing answer is Skip). */
export interface Resolution {
  /** New files to add, in the order they came. */
  readonly add: readonly OpenFile[];
  /** Open files to replace by a file being opened (its unsaved changes and history go with it). */
  readonly replace: readonly { readonly uid: number; readonly file: OpenFile }[];
  readonly skipped: number;
}

export function resolveCollisions(incoming: readonly OpenFile[], collisions: readonly Collision[], answers: readonly CollisionAnswer[]): Resolution {
  const byIndex = new Map(collisions.map((c, i) => [c.index, { c, answer: answers[i] ?? 'skip' }]));
  const add: OpenFile[] = [];
  const replace: { uid: number; file: OpenFile }[] = [];
  const replaced = new Set<number>();
  let skipped = 0;
  incoming.forEach((file, index) => {
    const hit = byIndex.get(index);
    if (!hit || hit.answer === 'keep') add.push(file);
    // The second of two files of one name in this open, in place of the first (when the first is to be added).
    else if (hit.answer === 'replace' && hit.c.why === 'twice') {
      const at = add.indexOf(hit.c.existing);
      if (at >= 0) add[at] = file;
      else add.push(file);
    }
    // Two files of one drop replacing the same open file: the first does; the second is kept beside it.
    else if (hit.answer === 'replace' && !replaced.has(hit.c.existing.uid)) {
      replaced.add(hit.c.existing.uid);
      replace.push({ uid: hit.c.existing.uid, file });
    } else if (hit.answer === 'replace') add.push(file);
    else skipped++;
  });
  return { add, replace, skipped };
}
