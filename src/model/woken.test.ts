import { describe, expect, it } from 'vitest';
import { parseText } from '../format/document.ts';
import { english } from '../i18n/english.ts';
import { planConvert } from './admin/convert.ts';
import type { ModelId, Protocol } from '../catalog/catalog.ts';
import { runs, wokenEntries, wokenMessages } from './woken.ts';

const file = (...lines: string[]) => parseText(['', ...lines].map((l) => `${l}\r\n`).join(''));
/** What the editor says after the change from `from` to `to` (models, or model and protocol as `4620/sip`), or null. */
const phone = (p: string) => ({ model: p.split('/')[0] as ModelId, protocol: (p.split('/')[1] ?? 'h323') as Protocol });
function said(doc: ReturnType<typeof file>, from: string, to: string): string | null {
  const notes = wokenMessages(doc, phone(from), phone(to));
  return notes.length > 0 ? notes.map(english).join(' ') : null;
}

describe('entries a change of model brings to life', () => {
  it('a 4610SW file with speed dials past 48 kept as lines: changed to a 4620, they are named', () => {
    const doc = file('ABKNAME001=Desk', 'ABKNUMBER001=100', 'ABKNAME049=Late', 'ABKNUMBER049=4949', 'ABKNUMBER050=5050', 'ABKNAME060=x');
    expect(wokenEntries(doc, '4610SW', '4620')).toEqual([{ list: 'speedDial', indices: [49, 50, 60] }]);
    expect(said(doc, '4610SW', '4620')).toBe(
      '3 entries the 4610SW ignored are now read by the 4620: speed dials 49–50, 60. The file kept them under Other lines; now they are in the form, and the telephone will use them.',
    );
  });

  it('one feature button label past a 4622SW’s 12 buttons, changed to a 4620SW', () => {
    const doc = file('PHNLABEL13=Park');
    expect(said(doc, '4622SW', '4620SW')).toBe(
      'An entry the 4622SW ignored is now read by the 4620SW: feature button 13. The file kept it under Other lines; now it is in the form, and the telephone will use it.',
    );
  });

  it('nothing to say for a change to a smaller model, a change that wakes nothing, or no change', () => {
    const doc = file('ABKNAME049=Late', 'ABKNAME109=Never', 'PHNLABEL25=Never');
    expect(said(doc, '4620', '4610SW')).toBeNull();
    expect(said(doc, '4620', '4625SW')).toBeNull();
    expect(said(doc, '4610SW', '4610SW')).toBeNull();
    // Past every model's capacity: no model reads them.
    expect(wokenEntries(doc, '4610SW', '4620')).toEqual([{ list: 'speedDial', indices: [49] }]);
  });

  it('the same entries as the administrator tools’ Convert names in its report', () => {
    const doc = file('ABKNAME049=Late', 'ABKNAME050=Later', 'PHNLABEL13=Park');
    const report = planConvert(doc, { model: '4610SW', protocol: 'h323' }, { model: '4620', protocol: 'h323' }, { dropUnsupported: false }).report.map(english);
    expect(report).toContain('Entries the 4610SW ignores become active on the 4620: speed dials 49–50 and feature button 13.');
    expect(said(doc, '4610SW', '4620')).toContain(': speed dials 49–50 and feature button 13.');
  });

  it('numbers as runs', () => {
    expect(runs([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(runs([])).toBe('');
  });

  it('settings the old telephone does not have that the new one has: a 4625SW’s colours on a 4620 changed to a 4625SW; SIP’s Transfer Type from H.323 to SIP', () => {
    const doc = file('Contrast=9', 'Phone Application Background Color=3', 'Speed Dial Application Background Color=4', 'Transfer Type=1', 'Call Appearance Width=1');
    expect(said(doc, '4620', '4625SW')).toBe(
      '2 settings the 4620 does not have are now read by the 4625SW: Phone Application Background Color and Speed Dial Application Background Color. The file kept them under Other lines; now they are in the form, and the telephone will use them.',
    );
    expect(said(doc, '4620SW/h323', '4620SW/sip')).toBe(
      'A setting the 4620SW does not have with H.323 is now read with SIP: Transfer Type. The file kept it under Other lines; now it is in the form, and the telephone will use it.',
    );
    expect(said(doc, '4620SW/sip', '4620SW/h323')).toBe(
      'A setting the 4620SW does not have with SIP is now read with H.323: Call Appearance Width. The file kept it under Other lines; now it is in the form, and the telephone will use it.',
    );
    // Model and protocol at once (an undo of a conversion): both are named.
    expect(said(doc, '4610SW/sip', '4620/h323')).toBe(
      'A setting the 4610SW SIP does not have is now read by the 4620 H.323: Call Appearance Width. The file kept it under Other lines; now it is in the form, and the telephone will use it.',
    );
    // The other way, or a model that has them too: nothing comes to life.
    expect(said(doc, '4625SW', '4620')).toBeNull();
    expect(said(doc, '4620SW/sip', '4622SW/sip')).toBeNull();
  });

  it('entries and settings at once: a sentence each', () => {
    const doc = file('ABKNAME049=Late', 'Call Appearance Width=1');
    expect(wokenMessages(doc, phone('4610SW'), phone('4620')).map(english)).toEqual([
      'An entry the 4610SW ignored is now read by the 4620: speed dial 49. The file kept it under Other lines; now it is in the form, and the telephone will use it.',
      'A setting the 4610SW does not have is now read by the 4620: Call Appearance Width. The file kept it under Other lines; now it is in the form, and the telephone will use it.',
    ]);
  });
});
