import { describe, expect, it } from 'vitest';
import { parseText } from '../format/document.ts';
import { teachNames } from '../format/keys.ts';
import { english } from '../i18n/english.ts';
import { otherLines } from './other-lines.ts';

const file = (...lines: string[]) => parseText(['', ...lines].map((l) => `${l}\r\n`).join(''));

describe('otherLines: what no typed field shows', () => {
  it('non-setting lines, unknown names, overridden duplicates and settings of another model or protocol; not blanks', () => {
    const doc = file('# note', 'Mystery=1', 'Contrast=5', 'Contrast=9', 'Transfer Type=1', 'Phone Application Background Color=2', '', 'ABKNAME001=A');
    expect(otherLines(doc, '4620SW', 'h323').map((o) => [o.line.text, english(o.reason)])).toEqual([
      ['# note', 'Not a NAME=value line; the phone ignores it.'],
      ['Mystery=1', 'A name the editor does not know; the phone ignores names it does not know.'],
      ['Contrast=5', 'Given again further down; the phone uses the last one, so this line has no effect.'],
      ['Transfer Type=1', 'Transfer Type is not a setting of the 4620SW with H.323; it stays in the file.'],
      ['Phone Application Background Color=2', 'Phone Application Background Color is not a setting of the 4620SW with H.323; it stays in the file.'],
    ]);
  });

  it('a spaced name looks like the setting’s name, not like the name a profile writes it under', () => {
    teachNames(new Map(), new Map([['setting:callTimer', 'PHNTIMERS']]));
    try {
      expect(otherLines(file('Call  Timer=1'), '4620SW', 'h323').map((o) => english(o.reason))).toEqual(['Looks like “Call Timer” but for its spaces; the phone reads spaces as part of the name, so it does not recognise this line.']);
    } finally {
      teachNames(new Map(), new Map());
    }
  });

  it('follows the model and protocol', () => {
    const doc = file('Transfer Type=1', 'Phone Application Background Color=2');
    expect(otherLines(doc, '4625SW', 'sip')).toEqual([]);
    expect(otherLines(doc, '4625SW', 'h323').map((o) => o.line.text)).toEqual(['Transfer Type=1']);
  });

  it('feature button labels past the model’s buttons: the 4622SW has 12, the 4620SW 24', () => {
    const doc = file('PHNLABEL12=Twelve', 'PHNLABEL13=Thirteen');
    expect(otherLines(doc, '4620SW', 'h323')).toEqual([]);
    expect(otherLines(doc, '4622SW', 'h323').map((o) => o.line.text)).toEqual(['PHNLABEL13=Thirteen']);
  });

  it('a known name with spaces of its own is shown as not recognised by the phone, with why', () => {
    const doc = file('Call Timer =1', ' Contrast=9', 'Call Timer=0');
    expect(otherLines(doc, '4620SW', 'h323').map((o) => [o.line.text, english(o.reason)])).toEqual([
      ['Call Timer =1', 'Looks like “Call Timer” but for its spaces; the phone reads spaces as part of the name, so it does not recognise this line.'],
      [' Contrast=9', 'Looks like “Contrast” but for its spaces; the phone reads spaces as part of the name, so it does not recognise this line.'],
    ]);
  });

  it('a first line that is not NAME=value says the phone may skip it', () => {
    const [first] = otherLines(parseText('# hello\r\nContrast=9\r\n'), '4620SW', 'h323');
    expect(first && english(first.reason)).toBe(
      'Not a NAME=value line (and the first line, which the phone may skip).',
    );
  });
});
