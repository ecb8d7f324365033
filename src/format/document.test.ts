import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLine, emptyDocument, needsLeadingBlank, parseText, sameText, serializeText, type Line, type SettingLine } from './document.ts';
import { insertLine, removeLine, setLineText } from './edit.ts';
import { listKey, settingKey } from './keys.ts';

const texts = (lines: readonly Line[]) => lines.map((l) => l.text);
const eols = (lines: readonly Line[]) => lines.map((l) => l.eol);

function setting(text: string): SettingLine {
  const line = classifyLine(0, text, '\r\n');
  if (line.kind !== 'setting') throw new Error(`${text} is not a setting line`);
  return line;
}

describe('parseText: lines and line ends (spec §3)', () => {
  it('CRLF lines: texts without the line end, each line keeps CRLF; the document takes CRLF', () => {
    const doc = parseText('\r\nA=1\r\nB=2\r\n');
    expect(texts(doc.lines)).toEqual(['', 'A=1', 'B=2']);
    expect(eols(doc.lines)).toEqual(['\r\n', '\r\n', '\r\n']);
    expect(doc.eol).toBe('\r\n');
  });

  it('LF lines: the document takes LF for new lines', () => {
    const doc = parseText('\nA=1\nB=2\n');
    expect(eols(doc.lines)).toEqual(['\n', '\n', '\n']);
    expect(doc.eol).toBe('\n');
  });

  it('a mixed file keeps each line’s own end; new lines take the first line’s', () => {
    const doc = parseText('\nA=1\r\nB=2\nC=3\r\n');
    expect(eols(doc.lines)).toEqual(['\n', '\r\n', '\n', '\r\n']);
    expect(doc.eol).toBe('\n');
    expect(parseText('A=1\r\nB=2\n').eol).toBe('\r\n');
  });

  it('no final newline: the last line has no line end', () => {
    const doc = parseText('\r\nA=1\r\nB=2');
    expect(texts(doc.lines)).toEqual(['', 'A=1', 'B=2']);
    expect(eols(doc.lines)).toEqual(['\r\n', '\r\n', '']);
  });

  it('a text with no line end at all gets CRLF for new lines, as a new file does', () => {
    expect(parseText('A=1').eol).toBe('\r\n');
    expect(parseText('').eol).toBe('\r\n');
    expect(parseText('').lines).toEqual([]);
  });

  it('a lone CR ends a line, as in the editors that write one (old Macs), and is written back as it was', () => {
    const text = '\r\nA=1\rB=2\r\n';
    const doc = parseText(text);
    expect(texts(doc.lines)).toEqual(['', 'A=1', 'B=2']);
    expect(doc.lines.map((l) => l.eol)).toEqual(['\r\n', '\r', '\r\n']);
    expect((doc.lines[1] as SettingLine).value).toBe('1');
    expect(serializeText(doc)).toBe(text);
    // CR CR LF: a line ended by a lone CR, then an empty line ended by CRLF.
    expect(parseText('A=1\r\r\n').lines.map((l) => [l.text, l.eol])).toEqual([['A=1', '\r'], ['', '\r\n']]);
    // A CR-only file: its first line end is the one new lines (and the blank first line) get.
    const mac = parseText('Contrast=9\rCall Timer=1\r');
    expect(texts(mac.lines)).toEqual(['Contrast=9', 'Call Timer=1']);
    expect(mac.eol).toBe('\r');
    expect(serializeText(mac)).toBe('\rContrast=9\rCall Timer=1\r');
    // A stray lone CR before the first CRLF does not make new lines end in lone CRs.
    expect(parseText('\rA=1\r\nB=2\r\n').eol).toBe('\r\n');
    expect(parseText('A=1\rB=2\nC=3\r\n').eol).toBe('\n');
    // A CR as the very last character is that line's end.
    expect(parseText('A=1\r').lines.map((l) => [l.text, l.eol])).toEqual([['A=1', '\r']]);
  });

  it('ids are the line positions at load time, and nextId follows them', () => {
    const doc = parseText('\r\nA=1\r\n\r\nB=2\r\n');
    expect(doc.lines.map((l) => l.id)).toEqual([0, 1, 2, 3]);
    expect(doc.nextId).toBe(4);
  });
});

