import type { DecodeError } from '../format/decode.ts';
import type { ZipSkip } from '../file-io/zip.ts';
import type { FolderSkip } from '../file-io/folder.ts';

/**
 * What one open (a pick, a drop, a zip) could not open, and what it opened under another name. A drop of a
 * thousand files can refuse hundreds: they are told as a few sentences, one per reason, with each file listed on
 * demand, never as a wall of text.
 */
export type Refusal =
  | { readonly kind: 'decode'; readonly name: string; readonly error: DecodeError }
  /** Too large to read at all (its bytes were never loaded): `limit` is what would have been read. */
  | { readonly kind: 'unread'; readonly name: string; readonly size: number; readonly limit: number }
  /** The browser could not read it (gone or locked since it was picked): `detail` is what it said. */
  | { readonly kind: 'read-failed'; readonly name: string; readonly detail: string }
  | { readonly kind: 'zip-unreadable'; readonly name: string }
  | { readonly kind: 'zip-entry'; readonly zip: string; readonly skip: ZipSkip }
  | { readonly kind: 'zip-too-many'; readonly zip: string; readonly read: number; readonly total: number }
  /** A file of an opened folder that was not read (`name` is its path in the folder): see src/file-io/folder.ts. */
  | { readonly kind: 'folder-entry'; readonly folder: string; readonly skip: FolderSkip }
  /** The folder held more files than are looked at: only the first `read` were. */
  | { readonly kind: 'folder-too-many'; readonly folder: string; readonly read: number }
  /** A file picked or dropped with others, not read: those read before it had reached the open's bytes (OpenBudget). */
  | { readonly kind: 'left-over-total'; readonly name: string }
  /** Files picked or dropped with others past the open's count of files (OpenBudget): `count` of them, never read. */
  | { readonly kind: 'left-too-many'; readonly count: number; readonly first: string; readonly last: string }
  /** A folder dropped with others, not looked at: what was dropped before it had spent the drop's budget (OpenBudget). */
  | { readonly kind: 'left-folder'; readonly folder: string };

/** An entry of a zip that was read under its base name, not the path it had in the zip. */
export interface Renamed {
  readonly zip: string;
  readonly path: string;
  readonly name: string;
}

export type RefusalReason = 'too-large' | 'empty' | 'binary' | 'other-format' | 'not-a-zip' | 'nested-zip' | 'not-wanted' | 'over-total' | 'damaged' | 'unsupported' | 'too-many' | 'folder-not-backup' | 'folder-over-total' | 'folder-too-many' | 'left-over-total' | 'left-too-many' | 'read-failed' | 'left-folder';

export interface RefusalGroup {
  readonly reason: RefusalReason;
  readonly refusals: readonly Refusal[];
  /** The names as a sentence shows them: all of up to three, else the first and the last. */
  readonly names: NameSpan;
}

export type NameSpan = { readonly kind: 'all'; readonly names: readonly string[] } | { readonly kind: 'range'; readonly first: string; readonly last: string };

export function reasonOf(r: Refusal): RefusalReason {
  switch (r.kind) {
    case 'decode':
      switch (r.error.kind) {
        case 'too-large':
          return 'too-large';
        case 'empty':
          return 'empty';
        case 'binary':
          return 'binary';
        case 'signature':
          return 'other-format';
      }
      break;
    case 'unread':
      return 'too-large';
    case 'zip-unreadable':
      return 'not-a-zip';
    case 'zip-entry':
      return r.skip.kind;
    case 'zip-too-many':
      return 'too-many';
    case 'folder-entry':
      return r.skip.kind === 'not-wanted' ? 'folder-not-backup' : r.skip.kind === 'over-total' ? 'folder-over-total' : 'too-large';
    case 'folder-too-many':
      return 'folder-too-many';
    case 'left-over-total':
    case 'left-too-many':
    case 'read-failed':
    case 'left-folder':
      return r.kind;
  }
}

/** The name a refusal is about (the file, the zip or folder that held too many, the first of the files left unread). */
export const nameOf = (r: Refusal): string =>
  r.kind === 'zip-entry' || r.kind === 'folder-entry' ? r.skip.name
  : r.kind === 'zip-too-many' ? r.zip
  : r.kind === 'folder-too-many' || r.kind === 'left-folder' ? r.folder
  : r.kind === 'left-too-many' ? r.first
  : r.name;

/** Up to this many names are all written out in a summary; more are shown as "first … last". */
const NAMES_WRITTEN_OUT = 3;

export function spanOf(names: readonly string[]): NameSpan {
  return names.length <= NAMES_WRITTEN_OUT ? { kind: 'all', names } : { kind: 'range', first: names[0] ?? '', last: names[names.length - 1] ?? '' };
}

/** The refusals by reason, each reason where it first came, the files in the order they were met. */
export function groupRefusals(refusals: readonly Refusal[]): RefusalGroup[] {
  const byReason = new Map<RefusalReason, Refusal[]>();
  for (const r of refusals) {
    const reason = reasonOf(r);
    const list = byReason.get(reason);
    if (list) list.push(r);
    else byReason.set(reason, [r]);
  }
  return [...byReason].map(([reason, list]) => ({ reason, refusals: list, names: spanOf(list.map(nameOf)) }));
}
