import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { err, ok, type Result } from './result.ts';
import { newDecoder } from './text-codec.ts';

/** 'utf-8+windows-1252': UTF-8 with some bytes that are not, each read as Windows-1252 (see decodeMixed). */
export type Encoding = 'utf-8' | 'windows-1252' | 'utf-8+windows-1252' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  /** A byte-order mark was present (and removed). */
  readonly bom: boolean;
  /** UTF-16 without a byte-order mark, recognised by its zero bytes. */
  readonly guessedUtf16: boolean;
  /** Characters that could not be decoded and became U+FFFD (only possible for broken UTF-16). */
  readonly replaced: number;
  /** In a 'utf-8+windows-1252' file: how many bytes were read as Windows-1252. */
  readonly legacyBytes?: number;
}

export type DecodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-large'; readonly size: number; readonly limit: number }
  | { readonly kind: 'binary'; readonly reason: 'nul' | 'control'; readonly offset: number }
  | { readonly kind: 'signature'; readonly format: FileFormat };

/** Magic numbers of files people drop by mistake, so the message can say what the file is. */
const SIGNATURES = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], format: 'a ZIP archive (or an Office document)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], format: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], format: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], format: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], format: 'a GIF image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], format: 'a program (ELF)' },
  { bytes: [0x4d, 0x5a], format: 'a Windows program' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], format: 'an old Office document' },
  { bytes: [0x1f, 0x8b], format: 'a gzip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], format: 'an RTF document (save it as plain text)' },
] as const satisfies readonly { readonly bytes: readonly number[]; readonly format: string }[];

/** What a file that is not a backup is, in English; the UI words it in the user's language. */
export type FileFormat = (typeof SIGNATURES)[number]['format'];

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** C0 controls other than tab, LF, VT, FF, CR and SUB (DOS end-of-file): the marks of a non-text file. */
function isBinaryControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1a;
}

/** The same characters as isBinaryControl. */
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u0019\u001b-\u001f]/;

/** UTF-16 without BOM shows as a zero in every other byte of ASCII text. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean, guessed: boolean): Result<Decoded, DecodeError> {
  const body = bom ? bytes.subarray(2) : bytes;
  const text = newDecoder(encoding, false).decode(body);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  const nul = text.indexOf('\0');
  // Byte offset in the file: two bytes a UTF-16 code unit, after the BOM.
  if (nul !== -1) return err({ kind: 'binary', reason: 'nul', offset: (bom ? 2 : 0) + nul * 2 });
  return checkControls({ text, encoding, bom, guessedUtf16: guessed, replaced });
}

/**
 * A handful of stray control characters does not make a short file binary: a two-line file with one bell
 * character in a label is a backup with a typo, kept and reported per line, not a program.
 */
const STRAY_CONTROLS = 8;

/**
 * Refuses text that is control characters for more than 5% (a handful of them aside, see STRAY_CONTROLS) or for
 * half or more (however few); stray ones are kept and reported per line.
 */
