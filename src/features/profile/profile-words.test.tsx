import { afterEach, describe, expect, it } from 'vitest';
import { readProfile } from '../../catalog/profile.ts';
import { setLocale, tr } from '../../i18n/i18n.ts';
import { loadProfileWords } from './profile.tsx';

describe('a format profile’s problems in another language', () => {
  afterEach(async () => {
    await setLocale('en', false);
  });

  it('quote unknown keys in the language’s own quotation marks, not English ones', async () => {
    await loadProfileWords();
    const read = readProfile(JSON.stringify({ format: 'avaya-4600-backup-profile', version: 1, settings: {}, comment: 'x', note: 'y' }));
    const [problem] = read.ok ? [] : read.problems;
    expect(problem && tr(problem)).toBe('Unknown keys: “comment” and “note”.');
    await setLocale('de', false);
    expect(problem && tr(problem)).toBe('Unbekannte Schlüssel: „comment“ und „note“.');
    await setLocale('fr', false);
    expect(problem && tr(problem)).toBe('Clés inconnues : « comment » et « note ».');
  });
});
