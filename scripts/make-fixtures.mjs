#!/usr/bin/env node
// Writes the byte-exact codec fixtures of src/format/fixtures/ and, beside each text fixture, the golden
// `<name>.expected.txt`: the bytes a load → save without edits must give.
//
//   node scripts/make-fixtures.mjs
//
// The expected bytes are built here from the fixture's logical text and the spec §3 normalisations (BOM removed,
// a blank first line added, UTF-16 / Windows-1252 → UTF-8, line ends kept), never by running the codec, so the
// tests compare the codec against an independent answer. The catalog's names are written out by hand for the
// same reason. Re-running the script gives the same bytes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const DIR = new URL('../src/format/fixtures/', import.meta.url);

const CRLF = '\r\n';
const LF = '\n';

/** @param {string} s */
const utf8 = (s) => Buffer.from(s, 'utf8');

/** @param {string} s */
const utf16le = (s) => Buffer.from(s, 'utf16le');

/** @param {string} s */
function utf16be(s) {
  const b = Buffer.from(s, 'utf16le');
  return b.swap16();
}

/**
 * Windows-1252 for the characters these fixtures use: Latin-1 as is, plus the 0x80–0x9F letters we need.
 * @param {string} s
 */
function cp1252(s) {
  /** @type {Record<string, number>} */
  const extra = { '€': 0x80, '’': 0x92, 'Š': 0x8a, 'œ': 0x9c };
  return Buffer.from(
    Array.from(s, (c) => {
      const cp = c.codePointAt(0) ?? 0;
      if (extra[c] !== undefined) return extra[c];
      if (cp > 0xff) throw new Error(`${c} is not in Windows-1252`);
      return cp;
    }),
  );
}

/**
 * @param {readonly string[]} lines
 * @param {string} eol
 * @param {boolean} [finalEol]
 */
const join = (lines, eol, finalEol = true) => lines.join(eol) + (finalEol ? eol : '');

/** The spec §7 example, canonical form: a blank first line, then the data. */
const CANONICAL = [
  '',
  'ABKNAME001=Reception',
  'ABKNUMBER001=200',
  'ABKNAME002=Помощь',
  'ABKNUMBER002=*88#4411',
  'PHNLABEL01=Pickup',
  'Personalized Ring=3',
  'Call Timer=1',
  'Contrast=9',
  'Display Language=English',
  'Automatic Backup=1',
  'FTP Server IP Address=192.168.10.5',
  'FTP Directory Path=/backup/phones',
];

/** Every spec §4 setting with a valid value, in the spec's order. */
const EVERY_SETTING = [
  'Personalized Ring=3',
  'Redial=1',
  'Phone Screen on Answer=1',
  'Phone Screen on Calling=0',
  'Call Timer=1',
  'Message Display Rate=2',
  'Call Appearance Width=1',
  'Visual Alerting=0',
  'Call Log Enable=1',
  'Contrast=9',
  'Display Language=English',
  'Ethernet=1',
  'Automatic Backup=1',
  'FTP Server IP Address=192.168.10.5',
  'FTP Directory Path=/backup/phones/4620',
  'FTP User Name=phones',
  'Phone Application Background Color=2',
  'Speed Dial Application Background Color=3',
  'Call Log Application Background Color=4',
  'Options Application Background Color=5',
  'Session Appearance Width=0',
  'Transfer Type=1',
];

const pad = (/** @type {number} */ n, /** @type {number} */ width) => String(n).padStart(width, '0');

