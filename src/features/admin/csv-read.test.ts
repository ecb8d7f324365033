import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeUtf8 } from '../../format/text-codec.ts';
import { english } from '../../i18n/english.ts';
import { guessHeader, guessMapping, planImport, speedDialsCsvBytes, type Delimiter } from '../../model/admin/csv.ts';
import { readCsv } from './csv-read.ts';

async function rowsOf(bytes: Uint8Array, d: ',' | ';' | '\t' | 'auto' = 'auto') {
  const r = await readCsv(bytes, d);
  if (!r.ok) throw new Error(english(r.error));
  return r.value;
}

describe('readCsv', () => {
  it('guesses comma, semicolon and tab', async () => {
    expect((await rowsOf(encodeUtf8('Label,Number\r\nReception,200\r\n'))).rows).toEqual([['Label', 'Number'], ['Reception', '200']]);
    const semi = await rowsOf(encodeUtf8('Label;Number\nSmith, J;200\n'));
    expect(semi.delimiter).toBe(';');
    expect(semi.rows).toEqual([['Label', 'Number'], ['Smith, J', '200']]);
    expect((await rowsOf(encodeUtf8('Label\tNumber\nA\t1\n'))).delimiter).toBe('\t');
  });

  it('uses a delimiter the user gives', async () => {
    expect((await rowsOf(encodeUtf8('a;b,c\n'), ',')).rows).toEqual([['a;b', 'c']]);
  });

  it('reads quoted fields with delimiters, quotes and line breaks', async () => {
    expect((await rowsOf(encodeUtf8('"Smith, J ""Jo""",200\r\n"Two\r\nlines",1\r\n'))).rows).toEqual([
      ['Smith, J "Jo"', '200'],
      ['Two\r\nlines', '1'],
    ]);
  });

  it('removes a UTF-8 byte-order mark and says so', async () => {
    const r = await rowsOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...encodeUtf8('Помощь,1\r\n')]));
    expect(r.rows).toEqual([['Помощь', '1']]);
    expect(english(r.encoding)).toBe('UTF-8 with a byte-order mark');
  });

  it('reads Windows-1252 as Excel writes it', async () => {
    // "Müller;200" and "Café €;201" in Windows-1252.
    const bytes = Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x32, 0x30, 0x30, 0x0d, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x3b, 0x32, 0x30, 0x31, 0x0d, 0x0a]);
    const r = await rowsOf(bytes);
    expect(r.rows).toEqual([['Müller', '200'], ['Café €', '201']]);
    expect(r.delimiter).toBe(';');
    expect(english(r.encoding)).toMatch(/^Windows-1252/);
  });

  it('reads a UTF-8 file with a stray Windows-1252 byte, and says so in words', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Помощь;1\r\nCaf'), 0xe9, ...new TextEncoder().encode(';2\r\n')]);
    const r = await rowsOf(bytes);
    expect(r.rows).toEqual([['Помощь', '1'], ['Café', '2']]);
    expect(english(r.encoding)).toBe('UTF-8, with some bytes read as Windows-1252');
  });

  it('reads UTF-16 (Excel’s Unicode text, tab-separated)', async () => {
    const text = 'Label\tNumber\r\nКухня\t210\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect((await rowsOf(bytes)).rows).toEqual([['Label', 'Number'], ['Кухня', '210']]);
  });

  it('follows Excel’s sep= line', async () => {
    const r = await rowsOf(encodeUtf8('sep=;\r\nLabel;Number\r\nA,B;1\r\n'));
    expect(r.rows).toEqual([['Label', 'Number'], ['A,B', '1']]);
  });

  it('keeps blank rows in the middle (row numbers match the file) and drops them at the end', async () => {
    expect((await rowsOf(encodeUtf8('A,1\r\n\r\nB,2\r\n\r\n\r\n'))).rows).toEqual([['A', '1'], [''], ['B', '2']]);
  });

  it('refuses empty and binary files in plain words', async () => {
    const empty = await readCsv(new Uint8Array(0), 'auto');
    expect(!empty.ok && english(empty.error)).toBe('The CSV file is empty. Save the spreadsheet as CSV again and pick that file.');
    const xlsx = await readCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'auto');
    expect(xlsx.ok).toBe(false);
  });
});

describe('formulas in the export (CSV injection)', () => {
  it('takes away exactly the apostrophe the export put before a formula-like cell', async () => {
    const bytes = speedDialsCsvBytes([
      { label: '=HYPERLINK("x")', number: '1' },
      { label: "'=already", number: '2' },
      { label: "'quoted", number: '3' },
      { label: 'a=b', number: '4' },
    ]);
    expect((await rowsOf(bytes, ',')).rows).toEqual([['Label', 'Number'], ['=HYPERLINK("x")', '1'], ["'=already", '2'], ["'quoted", '3'], ['a=b', '4']]);
  });

  it('an unchanged cell of that shape from another program loses its apostrophe, as the export would have added it', async () => {
    expect((await rowsOf(encodeUtf8("'+49 89,1\r\n"), ',')).rows).toEqual([['+49 89', '1']]);
  });

  it('every label comes back as it was, whatever it starts with, with each separator', async () => {
    const chars = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", '"', ',', ';', ' ', 'a', 'Ж', '1');
    const label = fc.array(chars, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(label, { minLength: 1, maxLength: 4 }), fc.constantFrom<Delimiter>(',', ';', '\t'), async (labels, d) => {
        const rows = (await rowsOf(speedDialsCsvBytes(labels.map((l, i) => ({ label: l, number: String(100 + i) })), d), d)).rows;
        expect(rows.slice(1).map((r) => r[0])).toEqual(labels);
      }),
      { numRuns: 300 },
    );
  });
});

describe('export → import round trip', () => {
  it('a label with spaces at either end comes back as it was', async () => {
    const current = [{ label: ' Reception ', number: '200' }];
    const { rows } = await rowsOf(speedDialsCsvBytes(current));
    const plan = planImport(current, rows, guessMapping(rows, guessHeader(rows)), 'replace', '4620SW', 108);
    expect(plan.rows.map((r) => r.outcome.kind)).toEqual(['same']);
    expect(plan.speedDials).toEqual(current);
  });
});

describe('a quote papaparse cannot read', () => {
  it('is refused, naming its row, rather than read as one label that swallows the rows after it', async () => {
    for (const text of ['Label,Number\r\n"Smith" Jr,200\r\nSales,300\r\nSupport,400\r\n', 'Label,Number\r\nA,1\r\n"Smith,200\r\nSales,300\r\n']) {
      const r = await readCsv(encodeUtf8(text), 'auto');
      expect(r.ok ? 'read' : english(r.error), text).toMatch(/^Row [23] has a quotation mark that is not closed.*Nothing is imported/);
    }
    const given = await readCsv(encodeUtf8('Label,Number\r\n"Smith" Jr,200\r\nSales,300\r\n'), ',');
    expect(!given.ok && english(given.error)).toMatch(/^Row 2 /);
  });

  it('a delimiter that reads every quote wins over one that does not', async () => {
    const r = await rowsOf(encodeUtf8('"A";"1"\r\n"B";"2"\r\n'));
    expect(r.delimiter).toBe(';');
    expect(r.rows).toEqual([['A', '1'], ['B', '2']]);
  });
});
