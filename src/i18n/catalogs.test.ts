import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales.ts';

// Every language has every message English has, no more, with the same placeholders, in valid ICU syntax; its
// plurals count as the language does (src/i18n/plurals.test.tsx shows it); a right-to-left language isolates the
// left-to-right text it writes that bidi would take apart.
const dir = join(import.meta.dirname, 'catalogs');
const areas = readdirSync(dir);
const read = (area: string, locale: string): Record<string, string> => JSON.parse(readFileSync(join(dir, area, `${locale}.json`), 'utf8'));

function args(tokens: readonly Token[], out = new Set<string>()): Set<string> {
  for (const t of tokens) {
    if (t.type === 'argument' || t.type === 'function') out.add(t.arg);
    if (t.type === 'plural' || t.type === 'select') {
      out.add(t.arg);
      for (const c of t.cases) args(c.tokens, out);
    }
  }
  return out;
}

describe.each(areas)('catalog area %s', (area) => {
  const en = read(area, 'en');
  it.each(LOCALES.map((l) => l.code))('%s has exactly the English ids, translated, with the same placeholders', (locale) => {
    const cat = read(area, locale);
    expect(new Set(Object.keys(cat))).toEqual(new Set(Object.keys(en)));
    for (const [id, text] of Object.entries(cat)) {
      expect(text.trim(), `${locale} ${id}`).not.toBe('');
      expect(args(parse(text)), `${locale} ${id}`).toEqual(args(parse(en[id] ?? '')));
    }
  });
});

it('the non-English catalogs are translations, not copies of English', () => {
  for (const area of areas) {
    const en = read(area, 'en');
    const ids = Object.keys(en);
    if (ids.length < 10) continue;
    for (const { code } of LOCALES.filter((l) => l.code !== 'en')) {
      const cat = read(area, code);
      const same = ids.filter((id) => cat[id] === en[id]).length;
      expect(same / ids.length, `${area}/${code}: ${same} of ${ids.length} the same as English`).toBeLessThan(0.25);
    }
  }
});

/** The cases of every plural in a message (nested ones too), with the argument each counts. */
function plurals(tokens: readonly Token[], out: { arg: string; cases: { key: string; tokens: Token[] }[] }[] = []) {
  for (const t of tokens) {
    if (t.type === 'plural') out.push({ arg: t.arg, cases: t.cases });
    if (t.type === 'plural' || t.type === 'select') for (const c of t.cases) plurals(c.tokens, out);
  }
  return out;
}

/** Whether a case says its number: `#`, or the counted argument itself. */
function showsNumber(tokens: readonly Token[], arg: string): boolean {
  return tokens.some((t) => t.type === 'octothorpe' || ((t.type === 'argument' || t.type === 'function') && t.arg === arg) || ((t.type === 'plural' || t.type === 'select') && (t.arg === arg || t.cases.some((c) => showsNumber(c.tokens, arg)))));
}

/** The whole numbers from 2 up that a language counts as `one` (Russian: 21, 31, 101…; English: none). */
const oneBeyondOne = (locale: string): number[] => {
  const rules = new Intl.PluralRules(locale);
  return Array.from({ length: 200 }, (_, i) => i + 2).filter((n) => rules.select(n) === 'one');
};

