import { decodeBytes, type Encoding } from '../../format/decode.ts';
import { err, ok, type Result } from '../../format/result.ts';
import { msg, type Msg } from '../../catalog/msg.ts';
import { excelSeparatorLine, restoreFormula, type Delimiter } from '../../model/admin/csv.ts';

/**
 * A CSV file's bytes → rows, with the habits of spreadsheets: UTF-8 with or without a byte-order mark,
 * Windows-1252 (Excel's "CSV" on Western Windows), UTF-16 (Excel's "Unicode text"); comma, semicolon or tab,
 * guessed or given; Excel's `sep=;` first line. papaparse is loaded only here, when a CSV is imported.
 */

export interface CsvRead {
  readonly rows: string[][];
  readonly delimiter: Delimiter;
  /** How the bytes were read, in words: “UTF-8”, “UTF-8 with a byte-order mark”, “Windows-1252”. */
  readonly encoding: Msg;
}

const ENCODING_WORDS: Record<Encoding, Msg> = {
  'utf-8': msg('admin.csv.utf8'),
  'windows-1252': msg('admin.csv.windows1252'),
  'utf-8+windows-1252': msg('admin.csv.mixed'),
  'utf-16le': msg('admin.csv.utf16le'),
  'utf-16be': msg('admin.csv.utf16be'),
};

interface Parsed {
  readonly rows: string[][];
  /** The 1-based row of the first quote papaparse could not read, or null: the rows from there on ran together. */
  readonly badQuoteRow: number | null;
}

/** At most this many columns: a speed dial list has a label and a number, and perhaps a few more. */
const MAX_COLUMNS = 100;

/** At most this many bytes: a speed dial list is a few KB. */
const CSV_LIMIT = 2 * 1024 * 1024;

export async function readCsv(bytes: Uint8Array, delimiter: Delimiter | 'auto'): Promise<Result<CsvRead, Msg>> {
  const decoded = decodeBytes(bytes, CSV_LIMIT);
  if (!decoded.ok) {
    switch (decoded.error.kind) {
      case 'empty':
        return err(msg('admin.csv.readEmpty'));
      case 'too-large':
        return err(msg('admin.csv.readTooLarge'));
      default:
        return err(msg('admin.csv.readNotText'));
    }
  }
  const { text: raw, encoding, bom } = decoded.value;
  const { delimiter: fromSepLine, rest } = excelSeparatorLine(raw);
  const mod = await import('papaparse');
  const Papa = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const parse = (d: Delimiter): Parsed => {
    const result = Papa.parse<string[]>(rest, { delimiter: d, skipEmptyLines: false, header: false, dynamicTyping: false });
    // restoreFormula undoes the apostrophe the export puts before a formula-like cell (see defuseFormula).
    const rows = result.data.map((r) => r.map((c) => restoreFormula(String(c))));
    // The file's last line end gives one empty row; blank rows at the end are not data.
    while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((c) => c.trim() === '')) rows.pop();
    // A quote not closed (or text after a closing one) makes papaparse read every row after it into one cell: the
    // rows it gives then are not the file's, and an import built from them would write a label no one typed.
    const quoteRows = result.errors.filter((e) => e.type === 'Quotes').map((e) => (e.row ?? 0) + 1);
    return { rows, badQuoteRow: quoteRows.length > 0 ? Math.min(...quoteRows) : null };
  };
  let d: Delimiter = delimiter === 'auto' ? (fromSepLine ?? ',') : delimiter;
  let parsed = parse(d);
  if (delimiter === 'auto' && !fromSepLine) {
    // papaparse's own guess trips over short files; the delimiter that splits most rows alike wins, and one that
    // reads every quote beats one that does not (`"A";B` is a quote gone wrong only to a comma).
    for (const other of [';', '\t'] as const) {
      const p = parse(other);
      const better = (p.badQuoteRow === null) === (parsed.badQuoteRow === null) ? score(p.rows) > score(parsed.rows) : p.badQuoteRow === null;
      if (better) {
        d = other;
        parsed = p;
      }
    }
  }
  const { rows, badQuoteRow } = parsed;
  // Refused, not offered with a warning: the rows after the quote are lost into one cell, and the file is the
  // user's to correct.
  if (badQuoteRow !== null) return err(msg('admin.csv.readQuote', { row: badQuoteRow }));
  if (rows.length === 0) return err(msg('admin.csv.readNoRows'));
  // A list of speed dials has a few columns; a file of thousands (a row of one cell per byte) would give as many
  // column choices and names to draw. Refused, as a file too large is.
  const columns = rows.reduce((max, r) => Math.max(max, r.length), 0);
  if (columns > MAX_COLUMNS) return err(msg('admin.csv.readTooWide', { count: columns, max: MAX_COLUMNS }));
  const name = ENCODING_WORDS[encoding];
  return ok({ rows, delimiter: d, encoding: bom ? msg('admin.csv.withBom', { encoding: name }) : name });
}

/** How well a delimiter splits the rows: how many have the most common number of columns (more than one). */
function score(rows: readonly (readonly string[])[]): number {
  const counts = new Map<number, number>();
  for (const r of rows.slice(0, 100)) if (r.some((c) => c.trim() !== '')) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let best = 0;
  for (const [columns, n] of counts) if (columns > 1) best = Math.max(best, n * 1000 + columns);
  return best;
}
