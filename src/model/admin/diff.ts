import { FEATURE_LABEL, SETTINGS, SPEED_DIAL, type SettingDef } from '../../catalog/catalog.ts';
import { needsLeadingBlank, type BackupDocument, type Eol } from '../../format/document.ts';
import { parseKey } from '../../format/keys.ts';
import { msg, type Msg } from '../../catalog/msg.ts';
import { asMsg, choiceLabel, quoted, settingName, verbatim } from './words.ts';

/**
 * Two documents compared, by setting (what the telephone will do differently, in the words of its screens) and
 * by line (what a text editor would show).
 */

export type ChangeKind = 'changed' | 'added' | 'removed';

export interface SettingChange {
  /** A line key (`setting:contrast`, `speedDial:3:number`) or `name:<lower-case name>` for names the editor does not know. */
  readonly key: string;
  /** What it is, as the editor names it: “Contrast”, “Speed dial 3 number”. */
  readonly what: Msg;
  readonly kind: ChangeKind;
  /** The file's text; undefined = not in that file. */
  readonly before: string | undefined;
  readonly after: string | undefined;
  /** The value as the telephone shows it: “On (1)”, ““Reception””; “not in the file” when absent. */
  readonly beforeWords: Msg;
  readonly afterWords: Msg;
}

/** The value in the telephone's words: a choice's label from the catalog, else the value itself. */
export function valueWords(def: SettingDef | null, value: string | undefined): Msg {
  if (value === undefined) return msg('admin.diff.notInFile');
  if (def?.type.kind === 'choice') {
    const choice = def.type.choices.find((c) => c.value === value);
    if (choice) return choice.label === choice.value ? asMsg(choiceLabel(choice)) : msg('admin.diff.choice', { label: choiceLabel(choice), value: choice.value });
    return msg('admin.diff.unknownValue', { value });
  }
  if (def?.type.kind === 'range' && /^\d+$/.test(value)) return verbatim(value);
  return value === '' ? msg('admin.diff.empty') : quoted(value);
}

function describeKey(key: string): { what: Msg; def: SettingDef | null; order: number } {
  if (key.startsWith('name:')) return { what: verbatim(key.slice(5)), def: null, order: 4_000_000 };
  const k = parseKey(key);
  if (k.kind === 'setting') {
    const i = SETTINGS.findIndex((s) => s.id === k.id);
    const def = SETTINGS[i];
    return { what: asMsg(def ? settingName(def) : k.id), def: def ?? null, order: 3_000_000 + i };
  }
  if (k.list === SPEED_DIAL.id) {
    return { what: msg(k.field === 'number' ? 'admin.diff.speedDialNumber' : 'admin.diff.speedDialLabel', { index: k.index }), def: null, order: 1_000_000 + k.index * 2 + (k.field === 'number' ? 1 : 0) };
  }
  const what = FEATURE_LABEL.id === k.list ? msg('admin.diff.featureLabel', { index: k.index }) : msg('admin.diff.listLabel', { list: k.list, index: k.index });
  return { what, def: null, order: 2_000_000 + k.index };
}

/**
 * Every name's value as the telephone reads it: the last line wins; names are matched case-insensitively, and
 * their spaces are part of them (spec §3: `REDIALMODE =1` is not `REDIALMODE=1` to the phone), so are kept.
 */
function effective(doc: BackupDocument): Map<string, { value: string; name: string }> {
  const map = new Map<string, { value: string; name: string }>();
  for (const line of doc.lines) {
    if (line.kind !== 'setting') continue;
    const key = line.key ?? `name:${line.name.toLowerCase()}`;
    map.set(key, { value: line.value, name: line.name });
  }
  return map;
}

/** What differs between two documents, setting by setting, in the order the editor shows them. */
export function diffSettings(before: BackupDocument, after: BackupDocument): SettingChange[] {
  const a = effective(before);
  const b = effective(after);
  const keys = new Set([...a.keys(), ...b.keys()]);
  const out: (SettingChange & { order: number })[] = [];
  for (const key of keys) {
    const x = a.get(key);
    const y = b.get(key);
    if (x?.value === y?.value) continue;
    const d = describeKey(key);
    const name = y?.name ?? x?.name;
    // A name with spaces at either end is quoted, or `REDIALMODE ` would read as `REDIALMODE`.
    const what = key.startsWith('name:') && name !== undefined ? (name === name.trim() ? verbatim(name) : quoted(name)) : d.what;
    const kind: ChangeKind = x === undefined ? 'added' : y === undefined ? 'removed' : 'changed';
    out.push({ key, what, kind, before: x?.value, after: y?.value, beforeWords: valueWords(d.def, x?.value), afterWords: valueWords(d.def, y?.value), order: d.order });
  }
  out.sort((p, q) => p.order - q.order || p.key.localeCompare(q.key));
  return out.map(({ order: _order, ...rest }) => rest);
}

/** The lines as the file is saved (with the blank first line added when missing). */
export function savedLines(doc: BackupDocument): string[] {
  const lines = doc.lines.map((l) => l.text);
  return needsLeadingBlank(doc) ? ['', ...lines] : lines;
}

