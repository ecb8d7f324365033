import { describe, expect, it } from 'vitest';
import { emptyDocument, parseText, serializeText, type BackupDocument } from './document.ts';
import { effectiveLineIndex, getValue, insertLine, removeKey, removeLine, setLineText, setValue } from './edit.ts';
import { listKey, settingKey } from './keys.ts';
import { loadBytes } from './codec.ts';
import { fixture } from './test-fixtures.ts';

/** The spec §7 example as scripts/make-fixtures.mjs writes it (CRLF, a blank first line). */
function canonical(): BackupDocument {
  const loaded = loadBytes(fixture('canonical.txt'));
  if (!loaded.ok) throw new Error('canonical.txt does not load');
  return loaded.value.doc;
}
const texts = (doc: BackupDocument) => doc.lines.map((l) => l.text);

const contrast = settingKey('contrast');
const sd = (i: number, f: 'label' | 'number') => listKey('speedDial', i, f);
const fl = (i: number) => listKey('featureLabel', i, 'label');

/**
 * Where the one new line of `after` is and what it says, and whether every other line is the old one (the same
 * object, in the same order). The new line is the one with the id the document had free.
 */
function insertion(before: BackupDocument, after: BackupDocument): { at: number; text: string | undefined; othersKept: boolean } {
  const at = after.lines.findIndex((l) => l.id === before.nextId);
  const others = after.lines.filter((_, i) => i !== at);
  const othersKept = others.length === before.lines.length && others.every((line, i) => line === before.lines[i]);
  return { at, text: after.lines[at]?.text, othersKept };
}
const inserted = (at: number, text: string) => ({ at, text, othersKept: true });

describe('reading values: the last line wins (spec §3)', () => {
  const doc = parseText('\r\nContrast=5\r\nABKNAME1=A\r\ncontrast=7\r\nABKNAME001=B\r\n');

  it('getValue and effectiveLineIndex give the last line of a key', () => {
    expect(getValue(doc, contrast)).toBe('7');
    expect(effectiveLineIndex(doc, contrast)).toBe(3);
    // ABKNAME1 and ABKNAME001 are the same entry.
    expect(getValue(doc, sd(1, 'label'))).toBe('B');
    expect(effectiveLineIndex(doc, sd(1, 'label'))).toBe(4);
  });

  it('a key not in the file: undefined / -1', () => {
    expect(getValue(doc, settingKey('callTimer'))).toBeUndefined();
    expect(effectiveLineIndex(doc, settingKey('callTimer'))).toBe(-1);
  });
});

describe('setValue on a key in the file', () => {
  it('rewrites only that line, under the name spelling it already had, keeping its id and line end', () => {
    const doc = parseText('\nftpsrvr=10.0.0.1\nContrast=9\n');
    const next = setValue(doc, settingKey('ftpServer'), '10.0.0.2');
    expect(texts(next)).toEqual(['', 'ftpsrvr=10.0.0.2', 'Contrast=9']);
    expect(next.lines[1]).toMatchObject({ id: 1, eol: '\n', name: 'ftpsrvr', value: '10.0.0.2', key: settingKey('ftpServer') });
    expect(next.lines[0]).toBe(doc.lines[0]);
    expect(next.lines[2]).toBe(doc.lines[2]);
    expect(next.nextId).toBe(doc.nextId);
  });

  it('keeps an unpadded index', () => {
    const doc = parseText('\r\nABKNAME7=Lab\r\nContrast=9\r\n');
    expect(texts(setValue(doc, sd(7, 'label'), 'Lab 2'))).toEqual(['', 'ABKNAME7=Lab 2', 'Contrast=9']);
  });

  it('never edits a name with spaces of its own in place of the setting: the phone reads it as another name', () => {
    const doc = parseText('\r\nCall Timer =1\r\n Contrast=9\r\n');
    expect(getValue(doc, settingKey('callTimer'))).toBeUndefined();
    const next = setValue(setValue(doc, settingKey('callTimer'), '0'), contrast, '10');
    // The spaced lines keep their bytes; the settings get lines of their own, under their canonical names.
    expect(texts(next)).toEqual(['', 'Call Timer =1', ' Contrast=9', 'Call Timer=0', 'Contrast=10']);
    expect(next.lines[1]).toBe(doc.lines[1]);
    expect(next.lines[2]).toBe(doc.lines[2]);
    // Taking the setting out of the file again leaves them too.
    expect(texts(removeKey(next, settingKey('callTimer')))).toEqual(['', 'Call Timer =1', ' Contrast=9', 'Contrast=10']);
  });

  it('writes the value exactly as given, spaces included', () => {
    expect(getValue(setValue(canonical(), sd(1, 'label'), '  Front  '), sd(1, 'label'))).toBe('  Front  ');
    expect(getValue(setValue(canonical(), sd(1, 'label'), ''), sd(1, 'label'))).toBe('');
  });

  it('a duplicated key: the last line is edited, the earlier ones are left alone', () => {
    const doc = parseText('\r\nContrast=5\r\nCall Timer=1\r\nCONTRAST=7\r\n');
    const next = setValue(doc, contrast, '12');
    expect(texts(next)).toEqual(['', 'Contrast=5', 'Call Timer=1', 'CONTRAST=12']);
    expect(getValue(next, contrast)).toBe('12');
  });

  it('the same value returns the same document', () => {
    const doc = canonical();
    expect(setValue(doc, contrast, '9')).toBe(doc);
  });
});

