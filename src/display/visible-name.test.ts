import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, visibleName } from './visible-name.ts';

describe('visibleName', () => {
  it('shows a right-to-left override as its code, so a disguised name reads as what it is', () => {
    const disguised = '4321_\u202Etxt.atad0264';
    expect(visibleName(disguised)).toBe('4321_[U+202E]txt.atad0264');
    expect(hasHiddenCharacters(disguised)).toBe(true);
  });

  it('shows controls, zero-width characters and isolates', () => {
    expect(visibleName('a\u0000b\tc\u200Bd\u2066e\uFEFF')).toBe('a[U+0000]b[U+0009]c[U+200B]d[U+2066]e[U+FEFF]');
  });

  it('leaves ordinary names alone, whatever their script', () => {
    for (const name of ['2001_4620data.txt', 'גיבוי.txt', 'Café €.txt', 'резерв 1.txt']) {
      expect(visibleName(name)).toBe(name);
      expect(hasHiddenCharacters(name)).toBe(false);
    }
  });
});
