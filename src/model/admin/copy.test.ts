import { describe, expect, it } from 'vitest';
import { parseText } from '../../format/document.ts';
import { loadBytes } from '../../format/codec.ts';
import { newDecoder } from '../../format/text-codec.ts';
import { english } from '../../i18n/english.ts';
import { valuesOf } from '../values.ts';
import { ALL_PARTS, copyParts, copyToExtensions, leftOutOfCopy, planCopyInto } from './copy.ts';
import { serializeText } from '../../format/document.ts';

const SOURCE = parseText('\nABKNAME001=Reception\nABKNUMBER001=200\nPHNLABEL01=Pickup\nContrast=9\nCall Appearance Width=1\nAutomatic Backup=1\nFTP Server IP Address=192.168.10.5\nFTP User Name=phones\nFOO=bar\n');
const text = (b: Uint8Array) => newDecoder('utf-8', true).decode(b);

describe('copyToExtensions', () => {
  it('makes one valid file per extension, named by the rule: UTF-8, blank first line, CRLF, canonical lines', () => {
    const r = copyToExtensions(SOURCE, '4620SW', ['4001', '4002'], ALL_PARTS, 'h323');
    expect(r.files.map((f) => f.name)).toEqual(['4001_4620data.txt', '4002_4620data.txt']);
    const expected = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nPHNLABEL01=Pickup\r\nCall Appearance Width=1\r\nContrast=9\r\nAutomatic Backup=1\r\nFTP Server IP Address=192.168.10.5\r\nFTP User Name=phones\r\n';
    expect(text(r.files[0]?.bytes as Uint8Array)).toBe(expected);
    expect(r.files[1]?.bytes).toEqual(r.files[0]?.bytes);
    const reloaded = loadBytes(r.files[0]?.bytes as Uint8Array);
    expect(reloaded.ok && reloaded.value.decoded).toEqual({ encoding: 'utf-8', bom: false, guessedUtf16: false, replaced: 0 });
  });

  it('leaves out what is not picked, FTP parameters included', () => {
    const r = copyToExtensions(SOURCE, '4620SW', ['4001'], { speedDials: true, featureLabels: false, options: false, parameters: true, ftp: false }, 'h323');
    expect(text(r.files[0]?.bytes as Uint8Array)).toBe('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nAutomatic Backup=1\r\n');
  });

  it('SIP naming drops H.323-only settings with a note; both namings give two files each', () => {
    const r = copyToExtensions(SOURCE, '4610SW', ['4001'], ALL_PARTS, 'both');
    expect(r.files.map((f) => f.name)).toEqual(['4001_4610data.txt', '4001_4610data_sip.txt']);
    expect(text(r.files[1]?.bytes as Uint8Array)).not.toContain('Call Appearance Width');
    expect(r.notes.map(english)).toContain('Not copied, as a 4610SW (H.323) does not have them: Call Appearance Width.');
    expect(r.notes.map(english)).toContain('Not copied, as a 4610SW (SIP) does not have them: Call Appearance Width.');
  });
});

describe('copy notes', () => {
  it('says when the source holds values the telephone will not accept', () => {
    const r = copyToExtensions(parseText('\r\nContrast=99\r\n'), '4620SW', ['1'], ALL_PARTS, 'h323');
    expect(r.notes.map(english)).toEqual(['Copied as they are, though the telephone will not accept them: Contrast is 1 to 15; this file says “99”.']);
  });
});

describe('copyParts into an open file', () => {
  it('replaces what the source has; keeps the target’s other settings and speed dials', () => {
    const target = valuesOf(parseText('\r\nABKNAME001=Old\r\nABKNUMBER001=1\r\nABKNAME002=Old2\r\nABKNUMBER002=2\r\nRedial=0\r\nContrast=3\r\n'), '4620SW');
    const source = valuesOf(SOURCE, '4620SW');
    const c = copyParts(source, { ...ALL_PARTS, parameters: false }, { model: '4620SW', protocol: 'h323' }, target);
    expect(c.refused).toBeNull();
    expect(c.values.speedDials).toEqual([{ label: 'Reception', number: '200' }, { label: 'Old2', number: '2' }]);
    expect(c.values.settings.redial).toBe('0');
    expect(c.values.settings.contrast).toBe('9');
    expect(c.values.settings.automaticBackup).toBeUndefined();
  });

  it('refuses a target too small for the speed dials', () => {
    let s = '\r\n';
    for (let i = 1; i <= 50; i++) s += `ABKNAME${String(i).padStart(3, '0')}=N${i}\r\nABKNUMBER${String(i).padStart(3, '0')}=${i}\r\n`;
    const c = copyParts(valuesOf(parseText(s), '4620SW'), ALL_PARTS, { model: '4610SW', protocol: 'h323' }, valuesOf(parseText('\r\n'), '4610SW'));
    expect(c.refused && english(c.refused)).toMatch(/room for 48 speed dials; the source has 50/);
  });
});

