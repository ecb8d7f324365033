import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LISTS, SETTINGS } from '../catalog/catalog.ts';
import { loadBytes, saveBytes } from './codec.ts';
import { classifyLine, needsLeadingBlank, parseText, serializeText, type BackupDocument, type Eol, type Line } from './document.ts';
import { effectiveLineIndex, getValue, removeKey, setValue } from './edit.ts';
import { canonicalName, listKey, settingKey, type LineKey } from './keys.ts';
import { encodeUtf8 } from './text-codec.ts';

const RUNS = { numRuns: 300 };
/** Quick alone (well under a second each), but a busy machine can slow them past vitest's default 5 s. */
const TIMEOUT = 30_000;

// ---------------------------------------------------------------------------------------------------------------
// Generators

/** Characters that matter to the line rules, mixed into otherwise arbitrary text. */
const SPECIAL = fc.constantFrom('\n', '\r', '\r\n', '=', ' ', '\t', '\u00a0', '\uFEFF', 'Contrast', 'ABKNAME001', '#');
/** Any UTF-16 code unit, lone surrogates included: text-level rules hold for every JS string. */
const CODE_UNIT = fc.nat(0xffff).map((n) => String.fromCharCode(n));
const anyText = fc
  .array(fc.oneof(SPECIAL, fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: CODE_UNIT, maxLength: 2 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** The C0 controls decodeBytes counts as the marks of a binary file (all but tab, LF, VT, FF, CR and SUB), and NUL. */
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u0019\u001b-\u001f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SIGNATURE_START = /^(MZ|GIF8|%PDF|\u007fELF|\{\\rtf)/;

/**
 * Text whose UTF-8 bytes decodeBytes reads back as that same text. Left out, each for a documented reason: the
 * empty text (zero bytes are refused as an empty file), NUL and the other binary C0 controls (the file would be refused as binary, spec §3: NUL at once, the others
 * past 5%), lone surrogates (TextEncoder writes them as U+FFFD, so the bytes do not hold the string), a leading
 * U+FEFF (it is the UTF-8 BOM, removed by design), and a start that is a known file signature (refused as that
 * kind of file).
 */
const bytesSafe = (text: string): boolean =>
  text !== '' &&
  !BINARY_CONTROL.test(text) && !LONE_SURROGATE.test(text) && !text.startsWith('\uFEFF') && !SIGNATURE_START.test(text);

/** A line's text: no LF or CR (either would end the line). */
const lineText = fc
  .array(fc.oneof(fc.constantFrom('=', ' ', '\t', '\uFEFF', 'Contrast', 'ABKNAME7', 'é', 'Ж', '漢', '😀'), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 8 })
  .map((parts) => parts.join('').replace(/[\r\n]/g, ''));

const eolArb: fc.Arbitrary<'\r\n' | '\n' | '\r'> = fc.constantFrom('\r\n', '\n', '\r');

/**
 * A document built from arbitrary lines (not by parsing). Two line shapes have no byte form and are left out: a
 * lone CR line end before an empty line that ends in LF (the bytes are a CRLF line end), and an empty last line
 * without a line end (it has no bytes at all). Neither can come from parsing, nor from the form's inputs.
 */
const builtDoc: fc.Arbitrary<BackupDocument> = fc
  .record({
    lines: fc.array(fc.record({ text: lineText, eol: eolArb }), { maxLength: 12 }),
    finalEol: fc.boolean(),
    docEol: eolArb,
  })
  .map(({ lines, finalEol, docEol }) => {
    const built: Line[] = lines.map(({ text, eol }, i) => {
      const lastNoEol = !finalEol && i === lines.length - 1 && text !== '';
      const nextGlues = lines[i + 1]?.text === '' && lines[i + 1]?.eol === '\n';
      return classifyLine(i, text, lastNoEol ? '' : eol === '\r' && nextGlues ? '\r\n' : eol);
    });
    return { lines: built, eol: docEol, nextId: built.length };
  });

/** Names a file may use for a key: canonical, alias, any case, padded or not. */
const SETTING_NAMES = SETTINGS.flatMap((d) => [d.name, ...d.aliases]);
const recase = (s: string, mode: number) => (mode === 0 ? s : mode === 1 ? s.toLowerCase() : s.toUpperCase());
const knownName = fc.oneof(
  fc.tuple(fc.constantFrom(...SETTING_NAMES), fc.nat(2)).map(([n, m]) => recase(n, m)),
  fc
    .tuple(fc.constantFrom('ABKNAME', 'ABKNUMBER', 'PHNLABEL'), fc.integer({ min: 1, max: 120 }), fc.boolean(), fc.nat(2))
    .map(([p, i, padded, m]) => recase(`${p}${padded ? String(i).padStart(3, '0') : i}`, m)),
);
/** A value as a form gives it: one line (no CR or LF), anything else. */
const value = fc.string({ unit: 'binary', maxLength: 10 }).map((v) => v.replace(/[\r\n]/g, ''));
const fileLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(knownName, value).map(([n, v]) => `${n}=${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Mystery', 'FTP Password', 'x'), value).map(([n, v]) => `${n}=${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', '# note', '=orphan') },
);
/** A parsed file with known keys (duplicates likely), unknown lines, any line ends, maybe no final newline. */
const parsedDoc = fc
  .record({ lines: fc.array(fc.tuple(fileLine, eolArb), { maxLength: 25 }), leadingBlank: fc.boolean(), finalEol: fc.boolean() })
  .map(({ lines, leadingBlank, finalEol }) => {
    const text = (leadingBlank ? '\r\n' : '') + lines.map(([l, e]) => l + e).join('');
    return parseText(finalEol ? text : text.replace(/\r?\n$/, ''));
  });

const ALL_KEYS: LineKey[] = [
  ...SETTINGS.map((d) => settingKey(d.id)),
  ...LISTS.flatMap((l) => l.fields.flatMap((f) => Array.from({ length: 120 }, (_, i) => listKey(l.id, i + 1, f.field)))),
];
const keysIn = (doc: BackupDocument): LineKey[] => doc.lines.flatMap((l) => (l.kind === 'setting' && l.key !== null ? [l.key] : []));

// ---------------------------------------------------------------------------------------------------------------
// The rule, written independently of document.ts

/** The first line end of a text (CRLF, LF or a lone CR) and where it starts: written independently of parseText. */
function firstEnd(text: string): { at: number; eol: '\r\n' | '\n' | '\r' } | null {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? { at: m.index, eol: m[0] as '\r\n' | '\n' | '\r' } : null;
}
/** The first line of a text: up to its first line end. */
const firstLineOf = (text: string): string => text.slice(0, firstEnd(text)?.at ?? text.length);
/** Blank = only whitespace, and not U+FEFF (which would be saved as a byte-order mark). An empty text has no line. */
const firstLineBlank = (text: string): boolean => text !== '' && firstLineOf(text).trim() === '' && !firstLineOf(text).includes('\uFEFF');
/** The line end new lines get (document.ts): the first CRLF or LF, else a lone CR if there is one, else CRLF. */
function eolOf(text: string): '\r\n' | '\n' | '\r' {
  const m = /\r\n|\n/.exec(text);
  if (m) return m[0] as '\r\n' | '\n';
  return text.includes('\r') ? '\r' : '\r\n';
}
const expectedSave = (text: string): string => (firstLineBlank(text) ? text : eolOf(text) + text);

const lineShape = (lines: readonly Line[]) => lines.map((l) => ({ text: l.text, eol: l.eol }));

// ---------------------------------------------------------------------------------------------------------------

describe('(a) text → parse → serialise', () => {
  it('gives the text back when its first line is blank, else the line end and the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(serializeText(parseText(text))).toBe(expectedSave(text));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('is idempotent: a saved text saves to itself', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = serializeText(parseText(text));
        expect(serializeText(parseText(once))).toBe(once);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('through bytes: encodeUtf8 → loadBytes → saveBytes gives the same answer, as UTF-8', () => {
    fc.assert(
      fc.property(anyText.filter(bytesSafe), (text) => {
        const loaded = loadBytes(encodeUtf8(text));
        if (!loaded.ok) throw new Error(`refused: ${JSON.stringify(loaded.error)}`);
        expect(loaded.value.decoded).toEqual({ encoding: 'utf-8', bom: false, guessedUtf16: false, replaced: 0 });
        expect(saveBytes(loaded.value.doc)).toEqual(encodeUtf8(expectedSave(text)));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('the saved bytes never start with a BOM and always start with a blank line', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const saved = serializeText(parseText(text));
        expect(saved.startsWith('\uFEFF')).toBe(false);
        expect(parseText(saved).lines[0]?.kind).toBe('blank');
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('(b) a document built from arbitrary lines survives save → load', () => {
  it('same line texts and line ends (after the blank first line the save adds when it is missing)', () => {
    fc.assert(
      fc.property(builtDoc.filter((d) => d.lines.every((l) => bytesSafe(` ${l.text}`))), (doc) => {
        const loaded = loadBytes(saveBytes(doc));
        if (!loaded.ok) throw new Error(`refused: ${JSON.stringify(loaded.error)}`);
        const expected = needsLeadingBlank(doc) ? [{ text: '', eol: doc.eol as Eol }, ...lineShape(doc.lines)] : lineShape(doc.lines);
        expect(lineShape(loaded.value.doc.lines)).toEqual(expected);
        // And each line is read as the same kind of line, with the same name, value and key.
        const offset = needsLeadingBlank(doc) ? 1 : 0;
        doc.lines.forEach((line, i) => {
          const { id: _a, ...was } = line;
          const { id: _b, ...now } = loaded.value.doc.lines[i + offset] as Line;
          expect(now).toEqual(was);
        });
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('(c) edits touch exactly the lines they must', () => {
  it('setValue on a key in the file changes exactly one line, the last one of the key', () => {
    fc.assert(
      fc.property(parsedDoc, fc.nat(), value, (doc, pick, v) => {
        const keys = keysIn(doc);
        fc.pre(keys.length > 0);
        const key = keys[pick % keys.length] as LineKey;
        // Setting the value a key already has returns the same document (edit.test.ts); here the value differs.
        fc.pre(getValue(doc, key) !== v);
        const next = setValue(doc, key, v);
        expect(next.lines).toHaveLength(doc.lines.length);
        const changed = next.lines.flatMap((l, i) => (l !== doc.lines[i] ? [i] : []));
        expect(changed).toEqual([effectiveLineIndex(doc, key)]);
        const i = changed[0] as number;
        const before = doc.lines[i];
        const after = next.lines[i];
        if (before?.kind !== 'setting' || after?.kind !== 'setting') throw new Error('not a setting line');
        expect(after).toMatchObject({ name: before.name, value: v, eol: before.eol, id: before.id, key });
        expect(getValue(next, key)).toBe(v);
        expect(serializeText(next).split('\n').length).toBe(serializeText(doc).split('\n').length);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('setValue on a key not in the file adds exactly one canonical line and changes none of the others', () => {
    fc.assert(
      fc.property(parsedDoc, fc.constantFrom(...ALL_KEYS), value, (doc, key, v) => {
        fc.pre(!keysIn(doc).includes(key));
        const next = setValue(doc, key, v);
        expect(next.lines).toHaveLength(doc.lines.length + 1);
        const at = next.lines.findIndex((l) => l.id === doc.nextId);
        expect(next.lines[at]?.text).toBe(`${canonicalName(key)}=${v}`);
        expect(getValue(next, key)).toBe(v);
        const others = next.lines.filter((_, i) => i !== at);
        expect(others.map((l) => l.text)).toEqual(doc.lines.map((l) => l.text));
        expect(others.map((l) => l.id)).toEqual(doc.lines.map((l) => l.id));
        // Added after the last line of a file without a final newline, the new line is the one without a line
        // end (the file stays without one), and the line before it gets one. Otherwise no other line changes.
        const lastWithoutEol = at === doc.lines.length && doc.lines.at(-1)?.eol === '';
        const expectedEols = lastWithoutEol ? [...doc.lines.slice(0, -1).map((l) => l.eol), doc.eol] : doc.lines.map((l) => l.eol);
        expect(others.map((l) => l.eol)).toEqual(expectedEols);
        expect(next.lines[at]?.eol).toBe(lastWithoutEol ? '' : doc.eol);
        const changedOthers = others.flatMap((l, i) => (l === doc.lines[i] ? [] : [i]));
        expect(changedOthers).toEqual(lastWithoutEol ? [doc.lines.length - 1] : []);
        // Never before the blank first line the phone needs.
        expect(doc.lines[0]?.kind === 'blank' && at === 0).toBe(false);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('removeKey of a key present once removes exactly that line', () => {
    fc.assert(
      fc.property(parsedDoc, fc.nat(), (doc, pick) => {
        const keys = keysIn(doc);
        const once = keys.filter((k) => keys.indexOf(k) === keys.lastIndexOf(k));
        fc.pre(once.length > 0);
        const key = once[pick % once.length] as LineKey;
        const at = effectiveLineIndex(doc, key);
        const next = removeKey(doc, key);
        expect(next.lines).toHaveLength(doc.lines.length - 1);
        const expected = doc.lines.filter((_, i) => i !== at);
        expect(next.lines.map((l) => l.text)).toEqual(expected.map((l) => l.text));
        // Removing the last line of a file without a final newline takes the line end off the new last line (not a
        // blank one: it would have no bytes left); a blank line ended by LF brought next to a line ended by a lone CR
        // takes the CR (else the two read back as one CRLF). Otherwise every remaining line is the old one, untouched.
        const eols = expected.map((l) => l.eol);
        const newLast = expected.at(-1);
        if (at === doc.lines.length - 1 && doc.lines[at]?.eol === '' && newLast && newLast.text !== '') eols[eols.length - 1] = '';
        for (let i = 1; i < eols.length; i++) if (eols[i - 1] === '\r' && expected[i]?.text === '' && eols[i] === '\n') eols[i] = '\r';
        expect(next.lines.map((l) => l.eol)).toEqual(eols);
        const changed = next.lines.flatMap((l, i) => (l === expected[i] ? [] : [i]));
        expect(changed).toEqual(eols.flatMap((e, i) => (e === expected[i]?.eol ? [] : [i])));
        // And the bytes read again are the lines the editor shows.
        // (After the blank first line the save adds when it is missing.)
        const read = parseText(serializeText(next)).lines.map((l) => [l.text, l.eol]);
        expect(read.slice(read.length - next.lines.length)).toEqual(next.lines.map((l) => [l.text, l.eol]));
        expect(read.length - next.lines.length).toBeLessThanOrEqual(1);
        expect(getValue(next, key)).toBeUndefined();
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('removeKey removes every line of a key, and nothing else', () => {
    fc.assert(
      fc.property(parsedDoc, fc.nat(), (doc, pick) => {
        const keys = keysIn(doc);
        fc.pre(keys.length > 0);
        const key = keys[pick % keys.length] as LineKey;
        const next = removeKey(doc, key);
        expect(keysIn(next)).not.toContain(key);
        expect(next.lines.map((l) => l.text)).toEqual(doc.lines.filter((l) => !(l.kind === 'setting' && l.key === key)).map((l) => l.text));
        // "No final newline" is neither added nor lost (unless every line went, or a blank line is left last: without
        // its line end it would be no bytes at all).
        expect(next.lines.length === 0 || next.lines.at(-1)?.text === '' || (next.lines.at(-1)?.eol === '') === (doc.lines.at(-1)?.eol === '')).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