describe('setValue on a key not in the file: one canonical line next to its kind', () => {
  it('a speed dial entry goes after the entry before it, zero-padded', () => {
    const doc = canonical();
    const next = setValue(doc, sd(3, 'label'), 'Lab');
    expect(insertion(doc, next)).toEqual(inserted(5, 'ABKNAME003=Lab'));
    const next2 = setValue(next, sd(3, 'number'), '4417');
    expect(insertion(next, next2)).toEqual(inserted(6, 'ABKNUMBER003=4417'));
  });

  it('a missing number goes right after its label; a label right before its number', () => {
    const doc = parseText('\r\nABKNAME001=A\r\nABKNAME002=B\r\nABKNUMBER002=2\r\n');
    expect(insertion(doc, setValue(doc, sd(1, 'number'), '1'))).toEqual(inserted(2, 'ABKNUMBER001=1'));
    const doc2 = parseText('\r\nABKNUMBER005=5\r\n');
    expect(insertion(doc2, setValue(doc2, sd(5, 'label'), 'E'))).toEqual(inserted(1, 'ABKNAME005=E'));
  });

  it('indices are padded to 3 (speed dials) and 2 (feature labels)', () => {
    const doc = canonical();
    expect(texts(setValue(doc, sd(42, 'number'), '1'))).toContain('ABKNUMBER042=1');
    expect(texts(setValue(doc, sd(108, 'label'), 'x'))).toContain('ABKNAME108=x');
    expect(texts(setValue(doc, fl(2), 'Park'))).toContain('PHNLABEL02=Park');
    expect(insertion(doc, setValue(doc, fl(2), 'Park'))).toEqual(inserted(6, 'PHNLABEL02=Park'));
  });

  it('a setting goes after the setting before it in catalog order, under its canonical name', () => {
    const doc = canonical();
    // Redial comes right after Personalized Ring in the catalog.
    expect(insertion(doc, setValue(doc, settingKey('redial'), '0'))).toEqual(inserted(7, 'Redial=0'));
    // FTP User Name after FTP Directory Path, at the end.
    expect(insertion(doc, setValue(doc, settingKey('ftpUser'), 'me'))).toEqual(inserted(13, 'FTP User Name=me'));
  });

  it('a setting that sorts before every setting in the file goes before the first of them', () => {
    const doc = parseText('\r\nContrast=9\r\nCall Timer=1\r\n');
    expect(insertion(doc, setValue(doc, settingKey('personalizedRing'), '2'))).toEqual(inserted(1, 'Personalized Ring=2'));
  });

  it('the first of its kind goes before the kinds that follow it (speed dials, feature labels, settings)', () => {
    const settingsOnly = parseText('\r\nContrast=9\r\n');
    expect(insertion(settingsOnly, setValue(settingsOnly, sd(1, 'label'), 'A'))).toEqual(inserted(1, 'ABKNAME001=A'));
    expect(insertion(settingsOnly, setValue(settingsOnly, fl(1), 'B'))).toEqual(inserted(1, 'PHNLABEL01=B'));
    const dialsAndSettings = parseText('\r\nABKNAME001=A\r\nContrast=9\r\n');
    expect(insertion(dialsAndSettings, setValue(dialsAndSettings, fl(1), 'B'))).toEqual(inserted(2, 'PHNLABEL01=B'));
  });

  it('the first of the last kind goes after the last data line, before trailing blank lines', () => {
    const doc = parseText('\r\nABKNAME001=A\r\n# note\r\n\r\n\r\n');
    expect(insertion(doc, setValue(doc, contrast, '9'))).toEqual(inserted(3, 'Contrast=9'));
  });

  it('unknown lines do not count as neighbours', () => {
    const doc = parseText('\r\nMystery=1\r\nContrast=9\r\n');
    expect(insertion(doc, setValue(doc, sd(1, 'label'), 'A'))).toEqual(inserted(2, 'ABKNAME001=A'));
  });

  it('never before the blank first line; into a document with no lines at position 0', () => {
    const empty = emptyDocument();
    const next = setValue(empty, contrast, '9');
    expect(texts(next)).toEqual(['', 'Contrast=9']);
    expect(serializeText(next)).toBe('\r\nContrast=9\r\n');
    const none = parseText('');
    expect(serializeText(setValue(none, contrast, '9'))).toBe('\r\nContrast=9\r\n');
  });

  it('the new line takes the document’s line end, the next id, and is classified', () => {
    const doc = parseText('\nContrast=9\n');
    const next = setValue(doc, settingKey('callTimer'), '1');
    const line = next.lines.find((l) => l.text === 'Call Timer=1');
    expect(line).toMatchObject({ eol: '\n', id: doc.nextId, kind: 'setting', key: settingKey('callTimer'), value: '1' });
    expect(next.nextId).toBe(doc.nextId + 1);
    expect(serializeText(next)).toBe('\nCall Timer=1\nContrast=9\n');
  });

  it('no final newline is kept when the new line goes last, and untouched when it goes in the middle', () => {
    const doc = parseText('\r\nContrast=9');
    expect(serializeText(setValue(doc, settingKey('transferType'), '1'))).toBe('\r\nContrast=9\r\nTransfer Type=1');
    expect(serializeText(setValue(doc, settingKey('callTimer'), '1'))).toBe('\r\nCall Timer=1\r\nContrast=9');
  });
});

