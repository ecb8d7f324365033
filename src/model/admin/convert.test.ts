import { describe, expect, it } from 'vitest';
import { parseText, serializeText } from '../../format/document.ts';
import { english } from '../../i18n/english.ts';
import { applyValues } from '../values.ts';
import { planConvert } from './convert.ts';

const H323 = parseText('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nCall Appearance Width=1\r\nContrast=9\r\nFOO=bar\r\n');

function fullFile(n: number): string {
  let s = '\r\n';
  for (let i = 1; i <= n; i++) s += `ABKNAME${String(i).padStart(3, '0')}=Name ${i}\r\nABKNUMBER${String(i).padStart(3, '0')}=${1000 + i}\r\n`;
  for (let i = 1; i <= 24; i++) s += `PHNLABEL${String(i).padStart(2, '0')}=Button ${i}\r\n`;
  return s;
}

describe('H.323 ↔ SIP', () => {
  it('removes H.323-only settings when asked, with a report, leaving other lines alone', () => {
    const plan = planConvert(H323, { model: '4620SW', protocol: 'h323' }, { model: '4620SW', protocol: 'sip' }, { dropUnsupported: true });
    expect(plan.blocked).toBeNull();
    expect(plan.report.map(english)).toEqual(['H.323 becomes SIP.', 'Removed Call Appearance Width (H.323 only, 4620 family only): the 4620SW (SIP) does not have it.']);
    expect(serializeText(applyValues(H323, plan.values))).toBe('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nContrast=9\r\nFOO=bar\r\n');
  });

  it('keeps them when asked, saying the telephone ignores them', () => {
    const plan = planConvert(H323, { model: '4620SW', protocol: 'h323' }, { model: '4620SW', protocol: 'sip' }, { dropUnsupported: false });
    expect(plan.report.map(english)[1]).toBe('Kept Call Appearance Width (H.323 only, 4620 family only), though the 4620SW (SIP) does not have it; the telephone ignores it.');
    expect(applyValues(H323, plan.values)).toBe(H323);
  });

  it('SIP → H.323 handles SIP-only settings the same way', () => {
    const sip = parseText('\r\nTransfer Type=1\r\nContrast=2\r\n');
    const plan = planConvert(sip, { model: '4610SW', protocol: 'sip' }, { model: '4610SW', protocol: 'h323' }, { dropUnsupported: true });
    expect(serializeText(applyValues(sip, plan.values))).toBe('\r\nContrast=2\r\n');
  });
});

describe('4610 ↔ 4620', () => {
  it('4610 → 4620 keeps everything', () => {
    const doc = parseText(fullFile(48).split('PHNLABEL13')[0] as string);
    const plan = planConvert(doc, { model: '4610SW', protocol: 'h323' }, { model: '4620SW', protocol: 'h323' }, { dropUnsupported: true });
    expect(plan.blocked).toBeNull();
    expect(plan.report.map(english)).toEqual(['The 4610 family becomes the 4620 family (4620SW).']);
    expect(applyValues(doc, plan.values)).toBe(doc);
  });

  it('a 4620 file with more than 48 speed dials needs the user’s choice', () => {
    const doc = parseText(fullFile(60));
    const from = { model: '4620SW', protocol: 'h323' } as const;
    const to = { model: '4610SW', protocol: 'h323' } as const;
    const plan = planConvert(doc, from, to, { dropUnsupported: true });
    expect(plan.blocked && english(plan.blocked)).toBe('The file has 60 speed dials and the 4610SW holds 48. Choose the 48 to keep.');
    expect(plan.speedDialChoice?.entries).toHaveLength(60);
    expect(plan.speedDialChoice?.capacity).toBe(48);

    const tooMany = planConvert(doc, from, to, { dropUnsupported: true, keepSpeedDials: Array.from({ length: 50 }, (_, i) => i + 1) });
    expect(tooMany.blocked && english(tooMany.blocked)).toBe('50 speed dials are chosen, but the 4610SW holds 48. Clear 2 more.');

    // Keep 13–60: they become 1–48, in order.
    const keep = Array.from({ length: 48 }, (_, i) => i + 13);
    const ok = planConvert(doc, from, to, { dropUnsupported: true, keepSpeedDials: keep });
    expect(ok.blocked).toBeNull();
    expect(ok.values.speedDials).toHaveLength(48);
    expect(ok.values.speedDials[0]).toEqual({ label: 'Name 13', number: '1013' });
    expect(ok.report.map(english)).toContain('Kept 48 of 60 speed dials, numbered 1 to 48; removed 12: the 4610SW holds 48.');
    expect(ok.report.map(english)).toContain('Removed 12 feature button labels (13–24): the 4610SW has 12 feature buttons.');
    const text = serializeText(applyValues(doc, ok.values));
    expect(text).toContain('ABKNAME001=Name 13\r\n');
    expect(text).not.toContain('ABKNAME049');
    expect(text).not.toContain('PHNLABEL13');
    expect(text).toContain('PHNLABEL12=Button 12');
  });

  it('few enough speed dials past position 48 are renumbered', () => {
    const doc = parseText('\r\nABKNAME001=A\r\nABKNUMBER001=1\r\nABKNAME100=B\r\nABKNUMBER100=2\r\n');
    const plan = planConvert(doc, { model: '4620', protocol: 'h323' }, { model: '4610SW', protocol: 'h323' }, { dropUnsupported: false });
    expect(plan.blocked).toBeNull();
    expect(plan.values.speedDials).toEqual([{ label: 'A', number: '1' }, { label: 'B', number: '2' }]);
    expect(plan.report.map(english)).toContain('Speed dials renumbered 1 to 2, so all of them fit in the 4610SW’s 48.');
  });

  it('4625SW colours are removed or kept going to a 4620', () => {
    const doc = parseText('\r\nPhone Application Background Color=3\r\n');
    const drop = planConvert(doc, { model: '4625SW', protocol: 'h323' }, { model: '4610SW', protocol: 'h323' }, { dropUnsupported: true });
    expect(drop.values.settings.phoneBackground).toBeUndefined();
    const keep = planConvert(doc, { model: '4625SW', protocol: 'h323' }, { model: '4610SW', protocol: 'h323' }, { dropUnsupported: false });
    expect(keep.values.settings.phoneBackground).toBe('3');
  });
});

