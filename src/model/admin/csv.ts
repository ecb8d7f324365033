import { DIAL_CHARS, SPEED_DIAL, type ModelId } from '../../catalog/catalog.ts';
import { glyphWarning } from '../../display/coverage.ts';
import { encodeUtf8 } from '../../format/text-codec.ts';
import { msg, type Msg } from '../../catalog/msg.ts';
import { listMsg } from '../../catalog/msg-list.ts';
import { speedDialInFile, type SpeedDialValue } from '../values.ts';
import { asMsg, quoted } from './words.ts';

/**
 * Speed dials in and out of CSV, as spreadsheets (Excel above all) write and read them. Reading the bytes into
 * rows is done by the CSV library in the UI layer; this module guesses the header and the columns, and plans
 * what an import will do to the file, row by row, before anything changes.
 */

export type Delimiter = ',' | ';' | '\t';
/** Each delimiter's name, as a choice (“Comma”). */
export const DELIMITER_NAMES: Record<Delimiter, Msg> = { ',': msg('admin.csv.comma'), ';': msg('admin.csv.semicolon'), '\t': msg('admin.csv.tab') };
/** Each delimiter's name inside a sentence (“separated by comma”). */
export const DELIMITER_WORDS: Record<Delimiter, Msg> = { ',': msg('admin.csv.commaInText'), ';': msg('admin.csv.semicolonInText'), '\t': msg('admin.csv.tabInText') };

export type MergeMode = 'replace' | 'append' | 'update';
export const MERGE_MODE_NAMES: Record<MergeMode, Msg> = {
  replace: msg('admin.csv.modeReplace'),
  append: msg('admin.csv.modeAppend'),
  update: msg('admin.csv.modeUpdate'),
};

export interface Mapping {
  readonly hasHeader: boolean;
  /** Column index of the label, or null for none. */
  readonly label: number | null;
  /** Column index of the number. */
  readonly number: number;
}

