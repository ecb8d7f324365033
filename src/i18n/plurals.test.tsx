import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, t } from './i18n.ts';

const held = (count: number) => t('history.undoHeld', { what: 'x', names: 'a', count });
const past = (count: number) => t('problem.pastCapacity', { what: 'w', count });

// The catalogs' rules (src/i18n/catalogs.test.ts) as the user reads them: a count says the right thing for the
// numbers that share a plural form in the language.
describe('counted words', () => {
  afterEach(async () => {
    await setLocale('en', false);
  });

  it('in Russian, 21 files are files: a case for the single file is `=1`, not `one` (which also counts 21, 31…)', async () => {
    await setLocale('ru', false);
    expect(held(1)).toContain('в файле a');
    expect(held(21)).toContain('в файлах a');
    expect(held(3)).toContain('в файлах a');
    expect(past(1)).toContain('телефон её игнорирует');
    expect(past(21)).toContain('телефон их игнорирует');
    expect(past(21)).toContain('остаётся');
    expect(past(5)).toContain('остаются');
  });

  it('in English, one unreadable character is one character', () => {
    expect(t('problem.unreadable', { count: 1 })).toBe('1 character could not be read and is shown as �.');
    expect(t('problem.unreadable', { count: 2 })).toBe('2 characters could not be read and are shown as �.');
  });

  it('a count of open files is written as the language writes numbers, as the table of them does (5.000 in German)', async () => {
    expect(t('status.openedMany', { count: 5000 })).toBe('Opened 5,000 files.');
    await setLocale('de', false);
    expect(t('fileList.title', { count: 5000 })).toBe('Geöffnete Dateien (5.000)');
    expect(t('status.openedMany', { count: 5000 })).toBe('5.000 Dateien geöffnet.');
    await setLocale('ru', false);
    // (Russian groups with a no-break space.)
    expect(t('history.moreFiles', { count: 5000 }).replace(/\s/g, ' ')).toBe('ещё 5 000');
  });
});
