import { describe, expect, it } from 'vitest';
import { english } from '../../i18n/english.ts';
import { cleanNumber, columnNames, defuseFormula, excelSeparatorLine, guessHeader, guessMapping, planImport, restoreFormula, speedDialsCsv, speedDialsCsvBytes } from './csv.ts';
import type { SpeedDialValue } from '../values.ts';
import { newDecoder } from '../../format/text-codec.ts';
import { parseText, serializeText } from '../../format/document.ts';
import { applyValues, valuesOf } from '../values.ts';

const current: SpeedDialValue[] = [
  { label: 'Reception', number: '200' },
  { label: 'Helpdesk', number: '4411' },
];

describe('header and column guessing', () => {
  it('recognises a header by its words, in several languages', () => {
    expect(guessHeader([['Label', 'Number'], ['Reception', '200']])).toBe(true);
    expect(guessHeader([['Name', 'Rufnummer'], ['Empfang', '200']])).toBe(true);
    expect(guessHeader([['Nom', 'Numéro'], ['Accueil', '200']])).toBe(true);
  });

  it('recognises a header by having no number where the data has them', () => {
    expect(guessHeader([['Who', 'Where'], ['Reception', '200']])).toBe(true);
    expect(guessHeader([['Reception', '200'], ['Helpdesk', '4411']])).toBe(false);
    expect(guessHeader([['Reception', '200']])).toBe(false);
  });

  it('maps columns by header words, in any order', () => {
    expect(guessMapping([['Number', 'Label'], ['200', 'Reception']], true)).toEqual({ hasHeader: true, label: 1, number: 0 });
    expect(guessMapping([['Position', 'Name', 'Phone'], ['1', 'Reception', '200']], true)).toEqual({ hasHeader: true, label: 1, number: 2 });
  });

  it('maps columns by content without a header', () => {
    expect(guessMapping([['200', 'Reception'], ['4411', 'Helpdesk']], false)).toEqual({ hasHeader: false, label: 1, number: 0 });
    expect(guessMapping([['Reception', '0 800 123-45'], ['Helpdesk', '*88#4411']], false)).toEqual({ hasHeader: false, label: 0, number: 1 });
  });

  it('a single column is the number, with no label', () => {
    expect(guessMapping([['200'], ['201']], false)).toEqual({ hasHeader: false, label: null, number: 0 });
  });

  it('names columns by header or by an example', () => {
    expect(columnNames([['Label', 'Number'], ['Reception', '200']], true).map(english)).toEqual(['Column 1: Label', 'Column 2: Number']);
    expect(columnNames([['Reception', '200']], false).map(english)).toEqual(['Column 1 (e.g. Reception)', 'Column 2 (e.g. 200)']);
  });

  it('reads Excel’s sep= line', () => {
    expect(excelSeparatorLine('sep=;\r\nA;B\r\n')).toEqual({ delimiter: ';', rest: 'A;B\r\n' });
    expect(excelSeparatorLine('A;B')).toEqual({ delimiter: null, rest: 'A;B' });
  });

  it('removes spreadsheet formatting from numbers', () => {
    expect(cleanNumber(' 0 800 (123) 45-67 ')).toBe('08001234567');
  });
});

