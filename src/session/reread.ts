import { classifyLine, type BackupDocument, type Line } from '../format/document.ts';
import type { Content, History, Step } from './history.ts';
import type { OpenFile } from './open-file.ts';

/**
 * Reading an open file again after the names a format profile teaches changed (src/format/keys.ts, teachNames):
 * each setting line's name is looked up again, its text and line end kept, so no byte changes. Teaching is not a
 * change to the file: it is no step in its history, and the history is read again too, so a step recorded before
 * puts back its content as the profile now reads it (and a line a later step finds by its key is found).
 */

/** Lines read again, shared between a file's documents: an edit shares every line it does not touch. */
type Seen = WeakMap<Line, Line>;

function rereadLine(line: Line, seen: Seen): Line {
  if (line.kind !== 'setting') return line;
  let next = seen.get(line);
  if (next) return next;
  const again = classifyLine(line.id, line.text, line.eol);
  // The same object when it reads the same: whatever was worked out for the line (its problems) still holds.
  next = again.kind === 'setting' && again.key === line.key && again.looksLike === line.looksLike ? line : again;
  seen.set(line, next);
  return next;
}

/** `doc` with its setting lines read again; the same document when none reads otherwise. */
export function rereadDoc(doc: BackupDocument, seen: Seen = new WeakMap()): BackupDocument {
  let changed = false;
  const lines = doc.lines.map((line) => {
    const next = rereadLine(line, seen);
    changed ||= next !== line;
    return next;
  });
  return changed ? { ...doc, lines } : doc;
}

/** The file, its document as last saved and every step of its history, read again; the same file when nothing reads otherwise. */
export function rereadFile(file: OpenFile): OpenFile {
  const seen: Seen = new WeakMap();
  const docs = new Map<BackupDocument, BackupDocument>();
  const again = (doc: BackupDocument) => {
    let next = docs.get(doc);
    if (!next) {
      next = rereadDoc(doc, seen);
      docs.set(doc, next);
    }
    return next;
  };
  let changed = false;
  const content = (c: Content): Content => {
    const doc = again(c.doc);
    if (doc === c.doc) return c;
    changed = true;
    return { ...c, doc };
  };
  const steps = (list: readonly Step[]): readonly Step[] => list.map((s) => {
    const c = content(s.content);
    return c === s.content ? s : { ...s, content: c };
  });
  const doc = again(file.doc);
  const savedDoc = again(file.savedDoc);
  const history: History = { ...file.history, past: steps(file.history.past), future: steps(file.history.future) };
  if (!changed && doc === file.doc && savedDoc === file.savedDoc) return file;
  return { ...file, doc, savedDoc, history };
}