// Header words in the languages of the editor (the export's own headings among them) and a few more.
const HEADER_WORDS =
  /^\s*(label|name|names|nom|namn|nome|nombre|naam|bezeichnung|beschriftung|ziel|libellé|étiquette|метка|подпись|имя|название|תווית|שם|number|numbers|no\.?|nr\.?|num|nummer|numéro|numero|número|phone|telephone|téléphone|telefon|tel\.?|rufnummer|номер|телефон|מספר|טלפון|speed ?dial|kurzwahl|numérotation abrégée|быстрый набор|חיוג מקוצר|position|index|#)\s*$/i;
/** A column that numbers the speed dials; the import places them in the order of the rows, so it is not used. */
const POSITION_HEADER = /^\s*(position|pos\.?|index|#|platz|место|позиция|מיקום)\s*$/i;
const LABEL_HEADER = /label|name|nom|namn|nome|nombre|naam|bezeichnung|beschriftung|ziel|libellé|étiquette|метка|подпись|имя|назван|תווית|שם/i;
const NUMBER_HEADER = /number|nummer|numéro|numero|número|^\s*(num|no\.?|nr\.?|tel\.?)\s*$|phone|telefon|téléphone|rufnummer|номер|телефон|מספר|טלפון/i;

/** What spreadsheets put between the digits of a phone number for readability; removed on import. */
const NUMBER_FORMATTING = /[\s\-./()\u00a0]/g;
/** Excel shows long numbers as 4.91E+11 and saves them that way. */
const SCIENTIFIC = /^\d+(?:[.,]\d+)?E\+?\d+$/i;

const countChars = (s: string): number => Array.from(s).length;

export function cleanNumber(raw: string): string {
  return raw.trim().replace(NUMBER_FORMATTING, '');
}

const looksLikeNumber = (cell: string): boolean => {
  const n = cleanNumber(cell);
  return n !== '' && DIAL_CHARS.test(n) && /\d/.test(n);
};

/** A first row of column names (“Label”, “Number”) rather than data. */
export function guessHeader(rows: readonly (readonly string[])[]): boolean {
  const first = rows[0];
  if (!first || rows.length < 2) return false;
  if (first.some((c) => HEADER_WORDS.test(c))) return true;
  const laterHasNumbers = rows.slice(1, 6).some((r) => r.some(looksLikeNumber));
  return laterHasNumbers && !first.some(looksLikeNumber);
}

export function columnCount(rows: readonly (readonly string[])[]): number {
  return rows.reduce((max, r) => Math.max(max, r.length), 0);
}

/** Which column holds the label and which the number: by the header's words, else by what the cells hold. */
export function guessMapping(rows: readonly (readonly string[])[], hasHeader: boolean): Mapping {
  const n = columnCount(rows);
  const header = hasHeader ? (rows[0] ?? []) : [];
  const data = hasHeader ? rows.slice(1) : rows;
  let number = header.findIndex((h) => NUMBER_HEADER.test(h));
  let label = header.findIndex((h, i) => i !== number && LABEL_HEADER.test(h));
  if (number === -1) {
    let best = -1;
    let bestScore = -1;
    for (let c = 0; c < n; c++) {
      if (c === label) continue;
      const score = data.filter((r) => looksLikeNumber(r[c] ?? '')).length;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    number = Math.max(best, 0);
  }
  if (label === -1) {
    // The first other column that holds text that is not a number.
    for (let c = 0; c < n && label === -1; c++) {
      if (c !== number && data.some((r) => (r[c] ?? '').trim() !== '' && !looksLikeNumber(r[c] ?? ''))) label = c;
    }
    for (let c = 0; c < n && label === -1; c++) if (c !== number) label = c;
  }
  return { hasHeader, label: label === -1 ? null : label, number };
}

/** A name for each column, for the mapping step: its header, or “Column 2 (e.g. Reception)”. */
export function columnNames(rows: readonly (readonly string[])[], hasHeader: boolean): Msg[] {
  const n = columnCount(rows);
  const names: Msg[] = [];
  for (let c = 0; c < n; c++) {
    const head = hasHeader ? (rows[0]?.[c] ?? '').trim() : '';
    const sample = (hasHeader ? rows.slice(1) : rows).map((r) => (r[c] ?? '').trim()).find((v) => v !== '');
    const column = c + 1;
    names.push(
      head
        ? msg('admin.csv.columnHeader', { column, header: head })
        : sample
          ? msg('admin.csv.columnExample', { column, example: sample.length > 20 ? `${sample.slice(0, 20)}…` : sample })
          : msg('admin.csv.column', { column }),
    );
  }
  return names;
}

export type RowOutcome =
  | { readonly kind: 'add'; readonly index: number }
  | { readonly kind: 'change'; readonly index: number; readonly before: SpeedDialValue }
  | { readonly kind: 'same'; readonly index: number }
  | { readonly kind: 'refuse'; readonly reasons: readonly Msg[] }
  | { readonly kind: 'blank' };

export interface PreviewRow {
  /** 1-based row of the CSV file, header included. */
  readonly row: number;
  readonly label: string;
  /** The number as it will be written (spaces and dashes removed). */
  readonly number: string;
  readonly outcome: RowOutcome;
  /** Things worth knowing that do not stop the row: cleaned-up number, characters the model cannot show. */
  readonly notes: readonly Msg[];
}

export interface ImportPlan {
  readonly rows: readonly PreviewRow[];
  /** The speed dial list after the import. */
  readonly speedDials: readonly SpeedDialValue[];
  readonly added: number;
  readonly changed: number;
  readonly same: number;
  readonly refused: number;
  /** Existing speed dials the import removes (replace all). */
  readonly removed: number;
  /** Rows added though a speed dial already in the file has the same label and number: they make copies. */
  readonly duplicates: number;
  /** Columns with data that are neither the label nor the number (nor `position`), named as the mapping step does. */
  readonly unusedColumns: readonly Msg[];
  /** That a column headed as the speed dials' places (“Position”) is not used, in words; null when there is none. */
  readonly position: Msg | null;
}

/** An entry with nothing to show: not in the file, or its lines have empty values. */
const isEmptyEntry = (e: SpeedDialValue | undefined): boolean => !e || ((e.label ?? '') === '' && (e.number ?? '') === '');
const norm = (label: string): string => label.trim().toLowerCase();

/** Why a row cannot be imported, or the cleaned values and notes. */
function checkRow(labelRaw: string, numberRaw: string, model: ModelId): { reasons: Msg[]; notes: Msg[]; label: string; number: string } {
  // The label as read: the export quotes a label with spaces at either end so that they come back, and they are
  // part of what the phone shows. Spaces are ignored only to match labels (`norm`).
  const label = labelRaw;
  const number = cleanNumber(numberRaw);
  const reasons: Msg[] = [];
  const notes: Msg[] = [];
  const labelLen = countChars(label);
  if (/[\u0000-\u001f\u007f-\u009f]/.test(label)) reasons.push(msg('admin.csv.labelControl'));
  if (number === '') {
    reasons.push(msg('admin.csv.noNumber'));
  } else if (SCIENTIFIC.test(numberRaw.trim())) {
    reasons.push(msg('admin.csv.scientific', { value: numberRaw.trim() }));
  } else {
    const bad = [...new Set([...number].filter((c) => !DIAL_CHARS.test(c)))];
    if (bad.length > 0) reasons.push(msg('admin.csv.cannotDial', { chars: listMsg(bad.map(quoted), 'comma') }));
    const max = SPEED_DIAL.numberMax ?? Infinity;
    if (countChars(number) > max) reasons.push(msg('admin.csv.numberTooLong', { count: countChars(number), max }));
  }
  if (reasons.length === 0) {
    // Imported as it is, as the editor keeps a long label: the phone shows its start (the preview shows where it ends).
    if (labelLen > SPEED_DIAL.labelMax) notes.push(msg('admin.csv.labelTooLong', { count: labelLen, max: SPEED_DIAL.labelMax }));
    // Against the cell as read, so that a space trimmed from the number is said too.
    if (number !== numberRaw) notes.push(msg('admin.csv.cleaned', { value: numberRaw }));
    const glyphs = label ? glyphWarning(label, model) : null;
    if (glyphs) notes.push(asMsg(glyphs));
  }
  return { reasons, notes, label, number };
}

/**
 * What importing the rows does to the current speed dials, row by row. Nothing changes until the caller applies
 * `speedDials`. `capacity` is the model's number of speed dials.
 */
export function planImport(current: readonly SpeedDialValue[], rows: readonly (readonly string[])[], mapping: Mapping, mode: MergeMode, model: ModelId, capacity: number): ImportPlan {
  // The list as it is, empty entries at its end included: an entry the import does not change keeps its lines,
  // and appended ones go after every entry the file has (an empty `ABKNAME002=` is not a free slot).
  const existing = current.slice();
  const result: SpeedDialValue[] = mode === 'replace' ? [] : existing.slice();
  const out: PreviewRow[] = [];
  const updatedBy = new Map<number, number>();
  let duplicates = 0;
  const overCapacity = msg('admin.csv.overCapacity', { model, capacity });
  const headerWidth = mapping.hasHeader ? (rows[0]?.length ?? 0) : null;
  rows.forEach((cells, i) => {
    const rowNo = i + 1;
    if (mapping.hasHeader && i === 0) return;
    const labelRaw = mapping.label === null ? '' : (cells[mapping.label] ?? '');
    const numberRaw = cells[mapping.number] ?? '';
    if (labelRaw.trim() === '' && numberRaw.trim() === '') {
      out.push({ row: rowNo, label: '', number: '', outcome: { kind: 'blank' }, notes: [] });
      return;
    }
    const { reasons, notes, label, number } = checkRow(labelRaw, numberRaw, model);
    // Cells past the header's columns belong to no column the user can map: each row that has them says so.
    const extra = headerWidth === null ? [] : cells.slice(headerWidth).filter((c) => c.trim() !== '');
    if (extra.length > 0) notes.push(msg('admin.csv.extraCells', { count: extra.length, cells: listMsg(extra.map(quoted), 'comma') }));
    const refuse = (r: Msg[]) => out.push({ row: rowNo, label, number, outcome: { kind: 'refuse', reasons: r }, notes: [] });
    if (reasons.length > 0) return refuse(reasons);
    if (mode === 'update' && label !== '') {
      const at = result.findIndex((e) => norm(e.label ?? '') === norm(label) && norm(label) !== '');
      if (at !== -1) {
        const earlier = updatedBy.get(at);
        if (earlier !== undefined) return refuse([msg('admin.csv.labelTwice', { label, row: earlier })]);
        updatedBy.set(at, rowNo);
        const before = result[at] as SpeedDialValue;
        if ((before.number ?? '') === number) {
          out.push({ row: rowNo, label, number, outcome: { kind: 'same', index: at + 1 }, notes });
        } else {
          result[at] = { label: before.label, number };
          out.push({ row: rowNo, label, number, outcome: { kind: 'change', index: at + 1, before }, notes });
        }
        return;
      }
    }
    if (result.length >= capacity) return refuse([overCapacity]);
    result.push({ label: label === '' ? undefined : label, number });
    const index = result.length;
    if (mode === 'update') updatedBy.set(index - 1, rowNo);
    const before = mode === 'replace' ? existing[index - 1] : undefined;
    if (mode !== 'replace') {
      const twin = existing.findIndex((e) => !isEmptyEntry(e) && (e.label ?? '') === label && (e.number ?? '') === number);
      if (twin !== -1) {
        notes.unshift(msg('admin.csv.duplicate', { index: twin + 1 }));
        duplicates++;
      }
    }
    let outcome: RowOutcome = { kind: 'add', index };
    if (before && !isEmptyEntry(before)) {
      if ((before.label ?? '') === label && (before.number ?? '') === number) {
        // A row said to be the same keeps the entry as it is: an empty label read back is `undefined` here, and
        // writing that would delete the file's `ABKNAME001=` line under a row that says nothing changes.
        result[index - 1] = before;
        outcome = { kind: 'same', index };
      } else {
        // Likewise an empty label line under a changed number stays: the row has no label, and neither had the entry.
        if (label === '' && before.label === '') result[index - 1] = { label: '', number };
        outcome = { kind: 'change', index, before };
      }
    }
    out.push({ row: rowNo, label, number, outcome, notes });
  });
  const count = (k: RowOutcome['kind']) => out.filter((r) => r.outcome.kind === k).length;
  // Every entry past the new list's end loses its lines, empty ones too; only replace ends the list earlier.
  const removed = existing.slice(result.length).filter(speedDialInFile).length;
  return { rows: out, speedDials: result, added: count('add'), changed: count('change'), same: count('same'), refused: count('refuse'), removed, duplicates, ...unused(rows, mapping) };
}

/** What the import leaves out of the file's columns, to be said: nothing the user's file holds is dropped unsaid. */
function unused(rows: readonly (readonly string[])[], mapping: Mapping): { unusedColumns: Msg[]; position: Msg | null } {
  const names = columnNames(rows, mapping.hasHeader);
  const data = mapping.hasHeader ? rows.slice(1) : rows;
  const unusedColumns: Msg[] = [];
  let position: Msg | null = null;
  names.forEach((name, c) => {
    if (c === mapping.label || c === mapping.number || !data.some((r) => (r[c] ?? '').trim() !== '')) return;
    const header = mapping.hasHeader ? (rows[0]?.[c] ?? '') : '';
    if (position === null && POSITION_HEADER.test(header)) position = msg('admin.import.positionUnused', { column: c + 1, header: header.trim() });
    else unusedColumns.push(name);
  });
  return { unusedColumns, position };
}

/*
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with =, +, - or @ as a formula, and some skip a
 * leading tab or carriage return first. A backup's label is text from anywhere (another administrator, a phone
 * user, a file off the FTP server), and `=HYPERLINK(…)` or `=cmd|…` in one would run when the export is opened
 * in Excel. So such a cell is written with an apostrophe in front, which makes it text. To keep the round trip
 * exact, a cell that starts with apostrophes before such a character gets one more too; the import takes exactly
 * one away from any cell of that shape, so every cell comes back as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const DEFUSED_FORMULA = /^'+[=+\-@\t\r]/;

/** A cell as written to the CSV: a formula-like start gets an apostrophe in front. */
export const defuseFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** A cell as read from a CSV: the apostrophe `defuseFormula` put in front is taken away again. */
export const restoreFormula = (cell: string): string => (DEFUSED_FORMULA.test(cell) ? cell.slice(1) : cell);

const quoteCell = (cell: string, d: Delimiter): string =>
  cell.includes(d) || cell.includes('"') || /[\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;

/** The export's column headings, in the user's language; the import knows them in every language. */
export type Headings = readonly [label: string, number: string];

/** The speed dials as CSV text: a `Label,Number` header, one row per speed dial in order, CRLF line ends. */
export function speedDialsCsv(speedDials: readonly SpeedDialValue[], delimiter: Delimiter = ',', headings: Headings = ['Label', 'Number']): string {
  const lines: string[][] = [[...headings]];
  for (const e of speedDials) if (!isEmptyEntry(e)) lines.push([e.label ?? '', e.number ?? '']);
  return lines.map((cells) => cells.map((c) => quoteCell(defuseFormula(c), delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/**
 * The CSV file's bytes: UTF-8 with a byte-order mark, which tells Excel the file is UTF-8 (without it, Excel
 * reads Cyrillic or accented labels as Windows-1252 and garbles them).
 */
export function speedDialsCsvBytes(speedDials: readonly SpeedDialValue[], delimiter: Delimiter = ',', headings?: Headings): Uint8Array {
  return encodeUtf8(`\uFEFF${speedDialsCsv(speedDials, delimiter, headings)}`);
}

/** Excel's `sep=;` first line names the delimiter; it is not data. */
export function excelSeparatorLine(text: string): { delimiter: Delimiter | null; rest: string } {
  const m = /^sep=(.)\r?\n/i.exec(text);
  if (!m) return { delimiter: null, rest: text };
  const d = m[1] === ',' || m[1] === ';' || m[1] === '\t' ? m[1] : null;
  return { delimiter: d, rest: text.slice(m[0].length) };
}
