import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { decodeBytes, decodeWindows1252, type Decoded } from './decode.ts';
import { encodeUtf8 } from './text-codec.ts';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
/** UTF-16 code units of a string, as bytes in the given order (no BOM). */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const BOM8 = bytes(0xef, 0xbb, 0xbf);
const BOM_LE = bytes(0xff, 0xfe);
const BOM_BE = bytes(0xfe, 0xff);

function decoded(b: Uint8Array): Decoded {
  const r = decodeBytes(b);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value;
}

const SAMPLE = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nContrast=9\r\n';

describe('decodeBytes: errors', () => {
  it('empty: zero bytes', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('too-large: over the limit (default MAX_FILE_BYTES = 1 MiB), with size and limit', () => {
    expect(MAX_FILE_BYTES).toBe(1024 * 1024);
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    expect(decodeBytes(big)).toEqual({ ok: false, error: { kind: 'too-large', size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } });
    expect(decodeBytes(big.subarray(0, MAX_FILE_BYTES)).ok).toBe(true);
    expect(decodeBytes(encodeUtf8('abcdef'), 5)).toEqual({ ok: false, error: { kind: 'too-large', size: 6, limit: 5 } });
    expect(decodeBytes(encodeUtf8('abcde'), 5).ok).toBe(true);
  });

  it('too-large is checked before anything else (even a UTF-16 BOM or a signature)', () => {
    expect(decodeBytes(concat(BOM_LE, utf16('abc', 'le')), 4)).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(decodeBytes(bytes(0x25, 0x50, 0x44, 0x46, 0x2d), 4)).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });

  it('binary/nul: a NUL byte outside UTF-16, with its byte offset', () => {
    expect(decodeBytes(concat(encodeUtf8('\r\nAB=1'), bytes(0), encodeUtf8('\r\nCD=2\r\n')))).toEqual({
      ok: false,
      error: { kind: 'binary', reason: 'nul', offset: 6 },
    });
    expect(decodeBytes(bytes(0))).toEqual({ ok: false, error: { kind: 'binary', reason: 'nul', offset: 0 } });
    // Too short to be recognised as UTF-16.
    expect(decodeBytes(bytes(0x41, 0))).toEqual({ ok: false, error: { kind: 'binary', reason: 'nul', offset: 1 } });
    // All zeros: zero in both halves of every pair, so not UTF-16 either.
    expect(decodeBytes(new Uint8Array(64))).toEqual({ ok: false, error: { kind: 'binary', reason: 'nul', offset: 0 } });
  });

  it('binary/control: more than 5% control characters, with the first one’s offset', () => {
    const text = `ab${'\u0001\u0002x'.repeat(20)}`;
    expect(decodeBytes(encodeUtf8(text))).toEqual({ ok: false, error: { kind: 'binary', reason: 'control', offset: 2 } });
  });

  it('a few stray control characters (≤ 5%) are kept, to be reported per line', () => {
    const text = `\r\nABKNAME001=Bell\u0007\r\n${'Contrast=9\r\n'.repeat(3)}`;
    expect(decoded(encodeUtf8(text)).text).toBe(text);
  });

  it('a short file with a few stray control characters is kept too, though they are more than 5% of it', () => {
    const text = '\r\nABKNAME001=Bell\u0007\r\n';
    expect(decoded(encodeUtf8(text)).text).toBe(text);
    // Eight are still a handful; nine in so short a text are not.
    const eight = `\r\nRedial=1\r\nABKNAME001=${'\u0001'.repeat(8)}\r\n`;
    expect(decoded(encodeUtf8(eight)).text).toBe(eight);
    expect(decodeBytes(encodeUtf8(`\r\nRedial=1\r\nABKNAME001=${'\u0001'.repeat(9)}\r\n`))).toMatchObject({ ok: false, error: { kind: 'binary', reason: 'control', offset: 23 } });
  });

  it('a text that is control characters for half or more is binary, however few they are', () => {
    expect(decodeBytes(encodeUtf8('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'))).toEqual({ ok: false, error: { kind: 'binary', reason: 'control', offset: 0 } });
    expect(decodeBytes(encodeUtf8('ab\u0001\u0002'))).toEqual({ ok: false, error: { kind: 'binary', reason: 'control', offset: 2 } });
    expect(decoded(encodeUtf8('abc\u0001\u0002')).text).toBe('abc\u0001\u0002');
  });

  it('exactly the C0 controls other than tab, LF, VT, FF, CR and SUB count as binary (and never DEL or C1)', () => {
    const allowed = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a];
    const refused: [number, unknown][] = [];
    for (let c = 1; c < 0xa0; c++) {
      const r = decodeBytes(encodeUtf8(`a${String.fromCharCode(c).repeat(40)}`));
      if (!r.ok) refused.push([c, r.error]);
    }
    const expected = range(1, 0x1f).filter((c) => !allowed.includes(c));
    expect(refused).toEqual(expected.map((c) => [c, { kind: 'binary', reason: 'control', offset: 1 }]));
  });

  it('tab, LF, VT, FF, CR and SUB (DOS end of file) are not counted as binary', () => {
    const text = '\t\n\u000b\u000c\r\u001a'.repeat(10);
    expect(decoded(encodeUtf8(text)).text).toBe(text);
  });

  const SIGNATURES: [string, number[]][] = [
    ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['a PDF document', [...encodeUtf8('%PDF-1.7\n')]],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['a JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]],
    ['a GIF image', [...encodeUtf8('GIF89a')]],
    ['a program (ELF)', [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]],
    ['a Windows program', [0x4d, 0x5a, 0x90, 0x00]],
    ['an old Office document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['a gzip archive', [0x1f, 0x8b, 0x08, 0x00]],
    ['an RTF document (save it as plain text)', [...encodeUtf8('{\\rtf1\\ansi Contrast=9}')]],
  ];
  for (const [format, sig] of SIGNATURES) {
    it(`signature: ${format}`, () => {
      expect(decodeBytes(Uint8Array.from(sig))).toEqual({ ok: false, error: { kind: 'signature', format } });
    });
  }

  it('a signature counts only at the start of the file', () => {
    expect(decoded(encodeUtf8('\r\nNote=%PDF and GIF8 and PK\r\n')).encoding).toBe('utf-8');
  });
});

describe('decodeBytes: UTF-8', () => {
  it('valid UTF-8 is read as it is: any script, CRLF, no BOM', () => {
    const text = '\r\nABKNAME002=Помощь\r\nABKNAME003=ヘルプ 漢字 😀\r\nPHNLABEL01=שלום\r\n';
    expect(decoded(encodeUtf8(text))).toEqual({ text, encoding: 'utf-8', bom: false, guessedUtf16: false, replaced: 0 });
  });

  it('a UTF-8 BOM is removed and reported', () => {
    expect(decoded(concat(BOM8, encodeUtf8(SAMPLE)))).toEqual({ text: SAMPLE, encoding: 'utf-8', bom: true, guessedUtf16: false, replaced: 0 });
  });

  it('only the first BOM is the BOM: a second one stays in the text', () => {
    expect(decoded(concat(BOM8, BOM8, encodeUtf8(SAMPLE))).text).toBe(`\uFEFF${SAMPLE}`);
  });

  it('a file that is only a BOM is empty text, not an error', () => {
    expect(decoded(BOM8)).toMatchObject({ text: '', bom: true, encoding: 'utf-8' });
  });

  it('a BOM is not looked for anywhere but the start', () => {
    expect(decoded(concat(encodeUtf8('a'), BOM8)).text).toBe('a\uFEFF');
  });
});

describe('decodeBytes: Windows-1252 ("Extended ASCII")', () => {
  it('bytes that are not valid UTF-8 are read as Windows-1252', () => {
    const b = concat(encodeUtf8('\r\nABKNAME001=Andr'), bytes(0xe9), encodeUtf8('\r\nABKNAME002=Caf'), bytes(0xe9, 0x20, 0x80), encodeUtf8('\r\n'));
    expect(decoded(b)).toEqual({
      text: '\r\nABKNAME001=André\r\nABKNAME002=Café €\r\n',
      encoding: 'windows-1252',
      bom: false,
      guessedUtf16: false,
      replaced: 0,
    });
  });

  it('a UTF-8 file with a few bytes that are not: its UTF-8 stays UTF-8, and only those bytes are read as Windows-1252', () => {
    // "Ж" and "é" in UTF-8 followed by a lone 0xE9: all UTF-8 but that byte (before, the UTF-8 became "Ã©" and so on).
    expect(decoded(concat(encodeUtf8('Жé'), bytes(0xe9)))).toEqual({ text: 'Жéé', encoding: 'utf-8+windows-1252', bom: false, guessedUtf16: false, replaced: 0, legacyBytes: 1 });
    // As many stray bytes as UTF-8 sequences, or more: a Windows-1252 file with a "Ã©" in it, read as Windows-1252.
    expect(decoded(concat(encodeUtf8('é'), bytes(0xe9)))).toMatchObject({ text: 'Ã©é', encoding: 'windows-1252' });
    const b = concat(encodeUtf8('\r\nABKNAME001=Помощь\r\nABKNAME002=Caf'), bytes(0xe9, 0x80), encodeUtf8('\r\nABKNAME003=😀\r\n'));
    expect(decoded(b)).toMatchObject({ text: '\r\nABKNAME001=Помощь\r\nABKNAME002=Café€\r\nABKNAME003=😀\r\n', encoding: 'utf-8+windows-1252', legacyBytes: 2 });
    // A cut-off, overlong or surrogate sequence in the middle is not UTF-8: its bytes are read as Windows-1252.
    expect(decoded(concat(encodeUtf8('Помощь Ж'), bytes(0xc3, 0x41, 0xc0, 0xaf, 0xed, 0xa0, 0x80))).text).toBe('Помощь ЖÃAÀ¯í\u00a0€');
  });

  it('truncated, overlong and surrogate UTF-8 sequences are invalid', () => {
    expect(decoded(bytes(0x41, 0xc3)).encoding).toBe('windows-1252'); // cut off at the end
    expect(decoded(bytes(0xc0, 0xaf)).encoding).toBe('windows-1252'); // overlong "/"
    expect(decoded(bytes(0xed, 0xa0, 0x80)).encoding).toBe('windows-1252'); // U+D800
    expect(decoded(bytes(0xf4, 0x90, 0x80, 0x80)).encoding).toBe('windows-1252'); // past U+10FFFF
  });

  it('a BOM followed by invalid UTF-8 is still removed and reported', () => {
    expect(decoded(concat(BOM8, bytes(0x41, 0xe9)))).toMatchObject({ text: 'Aé', encoding: 'windows-1252', bom: true });
  });

  it('decodeWindows1252: the WHATWG table for 0x80–0x9F, every other byte as its own code point', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    const differ = Array.from({ length: 256 }, (_, b) => b).filter((b) => text.charCodeAt(b) !== b);
    // Only 0x80–0x9F map elsewhere, and of those the five undefined bytes map to themselves.
    expect(differ).toEqual(range(0x80, 0x9f).filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b)));
    const high: Record<number, string> = {
      0x80: '€',
      0x82: '‚',
      0x83: 'ƒ',
      0x84: '„',
      0x85: '…',
      0x86: '†',
      0x87: '‡',
      0x88: 'ˆ',
      0x89: '‰',
      0x8a: 'Š',
      0x8b: '‹',
      0x8c: 'Œ',
      0x8e: 'Ž',
      0x91: '‘',
      0x92: '’',
      0x93: '“',
      0x94: '”',
      0x95: '•',
      0x96: '–',
      0x97: '—',
      0x98: '˜',
      0x99: '™',
      0x9a: 'š',
      0x9b: '›',
      0x9c: 'œ',
      0x9e: 'ž',
      0x9f: 'Ÿ',
      // The five bytes Windows-1252 leaves undefined stay C1 controls, as WHATWG says.
      0x81: '\u0081',
      0x8d: '\u008d',
      0x8f: '\u008f',
      0x90: '\u0090',
      0x9d: '\u009d',
    };
    expect(Object.keys(high)).toHaveLength(32);
    for (const [b, ch] of Object.entries(high)) expect(text[Number(b)], `byte ${Number(b).toString(16)}`).toBe(ch);
  });

  it('decodeWindows1252 handles long input (chunked) and empty input', () => {
    const long = new Uint8Array(50_000).fill(0x80);
    expect(decodeWindows1252(long)).toBe('€'.repeat(50_000));
    expect(decodeWindows1252(new Uint8Array(0))).toBe('');
  });
});