describe('classifyLine: one item a line, NAME=value split at the first = (spec §3)', () => {
  it('splits at the first =; the value keeps any further = signs', () => {
    const line = setting('FTP Directory Path=/a=b/c=');
    expect(line.name).toBe('FTP Directory Path');
    expect(line.value).toBe('/a=b/c=');
    expect(line.key).toBe(settingKey('ftpDirectory'));
  });

  it('keeps the value exactly, spaces included, and an empty value', () => {
    expect(setting('ABKNAME001=  Front desk  ').value).toBe('  Front desk  ');
    expect(setting('ABKNAME001=').value).toBe('');
    expect(setting('Contrast=\t9').value).toBe('\t9');
  });

  it('matches names case-insensitively, aliases included (spec §3, §4)', () => {
    expect(setting('contrast=9').key).toBe(settingKey('contrast'));
    expect(setting('CONTRAST=9').key).toBe(settingKey('contrast'));
    expect(setting('FTPSRVR=1.2.3.4').key).toBe(settingKey('ftpServer'));
    expect(setting('ftpsrvr=1.2.3.4').key).toBe(settingKey('ftpServer'));
    expect(setting('abkname7=Lab').key).toBe(listKey('speedDial', 7, 'label'));
    // The name itself is kept as written.
    expect(setting('ftpsrvr=1.2.3.4').name).toBe('ftpsrvr');
  });

  it('spaces are part of the name (1600 guide): a known name with spaces of its own is not that setting, only like it', () => {
    const line = setting('Contrast = 9');
    expect(line).toMatchObject({ name: 'Contrast ', value: ' 9', key: null, looksLike: settingKey('contrast') });
    expect(setting('Call Timer =1')).toMatchObject({ name: 'Call Timer ', key: null, looksLike: settingKey('callTimer') });
    expect(setting(' Call Timer=1')).toMatchObject({ name: ' Call Timer', key: null, looksLike: settingKey('callTimer') });
    expect(setting('  Call Timer=1')).toMatchObject({ key: null, looksLike: settingKey('callTimer') });
    // Spaces within that differ from the catalog's: doubled, a tab, or none where the catalog has one.
    expect(setting('Call  Timer=1')).toMatchObject({ key: null, looksLike: settingKey('callTimer') });
    expect(setting('Call\tTimer=1')).toMatchObject({ key: null, looksLike: settingKey('callTimer') });
    expect(setting('CallTimer=1')).toMatchObject({ key: null, looksLike: settingKey('callTimer') });
    // Aliases and list lines alike, in any letter case.
    expect(setting(' phntimers=1')).toMatchObject({ key: null, looksLike: settingKey('callTimer') });
    expect(setting('ABKNAME001 =Reception')).toMatchObject({ key: null, looksLike: listKey('speedDial', 1, 'label') });
    // The names as the catalog writes them are the settings themselves, with nothing they look like.
    expect(setting('Contrast=9')).toMatchObject({ key: settingKey('contrast'), looksLike: null });
    expect(setting('Call Timer=1')).toMatchObject({ key: settingKey('callTimer'), looksLike: null });
    // The line is kept byte for byte: its text, its name and its value with their spaces.
    expect(setting(' Call Timer = 1 ').text).toBe(' Call Timer = 1 ');
  });

  it('an unknown name is a setting line with a null key, kept as it is', () => {
    expect(setting('Mystery=42')).toMatchObject({ kind: 'setting', name: 'Mystery', value: '42', key: null, looksLike: null });
    expect(setting('   =x')).toMatchObject({ key: null, looksLike: null });
    expect(setting('Call Timer 2=1')).toMatchObject({ key: null, looksLike: null });
  });

  it('a line starting with = has no name: it is an "other" line', () => {
    expect(classifyLine(0, '=value', '\n').kind).toBe('other');
  });

  it('lines without = are "other" unless blank', () => {
    expect(classifyLine(0, '# comment', '\n').kind).toBe('other');
    expect(classifyLine(0, 'Contrast', '\n').kind).toBe('other');
  });

  it('empty and whitespace-only lines are blank (ignored by the phone, kept)', () => {
    for (const t of ['', ' ', '\t', '  \t ', '\u00a0', '\r']) expect(classifyLine(0, t, '\n').kind, JSON.stringify(t)).toBe('blank');
  });

  it('a line holding U+FEFF is not blank: as a first line it would be written as a byte-order mark', () => {
    expect(classifyLine(0, '\uFEFF', '\n').kind).toBe('other');
    expect(classifyLine(0, ' \uFEFF ', '\n').kind).toBe('other');
  });

  it('keeps the exact text, id and line end on every kind', () => {
    for (const t of ['', 'x', 'A=1']) {
      const line = classifyLine(7, t, '\r\n');
      expect(line).toMatchObject({ id: 7, text: t, eol: '\r\n' });
    }
  });
});