/**
 * Each saved line's end when it is not the file's own (a lone LF in a CRLF file; none after the last line), else
 * null. A file's line end changed as a whole is said once (`eolChanged`), not as every line removed and added; a
 * line that ends unlike the rest of its file is a difference of that line.
 */
export function savedLineEnds(doc: BackupDocument): (Eol | null)[] {
  const ends = doc.lines.map((l) => (l.eol === doc.eol ? null : l.eol));
  return needsLeadingBlank(doc) ? [null, ...ends] : ends;
}

export interface LineOp {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
  /** The line's end when it is not its file's own (see `savedLineEnds`); absent when it is. */
  readonly eol?: Eol;
  /** 1-based line number in the first file (same, removed). */
  readonly beforeNo?: number;
  /** 1-based line number in the second file (same, added). */
  readonly afterNo?: number;
}

/** Past this many cells the middle part is shown as all removed, then all added (files are a few hundred lines). */
const MAX_CELLS = 4_000_000;

/**
 * A line-by-line difference (longest common subsequence), like `diff`. Lines are the same when their text is and,
 * when the ends are given (`savedLineEnds`), their ends are too.
 */
export function diffLines(a: readonly string[], b: readonly string[], endsA?: readonly (Eol | null)[], endsB?: readonly (Eol | null)[]): LineOp[] {
  const eq = (i: number, j: number): boolean => a[i] === b[j] && (endsA?.[i] ?? null) === (endsB?.[j] ?? null);
  const op = (kind: LineOp['kind'], text: string, end: Eol | null | undefined, nos: { beforeNo?: number; afterNo?: number }): LineOp =>
    end === null || end === undefined ? { kind, text, ...nos } : { kind, text, eol: end, ...nos };
  let start = 0;
  while (start < a.length && start < b.length && eq(start, start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && eq(endA - 1, endB - 1)) {
    endA--;
    endB--;
  }
  const ops: LineOp[] = [];
  for (let i = 0; i < start; i++) ops.push(op('same', a[i] as string, endsA?.[i], { beforeNo: i + 1, afterNo: i + 1 }));
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) {
    for (let i = start; i < endA; i++) ops.push(op('removed', a[i] as string, endsA?.[i], { beforeNo: i + 1 }));
    for (let j = start; j < endB; j++) ops.push(op('added', b[j] as string, endsB?.[j], { afterNo: j + 1 }));
  } else {
    // lcs[i][j] = length of the longest common subsequence of a[start+i..endA) and b[start+j..endB).
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = eq(start + i, start + j) ? (lcs[(i + 1) * w + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && eq(start + i, start + j)) {
        ops.push(op('same', a[start + i] as string, endsA?.[start + i], { beforeNo: start + i + 1, afterNo: start + j + 1 }));
        i++;
        j++;
      } else if (i < n && (j === m || (lcs[(i + 1) * w + j] as number) >= (lcs[i * w + j + 1] as number))) {
        // Removals before additions within a changed block, as `diff` shows them.
        ops.push(op('removed', a[start + i] as string, endsA?.[start + i], { beforeNo: start + i + 1 }));
        i++;
      } else {
        ops.push(op('added', b[start + j] as string, endsB?.[start + j], { afterNo: start + j + 1 }));
        j++;
      }
    }
  }
  const shift = endB - endA;
  for (let i = endA; i < a.length; i++) ops.push(op('same', a[i] as string, endsA?.[i], { beforeNo: i + 1, afterNo: i + shift + 1 }));
  return ops;
}

/** Lines of context kept around each change when unchanged runs are folded. */
const CONTEXT = 2;

export type FoldedOp = LineOp | { readonly kind: 'skip'; readonly count: number };

/** Changed lines with a little context; long unchanged runs folded to “… n unchanged lines” (Compare, bulk changes' diff). */
export function foldUnchanged(ops: readonly LineOp[]): FoldedOp[] {
  const keep = ops.map((o) => o.kind !== 'same');
  const near = ops.map((_, i) => {
    for (let d = -CONTEXT; d <= CONTEXT; d++) if (keep[i + d]) return true;
    return false;
  });
  const out: FoldedOp[] = [];
  let skipped = 0;
  ops.forEach((o, i) => {
    if (near[i]) {
      if (skipped > 0) out.push({ kind: 'skip', count: skipped });
      skipped = 0;
      out.push(o);
    } else skipped++;
  });
  if (skipped > 0) out.push({ kind: 'skip', count: skipped });
  return out;
}

/**
 * Two documents' saved lines compared, line ends included, and whether the files' own line ends differ: a line
 * that alone ends otherwise, or the last line's missing line end, is a line that differs.
 */
export function diffDocuments(before: BackupDocument, after: BackupDocument): { lines: LineOp[]; eolChanged: boolean } {
  return { lines: diffLines(savedLines(before), savedLines(after), savedLineEnds(before), savedLineEnds(after)), eolChanged: before.eol !== after.eol };
}