describe('decodeBytes: UTF-16', () => {
  const text = '\r\nABKNAME002=Помощь\r\nABKNAME003=😀\r\nContrast=9\r\n';

  it('UTF-16LE with a BOM (Notepad "Unicode")', () => {
    expect(decoded(concat(BOM_LE, utf16(text, 'le')))).toEqual({ text, encoding: 'utf-16le', bom: true, guessedUtf16: false, replaced: 0 });
  });

  it('UTF-16BE with a BOM (Notepad "Unicode big endian")', () => {
    expect(decoded(concat(BOM_BE, utf16(text, 'be')))).toEqual({ text, encoding: 'utf-16be', bom: true, guessedUtf16: false, replaced: 0 });
  });

  it('UTF-16 without a BOM is recognised by its zero bytes', () => {
    expect(decoded(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le', bom: false, guessedUtf16: true, replaced: 0 });
    expect(decoded(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be', bom: false, guessedUtf16: true, replaced: 0 });
  });

  it('broken UTF-16 (odd length, lone surrogate) is read with U+FFFD and counted', () => {
    const odd = concat(BOM_LE, utf16('\r\nContrast=9', 'le'), bytes(0x41));
    expect(decoded(odd)).toMatchObject({ text: '\r\nContrast=9\uFFFD', replaced: 1 });
    const lone = concat(BOM_BE, utf16('\r\nA=\uD800x\uDC00', 'be'));
    expect(decoded(lone)).toMatchObject({ text: '\r\nA=\uFFFDx\uFFFD', replaced: 2 });
  });

  it('a NUL character in UTF-16 is binary; the offset is the byte offset in the file', () => {
    // "AB" then U+0000: the NUL is code unit 2, bytes 4–5, after the 2-byte BOM → byte 6.
    expect(decodeBytes(concat(BOM_LE, utf16('AB\0CD', 'le')))).toEqual({ ok: false, error: { kind: 'binary', reason: 'nul', offset: 6 } });
    expect(decodeBytes(concat(BOM_BE, utf16('AB\0CD', 'be')))).toEqual({ ok: false, error: { kind: 'binary', reason: 'nul', offset: 6 } });
    const noBom = utf16(`${'Contrast=9\r\n'.repeat(4)}\0`, 'le');
    expect(decodeBytes(noBom)).toEqual({ ok: false, error: { kind: 'binary', reason: 'nul', offset: 96 } });
  });

  it('UTF-16 that is mostly control characters is binary', () => {
    expect(decodeBytes(concat(BOM_LE, utf16('\u0001\u0002\u0003abc', 'le')))).toMatchObject({ ok: false, error: { kind: 'binary', reason: 'control' } });
  });

  it('a UTF-16 BOM wins over any signature check', () => {
    // FF FE could otherwise look like nothing; FE FF followed by "%PDF" is still UTF-16 text.
    expect(decoded(concat(BOM_BE, utf16('%PDF', 'be'))).text).toBe('%PDF');
  });
});
