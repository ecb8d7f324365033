import { classifyName, unknownLookalike, type LineKey } from './keys.ts';

/** A line's end as in the file: CRLF, LF, a lone CR (old Macs), or none (the last line). */
export type Eol = '\r\n' | '\n' | '\r' | '';

interface LineBase {
  /** Stable within a document, for edits and React keys; not part of the file. */
  readonly id: number;
  /** The line's exact text, without its line end. */
  readonly text: string;
  readonly eol: Eol;
}

export interface BlankLine extends LineBase {
  readonly kind: 'blank';
}
export interface SettingLine extends LineBase {
  readonly kind: 'setting';
  /** The text before the first `=`, exactly as in the file. */
  readonly name: string;
  /** The text after the first `=`, exactly as in the file (spaces included). */
  readonly value: string;
  /**
   * What the catalog says it is, or null for a name it does not know. The name must match exactly but for ASCII
   * letter case: "spaces preceding, within, or following a name are treated as part of the name" (1600 guide), so
   * `Call Timer =1` is not Call Timer for the phone, and not for the editor either.
   */
  readonly key: LineKey | null;
  /**
   * For a name the catalog does not know: the setting or list entry it would be with its spaces as the catalog
   * writes them (`Call Timer ` → Call Timer), else null. Only said to the user; the line is never read or edited
   * as that setting.
   */
  readonly looksLike: LineKey | null;
}
export interface OtherLine extends LineBase {
  readonly kind: 'other';
}
export type Line = BlankLine | SettingLine | OtherLine;

export interface BackupDocument {
  readonly lines: readonly Line[];
  /**
   * The line end new lines get: the file's own (its first CRLF or LF; a lone CR only in a file that has no other),
   * CRLF for a new file.
   */
  readonly eol: Exclude<Eol, ''>;
  readonly nextId: number;
}

export function classifyLine(id: number, text: string, eol: Eol): Line {
  const eq = text.indexOf('=');
  if (eq > 0) {
    const name = text.slice(0, eq);
    const key = classifyName(name);
    return { id, text, eol, kind: 'setting', name, value: text.slice(eq + 1), key, looksLike: key === null ? unknownLookalike(name) : null };
  }
  // U+FEFF counts for trim() but is not blank: as the first line it would be saved as a byte-order mark.
  if (text.trim() === '' && !text.includes('\uFEFF')) return { id, text, eol, kind: 'blank' };
  return { id, text, eol, kind: 'other' };
}

/**
 * Text → document. Every line is kept with its exact text and line end; nothing is dropped or changed. CRLF, LF and
 * a lone CR each end a line, as in every editor the user may have made the file with: a CR read as part of a line
 * would make the text after it part of a value, and an edit of that value would lose it.
 */
export function parseText(text: string): BackupDocument {
  const lines: Line[] = [];
  let start = 0;
  // New lines take the file's first CRLF or LF: a stray lone CR before it must not make them all end in one.
  let firstEol: '\r\n' | '\n' | null = null;
  let anyCr = false;
  const n = text.length;
  // The next LF and the next CR at or after `start` (n when there is none), each searched for again only once
  // passed: a file without CRs is searched for one once, not once per line.
  const next = (c: string, from: number) => {
    const i = text.indexOf(c, from);
    return i === -1 ? n : i;
  };
  let lf = -1;
  let cr = -1;
  while (start < n) {
    if (lf < start) lf = next('\n', start);
    if (cr < start) cr = next('\r', start);
    let eol: Eol;
    let end: number;
    let after: number;
    if (cr < lf) {
      end = cr;
      eol = cr + 1 === lf && lf < n ? '\r\n' : '\r';
      after = cr + eol.length;
    } else if (lf < n) {
      end = lf;
      eol = '\n';
      after = lf + 1;
    } else {
      end = n;
      eol = '';
      after = n;
    }
    if (eol === '\r') anyCr = true;
    else if (firstEol === null && eol !== '') firstEol = eol;
    lines.push(classifyLine(lines.length, text.slice(start, end), eol));
    start = after;
  }
  return { lines, eol: firstEol ?? (anyCr ? '\r' : '\r\n'), nextId: lines.length };
}

export function emptyDocument(eol: Exclude<Eol, ''> = '\r\n'): BackupDocument {
  return { lines: [{ id: 0, text: '', eol, kind: 'blank' }], eol, nextId: 1 };
}

/** The phone may ignore a first line that is not blank, so the editor writes a blank one before it. */
export function needsLeadingBlank(doc: BackupDocument): boolean {
  const first = doc.lines[0];
  return first === undefined || first.kind !== 'blank';
}

/** Document → text: the lines as they are, after a blank first line if the document lacks one. */
const serialized = new WeakMap<BackupDocument, string>();

export function serializeText(doc: BackupDocument): string {
  // Documents are immutable, so each one's text is made once: the unsaved check and the drafts ask on every edit.
  let text = serialized.get(doc);
  if (text !== undefined) return text;
  // Joined with +=, not an array's join: V8 links the pieces and copies once when the text is read, without an
  // array of two entries per line (a 10 MB file has half a million lines).
  text = needsLeadingBlank(doc) ? doc.eol : '';
  for (const line of doc.lines) text += line.text + line.eol;
  serialized.set(doc, text);
  return text;
}

const sameLine = (a: Line | undefined, b: Line | undefined): boolean => a === b || (a !== undefined && b !== undefined && a.text === b.text && a.eol === b.eol);

/**
 * Whether two documents are saved as the same text: `serializeText(a) === serializeText(b)` without writing either
 * out. An edit shares every line it does not touch, so the lines both begin and end with are passed over by
 * identity, and only the text between them is compared: checking a 1 MB file after each key costs a walk over its
 * lines, not two megabytes of text.
 */
export function sameText(a: BackupDocument, b: BackupDocument): boolean {
  if (a === b) return true;
  const leadA = needsLeadingBlank(a) ? a.eol : '';
  const leadB = needsLeadingBlank(b) ? b.eol : '';
  const shorter = Math.min(a.lines.length, b.lines.length);
  let head = 0;
  while (head < shorter && sameLine(a.lines[head], b.lines[head])) head++;
  // Past equal first lines, the texts differ when their added blank lines do.
  if (head > 0 && leadA !== leadB) return false;
  let tail = 0;
  while (tail < shorter - head && sameLine(a.lines[a.lines.length - 1 - tail], b.lines[b.lines.length - 1 - tail])) tail++;
  const middle = (doc: BackupDocument, lead: string) => {
    const parts = head === 0 ? [lead] : [];
    for (let i = head; i < doc.lines.length - tail; i++) parts.push((doc.lines[i] as Line).text, (doc.lines[i] as Line).eol);
    return parts.join('');
  };
  return middle(a, leadA) === middle(b, leadB);
}
