import { describe, expect, it } from 'vitest';
import { parseText } from './document.ts';
import { parseFileName } from './file-name.ts';
import { english } from '../i18n/english.ts';
import { inferModel } from './infer-model.ts';
import { loadBytes } from './codec.ts';
import { fixture } from './test-fixtures.ts';

const doc = (...lines: string[]) => parseText(['', ...lines].map((l) => `${l}\r\n`).join(''));
// The reasons and conflicts in English, as the tests read them.
const infer = (fileName: string | null, ...lines: string[]) => {
  const r = inferModel(fileName === null ? null : parseFileName(fileName), doc(...lines));
  return { ...r, reasons: r.reasons.map(english), modelReason: r.modelReason && english(r.modelReason), conflicts: r.conflicts.map(english) };
};

describe('inferModel from the file name (spec §2)', () => {
  it('a 4610 name: the 4610SW, H.323', () => {
    const r = infer('4711_4610data.txt', 'Contrast=9');
    expect(r).toMatchObject({ model: '4610SW', protocol: 'h323', conflicts: [] });
    expect(r.reasons).toContain('The file name says the 4610 family.');
    expect(r.reasons).toContain('H.323: the name has no _sip.');
  });

  it('a 4620 name: the 4620 family’s default model (4620SW), since the name never tells the exact model', () => {
    const r = infer('4711_4620data.txt', 'Contrast=9');
    expect(r).toMatchObject({ model: '4620SW', protocol: 'h323', conflicts: [] });
    expect(r.reasons.join(' ')).toMatch(/cannot tell which 4620-family model/);
  });

  it('_sip: SIP, for either family', () => {
    expect(infer('4711_4620data_sip.txt')).toMatchObject({ model: '4620SW', protocol: 'sip' });
    expect(infer('4711_4610data_sip.txt')).toMatchObject({ model: '4610SW', protocol: 'sip' });
    expect(infer('4711_4610data_sip.txt').reasons).toContain('SIP: the name ends in _sip.');
  });

  it('a Release 2.0 name without EXT_ tells the family and protocol just the same', () => {
    expect(infer('4610data.txt')).toMatchObject({ model: '4610SW', protocol: 'h323', conflicts: [] });
    expect(infer('4620data_sip.txt')).toMatchObject({ model: '4620SW', protocol: 'sip', conflicts: [] });
  });
});