describe('removeKey: every line of the key, so the phone keeps its own value', () => {
  it('removes duplicates and every spelling of the name', () => {
    const doc = parseText('\r\nFTPSRVR=1.1.1.1\r\nABKNAME7=A\r\nFTP Server IP Address=2.2.2.2\r\nABKNAME007=B\r\nftpsrvr=3.3.3.3\r\n');
    const next = removeKey(doc, settingKey('ftpServer'));
    expect(texts(next)).toEqual(['', 'ABKNAME7=A', 'ABKNAME007=B']);
    expect(texts(removeKey(next, sd(7, 'label')))).toEqual(['']);
  });

  it('leaves other lines as they were (the same objects)', () => {
    const doc = canonical();
    const next = removeKey(doc, contrast);
    expect(next.lines).toEqual(doc.lines.filter((l) => l.text !== 'Contrast=9'));
    next.lines.forEach((l) => expect(doc.lines).toContain(l));
  });

  it('a key not in the file returns the same document', () => {
    const doc = canonical();
    expect(removeKey(doc, settingKey('transferType'))).toBe(doc);
  });

  it('no final newline is kept when the last line goes', () => {
    const doc = parseText('\r\nCall Timer=1\r\nContrast=9');
    expect(serializeText(removeKey(doc, contrast))).toBe('\r\nCall Timer=1');
    expect(serializeText(removeKey(doc, settingKey('callTimer')))).toBe('\r\nContrast=9');
  });

  it('a final newline is not removed when the last line goes', () => {
    expect(serializeText(removeKey(parseText('\r\nCall Timer=1\r\nContrast=9\r\n'), contrast))).toBe('\r\nCall Timer=1\r\n');
  });
});

