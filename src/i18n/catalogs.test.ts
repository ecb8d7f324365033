import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales.ts';

// Every language has every message English has, no more, with the same placeholders, in valid ICU syntax.
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
