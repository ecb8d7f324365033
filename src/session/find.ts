import type { BackupDocument, Line } from '../format/document.ts';
import { lineTarget, type Target } from '../model/problems.ts';
import { fold } from './fold.ts';
import type { OpenFile } from './open-file.ts';

/** One place a text was found: the file, where (the field or raw line the editor goes to) and the value as in the file. */
export interface FindHit {
  readonly uid: number;
  /** Where the editor goes: the typed field showing the value, or the raw line in Other lines. */
  readonly target: Target;
  /** The line's name as in the file (`ABKNAME005`, `Contrast`), for a line no field shows. */
  readonly name: string;
  /** The value as in the file: a setting's value, or the whole line when it is not `name=value` or its name is unknown. */
  readonly value: string;
  readonly lineId: number;
}

export interface FindResult {
  /** The first `limit` hits, in the order of the files and their lines. */
  readonly hits: readonly FindHit[];
  /** Every hit, counted. */
  readonly total: number;
  /** How many files have at least one hit. */
  readonly files: number;
}

/**
 * The lines that hold a value a user may look for: settings and speed dials by value, lines the editor does not know
 * by their text. A `name=value` line with a name the catalog does not know (`REDIALMODE=1`, `Call Timer =1`) is one
 * of those: Other lines shows it whole, so its name is found too, as on a line without `=`.
 */
function searchable(line: Line): string | null {
  if (line.kind === 'setting') return line.key === null ? line.text : line.value;
  return line.kind === 'other' ? line.text : null;
}

/**
 * Each line's searchable text (searchable), folded (fold), or null: worked out once per document, on its first
 * search, not at each key typed into Find. A document is never changed in place (every edit makes a new one), so
 * a search after one file's edit folds that file's lines again, not 5,000 files'.
 */
const foldedLines = new WeakMap<BackupDocument, readonly (string | null)[]>();
function folded(doc: BackupDocument): readonly (string | null)[] {
  let texts = foldedLines.get(doc);
  if (!texts) {
    texts = doc.lines.map((line) => {
      const text = searchable(line);
      return text === null ? null : fold(text);
    });
    foldedLines.set(doc, texts);
  }
  return texts;
}

/**
 * Every value (labels, numbers, settings' values; the text of a line that is not `name=value`) in `files` that
 * holds `query`, in any letter case and however its accents are encoded (fold). Only the first `limit` hits are
 * kept: at 5,000 files a short query hits tens of thousands of lines, and the count says how many more there are.
 */
export function findInFiles(files: readonly OpenFile[], query: string, limit = 200): FindResult {
  const q = fold(query.trim());
  if (q === '') return { hits: [], total: 0, files: 0 };
  const hits: FindHit[] = [];
  let total = 0;
  let fileCount = 0;
  for (const file of files) {
    let found = 0;
    let effective: Map<string, number> | null = null;
    const lines = file.doc.lines;
    const texts = folded(file.doc);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as Line;
      if (!texts[i]?.includes(q)) continue;
      found++;
      total++;
      if (hits.length >= limit) continue;
      if (line.kind === 'setting' && line.key !== null && effective === null) {
        // The line in effect for each name is the last: worked out only for a file with a hit.
        effective = new Map();
        for (const l of file.doc.lines) if (l.kind === 'setting' && l.key !== null) effective.set(l.key, l.id);
      }
      const inEffect = line.kind === 'setting' && line.key !== null && effective?.get(line.key) === line.id;
      hits.push({
        uid: file.uid,
        target: lineTarget(line, file.model, file.protocol, inEffect),
        name: line.kind === 'setting' ? line.name : '',
        // As in the file, not as folded.
        value: searchable(line) ?? '',
        lineId: line.id,
      });
    }
    if (found > 0) fileCount++;
  }
  return { hits, total, files: fileCount };
}

/** A hit's field, for its words: a setting by id, a list entry, or a raw line by its name. */
export type HitField =
  | { readonly kind: 'setting'; readonly id: string }
  | { readonly kind: 'speedDial'; readonly index: number; readonly field: 'label' | 'number' }
  | { readonly kind: 'featureLabel'; readonly index: number }
  | { readonly kind: 'line'; readonly name: string };

export function hitField(hit: FindHit): HitField {
  const t = hit.target;
  if (t.kind === 'setting') return { kind: 'setting', id: t.id };
  if (t.kind === 'list') return t.list === 'speedDial' ? { kind: 'speedDial', index: t.index, field: t.field } : { kind: 'featureLabel', index: t.index };
  return { kind: 'line', name: hit.name };
}