describe('serializeText: the lines as they are, after a blank first line if needed (spec §3)', () => {
  it('a document whose first line is blank is written back exactly', () => {
    for (const text of ['\r\nA=1\r\n', '\nA=1\nB=2', '  \r\nx\n', '\r\n', '\n\n\n']) {
      expect(serializeText(parseText(text))).toBe(text);
    }
  });

  it('a first line that is not blank gets a blank line before it, with the document’s line end', () => {
    expect(serializeText(parseText('A=1\r\nB=2\r\n'))).toBe('\r\nA=1\r\nB=2\r\n');
    expect(serializeText(parseText('A=1\nB=2\n'))).toBe('\nA=1\nB=2\n');
    expect(serializeText(parseText('# comment\n'))).toBe('\n# comment\n');
    expect(serializeText(parseText('A=1'))).toBe('\r\nA=1');
  });

  it('an empty text becomes one blank CRLF line', () => {
    expect(serializeText(parseText(''))).toBe('\r\n');
  });

  it('a first line of only U+FEFF gets a blank line before it, so the file never starts with a BOM', () => {
    expect(serializeText(parseText('\uFEFF\r\nContrast=9\r\n'))).toBe('\r\n\uFEFF\r\nContrast=9\r\n');
  });

  it('needsLeadingBlank follows the first line’s kind', () => {
    expect(needsLeadingBlank(parseText('\r\nA=1'))).toBe(false);
    expect(needsLeadingBlank(parseText('A=1'))).toBe(true);
    expect(needsLeadingBlank(parseText('x'))).toBe(true);
    expect(needsLeadingBlank(parseText(''))).toBe(true);
  });

  it('emptyDocument: one blank line, CRLF unless told otherwise', () => {
    expect(serializeText(emptyDocument())).toBe('\r\n');
    expect(serializeText(emptyDocument('\n'))).toBe('\n');
    expect(emptyDocument()).toMatchObject({ eol: '\r\n', nextId: 1 });
    expect(needsLeadingBlank(emptyDocument())).toBe(false);
  });
});

describe('sameText: whether two documents save as the same text, without writing them out', () => {
  const text = fc.array(fc.constantFrom('', 'A=1', 'A=2', 'B=', 'x', ' ', '\uFEFF'), { maxLength: 6 }).chain((lines) =>
    fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: lines.length, maxLength: lines.length }).map((ends) => lines.map((l, i) => l + (ends[i] ?? '')).join('')),
  );
  type Edit = { kind: 'set' | 'insert' | 'remove'; at: number; text: string };
  const edits = fc.array(fc.record({ kind: fc.constantFrom<Edit['kind']>('set', 'insert', 'remove'), at: fc.nat(7), text: fc.constantFrom('', 'A=1', 'A=2', 'x', ' ') }), { maxLength: 4 });
  const edited = (doc: ReturnType<typeof parseText>, list: readonly Edit[]) =>
    list.reduce((d, e) => {
      const line = d.lines[e.at % Math.max(1, d.lines.length)];
      if (e.kind === 'insert') return insertLine(d, Math.min(e.at, d.lines.length), e.text);
      if (!line) return d;
      return e.kind === 'set' ? setLineText(d, line.id, e.text) : removeLine(d, line.id);
    }, doc);

  it('agrees with comparing the saved texts, for a document and its edits (which share lines) and for unrelated documents', () => {
    fc.assert(
      fc.property(text, edits, edits, text, (t, e1, e2, other) => {
        const doc = parseText(t);
        const a = edited(doc, e1);
        const b = edited(doc, e2);
        for (const [x, y] of [[a, b], [doc, a], [a, parseText(other)], [a, parseText(serializeText(a))]] as const) {
          expect(sameText(x, y)).toBe(serializeText(x) === serializeText(y));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a value typed and typed back is the same text; one character more is not', () => {
    const doc = parseText('\r\nA=1\r\nB=2\r\nC=3');
    const b = doc.lines[2] as Line;
    expect(sameText(doc, setLineText(setLineText(doc, b.id, 'B=22'), b.id, 'B=2'))).toBe(true);
    expect(sameText(doc, setLineText(doc, b.id, 'B=22'))).toBe(false);
  });
});
