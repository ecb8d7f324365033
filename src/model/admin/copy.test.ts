import { describe, expect, it } from 'vitest';
import { parseText } from '../../format/document.ts';
import { loadBytes } from '../../format/codec.ts';
import { newDecoder } from '../../format/text-codec.ts';
import { english } from '../../i18n/english.ts';
import { valuesOf } from '../values.ts';
import { ALL_PARTS, copyParts, copyToExtensions } from './copy.ts';

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
  it('replaces the lists and the settings the source sets; keeps the target’s other settings', () => {
    const target = valuesOf(parseText('\r\nABKNAME001=Old\r\nABKNUMBER001=1\r\nABKNAME002=Old2\r\nABKNUMBER002=2\r\nRedial=0\r\nContrast=3\r\n'), '4620SW');
    const source = valuesOf(SOURCE, '4620SW');
    const c = copyParts(source, { ...ALL_PARTS, parameters: false }, { model: '4620SW', protocol: 'h323' }, target);
    expect(c.refused).toBeNull();
    expect(c.values.speedDials).toEqual([{ label: 'Reception', number: '200' }]);
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