function checkControls(decoded: Decoded): Result<Decoded, DecodeError> {
  const { text } = decoded;
  // The usual case, no such character at all, found by the regular-expression engine's fast scan.
  if (!BINARY_CONTROL.test(text)) return ok(decoded);
  let controls = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (isBinaryControl(text.charCodeAt(i))) {
      controls++;
      if (first === -1) first = i;
    }
  }
  if ((controls > STRAY_CONTROLS && controls > text.length * 0.05) || controls * 2 >= text.length) return err({ kind: 'binary', reason: 'control', offset: first });
  return ok(decoded);
}

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG index-windows-1252); every other byte is its own code point. Decoded here
 * rather than by TextDecoder('windows-1252'), which Node ≥ 20.18.3 gets wrong (it decodes Latin-1: 0x80 → U+0080,
 * not €; nodejs/node#60888), so the result is the same in every browser and in the tests.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Each byte's Windows-1252 character, for decoding one stray byte without building a buffer (decodeMixed). */
const CP1252_CHARS: readonly string[] = Array.from({ length: 256 }, (_, b) =>
  String.fromCharCode(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b),
);

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const codes = new Uint16Array(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return parts.join('');
}

/**
 * Bytes → text, by the spec §3 rules: strict UTF-8 (BOM removed), UTF-16 with a BOM (or recognisably without),
 * anything else that is not valid UTF-8 read as Windows-1252. NUL bytes outside UTF-16 mean the file is not text.
 */
export function decodeBytes(bytes: Uint8Array, limit: number = MAX_FILE_BYTES): Result<Decoded, DecodeError> {
  if (bytes.length === 0) return err({ kind: 'empty' });
  if (bytes.length > limit) return err({ kind: 'too-large', size: bytes.length, limit });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', true, false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', true, false);
  for (const sig of SIGNATURES) if (startsWith(bytes, sig.bytes)) return err({ kind: 'signature', format: sig.format });
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = guessUtf16(bytes);
    if (utf16) return decodeUtf16(bytes, utf16, false, true);
    return err({ kind: 'binary', reason: 'nul', offset: nul });
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    text = newDecoder('utf-8', true).decode(body);
  } catch {
    const mixed = decodeMixed(body);
    if (mixed) return checkControls({ text: mixed.text, encoding: 'utf-8+windows-1252', bom, guessedUtf16: false, replaced: 0, legacyBytes: mixed.legacyBytes });
    text = decodeWindows1252(body);
    encoding = 'windows-1252';
  }
  return checkControls({ text, encoding, bom, guessedUtf16: false, replaced: 0 });
}

/** Whether the byte at `i` is a continuation byte in lo..hi (the default is every continuation byte). */
function continuesAt(bytes: Uint8Array, i: number, lo = 0x80, hi = 0xbf): boolean {
  const c = bytes[i];
  return c !== undefined && c >= lo && c <= hi;
}

/** The length of the valid UTF-8 sequence (RFC 3629: no overlongs, no surrogates, at most U+10FFFF) at `i`, or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return continuesAt(bytes, i + 1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const second = b === 0xe0 ? continuesAt(bytes, i + 1, 0xa0) : b === 0xed ? continuesAt(bytes, i + 1, 0x80, 0x9f) : continuesAt(bytes, i + 1);
    return second && continuesAt(bytes, i + 2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = b === 0xf0 ? continuesAt(bytes, i + 1, 0x90) : b === 0xf4 ? continuesAt(bytes, i + 1, 0x80, 0x8f) : continuesAt(bytes, i + 1);
    return second && continuesAt(bytes, i + 2) && continuesAt(bytes, i + 3) ? 4 : 0;
  }
  return 0;
}

/**
 * A UTF-8 file with some bytes that are not UTF-8 (a line typed in, or pasted from, a Windows-1252 editor): its
 * valid UTF-8 stays UTF-8 and only each other byte is read as Windows-1252, so "Помощь" is not turned into
 * "ÐŸÐ¾Ð¼Ð¾Ñ‰ÑŒ" by one "é" elsewhere. Null when the file's multi-byte UTF-8 sequences do not outnumber its stray
 * bytes: a Windows-1252 file.
 */
function decodeMixed(bytes: Uint8Array): { text: string; legacyBytes: number } | null {
  // Counted before any text is built: most files that get here are plain Windows-1252, which the caller decodes whole.
  let legacyBytes = 0;
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceAt(bytes, i);
    if (n === 0) legacyBytes++;
    else if (n > 1) multiByte++;
    i += n || 1;
  }
  // A few valid pairs among many stray bytes (a Windows-1252 "Ã©" beside many "é") are more likely Windows-1252 too.
  if (multiByte <= legacyBytes) return null;
  const parts: string[] = [];
  let from = 0;
  const utf8 = newDecoder('utf-8', false);
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceAt(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (i > from) parts.push(utf8.decode(bytes.subarray(from, i)));
    // Straight from the table: decodeWindows1252 would allocate its 16 KB buffer for this one byte, which made a
    // megabyte of stray bytes take seconds (and a zip of such files block the page for half a minute).
    parts.push(CP1252_CHARS[bytes[i] as number] as string);
    i++;
    from = i;
  }
  if (from < bytes.length) parts.push(utf8.decode(bytes.subarray(from)));
  return { text: parts.join(''), legacyBytes };
}