describe('inferModel from the content', () => {
  it('an unknown name and nothing telling: the 4620 family, H.323, both said to be assumed', () => {
    const r = infer('backup.txt', 'Contrast=9');
    expect(r).toMatchObject({ model: '4620SW', protocol: 'h323', conflicts: [] });
    expect(r.reasons).toContain('Nothing in the name or content tells the family; the 4620 family is assumed.');
    expect(r.reasons).toContain('H.323 is assumed: nothing in the name or content tells the protocol.');
  });

  it('an unknown name with 4625SW colour settings: the 4625SW', () => {
    const r = infer(null, 'Phone Application Background Color=3');
    expect(r.model).toBe('4625SW');
    expect(r.reasons).toContain('The 4620 family: it has 4625SW background colour settings.');
    expect(r.reasons).toContain('4625SW: the file has background colour settings.');
  });

  it('a 4620 name with colour settings: the 4625SW, no conflict', () => {
    expect(infer('4711_4620data.txt', 'Options Application Background Color=2')).toMatchObject({ model: '4625SW', conflicts: [] });
  });

  it('more than 48 speed dials (or 12 feature labels): the 4620 family', () => {
    expect(infer(null, 'ABKNAME049=x')).toMatchObject({ model: '4620SW' });
    expect(infer(null, 'ABKNAME049=x').reasons.join(' ')).toMatch(/speed dials up to number 49, more than a 4610SW holds \(48\)/);
    expect(infer(null, 'PHNLABEL13=x').reasons.join(' ')).toMatch(/feature button labels up to number 13, more than a 4610SW holds \(12\)/);
    // 48 speed dials and 12 labels still fit a 4610SW: nothing is concluded from them.
    expect(infer(null, 'ABKNAME048=x', 'PHNLABEL12=y').reasons).toContain('Nothing in the name or content tells the family; the 4620 family is assumed.');
  });

  it('Call Appearance Width (not on the 4610SW): the 4620 family', () => {
    expect(infer(null, 'Call Appearance Width=1').reasons.join(' ')).toMatch(/The 4620 family: it has Call Appearance Width, which the 4610SW lacks/);
  });

  it('SIP-only settings: SIP; H.323-only settings: H.323', () => {
    const sip = infer(null, 'Transfer Type=1', 'Session Appearance Width=0');
    expect(sip.protocol).toBe('sip');
    expect(sip.reasons).toContain('SIP: it has Session Appearance Width, Transfer Type, which only SIP phones have.');
    const h323 = infer(null, 'Call Appearance Width=1');
    expect(h323.protocol).toBe('h323');
    expect(h323.reasons).toContain('H.323: it has Call Appearance Width, which only H.323 phones have.');
  });

  it('settings of both protocols tell nothing about the protocol', () => {
    const r = infer(null, 'Transfer Type=1', 'Call Appearance Width=1');
    expect(r.protocol).toBe('h323');
    expect(r.reasons).toContain('H.323 is assumed: nothing in the name or content tells the protocol.');
    expect(r.conflicts).toEqual([]);
  });

  it('labels in a script the 4620 cannot show are given as the reason for the SW default', () => {
    expect(infer(null, 'ABKNAME001=Помощь').reasons.join(' ')).toMatch(/4620SW: labels use a script the 4620 cannot show/);
    expect(infer(null, 'PHNLABEL01=漢字').reasons.join(' ')).toMatch(/labels use a script the 4620 cannot show/);
  });

  it('the reason for the exact model is given apart, so the UI can show it without matching words', () => {
    expect(infer('4711_4620data.txt').modelReason).toBe('4620SW: the file cannot tell which 4620-family model it is; change it if yours differs.');
    expect(infer(null, 'Phone Application Background Color=1').modelReason).toBe('4625SW: the file has background colour settings.');
    expect(infer('4711_4610data.txt').modelReason).toBeNull();
    const r = infer(null, 'ABKNAME001=Помощь');
    expect(r.reasons).toContain(r.modelReason);
  });

  it('unknown lines and case: names are matched case-insensitively', () => {
    expect(infer(null, 'transfer type=1').protocol).toBe('sip');
    expect(infer(null, 'Mystery=1', 'abkname100=x').model).toBe('4620SW');
  });
});

describe('inferModel: name and content disagree', () => {
  it('a 4610 name with more than 48 speed dials: the name wins, the conflict is told', () => {
    const r = infer('4711_4610data.txt', 'ABKNAME060=x');
    expect(r.model).toBe('4610SW');
    expect(r.conflicts).toEqual(['The name says 4610, but it has speed dials up to number 60, more than a 4610SW holds (48).']);
  });

  it('a 4610 name with colour settings', () => {
    const r = infer('4711_4610data.txt', 'Phone Application Background Color=1');
    expect(r.model).toBe('4610SW');
    expect(r.conflicts).toEqual(['The name says 4610, but it has 4625SW background colour settings.']);
  });

  it('an H.323 name with SIP-only settings, and a SIP name with H.323-only ones', () => {
    const a = infer('4711_4620data.txt', 'Transfer Type=1');
    expect(a.protocol).toBe('h323');
    expect(a.conflicts).toEqual(['The name says H.323, but it has Transfer Type, which only SIP phones have.']);
    const b = infer('4711_4620data_sip.txt', 'Call Appearance Width=0');
    expect(b.protocol).toBe('sip');
    expect(b.conflicts).toEqual(['The name says SIP, but it has Call Appearance Width, which only H.323 phones have.']);
  });

  it('the full 4620 fixture (every setting of both protocols and the colours)', () => {
    const loaded = loadBytes(fixture('full-4620.txt'));
    if (!loaded.ok) throw new Error('refused');
    expect(inferModel(parseFileName('4711_4620data.txt'), loaded.value.doc)).toMatchObject({ model: '4625SW', protocol: 'h323', conflicts: [] });
    expect(inferModel(parseFileName('4711_4610data.txt'), loaded.value.doc).conflicts).toHaveLength(1);
  });
});