describe('planImport', () => {
  const rows = [
    ['Label', 'Number'],
    ['Kitchen', '210'],
    ['Helpdesk', '4412'],
    ['A label far too long', '1'],
    ['Bad', '+49 89 1234'],
    ['', ''],
    ['Sci', '4.91E+11'],
  ];
  const mapping = { hasHeader: true, label: 0, number: 1 };

  it('append adds after the existing entries and refuses with reasons; a long label is imported with a note, as the editor keeps one', () => {
    const plan = planImport(current, rows, mapping, 'append', '4620SW', 108);
    expect(plan.rows.map((r) => [r.row, r.outcome.kind])).toEqual([
      [2, 'add'],
      [3, 'add'],
      [4, 'add'],
      [5, 'refuse'],
      [6, 'blank'],
      [7, 'refuse'],
    ]);
    expect(plan.rows[0]?.outcome).toEqual({ kind: 'add', index: 3 });
    expect(plan.rows[2]?.notes.map(english)).toEqual(['The label has 20 characters; the phone shows the first 13.']);
    const reasons = plan.rows.flatMap((r) => (r.outcome.kind === 'refuse' ? r.outcome.reasons.map(english) : []));
    expect(reasons).toEqual([
      'Number has characters the phone cannot dial: “+”. Use only digits, * and #, and a comma for a pause.',
      'Excel turned the number into “4.91E+11”. Format the column as Text in the spreadsheet and save the CSV again.',
    ]);
    expect(plan.speedDials).toEqual([...current, { label: 'Kitchen', number: '210' }, { label: 'Helpdesk', number: '4412' }, { label: 'A label far too long', number: '1' }]);
    expect([plan.added, plan.changed, plan.refused, plan.removed]).toEqual([3, 0, 2, 0]);
  });

  it('update by label changes the number of a matching entry (case-insensitively) and adds the rest', () => {
    const plan = planImport(current, [['helpdesk', '4412'], ['Reception', '200'], ['Kitchen', '210'], ['HELPDESK', '9']], { hasHeader: false, label: 0, number: 1 }, 'update', '4620SW', 108);
    expect(plan.rows.map((r) => (r.outcome.kind === 'refuse' ? { ...r.outcome, reasons: r.outcome.reasons.map(english) } : r.outcome))).toEqual([
      { kind: 'change', index: 2, before: { label: 'Helpdesk', number: '4411' } },
      { kind: 'same', index: 1 },
      { kind: 'add', index: 3 },
      { kind: 'refuse', reasons: ['The label “HELPDESK” is already in row 1; only the first one is used.'] },
    ]);
    expect(plan.speedDials).toEqual([{ label: 'Reception', number: '200' }, { label: 'Helpdesk', number: '4412' }, { label: 'Kitchen', number: '210' }]);
  });

  it('replace all numbers from 1 and counts what it removes', () => {
    const plan = planImport([...current, { label: 'Old', number: '1' }], [['Reception', '200'], ['Kitchen', '210']], { hasHeader: false, label: 0, number: 1 }, 'replace', '4620SW', 108);
    expect(plan.rows.map((r) => r.outcome)).toEqual([
      { kind: 'same', index: 1 },
      { kind: 'change', index: 2, before: { label: 'Helpdesk', number: '4411' } },
    ]);
    expect(plan.removed).toBe(1);
    expect(plan.speedDials).toEqual([{ label: 'Reception', number: '200' }, { label: 'Kitchen', number: '210' }]);
  });

  it('refuses rows over capacity', () => {
    const many = Array.from({ length: 50 }, (_, i) => [`S${i + 1}`, String(100 + i)]);
    const plan = planImport([], many, { hasHeader: false, label: 0, number: 1 }, 'append', '4610SW', 48);
    expect(plan.added).toBe(48);
    expect(plan.refused).toBe(2);
    const over = plan.rows[48]?.outcome;
    expect(over?.kind === 'refuse' && over.reasons.map(english)).toEqual(['Over capacity: the 4610SW holds 48 speed dials.']);
  });

  it('notes cleaned numbers and characters the model cannot show, without refusing', () => {
    const plan = planImport([], [['Помощь', '0 800-12']], { hasHeader: false, label: 0, number: 1 }, 'append', '4620', 108);
    expect(plan.rows[0]?.outcome.kind).toBe('add');
    expect(plan.rows[0]?.number).toBe('080012');
    expect(plan.rows[0]?.notes.map(english)).toEqual(['Spaces and dashes removed from “0 800-12”.', 'Помощь: the 4620 cannot show Cyrillic; the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can.']);
  });

  it('refuses a row with a label and no number; accepts a number without a label', () => {
    const plan = planImport([], [['Nobody', ''], ['', '200']], { hasHeader: false, label: 0, number: 1 }, 'append', '4620SW', 108);
    expect(plan.rows.map((r) => r.outcome.kind)).toEqual(['refuse', 'add']);
    expect(plan.speedDials).toEqual([{ label: undefined, number: '200' }]);
  });
});

