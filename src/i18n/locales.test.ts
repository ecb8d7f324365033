import { describe, expect, it } from 'vitest';
import { localeDir, pickLocale } from './locales.ts';

describe('pickLocale', () => {
  it('follows the browser by primary subtag', () => {
    expect(pickLocale(null, ['de-AT', 'en'])).toBe('de');
    expect(pickLocale(null, ['pt-BR', 'fr-CA'])).toBe('fr');
    expect(pickLocale(null, ['ru'])).toBe('ru');
  });
  it('knows Hebrew by its old code too', () => {
    expect(pickLocale(null, ['iw-IL'])).toBe('he');
  });
  it('prefers the choice the user made, and ignores a stored value it does not know', () => {
    expect(pickLocale('he', ['de'])).toBe('he');
    expect(pickLocale('xx', ['de'])).toBe('de');
  });
  it('falls back to English', () => {
    expect(pickLocale(null, ['ja', 'zh-TW'])).toBe('en');
    expect(pickLocale(null, [])).toBe('en');
  });
  it('draws Hebrew right to left', () => {
    expect(localeDir('he')).toBe('rtl');
    expect(localeDir('de')).toBe('ltr');
  });
});
