import { describe, expect, it } from 'vitest';
import { loadBytes, saveBytes } from './codec.ts';
import type { DecodeError, Encoding } from './decode.ts';
import { getValue } from './edit.ts';
import { listKey, settingKey } from './keys.ts';
import { encodeUtf8, newDecoder } from './text-codec.ts';
import { fixture, fixtureNames, hex } from './test-fixtures.ts';

/**
 * Golden tests: every fixture of ./fixtures/ (scripts/make-fixtures.mjs) loaded and saved without edits gives
 * exactly its `.expected.txt` bytes: the input except the documented normalisations (spec §3).
 */

interface Golden {
  readonly encoding: Encoding;
  readonly bom: boolean;
  readonly guessedUtf16?: boolean;
  /** The normalisations the save makes, for the test's name. */
  readonly changes: string;
}

const GOLDEN: Record<string, Golden> = {
  'canonical.txt': { encoding: 'utf-8', bom: false, changes: 'none' },
  'lf.txt': { encoding: 'utf-8', bom: false, changes: 'none (LF kept)' },
  'no-leading-blank.txt': { encoding: 'utf-8', bom: false, changes: 'blank first line added (CRLF)' },
  'no-leading-blank-lf.txt': { encoding: 'utf-8', bom: false, changes: 'blank first line added (LF)' },
  'bom.txt': { encoding: 'utf-8', bom: true, changes: 'BOM removed' },
  'bom-no-leading-blank.txt': { encoding: 'utf-8', bom: true, changes: 'BOM removed, blank first line added' },
  'cp1252.txt': { encoding: 'windows-1252', bom: false, changes: 'Windows-1252 → UTF-8' },
  'utf16le-bom.txt': { encoding: 'utf-16le', bom: true, changes: 'UTF-16LE → UTF-8' },
  'utf16be-bom.txt': { encoding: 'utf-16be', bom: true, changes: 'UTF-16BE → UTF-8' },
  'utf16le-nobom.txt': { encoding: 'utf-16le', bom: false, guessedUtf16: true, changes: 'UTF-16LE (no BOM) → UTF-8' },
  'utf16be-nobom.txt': { encoding: 'utf-16be', bom: false, guessedUtf16: true, changes: 'UTF-16BE (no BOM) → UTF-8' },
  'no-final-newline.txt': { encoding: 'utf-8', bom: false, changes: 'none (no final newline kept)' },
  'mixed-eol.txt': { encoding: 'utf-8', bom: false, changes: 'none (each line end kept)' },
  'duplicates-and-unknown.txt': { encoding: 'utf-8', bom: false, changes: 'none' },
  'full-4620.txt': { encoding: 'utf-8', bom: false, changes: 'none' },
};

const REFUSED: Record<string, DecodeError> = {
  'empty.txt': { kind: 'empty' },
  'binary.bin': { kind: 'binary', reason: 'nul', offset: 22 },
  'controls.bin': { kind: 'binary', reason: 'control', offset: 0 },
  'signature.png': { kind: 'signature', format: 'a PNG image' },
};

const expectedName = (name: string): string => name.replace(/\.txt$/, '.expected.txt');

describe('fixtures', () => {
  it('every fixture file is covered by a test below', () => {
    const names = fixtureNames();
    const covered = [...Object.keys(GOLDEN), ...Object.keys(GOLDEN).map(expectedName), ...Object.keys(REFUSED)];
    covered.sort();
    expect(names).toEqual(covered);
  });
});

describe('load → save without edits (golden bytes)', () => {
  for (const [name, golden] of Object.entries(GOLDEN)) {
    it(`${name}: ${golden.changes}`, () => {
      const loaded = loadBytes(fixture(name));
      if (!loaded.ok) throw new Error(`${name} refused: ${JSON.stringify(loaded.error)}`);
      expect(loaded.value.decoded).toEqual({
        encoding: golden.encoding,
        bom: golden.bom,
        guessedUtf16: golden.guessedUtf16 ?? false,
        replaced: 0,
      });
      const saved = saveBytes(loaded.value.doc);
      const expected = fixture(expectedName(name));
      expect(hex(saved)).toBe(hex(expected));
    });

    it(`${name}: the saved file is UTF-8 without BOM, starts with a blank line, and saves to itself again`, () => {
      const expected = fixture(expectedName(name));
      expect([expected[0], expected[1], expected[2]]).not.toEqual([0xef, 0xbb, 0xbf]);
      // Valid UTF-8 (a fatal decoder would throw otherwise) whose first line is empty.
      const text = newDecoder('utf-8', true).decode(expected);
      expect(text.startsWith('\r\n') || text.startsWith('\n')).toBe(true);
      const again = loadBytes(expected);
      if (!again.ok) throw new Error('expected output refused');
      expect(again.value.decoded).toEqual({ encoding: 'utf-8', bom: false, guessedUtf16: false, replaced: 0 });
      expect(hex(saveBytes(again.value.doc))).toBe(hex(expected));
    });
  }
});

describe('refused files', () => {
  for (const [name, error] of Object.entries(REFUSED)) {
    it(`${name} → ${error.kind}`, () => {
      expect(loadBytes(fixture(name))).toEqual({ ok: false, error });
    });
  }
});

