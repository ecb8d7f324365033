import { describe, expect, it } from 'vitest';
import { parseText, serializeText } from '../format/document.ts';
import { english } from '../i18n/english.ts';
import { modelChangeQuestion } from './model-change.ts';
import { applyValues, valuesOf } from './values.ts';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const file = (...lines: string[]) => parseText(['', ...lines].map((l) => `${l}\r\n`).join(''));

function full4620(extra: string[] = []) {
  const lines: string[] = [];
  for (let i = 1; i <= 108; i++) lines.push(`ABKNAME${pad(i, 3)}=Name ${i}`, `ABKNUMBER${pad(i, 3)}=${1000 + i}`);
  for (let i = 1; i <= 24; i++) lines.push(`PHNLABEL${pad(i, 2)}=Button ${i}`);
  return file(...lines, ...extra);
}
const H323_4620 = { model: '4620', protocol: 'h323' } as const;

describe('the question a change of model asks first', () => {
  it('a change that fits asks nothing', () => {
    expect(modelChangeQuestion(full4620(), H323_4620, '4625SW')).toBeNull();
    expect(modelChangeQuestion(file('ABKNAME048=x', 'ABKNUMBER048=1', 'PHNLABEL12=y'), H323_4620, '4610SW')).toBeNull();
  });

  it('within the 4620 family: 24 labels to a 4622SW, which has 12 Line/Feature buttons, asks first', () => {
    const q = modelChangeQuestion(full4620(), { model: '4620SW', protocol: 'h323' }, '4622SW');
    if (!q) throw new Error('no question');
    expect(q.why.map(english)).toEqual(['The 4622SW has 12 feature buttons; this file has labels for 12 buttons past them.']);
    expect(q.convert.report.map(english)).toContain('Removed 12 feature button labels (13–24): the 4622SW has 12 feature buttons.');
  });

  it('108 speed dials and 24 labels to a 4610SW: says why, and Convert keeps the first 48 and takes out the rest', () => {
    const doc = full4620(['Call Appearance Width=1', 'LOCATION=Room 2']);
    const q = modelChangeQuestion(doc, H323_4620, '4610SW');
    if (!q) throw new Error('no question');
    expect(q.why.map(english)).toEqual([
      'The 4610SW holds 48 speed dials; this file has 108.',
      'The 4610SW has 12 feature buttons; this file has labels for 12 buttons past them.',
    ]);
    expect(q.keepFirst).toBe(48);
    expect(q.convert.blocked).toBeNull();
    expect(q.convert.report.map(english)).toEqual([
      'The 4620 family becomes the 4610 family (4610SW).',
      'Kept Call Appearance Width (H.323 only, 4620 family only), though the 4610SW does not have it; the telephone ignores it.',
      'Removed 12 feature button labels (13–24): the 4610SW has 12 feature buttons.',
      'Kept 48 of 108 speed dials, numbered 1 to 48; removed 60: the 4610SW holds 48.',
    ]);
    // Applied as the editor applies it (over the old model's view), then read as the new model.
    const after = applyValues(doc, q.convert.values, '4620');
    const text = serializeText(after);
    expect(text).toContain('ABKNAME048=Name 48\r\n');
    expect(text).not.toContain('ABKNAME049');
    expect(text).not.toContain('ABKNUMBER108');
    expect(text).not.toContain('PHNLABEL13');
    expect(text).toContain('PHNLABEL12=Button 12\r\n');
    // Lines that are not about capacity stay: a setting the 4610SW lacks, an unknown name.
    expect(text).toContain('Call Appearance Width=1\r\n');
    expect(text).toContain('LOCATION=Room 2\r\n');
    expect(valuesOf(after, '4610SW').speedDials).toHaveLength(48);
  });

  it('few speed dials numbered past 48: said so, and Convert renumbers them', () => {
    const doc = file('ABKNAME001=A', 'ABKNUMBER001=1', 'ABKNAME100=B', 'ABKNUMBER100=2');
    const q = modelChangeQuestion(doc, H323_4620, '4610SW');
    expect(q?.why.map(english)).toEqual(['The 4610SW holds 48 speed dials; 1 of this file’s speed dials is numbered past 48.']);
    expect(q?.keepFirst).toBeNull();
    expect(q?.convert.values.speedDials).toEqual([
      { label: 'A', number: '1' },
      { label: 'B', number: '2' },
    ]);
  });

  it('only feature labels past the buttons', () => {
    const q = modelChangeQuestion(file('PHNLABEL13=Park'), { model: '4620SW', protocol: 'sip' }, '4610SW');
    expect(q?.why.map(english)).toEqual(['The 4610SW has 12 feature buttons; this file has a label for 1 button past them.']);
    expect(q?.convert.values.featureLabels.every((l) => l.label === undefined)).toBe(true);
  });
});