describe('removeLine, setLineText, insertLine', () => {
  it('removeLine removes one line by id; unknown id → same document', () => {
    const doc = parseText('\r\nContrast=5\r\nContrast=7\r\n');
    const next = removeLine(doc, 2);
    expect(texts(next)).toEqual(['', 'Contrast=5']);
    expect(getValue(next, contrast)).toBe('5');
    expect(removeLine(doc, 99)).toBe(doc);
  });

  it('removeLine of the last line keeps no final newline', () => {
    expect(serializeText(removeLine(parseText('\nA=1\nB=2'), 2))).toBe('\nA=1');
  });

  it('setLineText replaces the whole text and classifies it again, keeping id and line end', () => {
    const doc = parseText('\r\n# contrast 9\r\nCall Timer=1');
    const next = setLineText(doc, 1, 'Contrast=9');
    expect(next.lines[1]).toMatchObject({ id: 1, eol: '\r\n', kind: 'setting', key: contrast, value: '9' });
    expect(getValue(next, contrast)).toBe('9');
    expect(setLineText(next, 1, '')).toMatchObject({ lines: [{ kind: 'blank' }, { kind: 'blank', id: 1 }, { kind: 'setting' }] });
    expect(setLineText(doc, 2, 'x').lines[2]).toMatchObject({ kind: 'other', eol: '' });
  });

  it('setLineText with the same text or an unknown id returns the same document', () => {
    const doc = canonical();
    expect(setLineText(doc, 8, 'Contrast=9')).toBe(doc);
    expect(setLineText(doc, 99, 'x')).toBe(doc);
  });

  it('insertLine in the middle: the document’s line end, a new id', () => {
    const doc = parseText('\nA=1\nB=2\n');
    const next = insertLine(doc, 2, '# note');
    expect(serializeText(next)).toBe('\nA=1\n# note\nB=2\n');
    expect(next.lines[2]).toMatchObject({ id: 3, kind: 'other' });
    expect(next.nextId).toBe(4);
  });

  it('insertLine at the end of a file without a final newline keeps it without one', () => {
    const doc = parseText('\r\nA=1');
    expect(serializeText(insertLine(doc, 2, 'B=2'))).toBe('\r\nA=1\r\nB=2');
    expect(serializeText(insertLine(parseText('\r\nA=1\r\n'), 2, 'B=2'))).toBe('\r\nA=1\r\nB=2\r\n');
  });
});

describe('a removal keeps the bytes of every line left', () => {
  it('a blank line left last in a file with no final newline keeps its line end: it is still in the file read again', () => {
    const doc = parseText('\r\nContrast=7\r\n\r\nCall Timer=1');
    const after = removeKey(doc, settingKey('callTimer'));
    expect(serializeText(after)).toBe('\r\nContrast=7\r\n\r\n');
    expect(parseText(serializeText(after)).lines.map((l) => l.text)).toEqual(after.lines.map((l) => l.text));
    // The only line but the first taken out: the file keeps its blank first line, not 0 bytes.
    expect(serializeText(removeKey(parseText('\r\nCall Timer=1'), settingKey('callTimer')))).toBe('\r\n');
  });

  it('a line ended by a lone CR and a blank line ended by LF, brought together, stay two lines', () => {
    const doc = parseText('\r\nFOO=1\rCall Timer=1\n\n');
    const after = removeKey(doc, settingKey('callTimer'));
    expect(after.lines.map((l) => [l.text, l.eol])).toEqual([['', '\r\n'], ['FOO=1', '\r'], ['', '\r']]);
    const again = parseText(serializeText(after));
    expect(again.lines.map((l) => [l.text, l.eol])).toEqual(after.lines.map((l) => [l.text, l.eol]));
  });

  it('a file with no final newline still has none when its last line goes', () => {
    expect(serializeText(removeKey(parseText('\r\nContrast=7\r\nCall Timer=1'), settingKey('callTimer')))).toBe('\r\nContrast=7');
  });
});