describe('CSV export', () => {
  it('writes a header and one row per speed dial, quoting where needed, CRLF', () => {
    const csv = speedDialsCsv([{ label: 'Reception', number: '200' }, { label: undefined, number: undefined }, { label: 'Smith, J "Jo"', number: '*88#4411' }]);
    expect(csv).toBe('Label,Number\r\nReception,200\r\n"Smith, J ""Jo""",*88#4411\r\n');
    expect(speedDialsCsv([{ label: 'A;B', number: '1' }], ';')).toBe('Label;Number\r\n"A;B";1\r\n');
  });

  it('starts the bytes with a UTF-8 byte-order mark for Excel', () => {
    const bytes = speedDialsCsvBytes([{ label: 'Помощь', number: '1' }]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(newDecoder('utf-8', true).decode(bytes.subarray(3))).toBe('Label,Number\r\nПомощь,1\r\n');
  });
});

describe('formulas in the export (CSV injection)', () => {
  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+49', '-5', '@SUM(A1)', '\tx', '\rx']) expect(defuseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['Reception', '200', 'a=b', ' =x', "'quoted", '']) expect(defuseFormula(cell)).toBe(cell);
  });

  it('one more apostrophe before apostrophes that lead to a formula, so the import can tell them apart', () => {
    expect(defuseFormula("'=x")).toBe("''=x");
    expect(defuseFormula("''-x")).toBe("'''-x");
  });

  it('the import takes exactly that apostrophe away, so every cell comes back as it was', () => {
    for (const cell of ['=1+1', '+49', '-5', '@x', '\tx', '\rx', "'=x", "''-x", "'quoted", "'", 'Reception', '', "a'=b"]) expect(restoreFormula(defuseFormula(cell))).toBe(cell);
    expect(restoreFormula("'quoted")).toBe("'quoted");
  });

  it('the export defuses labels, quoting still where the cell needs it', () => {
    expect(speedDialsCsv([{ label: '=HYPERLINK("http://x")', number: '1' }, { label: '-Lobby', number: '2' }])).toBe('Label,Number\r\n"\'=HYPERLINK(""http://x"")",1\r\n\'-Lobby,2\r\n');
    expect(speedDialsCsv([{ label: '\tTab', number: '1' }], '\t')).toBe('Label\tNumber\r\n"\'\tTab"\t1\r\n');
  });

  it('writes the headings it is given (the user’s language)', () => {
    expect(speedDialsCsv([{ label: 'Empfang', number: '200' }], ';', ['Beschriftung', 'Rufnummer'])).toBe('Beschriftung;Rufnummer\r\nEmpfang;200\r\n');
  });

  it('recognises the export’s headings in every language of the editor', () => {
    for (const [label, number] of [['Beschriftung', 'Rufnummer'], ['Libellé', 'Numéro'], ['Метка', 'Номер'], ['Подпись', 'Номер'], ['תווית', 'מספר']] as const) {
      const rows = [[label, number], ['X', '200']];
      expect(guessHeader(rows)).toBe(true);
      expect(guessMapping(rows, true)).toEqual({ hasHeader: true, label: 0, number: 1 });
    }
  });
});

