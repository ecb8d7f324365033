#!/usr/bin/env node
// Writes the byte-exact fixtures of the end-to-end tests (e2e/fixtures/), and beside some of them the golden
// bytes a save must give (`<name>.expected.txt`).
//
//   node scripts/make-e2e-fixtures.mjs
//
// The expected bytes are built here from the fixture's lines and the spec §3 normalisations (BOM dropped, a blank
// first line added, line ends kept), never by running the editor, so the tests compare the app with an
// independent answer. Re-running the script gives the same bytes; both the script and its output are committed.
import { mkdirSync, writeFileSync } from 'node:fs';

const DIR = new URL('../e2e/fixtures/', import.meta.url);

const CRLF = '\r\n';
const LF = '\n';
const BOM = '\uFEFF';

/** @param {string} s */
const utf8 = (s) => Buffer.from(s, 'utf8');

/**
 * @param {readonly string[]} lines
 * @param {string} eol
 */
const join = (lines, eol) => lines.join(eol) + eol;

const pad = (/** @type {number} */ n, /** @type {number} */ width) => String(n).padStart(width, '0');

/**
 * A typical office backup, in the canonical form (blank first line, CRLF), plus what the editor must keep
 * untouched: a duplicate (`Call Timer` twice, the last wins), an unknown name and a line that is not NAME=value.
 */
const OFFICE = [
  '',
  'ABKNAME001=Reception',
  'ABKNUMBER001=200',
  'ABKNAME002=Help desk',
  'ABKNUMBER002=4400',
  'ABKNAME003=Security',
  'ABKNUMBER003=4999',
  'ABKNAME004=Voicemail',
  'ABKNUMBER004=*99',
  'PHNLABEL01=Pickup',
  'PHNLABEL02=Park',
  'Personalized Ring=3',
  'Call Timer=0',
  'Call Timer=1',
  'Contrast=9',
  'Display Language=English',
  'Automatic Backup=1',
  'FTP Server IP Address=192.168.10.5',
  'FTP Directory Path=/backup/phones',
  'FTP User Name=phone4711',
  'LOCATION=Building 2, room 114',
  '; edited by hand',
];

/** OFFICE after the key scenario: Speed dial 1 number 200 → 201 and Contrast 9 → 12, nothing else. */
const OFFICE_EDITED = OFFICE.map((l) => (l === 'ABKNUMBER001=200' ? 'ABKNUMBER001=201' : l === 'Contrast=9' ? 'Contrast=12' : l));

/** A hand-made file: UTF-8 with a BOM (as Notepad writes it), no blank first line, CRLF. */
const HAND_MADE = ['ABKNAME001=Reception', 'ABKNUMBER001=200', 'Contrast=9', 'Call Timer=1'];

/** The same, with LF line ends and no BOM: saved with LF, a blank line first. */
const HAND_MADE_LF = ['ABKNAME001=Lab', 'ABKNUMBER001=4417', 'Contrast=7'];

/** A 4625SW backup that only its colour lines tell apart from any other 4620-family file. */
const COLOURS = ['', 'ABKNAME001=Reception', 'ABKNUMBER001=200', 'Contrast=9', 'Phone Application Background Color=3', 'Speed Dial Application Background Color=5'];

/** Values the phone would ignore, each of a different control type. */
const INVALID = ['', 'Contrast=99', 'Call Timer=yes', 'FTP Server IP Address=192.168.10.300', 'FTP Directory Path=/backup/phones', 'Personalized Ring=4'];

/** A full 4610SW: all 48 speed dials. */
function full4610() {
  const lines = [''];
  for (let i = 1; i <= 48; i++) {
    lines.push(`ABKNAME${pad(i, 3)}=Entry ${i}`);
    lines.push(`ABKNUMBER${pad(i, 3)}=${2000 + i}`);
  }
  lines.push('Contrast=8');
  return lines;
}

/**
 * A full 4620: all 108 speed dials and 24 feature button labels, for changing the model to a 4610SW (48 and 12).
 * Its expected bytes after Convert keep the first 48 speed dials and 12 labels and every other line.
 */