/** A full 4620-family backup: 108 speed dials, 24 feature labels, every setting. */
function full4620() {
  /** @type {string[]} */
  const lines = [''];
  const someLabels = ['Reception', 'Помощь', 'Müller', 'ヘルプデスク', 'Front desk 24'];
  for (let i = 1; i <= 108; i++) {
    const label = someLabels[i % someLabels.length] ?? '';
    lines.push(`ABKNAME${pad(i, 3)}=${i % 7 === 0 ? label : `Entry ${i}`}`);
    lines.push(`ABKNUMBER${pad(i, 3)}=${i % 5 === 0 ? `*88#${4000 + i}` : i % 9 === 0 ? `9,0800${pad(i, 6)}` : String(2000 + i)}`);
  }
  for (let m = 1; m <= 24; m++) lines.push(`PHNLABEL${pad(m, 2)}=${m === 3 ? 'Übergabe' : `Button ${m}`}`);
  lines.push(...EVERY_SETTING);
  return lines;
}

/** Duplicates, unknown names, a non-setting line, odd spacing, lowercase names, aliases, unpadded indices. */
const DUPLICATES_AND_UNKNOWN = [
  '',
  'Contrast=5',
  'ABKNAME001=Reception',
  'ABKNUMBER001=200',
  'abknumber001=201',
  'ABKNAME7=Lab',
  'ABKNUMBER7=4417',
  'FTPSRVR=10.0.0.1',
  'ftpdir=/phones',
  '# a comment line, kept as it is',
  'Contrast = 9',
  'display language=English',
  'Personalized Ring=3 ',
  'Mystery Setting=42',
  'FTP Password=hunter2',
  '=orphan value',
  '   ',
  'LOGACTIVE=0',
  'PHNLABEL1=Pickup',
  'Contrast=12',
  'Call Log Active=1',
];

/** @type {{ name: string, bytes: Buffer, expected?: Buffer }[]} */
const FIXTURES = [];
/**
 * @param {string} name
 * @param {Buffer} bytes
 * @param {Buffer} [expected]
 */
const add = (name, bytes, expected) => FIXTURES.push({ name, bytes, expected });

const canonicalCrlf = join(CANONICAL, CRLF);
add('canonical.txt', utf8(canonicalCrlf), utf8(canonicalCrlf));
add('lf.txt', utf8(join(CANONICAL, LF)), utf8(join(CANONICAL, LF)));
// The first data line on line 1: saving writes a blank line (with the file's own line end) before it.
const noBlank = join(CANONICAL.slice(1), CRLF);
add('no-leading-blank.txt', utf8(noBlank), utf8(CRLF + noBlank));
const noBlankLf = join(CANONICAL.slice(1), LF);
add('no-leading-blank-lf.txt', utf8(noBlankLf), utf8(LF + noBlankLf));
// A UTF-8 BOM is removed; the rest is kept.
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
add('bom.txt', Buffer.concat([BOM, utf8(canonicalCrlf)]), utf8(canonicalCrlf));
// Notepad's "UTF-8 with BOM" of a hand-made file without the blank line: both normalisations.
add('bom-no-leading-blank.txt', Buffer.concat([BOM, utf8(noBlank)]), utf8(CRLF + noBlank));
// Windows-1252 ("Extended ASCII"): not valid UTF-8 (0xE9 before an ASCII letter), saved as UTF-8.
const latin = [
  '',
  'ABKNAME001=André',
  'ABKNUMBER001=201',
  'ABKNAME002=Müller',
  'ABKNUMBER002=202',
  'ABKNAME003=Café €',
  'ABKNUMBER003=203',
  'PHNLABEL01=Tom’s line',
  'PHNLABEL02=Šef œuvre',
  'FTP Directory Path=/dépôt/phones',
];
add('cp1252.txt', cp1252(join(latin, CRLF)), utf8(join(latin, CRLF)));
// UTF-16 as Notepad's "Unicode" and "Unicode big endian" write it, and without a BOM.
add('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(canonicalCrlf)]), utf8(canonicalCrlf));
add('utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(canonicalCrlf)]), utf8(canonicalCrlf));
add('utf16le-nobom.txt', utf16le(canonicalCrlf), utf8(canonicalCrlf));
add('utf16be-nobom.txt', utf16be(canonicalCrlf), utf8(canonicalCrlf));
// No line end after the last line: kept that way.
const noFinal = join(CANONICAL, CRLF, false);
add('no-final-newline.txt', utf8(noFinal), utf8(noFinal));
// CRLF and LF in one file: each line keeps its own.
const mixed = ['', 'ABKNAME001=Reception', 'ABKNUMBER001=200', 'Contrast=9', 'Call Timer=1'];
const mixedText = `${mixed[0]}\r\n${mixed[1]}\n${mixed[2]}\r\n${mixed[3]}\n${mixed[4]}\r\n`;
add('mixed-eol.txt', utf8(mixedText), utf8(mixedText));
const dup = join(DUPLICATES_AND_UNKNOWN, CRLF);
add('duplicates-and-unknown.txt', utf8(dup), utf8(dup));
const full = join(full4620(), CRLF);
add('full-4620.txt', utf8(full), utf8(full));
add('empty.txt', Buffer.alloc(0));
// Refused: NUL bytes in a file that is not UTF-16 (the NUL is at byte 22).
add(
  'binary.bin',
  Buffer.concat([utf8('ABKNAME001=Reception\r\n'), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]),
);
// Refused: mostly control characters, no NUL.
add('controls.bin', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0x01 + (i % 8) : 0x41))));
// Refused by its signature: the start of a PNG image (signature and IHDR chunk).
add(
  'signature.png',
  Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
    0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
  ]),
);

mkdirSync(DIR, { recursive: true });
for (const f of readdirSync(DIR)) rmSync(new URL(f, DIR));
for (const { name, bytes, expected } of FIXTURES) {
  writeFileSync(new URL(name, DIR), bytes);
  if (expected) writeFileSync(new URL(name.replace(/\.txt$/, '.expected.txt'), DIR), expected);
}
console.log(`wrote ${FIXTURES.length} fixtures to ${DIR.pathname}`);