function load(name: string) {
  const r = loadBytes(fixture(name));
  if (!r.ok) throw new Error(`${name} refused`);
  return r.value.doc;
}

describe('what the fixtures hold', () => {

  it('the spec §7 example reads as its values, whatever the encoding', () => {
    for (const name of ['canonical.txt', 'lf.txt', 'bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt', 'utf16le-nobom.txt', 'utf16be-nobom.txt', 'no-final-newline.txt']) {
      const doc = load(name);
      expect(doc.lines).toHaveLength(13);
      expect(getValue(doc, listKey('speedDial', 2, 'label'))).toBe('Помощь');
      expect(getValue(doc, listKey('speedDial', 2, 'number'))).toBe('*88#4411');
      expect(getValue(doc, listKey('featureLabel', 1, 'label'))).toBe('Pickup');
      expect(getValue(doc, settingKey('ftpServer'))).toBe('192.168.10.5');
      expect(getValue(doc, settingKey('ftpDirectory'))).toBe('/backup/phones');
      expect(doc.lines.filter((l) => l.kind === 'setting' && l.key === null)).toEqual([]);
    }
  });

  it('line ends: CRLF and LF files, a mixed file line by line, no final newline', () => {
    expect(new Set(load('canonical.txt').lines.map((l) => l.eol))).toEqual(new Set(['\r\n']));
    expect(new Set(load('lf.txt').lines.map((l) => l.eol))).toEqual(new Set(['\n']));
    expect(load('lf.txt').eol).toBe('\n');
    expect(load('mixed-eol.txt').lines.map((l) => l.eol)).toEqual(['\r\n', '\n', '\r\n', '\n', '\r\n']);
    const noFinal = load('no-final-newline.txt');
    expect(noFinal.lines.at(-1)?.eol).toBe('');
    expect(noFinal.lines.at(-1)?.text).toBe('FTP Directory Path=/backup/phones');
  });

  it('Windows-1252 bytes read as their letters (é, ü, €, ’, Š, œ)', () => {
    const doc = load('cp1252.txt');
    expect(getValue(doc, listKey('speedDial', 1, 'label'))).toBe('André');
    expect(getValue(doc, listKey('speedDial', 2, 'label'))).toBe('Müller');
    expect(getValue(doc, listKey('speedDial', 3, 'label'))).toBe('Café €');
    expect(getValue(doc, listKey('featureLabel', 1, 'label'))).toBe('Tom’s line');
    expect(getValue(doc, listKey('featureLabel', 2, 'label'))).toBe('Šef œuvre');
    expect(getValue(doc, settingKey('ftpDirectory'))).toBe('/dépôt/phones');
    // And é is written as UTF-8's two bytes.
    expect(hex(fixture('cp1252.expected.txt'))).toContain(hex(encodeUtf8('André')));
  });

  it('duplicates-and-unknown.txt: last wins, aliases, lowercase names, unpadded indices, odd spacing, all kept', () => {
    const doc = load('duplicates-and-unknown.txt');
    expect(getValue(doc, settingKey('contrast'))).toBe('12');
    expect(getValue(doc, listKey('speedDial', 1, 'number'))).toBe('201');
    expect(getValue(doc, listKey('speedDial', 7, 'label'))).toBe('Lab');
    expect(getValue(doc, listKey('speedDial', 7, 'number'))).toBe('4417');
    expect(getValue(doc, listKey('featureLabel', 1, 'label'))).toBe('Pickup');
    expect(getValue(doc, settingKey('ftpServer'))).toBe('10.0.0.1');
    expect(getValue(doc, settingKey('ftpDirectory'))).toBe('/phones');
    expect(getValue(doc, settingKey('displayLanguage'))).toBe('English');
    expect(getValue(doc, settingKey('personalizedRing'))).toBe('3 ');
    expect(getValue(doc, settingKey('callLogEnable'))).toBe('1');
    const spaced = doc.lines.find((l) => l.text === 'Contrast = 9');
    // Spaces are part of the name for the phone: not Contrast, but like it.
    expect(spaced).toMatchObject({ kind: 'setting', name: 'Contrast ', value: ' 9', key: null, looksLike: settingKey('contrast') });
    const kinds = doc.lines.map((l) => (l.kind === 'setting' ? (l.key === null ? 'unknown' : 'known') : l.kind));
    expect(kinds.filter((k) => k === 'unknown')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'other')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'blank')).toHaveLength(2);
  });

  it('full-4620.txt: 108 speed dials, 24 labels and every setting, all recognised', () => {
    const doc = load('full-4620.txt');
    const keys = doc.lines.flatMap((l) => (l.kind === 'setting' && l.key !== null ? [l.key] : []));
    expect(keys.filter((k) => k.startsWith('speedDial:') && k.endsWith(':label'))).toHaveLength(108);
    expect(keys.filter((k) => k.startsWith('speedDial:') && k.endsWith(':number'))).toHaveLength(108);
    expect(keys.filter((k) => k.startsWith('featureLabel:'))).toHaveLength(24);
    expect(keys.filter((k) => k.startsWith('setting:'))).toHaveLength(22);
    expect(new Set(keys).size).toBe(keys.length);
    expect(doc.lines.filter((l) => l.kind !== 'setting' || l.key === null)).toHaveLength(1);
  });
});