function full4620() {
  const lines = [''];
  for (let i = 1; i <= 108; i++) {
    lines.push(`ABKNAME${pad(i, 3)}=Desk ${i}`);
    lines.push(`ABKNUMBER${pad(i, 3)}=${3000 + i}`);
  }
  for (let i = 1; i <= 24; i++) lines.push(`PHNLABEL${pad(i, 2)}=Button ${i}`);
  lines.push('Contrast=8');
  return lines;
}
const FULL_4620_CONVERTED = full4620().filter((l) => {
  const m = /^(?:ABKNAME|ABKNUMBER)(\d{3})=|^PHNLABEL(\d{2})=/.exec(l);
  return !m || (m[1] ? Number(m[1]) <= 48 : Number(m[2]) <= 12);
});

/**
 * One of each problem: BOM and a first line that is not blank (the BOM goes in front of the bytes), an
 * over-long label, a Cyrillic label (a problem on a 4620 only), a duplicate, an invalid value, an unknown name,
 * a password-like line. Saved line numbers are one more than the index here (the blank line is added).
 */
const PROBLEMS = [
  'ABKNAME001=Reception', // saved line 2
  'ABKNUMBER001=200', // 3
  'ABKNAME002=A very long label indeed', // 4
  'ABKNUMBER002=201', // 5
  'ABKNAME003=Помощь', // 6
  'ABKNUMBER003=202', // 7
  'Contrast=5', // 8: overridden by line 10
  'Call Timer=1', // 9
  'Contrast=99', // 10
  'FOO=bar', // 11
  'FTP Password=secret', // 12
];

/** Speed dials for the reordering tests. */
const SPEED_DIALS = ['', 'ABKNAME001=Alpha', 'ABKNUMBER001=101', 'ABKNAME002=Bravo', 'ABKNUMBER002=102', 'ABKNAME003=Charlie', 'ABKNUMBER003=103'];

/** @type {{ name: string, bytes: Buffer }[]} */
const files = [
  { name: 'office.txt', bytes: utf8(join(OFFICE, CRLF)) },
  // Unedited: the file is already canonical, so the save is byte-identical.
  { name: 'office.expected.txt', bytes: utf8(join(OFFICE, CRLF)) },
  { name: 'office-edited.expected.txt', bytes: utf8(join(OFFICE_EDITED, CRLF)) },
  { name: 'bom-no-blank.txt', bytes: utf8(BOM + join(HAND_MADE, CRLF)) },
  { name: 'bom-no-blank.expected.txt', bytes: utf8(join(['', ...HAND_MADE], CRLF)) },
  { name: 'lf-no-blank.txt', bytes: utf8(join(HAND_MADE_LF, LF)) },
  { name: 'lf-no-blank.expected.txt', bytes: utf8(join(['', ...HAND_MADE_LF], LF)) },
  { name: 'colours.txt', bytes: utf8(join(COLOURS, CRLF)) },
  { name: 'invalid-values.txt', bytes: utf8(join(INVALID, CRLF)) },
  { name: 'full-4610.txt', bytes: utf8(join(full4610(), CRLF)) },
  { name: 'full-4620.txt', bytes: utf8(join(full4620(), CRLF)) },
  { name: 'full-4620-as-4610.expected.txt', bytes: utf8(join(FULL_4620_CONVERTED, CRLF)) },
  { name: 'problems.txt', bytes: utf8(BOM + join(PROBLEMS, CRLF)) },
  { name: 'speed-dials.txt', bytes: utf8(join(SPEED_DIALS, CRLF)) },
  { name: 'new-4610-sip.expected.txt', bytes: utf8(join(['', 'ABKNAME001=Desk', 'ABKNUMBER001=100'], CRLF)) },
  // Not text: NUL and other control bytes, and nothing that looks like UTF-16.
  { name: 'binary.bin', bytes: Buffer.from([0x7f, 0x00, 0x13, 0x88, 0x00, 0x00, 0xfe, 0x01, 0x02, 0x03, 0x41, 0x00, 0x9a, 0xff, 0x00, 0x10]) },
  { name: 'empty.txt', bytes: Buffer.alloc(0) },
];

// Only these files are written; others in the folder (e2e/fixtures/admin/ …) are left alone.
mkdirSync(DIR, { recursive: true });
for (const f of files) writeFileSync(new URL(f.name, DIR), f.bytes);
console.log(`Wrote ${files.length} files to ${DIR.pathname}`);