describe('planImport keeps what it does not change (first law)', () => {
  const mapping = { hasHeader: true, label: 0, number: 1 };
  const importInto = (text: string, rows: string[][], mode: 'append' | 'update' | 'replace') => {
    const doc = parseText(text);
    const values = valuesOf(doc, '4620SW');
    const plan = planImport(values.speedDials, rows, mapping, mode, '4620SW', 108);
    return { plan, after: serializeText(applyValues(doc, { ...values, speedDials: plan.speedDials.slice() }, '4620SW')) };
  };
  const withEmpty = '\r\nABKNAME001=Alice\r\nABKNUMBER001=100\r\nABKNAME002=\r\nABKNUMBER002=\r\n';

  it('update leaves a trailing speed dial with empty values as it is', () => {
    const { plan, after } = importInto(withEmpty, [['Label', 'Number'], ['Alice', '200']], 'update');
    expect(after).toBe('\r\nABKNAME001=Alice\r\nABKNUMBER001=200\r\nABKNAME002=\r\nABKNUMBER002=\r\n');
    expect([plan.changed, plan.removed]).toEqual([1, 0]);
  });

  it('update leaves a lone empty label line after the last speed dial', () => {
    const { after } = importInto('\r\nABKNAME001=Alice\r\nABKNUMBER001=100\r\nABKNAME005=\r\n', [['Label', 'Number'], ['Alice', '200']], 'update');
    expect(after).toBe('\r\nABKNAME001=Alice\r\nABKNUMBER001=200\r\nABKNAME005=\r\n');
  });

  it('append adds after a trailing empty speed dial instead of writing over it', () => {
    const { plan, after } = importInto(withEmpty, [['Label', 'Number'], ['Bob', '300']], 'append');
    expect(plan.rows[0]?.outcome).toEqual({ kind: 'add', index: 3 });
    expect(after).toBe(`${withEmpty}ABKNAME003=Bob\r\nABKNUMBER003=300\r\n`);
    expect(plan.removed).toBe(0);
  });

  it('replace counts an empty speed dial it removes', () => {
    const { plan, after } = importInto(withEmpty, [['Label', 'Number'], ['Bob', '300']], 'replace');
    expect(after).toBe('\r\nABKNAME001=Bob\r\nABKNUMBER001=300\r\n');
    expect(plan.removed).toBe(1);
  });
});

describe('planImport warns of copies', () => {
  it('counts and notes rows that add a speed dial the file already has (the export imported again)', () => {
    const rows = [['Label', 'Number'], ['Reception', '200'], ['Helpdesk', '4411'], ['Kitchen', '210']];
    const plan = planImport(current, rows, { hasHeader: true, label: 0, number: 1 }, 'append', '4620SW', 108);
    expect(plan.duplicates).toBe(2);
    expect(plan.rows.map((r) => r.notes.map(english))).toEqual([
      ['Speed dial 1 already has this label and number; importing adds a copy.'],
      ['Speed dial 2 already has this label and number; importing adds a copy.'],
      [],
    ]);
  });

  it('update by label and replace make no copies', () => {
    const rows = [['Reception', '200'], ['Helpdesk', '4411']];
    const mapping = { hasHeader: false, label: 0, number: 1 };
    expect(planImport(current, rows, mapping, 'update', '4620SW', 108).duplicates).toBe(0);
    expect(planImport(current, rows, mapping, 'replace', '4620SW', 108).duplicates).toBe(0);
  });
});

