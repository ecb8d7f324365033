import { describe, expect, it } from 'vitest';
import { parseText } from '../format/document.ts';
import { english } from '../i18n/english.ts';
import { planConvert } from './admin/convert.ts';
import { runs, wokenEntries, wokenMessage } from './woken.ts';

const file = (...lines: string[]) => parseText(['', ...lines].map((l) => `${l}\r\n`).join(''));
const said = (m: ReturnType<typeof wokenMessage>) => (m ? english(m) : null);

describe('entries a change of model brings to life', () => {
  it('a 4610SW file with speed dials past 48 kept as lines: changed to a 4620, they are named', () => {
    const doc = file('ABKNAME001=Desk', 'ABKNUMBER001=100', 'ABKNAME049=Late', 'ABKNUMBER049=4949', 'ABKNUMBER050=5050', 'ABKNAME060=x');
    expect(wokenEntries(doc, '4610SW', '4620')).toEqual([{ list: 'speedDial', indices: [49, 50, 60] }]);
    expect(said(wokenMessage(doc, '4610SW', '4620'))).toBe(
      '3 entries the 4610SW ignored are now read by the 4620: speed dials 49–50, 60. The file kept them under Other lines; now they are in the form, and the telephone will use them.',
    );
  });

  it('one feature button label past a 4622SW’s 12 buttons, changed to a 4620SW', () => {
    const doc = file('PHNLABEL13=Park');
    expect(said(wokenMessage(doc, '4622SW', '4620SW'))).toBe(
      'An entry the 4622SW ignored is now read by the 4620SW: feature button 13. The file kept it under Other lines; now it is in the form, and the telephone will use it.',
    );
  });

  it('nothing to say for a change to a smaller model, a change that wakes nothing, or no change', () => {
    const doc = file('ABKNAME049=Late', 'ABKNAME109=Never', 'PHNLABEL25=Never');
    expect(wokenMessage(doc, '4620', '4610SW')).toBeNull();
    expect(wokenMessage(doc, '4620', '4625SW')).toBeNull();
    expect(wokenMessage(doc, '4610SW', '4610SW')).toBeNull();
    // Past every model's capacity: no model reads them.
    expect(wokenEntries(doc, '4610SW', '4620')).toEqual([{ list: 'speedDial', indices: [49] }]);
  });

  it('the same entries as the administrator tools’ Convert names in its report', () => {
    const doc = file('ABKNAME049=Late', 'ABKNAME050=Later', 'PHNLABEL13=Park');
    const report = planConvert(doc, { model: '4610SW', protocol: 'h323' }, { model: '4620', protocol: 'h323' }, { dropUnsupported: false }).report.map(english);
    expect(report).toContain('Entries the 4610SW ignores become active on the 4620: speed dials 49–50 and feature button 13.');
    expect(said(wokenMessage(doc, '4610SW', '4620'))).toContain(': speed dials 49–50 and feature button 13.');
  });

  it('numbers as runs', () => {
    expect(runs([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(runs([])).toBe('');
  });
});
