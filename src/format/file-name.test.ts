import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFileName, isSafeEntryPath, isUnholdableName, isValidExtension, parseFileName } from './file-name.ts';

describe('parseFileName (spec §2)', () => {
  it('the four documented names', () => {
    expect(parseFileName('4711_4610data.txt')).toEqual({ extension: '4711', family: '4610', protocol: 'h323' });
    expect(parseFileName('4711_4610data_sip.txt')).toEqual({ extension: '4711', family: '4610', protocol: 'sip' });
    expect(parseFileName('4711_4620data.txt')).toEqual({ extension: '4711', family: '4620', protocol: 'h323' });
    expect(parseFileName('4711_4620data_sip.txt')).toEqual({ extension: '4711', family: '4620', protocol: 'sip' });
  });

  it('Release 2.0 names without EXT_', () => {
    expect(parseFileName('4620data.txt')).toEqual({ extension: null, family: '4620', protocol: 'h323' });
    expect(parseFileName('4610data_sip.txt')).toEqual({ extension: null, family: '4610', protocol: 'sip' });
  });

  it('any letter case; a folder path; a browser’s " (1)" on a repeated download', () => {
    expect(parseFileName('4711_4620DATA_SIP.TXT')).toEqual({ extension: '4711', family: '4620', protocol: 'sip' });
    expect(parseFileName('C:\\Users\\me\\Downloads\\4711_4620data.txt')?.extension).toBe('4711');
    expect(parseFileName('/srv/ftp/phones/4711_4610data.txt')?.family).toBe('4610');
    expect(parseFileName('4711_4620data (1).txt')).toEqual({ extension: '4711', family: '4620', protocol: 'h323' });
    expect(parseFileName('4711_4620data_sip (12).txt')?.protocol).toBe('sip');
  });

  it('extensions of 1 to 13 digits', () => {
    expect(parseFileName('1_4620data.txt')?.extension).toBe('1');
    expect(parseFileName('1234567890123_4620data.txt')?.extension).toBe('1234567890123');
    expect(parseFileName('12345678901234_4620data.txt')).toBeNull();
  });

  it('names that do not follow the rule are null (the user picks)', () => {
    for (const name of [
      '4711_4621data.txt', // the 4621SW writes "4620"
      '4711_4625data.txt',
      'abc_4620data.txt',
      '_4620data.txt',
      '4711-4620data.txt',
      '4711_4620data.TXT.bak',
      '4711_4620data.csv',
      '4711_4620data_h323.txt',
      '4711_4620data',
      'backup.txt',
      '',
    ]) {
      expect(parseFileName(name), name).toBeNull();
    }
  });
});

describe('buildFileName (spec §2)', () => {
  it('EXT_4620data.txt, EXT_4610data_sip.txt, and the Release 2.0 form without an extension', () => {
    expect(buildFileName('4711', '4620', 'h323')).toBe('4711_4620data.txt');
    expect(buildFileName('4711', '4610', 'sip')).toBe('4711_4610data_sip.txt');
    expect(buildFileName(null, '4620', 'sip')).toBe('4620data_sip.txt');
    expect(buildFileName('', '4610', 'h323')).toBe('4610data.txt');
  });

  it('parse(build(x)) = x for every valid extension, family and protocol', () => {
    fc.assert(
      fc.property(
        fc.option(fc.stringMatching(/^\d{1,13}$/), { nil: null }),
        fc.constantFrom('4610' as const, '4620' as const),
        fc.constantFrom('h323' as const, 'sip' as const),
        (extension, family, protocol) => {
          expect(parseFileName(buildFileName(extension, family, protocol))).toEqual({ extension, family, protocol });
        },
      ),
    );
  });

  it('build(parse(name)) = name for every canonical name', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(\d{1,13}_)?46[12]0data(_sip)?\.txt$/), (name) => {
        const parsed = parseFileName(name);
        if (!parsed) throw new Error(`${name} not parsed`);
        expect(buildFileName(parsed.extension, parsed.family, parsed.protocol)).toBe(name);
      }),
    );
  });
});

describe('isValidExtension', () => {
  it('1 to 13 ASCII digits', () => {
    for (const ok of ['1', '4711', '1234567890123']) expect(isValidExtension(ok), ok).toBe(true);
    for (const bad of ['', '12345678901234', '47 11', '47a', '+4711', '４７１１']) expect(isValidExtension(bad), bad).toBe(false);
  });
});

describe('names a file cannot have', () => {
  it('Windows holds no file named "." or "..", nor one ending in a dot or a space', () => {
    for (const name of ['.', '..', 'notes.', 'notes ', '4711_4620data.txt.']) expect(isUnholdableName(name)).toBe(true);
    for (const name of ['notes.txt', '.notes', '..notes.txt', '4711_4620data.txt']) expect(isUnholdableName(name)).toBe(false);
  });

  it('nor one Windows keeps for a device, with any extension, nor one of over 255 bytes', () => {
    for (const name of ['CON', 'con.txt', 'Nul.tar.gz', 'PRN.txt', 'aux', 'COM1.txt', 'lpt9', 'COM¹.txt', 'NUL .txt']) expect(isUnholdableName(name)).toBe(true);
    for (const name of ['console.txt', 'con-4711.txt', 'nul_4620data.txt', 'COM10.txt', 'LPT.txt', 'x.con']) expect(isUnholdableName(name)).toBe(false);
    expect(isUnholdableName(`${'a'.repeat(251)}.txt`)).toBe(false);
    expect(isUnholdableName(`${'a'.repeat(252)}.txt`)).toBe(true);
    // Bytes, not characters: 128 Hebrew letters are 256 bytes.
    expect(isUnholdableName('\u05d0'.repeat(128))).toBe(true);
    expect(isUnholdableName('\u05d0'.repeat(127))).toBe(false);
  });

  it('a path in the folder or the zip names a file only when no part of it is empty, "." or ".."', () => {
    for (const path of ['4711_4620data.txt', 'site-a/4711_4620data.txt', 'site-a/floor 2/..notes']) expect(isSafeEntryPath(path)).toBe(true);
    for (const path of ['..', '.', 'site-a/..', 'site-a/.', '../x.txt', 'site-a//x.txt', 'site-a\\..', '']) expect(isSafeEntryPath(path)).toBe(false);
  });
});
