import { describe, expect, it } from 'vitest';
import { parseText } from '../../format/document.ts';
import { english } from '../../i18n/english.ts';
import { diffDocuments, diffLines, diffSettings as diff, valueWords as words } from './diff.ts';

// The changes with their words in English.
const diffSettings: (...a: Parameters<typeof diff>) => unknown[] = (...a) =>
  diff(...a).map((c) => ({ ...c, what: english(c.what), beforeWords: english(c.beforeWords), afterWords: english(c.afterWords) }));
const valueWords = (...a: Parameters<typeof words>) => english(words(...a));
import { settingById } from '../../catalog/catalog.ts';

const A = parseText('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nCall Timer=0\r\nContrast=9\r\nFOO=bar\r\nPHNLABEL01=Pickup\r\n');
const B = parseText('\r\nABKNAME001=Reception\r\nABKNUMBER001=201\r\nCall Timer=1\r\nfoo=baz\r\nPHNLABEL01=Pickup\r\nDisplay Language=French\r\n');

describe('diffSettings', () => {
  it('lists changed, added and removed settings in the telephone’s words, in the editor’s order', () => {
    expect(diffSettings(A, B)).toEqual([
      { key: 'speedDial:1:number', what: 'Speed dial 1 number', kind: 'changed', before: '200', after: '201', beforeWords: '“200”', afterWords: '“201”' },
      { key: 'setting:callTimer', what: 'Call Timer', kind: 'changed', before: '0', after: '1', beforeWords: 'Off (0)', afterWords: 'On (1)' },
      { key: 'setting:contrast', what: 'Contrast', kind: 'removed', before: '9', after: undefined, beforeWords: '9', afterWords: 'not in the file' },
      { key: 'setting:displayLanguage', what: 'Display Language', kind: 'added', before: undefined, after: 'French', beforeWords: 'not in the file', afterWords: 'French' },
      { key: 'name:foo', what: 'foo', kind: 'changed', before: 'bar', after: 'baz', beforeWords: '“bar”', afterWords: '“baz”' },
    ]);
  });

  it('the last line of a name wins, as on the phone; an alias is the same setting', () => {
    const a = parseText('\r\nContrast=3\r\nContrast=9\r\n');
    const b = parseText('\r\nContrast=9\r\n');
    expect(diffSettings(a, b)).toEqual([]);
    expect(diffSettings(parseText('\r\nPHNTIMERS=1\r\n'), parseText('\r\nCall Timer=1\r\n'))).toEqual([]);
  });

  it('names values the telephone does not know', () => {
    expect(valueWords(settingById('callTimer'), '7')).toBe('“7” (not a value the telephone knows)');
    expect(valueWords(settingById('displayLanguage'), 'English')).toBe('English');
    expect(valueWords(settingById('contrast'), '9')).toBe('9');
    expect(valueWords(settingById('contrast'), 'nine')).toBe('“nine”');
  });
});

describe('diffLines', () => {
  it('marks removed and added lines with their numbers, removals first', () => {
    expect(diffLines(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      { kind: 'same', text: 'a', beforeNo: 1, afterNo: 1 },
      { kind: 'removed', text: 'b', beforeNo: 2 },
      { kind: 'added', text: 'x', afterNo: 2 },
      { kind: 'same', text: 'c', beforeNo: 3, afterNo: 3 },
      { kind: 'same', text: 'd', beforeNo: 4, afterNo: 4 },
      { kind: 'added', text: 'e', afterNo: 5 },
    ]);
  });

  it('finds the longest common part', () => {
    const ops = diffLines(['1', '2', '3', '4', '5'], ['0', '2', '4', '5', '6']);
    expect(ops.filter((o) => o.kind === 'same').map((o) => o.text)).toEqual(['2', '4', '5']);
    expect(ops.filter((o) => o.kind === 'removed').map((o) => o.text)).toEqual(['1', '3']);
    expect(ops.filter((o) => o.kind === 'added').map((o) => o.text)).toEqual(['0', '6']);
  });

  it('identical files give only same lines', () => {
    expect(diffLines(['a', 'b'], ['a', 'b']).every((o) => o.kind === 'same')).toBe(true);
  });

  it('compares documents as saved, with the blank first line, and notes line-end changes', () => {
    const d = diffDocuments(parseText('Contrast=9\n'), parseText('\r\nContrast=9\r\n'));
    expect(d.lines.every((o) => o.kind === 'same')).toBe(true);
    expect(d.eolChanged).toBe(true);
    const e = diffDocuments(A, B);
    expect(e.lines.filter((o) => o.kind === 'removed').map((o) => o.text)).toEqual(['ABKNUMBER001=200', 'Call Timer=0', 'Contrast=9', 'FOO=bar']);
    expect(e.lines.filter((o) => o.kind === 'added').map((o) => o.text)).toEqual(['ABKNUMBER001=201', 'Call Timer=1', 'foo=baz', 'Display Language=French']);
  });
});

describe('line ends, line by line', () => {
  it('a line that alone ends otherwise, or a missing final line end, is a line that differs, its end named', () => {
    const lf = diffDocuments(parseText('\r\nContrast=9\r\nCall Timer=1\r\n'), parseText('\r\nContrast=9\r\nCall Timer=1\n'));
    expect(lf.eolChanged).toBe(false);
    expect(lf.lines.filter((o) => o.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'Call Timer=1', beforeNo: 3 },
      { kind: 'added', text: 'Call Timer=1', eol: '\n', afterNo: 3 },
    ]);
    const none = diffDocuments(parseText('\r\nContrast=9\r\n'), parseText('\r\nContrast=9'));
    expect(none.lines.filter((o) => o.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'Contrast=9', beforeNo: 2 },
      { kind: 'added', text: 'Contrast=9', eol: '', afterNo: 2 },
    ]);
  });

  it('a whole file’s line end changed is said once, not as every line removed and added', () => {
    const d = diffDocuments(parseText('\r\nContrast=9\r\nCall Timer=1\r\n'), parseText('\nContrast=9\nCall Timer=1\n'));
    expect(d.eolChanged).toBe(true);
    expect(d.lines.every((o) => o.kind === 'same')).toBe(true);
  });
});

describe('names with spaces (spec §3)', () => {
  it('a name with a space of its own is another name to the phone, and is shown quoted', () => {
    expect(diffSettings(parseText('\r\nREDIALMODE=1\r\n'), parseText('\r\nREDIALMODE =1\r\n'))).toEqual([
      { key: 'name:redialmode', what: 'REDIALMODE', kind: 'removed', before: '1', after: undefined, beforeWords: '“1”', afterWords: 'not in the file' },
      { key: 'name:redialmode ', what: '“REDIALMODE ”', kind: 'added', before: undefined, after: '1', beforeWords: 'not in the file', afterWords: '“1”' },
    ]);
    expect(diffSettings(parseText('\r\nREDIALMODE=1\r\n'), parseText('\r\nredialmode=1\r\n'))).toEqual([]);
  });
});