describe('what becomes live, or unshowable, on the new telephone is said', () => {
  it('lines past the old model’s capacity that the new one reads are named: speed dial 49 and feature button 13 of a 4610SW file on a 4620SW', () => {
    const doc = parseText('\r\nABKNAME001=A\r\nABKNUMBER001=1\r\nABKNAME049=Old\r\nABKNUMBER049=999\r\nPHNLABEL13=Ghost\r\n');
    const plan = planConvert(doc, { model: '4610SW', protocol: 'h323' }, { model: '4620SW', protocol: 'h323' }, { dropUnsupported: true });
    expect(plan.report.map(english)).toEqual(['The 4610 family becomes the 4620 family (4620SW).', 'Entries the 4610SW ignores become active on the 4620SW: speed dial 49 and feature button 13.']);
    // Their lines stay as they are: the new telephone reads them as they were.
    expect(serializeText(applyValues(doc, plan.values, '4610SW'))).toBe(serializeText(doc));
  });

  it('runs of such entries are named as ranges; a change to a smaller model wakes nothing', () => {
    const doc = parseText('\r\nABKNAME049=a\r\nABKNAME050=b\r\nABKNAME051=c\r\nABKNUMBER060=6\r\n');
    const plan = planConvert(doc, { model: '4610SW', protocol: 'h323' }, { model: '4622SW', protocol: 'h323' }, { dropUnsupported: true });
    expect(plan.report.map(english)).toContain('Entries the 4610SW ignores become active on the 4622SW: speed dials 49–51, 60.');
    const labels = parseText('\r\nPHNLABEL13=x\r\n');
    expect(planConvert(labels, { model: '4620SW', protocol: 'h323' }, { model: '4622SW', protocol: 'h323' }, { dropUnsupported: false }).report.map(english).join(' ')).not.toContain('active');
  });

  it('labels and a Display Language the new model cannot show are said, with which characters and which models could', () => {
    const doc = parseText('\r\nABKNAME001=Помощь\r\nABKNUMBER001=1\r\nPHNLABEL02=Park\r\nDisplay Language=Russian\r\n');
    const plan = planConvert(doc, { model: '4620SW', protocol: 'h323' }, { model: '4620', protocol: 'h323' }, { dropUnsupported: true });
    expect(plan.report.map(english)).toEqual([
      'A label would show as rectangles on the 4620: speed dial 1. Помощь: the 4620 cannot show Cyrillic; the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can.',
      'Display Language is Russian, but the 4620 cannot show its script.',
    ]);
  });

  it('the firmware release counts: before R2.7 a 4610SW shows no Cyrillic, and the release is said to be why', () => {
    const doc = parseText('\r\nPHNLABEL01=Склад\r\nPHNLABEL02=Док\r\nDisplay Language=Russian\r\n');
    const plan = planConvert(doc, { model: '4620SW', protocol: 'h323' }, { model: '4610SW', protocol: 'h323' }, { dropUnsupported: true, release: 'preR27' });
    expect(plan.report.map(english).slice(1)).toEqual([
      '2 labels would show as rectangles on the 4610SW: feature buttons 1–2. Склад Док: before firmware R2.7 the 4610SW cannot show Cyrillic; the 4620SW, 4621SW, 4622SW and 4625SW can. From R2.7 on, it can (the release is chosen under Telephone).',
      'Display Language is Russian, but before firmware R2.7 the 4610SW cannot show its script.',
    ]);
    expect(planConvert(doc, { model: '4620SW', protocol: 'h323' }, { model: '4610SW', protocol: 'h323' }, { dropUnsupported: true }).report.map(english)).toEqual(['The 4620 family becomes the 4610 family (4610SW).']);
  });

  it('what the old model could not show either is no change the conversion makes, and is not said', () => {
    const doc = parseText('\r\nABKNAME001=Ωmega\r\n');
    const plan = planConvert(doc, { model: '4620SW', protocol: 'h323' }, { model: '4620', protocol: 'h323' }, { dropUnsupported: true });
    expect(plan.report).toEqual([]);
  });
});