describe('planCopyInto (first law: nothing removed unseen)', () => {
  const seven = Array.from({ length: 7 }, (_, i) => `ABKNAME00${i + 1}=Name ${i + 1}\r\nABKNUMBER00${i + 1}=${100 + i}\r\n`).join('');
  const TARGET = parseText(`\r\n${seven}PHNLABEL01=Pickup\r\nPHNLABEL02=Park\r\nPHNLABEL03=Page\r\nRedial=0\r\n`);
  const FROM = valuesOf(parseText('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nContrast=9\r\n'), '4620SW');

  it('keeps the target’s speed dials and feature labels the source does not have, as it keeps settings', () => {
    const plan = planCopyInto(FROM, ALL_PARTS, { doc: TARGET, model: '4620SW', protocol: 'h323' });
    expect(plan.refused).toBeNull();
    expect(serializeText(plan.doc)).toBe(serializeText(TARGET).replace('ABKNAME001=Name 1\r\nABKNUMBER001=100', 'ABKNAME001=Reception\r\nABKNUMBER001=200') + 'Contrast=9\r\n');
    expect([plan.added, plan.changed, plan.removed]).toEqual([1, 2, 0]);
    expect(plan.changes.map((c) => english(c.what))).toEqual(['Speed dial 1 label', 'Speed dial 1 number', 'Contrast']);
  });

  it('counts and names what it removes: a speed dial the source has without a label', () => {
    const noLabel = valuesOf(parseText('\r\nABKNUMBER002=300\r\n'), '4620SW');
    const plan = planCopyInto(noLabel, ALL_PARTS, { doc: TARGET, model: '4620SW', protocol: 'h323' });
    expect([plan.added, plan.changed, plan.removed]).toEqual([0, 1, 1]);
    expect(plan.changes.filter((c) => c.kind === 'removed').map((c) => english(c.what))).toEqual(['Speed dial 2 label']);
  });

  it('changes nothing when refused', () => {
    let s = '\r\n';
    for (let i = 1; i <= 50; i++) s += `ABKNAME${String(i).padStart(3, '0')}=N${i}\r\nABKNUMBER${String(i).padStart(3, '0')}=${i}\r\n`;
    const plan = planCopyInto(valuesOf(parseText(s), '4620SW'), ALL_PARTS, { doc: TARGET, model: '4610SW', protocol: 'h323' });
    expect(plan.refused).not.toBeNull();
    expect(plan.doc).toBe(TARGET);
    expect(plan.changes).toEqual([]);
  });
});

describe('leftOutOfCopy (a target extension that is the source itself)', () => {
  it('names what the new file lacks: parts not picked, FTP parameters, unknown names, other lines', () => {
    const doc = parseText('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nPHNLABEL01=Pickup\r\nContrast=9\r\nFTP Server IP Address=192.168.10.5\r\nLOCATION=Hall\r\njust text\r\n');
    const left = leftOutOfCopy(doc, '4620SW', 'h323', { speedDials: true, featureLabels: false, options: true, parameters: true, ftp: false });
    expect(left.values.map((c) => english(c.what))).toEqual(['Feature button 1 label', 'FTP Server IP Address', 'LOCATION']);
    expect(left.otherLines).toBe(1);
  });

  it('is empty when everything is copied', () => {
    const left = leftOutOfCopy(parseText('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nContrast=9\r\n'), '4620SW', 'h323', ALL_PARTS);
    expect(left).toEqual({ values: [], otherLines: 0 });
  });
});
