import type { BackupDocument, Line, SettingLine } from './document.ts';
import { classifyLine } from './document.ts';
import { canonicalName, keyGroup, type LineKey } from './keys.ts';

/**
 * Edits on a document. Each returns a new document (or the same one when nothing changes) and touches only
 * the lines it must: a changed value rewrites its own line under the name spelling that line already had;
 * a new value is one new canonical line next to its kind.
 */

/** The line the phone would use for a key: the last one, as a name given twice means the last wins. */
export function effectiveLineIndex(doc: BackupDocument, key: LineKey): number {
  for (let i = doc.lines.length - 1; i >= 0; i--) {
    const line = doc.lines[i];
    if (line?.kind === 'setting' && line.key === key) return i;
  }
  return -1;
}

export function getValue(doc: BackupDocument, key: LineKey): string | undefined {
  const line = doc.lines[effectiveLineIndex(doc, key)];
  return line?.kind === 'setting' ? line.value : undefined;
}

function replaceAt(doc: BackupDocument, index: number, line: Line): BackupDocument {
  const lines = doc.lines.slice();
  lines[index] = line;
  return { ...doc, lines };
}

/** Where a new line for `key` goes: after the last line of its kind that sorts before it, else by kind. */
function insertionIndex(doc: BackupDocument, key: LineKey): number {
  const { group, order } = keyGroup(key);
  let afterSameGroup = -1;
  let firstSameGroup = -1;
  let firstLaterGroup = -1;
  let lastData = -1;
  doc.lines.forEach((line, i) => {
    if (line.kind !== 'blank') lastData = i;
    if (line.kind !== 'setting' || line.key === null) return;
    const g = keyGroup(line.key);
    if (g.group === group) {
      if (firstSameGroup === -1) firstSameGroup = i;
      if (g.order <= order) afterSameGroup = i;
    } else if (g.group > group && firstLaterGroup === -1) {
      firstLaterGroup = i;
    }
  });
  if (afterSameGroup !== -1) return afterSameGroup + 1;
  if (firstSameGroup !== -1) return firstSameGroup;
  if (firstLaterGroup !== -1) return firstLaterGroup;
  // After the last data line, but never before the blank first line the phone needs.
  return Math.max(lastData + 1, doc.lines[0]?.kind === 'blank' ? 1 : 0);
}

/** Inserts a line of text at `index`, giving it (and, at the end of a file with no final newline, its predecessor) a line end. */
export function insertLine(doc: BackupDocument, index: number, text: string): BackupDocument {
  const lines = doc.lines.slice();
  const atEnd = index >= lines.length;
  const prev = lines[index - 1];
  let eol = doc.eol as Line['eol'];
  if (atEnd && prev && prev.eol === '') {
    // The file had no final newline: keep it that way, after the new last line.
    lines[index - 1] = { ...prev, eol: doc.eol };
    eol = '';
  }
  lines.splice(index, 0, classifyLine(doc.nextId, text, eol));
  return { ...doc, lines, nextId: doc.nextId + 1 };
}

export function setValue(doc: BackupDocument, key: LineKey, value: string): BackupDocument {
  const i = effectiveLineIndex(doc, key);
  const line = doc.lines[i] as SettingLine | undefined;
  if (line) {
    if (line.value === value) return doc;
    return replaceAt(doc, i, { ...line, text: `${line.name}=${value}`, value });
  }
  return insertLine(doc, insertionIndex(doc, key), `${canonicalName(key)}=${value}`);
}

/** Removes every line for `key` (duplicates too), so the phone keeps its own value. */
export function removeKey(doc: BackupDocument, key: LineKey): BackupDocument {
  const lines = doc.lines.filter((l) => !(l.kind === 'setting' && l.key === key));
  return lines.length === doc.lines.length ? doc : withBytesKept(doc, lines);
}

export function removeLine(doc: BackupDocument, id: number): BackupDocument {
  const lines = doc.lines.filter((l) => l.id !== id);
  return lines.length === doc.lines.length ? doc : withBytesKept(doc, lines);
}

/** Replaces a line's whole text (raw editing of lines the editor does not understand). */
export function setLineText(doc: BackupDocument, id: number, text: string): BackupDocument {
  const i = doc.lines.findIndex((l) => l.id === id);
  const line = doc.lines[i];
  if (!line || line.text === text) return doc;
  return replaceAt(doc, i, classifyLine(line.id, text, line.eol));
}

/**
 * Lines taken out must not change the bytes of the lines left: the file keeps its "no final newline" state, and no
 * line left disappears into another's line end.
 */
function withBytesKept(doc: BackupDocument, lines: Line[]): BackupDocument {
  const oldLast = doc.lines[doc.lines.length - 1];
  const newLast = lines[lines.length - 1];
  // A blank last line is kept with its line end: without it the line would have no bytes at all, and the file read
  // again would have a line fewer than the editor showed (a file of one removed line would be 0 bytes).
  if (oldLast && newLast && oldLast.eol === '' && newLast.eol !== '' && newLast.id !== oldLast.id && newLast.text !== '') {
    lines[lines.length - 1] = { ...newLast, eol: '' };
  }
  // A line ended by a lone CR (an old Mac's) now followed by a blank line ended by LF would read back as one CRLF, the
  // blank line gone: the blank line takes the CR too. (Only a removal brings the two together; a file read never has them.)
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if ((lines[i - 1] as Line).eol === '\r' && line.text === '' && line.eol === '\n') lines[i] = { ...line, eol: '\r' };
  }
  return { ...doc, lines };
}