describe.each(LOCALES.map((l) => l.code))('plurals in %s', (locale) => {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const all = areas.flatMap((area) => Object.entries(read(area, locale)).map(([id, text]) => ({ area, id, en: read(area, 'en')[id] ?? '', text })));

  it('use only the language’s own categories, and every exact case (=0) English has', () => {
    const wrong: string[] = [];
    for (const { area, id, en, text } of all) {
      const exact = new Set(plurals(parse(en)).flatMap((p) => p.cases.map((c) => c.key).filter((k) => k.startsWith('='))));
      for (const p of plurals(parse(text))) {
        for (const c of p.cases) if (!c.key.startsWith('=') && !categories.includes(c.key as Intl.LDMLPluralRule)) wrong.push(`${area} ${id}: {${p.arg}} has a case ${c.key}`);
        if (!p.cases.some((c) => c.key === 'other')) wrong.push(`${area} ${id}: {${p.arg}} has no case other`);
      }
      const own = new Set(plurals(parse(text)).flatMap((p) => p.cases.map((c) => c.key).filter((k) => k.startsWith('='))));
      for (const k of exact) if (!own.has(k)) wrong.push(`${area} ${id}: English says ${k} in its own words, ${locale} does not`);
    }
    expect(wrong).toEqual([]);
  });

  it('that show the number have a case for each of the language’s forms (Russian: 2 файла, 5 файлов)', () => {
    const wrong: string[] = [];
    // (French `many` is for a million and more, said like `other`; Hebrew says 2 as `other` does, "2 קבצים".)
    const needed = categories.filter((c) => !(locale === 'fr' && c === 'many') && !(locale === 'he' && c === 'two'));
    for (const { area, id, text } of all) {
      for (const p of plurals(parse(text))) {
        const keys = p.cases.map((c) => c.key);
        const missing = needed.filter((c) => !keys.includes(c));
        if (missing.length > 0 && p.cases.some((c) => showsNumber(c.tokens, p.arg))) wrong.push(`${area} ${id}: {${p.arg}} has no ${missing.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** How each argument of a message is put: plain ({n}), or formatted as a number ({n, number}, or a plural's #). */
function uses(tokens: readonly Token[], out = new Map<string, Set<'plain' | 'number'>>()): Map<string, Set<'plain' | 'number'>> {
  const add = (arg: string, how: 'plain' | 'number') => out.set(arg, (out.get(arg) ?? new Set()).add(how));
  for (const t of tokens) {
    if (t.type === 'argument') add(t.arg, 'plain');
    if (t.type === 'function' && t.key === 'number') add(t.arg, 'number');
    if (t.type === 'plural') add(t.arg, 'number');
    if (t.type === 'plural' || t.type === 'select') for (const c of t.cases) uses(c.tokens, out);
  }
  return out;
}

// A number English writes in the language's own way (5,000; German 5.000) is written so in every language: "Изменено
// файлов: 5000" beside "5 000 из 5 000" reads as two kinds of number. (A language may format more than English does.)
it('a number English formats is formatted in every language, never put in plain', () => {
  const wrong: string[] = [];
  for (const area of areas) {
    const en = read(area, 'en');
    for (const { code } of LOCALES.filter((l) => l.code !== 'en')) {
      for (const [id, text] of Object.entries(read(area, code))) {
        const english = uses(parse(en[id] ?? ''));
        for (const [arg, how] of uses(parse(text))) {
          if (how.has('plain') && english.get(arg)?.has('number') && !english.get(arg)?.has('plain')) wrong.push(`${area}/${code} ${id}: {${arg}}`);
        }
      }
    }
  }
  expect(wrong).toEqual([]);
});

// Russian counts 21, 31, 101… as `one` (21 файл): a `one` case worded for a single thing ("этой настройки", "его")
// says one thing where there are 21, and hides the count. Such words belong in `=1`.
it('a language whose `one` counts more than 1 says the number in that case, or has `=1` for the single thing', () => {
  const wide = LOCALES.map((l) => l.code).filter((code) => oneBeyondOne(code).length > 0);
  expect(wide).toContain('ru');
  const wrong: string[] = [];
  for (const locale of wide) {
    for (const area of areas) {
      for (const [id, text] of Object.entries(read(area, locale))) {
        for (const p of plurals(parse(text))) {
          const one = p.cases.find((c) => c.key === 'one');
          if (one && !p.cases.some((c) => c.key === '=1') && !showsNumber(one.tokens, p.arg)) wrong.push(`${area}/${locale} ${id}: {${p.arg}} one {${one.tokens.map((t) => (t.type === 'content' ? t.value : '…')).join('')}}`);
        }
      }
    }
  }
  expect(wrong).toEqual([]);
});

/** The plain text of a message, placeholders and what is between LRI/FSI/RLI and PDI left out. */
function plainText(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.type === 'content') out.push(t.value.replace(/[\u2066-\u2068][^\u2069]*\u2069/g, ' '));
    else out.push(' ');
    if (t.type === 'plural' || t.type === 'select') for (const c of t.cases) out.push(' ', ...plainText(c.tokens), ' ');
  }
  // Words, spaces and runs of Hebrew letters (with the maqaf that joins a prefix, "ל־"), each its own piece.
  // (A right-to-left mark, U+200F, stands as a Hebrew letter does.)
  return out.join('').match(/\s+|[\u0590-\u05ff\u200f]+|[^\s\u0590-\u05ff\u200f]+/g) ?? [];
}

/**
 * Left-to-right text written into a right-to-left sentence (a file name, an extension, a key combination) that the
 * Unicode bidi algorithm would take apart: one that starts with a mark (".zip", "_sip", "+49") or with digits and a
 * mark after them ("4711_4620data.txt" shows as "4620data.txt_4711"), or that ends with a mark ("Alt+↑").
 * Number forms the algorithm keeps together (4005-4099, 192.168.10.5, 0/1, 46xxsettings.txt) pass.
 */
function reordered(words: readonly string[]): string[] {
  const bad: string[] = [];
  let before = '';
  for (const raw of words) {
    if (/^\s+$/.test(raw)) continue;
    const word = raw.replace(/^-?[„“"«(]+/, '').replace(/[.,;:!?…”"»)]+$/, '');
    const latin = /[A-Za-z0-9]/.test(word);
    const afterLatin = /[A-Za-z]$/.test(before);
    if (latin) {
      const startsWithMark = !/^[A-Za-z0-9]/.test(word) && !afterLatin;
      const afterNumber = word.replace(/^\d+(?:[-.,:/]\d+)*/, '');
      const digitsThenMark = afterNumber !== word && /^[^A-Za-z0-9]/.test(afterNumber) && !afterLatin;
      const endsWithMark = !/[A-Za-z0-9]$/.test(word);
      if (startsWithMark || digitsThenMark || endsWithMark) bad.push(word);
    }
    before = word;
  }
  return bad;
}

it('a right-to-left catalog isolates the left-to-right text it writes that bidi would reorder (between U+2066 and U+2069)', () => {
  const wrong: string[] = [];
  for (const { code } of LOCALES.filter((l) => l.dir === 'rtl')) {
    for (const area of areas) {
      for (const [id, text] of Object.entries(read(area, code))) {
        const bad = reordered(plainText(parse(text)));
        if (bad.length > 0) wrong.push(`${area}/${code} ${id}: ${bad.join(' ')}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

const check = (text: string) => reordered(plainText(parse(text)));

it('the check of left-to-right text in a right-to-left sentence finds what bidi reorders, and passes what it keeps', () => {
  expect(check('שמו דומה ל־1234_4620data.txt.')).toEqual(['1234_4620data.txt']);
  expect(check('קובץ .zip אחד')).toEqual(['.zip']);
  expect(check('השם מסתיים ב־_sip.')).toEqual(['_sip']);
  expect(check('ייבוא קובץ פרופיל (.json)')).toEqual(['.json']);
  expect(check('הזזה למעלה (Alt+↑)')).toEqual(['Alt+↑']);
  expect(check('(אף פעם לא „4711_4620data (2).txt”)')).toEqual(['4711_4620data']);
  expect(check('הזזה למעלה (\u2066Alt+↑\u2069)')).toEqual([]);
  expect(check('בקובץ 46xxsettings.txt שלך, למשל 4001 או 4005-4099, R2.7, H.323, 192.168.10.5, 0/1 ו־{name}.')).toEqual([]);
});

// Quotation marks are the language's own („…“, « … », «…»): code that writes a value between English ones puts
// them into every language's sentence. A value is quoted by a message (admin.quoted, profile.quoted, schema.quoted).
it('no UI code quotes a value in one language’s quotation marks', () => {
  const src = join(import.meta.dirname, '..');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('catalogs'));
  expect(files.length).toBeGreaterThan(50);
  const quoting = files.flatMap((f) => (/[“”‘’«»„]\$\{|\}[“”’»]/.test(readFileSync(join(src, f), 'utf8')) ? [f] : []));
  expect(quoting).toEqual([]);
});