describe('replace keeps an entry it reports as the same', () => {
  it('an empty label line (ABKNAME001=) survives a row that says "same"', () => {
    const file = '\r\nABKNAME001=\r\nABKNUMBER001=200\r\nABKNAME002=Bob\r\nABKNUMBER002=300\r\n';
    const doc = parseText(file);
    const values = valuesOf(doc, '4620SW');
    const rows = [['Label', 'Number'], ['', '200'], ['Bob', '301']];
    const plan = planImport(values.speedDials, rows, { hasHeader: true, label: 0, number: 1 }, 'replace', '4620SW', 108);
    expect(plan.rows.map((r) => r.outcome.kind)).toEqual(['same', 'change']);
    const after = serializeText(applyValues(doc, { ...values, speedDials: plan.speedDials.slice() }, '4620SW'));
    expect(after).toBe('\r\nABKNAME001=\r\nABKNUMBER001=200\r\nABKNAME002=Bob\r\nABKNUMBER002=301\r\n');
  })
  it('and under a changed number', () => {
    const doc = parseText('\r\nABKNAME001=\r\nABKNUMBER001=200\r\n');
    const values = valuesOf(doc, '4620SW');
    const plan = planImport(values.speedDials, [['', '201']], { hasHeader: false, label: 0, number: 1 }, 'replace', '4620SW', 108);
    expect(serializeText(applyValues(doc, { ...values, speedDials: plan.speedDials.slice() }, '4620SW'))).toBe('\r\nABKNAME001=\r\nABKNUMBER001=201\r\n');
  });
});

describe('the import keeps a label as read', () => {
  it('spaces at either end of a label come back (the export quoted them); labels still match without them', () => {
    const bytes = speedDialsCsvBytes([{ label: ' Reception ', number: '200' }]);
    expect(newDecoder('utf-8', true).decode(bytes.subarray(3))).toBe('Label,Number\r\n" Reception ",200\r\n');
    const rows = [['Label', 'Number'], [' Reception ', '200']];
    const replace = planImport([{ label: ' Reception ', number: '200' }], rows, { hasHeader: true, label: 0, number: 1 }, 'replace', '4620SW', 108);
    expect(replace.rows[0]?.outcome).toEqual({ kind: 'same', index: 1 });
    expect(replace.speedDials).toEqual([{ label: ' Reception ', number: '200' }]);
    const update = planImport([{ label: 'Reception', number: '200' }], [[' reception ', '201']], { hasHeader: false, label: 0, number: 1 }, 'update', '4620SW', 108);
    expect(update.rows[0]?.outcome.kind).toBe('change');
    expect(update.speedDials).toEqual([{ label: 'Reception', number: '201' }]);
  });

  it('a number with a space at its end is cleaned, and the note says so', () => {
    const plan = planImport([{ label: 'A', number: '200' }], [['A', '200 ']], { hasHeader: false, label: 0, number: 1 }, 'replace', '4620SW', 108);
    expect(plan.rows[0]?.outcome).toEqual({ kind: 'same', index: 1 });
    expect(plan.rows[0]?.notes.map(english)).toEqual(['Spaces and dashes removed from “200 ”.']);
  });
});

const plan = (rows: string[][]) => planImport([], rows, guessMapping(rows, true), 'append', '4620SW', 108);

describe('planImport says what it does not import', () => {
  it('names each column with data that is neither the label nor the number', () => {
    const p = plan([['Label', 'Number', 'Notes', 'Empty'], ['A', '200', 'VIP', ''], ['B', '201', '', '']]);
    expect(p.unusedColumns.map(english)).toEqual(['Column 3: Notes']);
    expect(p.position).toBeNull();
    expect(plan([['Label', 'Number'], ['A', '200']]).unusedColumns).toEqual([]);
  });

  it('notes a row with cells past the header’s columns, and names that column', () => {
    const p = plan([['Label', 'Number'], ['A', '200', 'extra', ' '], ['B', '201']]);
    expect(p.rows.map((r) => r.notes.map(english))).toEqual([['A cell past the header’s columns is not imported: “extra”.'], []]);
    expect(p.unusedColumns.map(english)).toEqual(['Column 3 (e.g. extra)']);
  });

  it('says a Position column is not used: the rows’ order places the speed dials', () => {
    const p = plan([['Position', 'Label', 'Number'], ['5', 'A', '200']]);
    expect(p.rows[0]?.outcome).toEqual({ kind: 'add', index: 1 });
    expect(p.position && english(p.position)).toBe('Column 1 (Position) is not used: speed dials take their places in the order of the rows, whatever this column says.');
    expect(p.unusedColumns).toEqual([]);
  });
});
