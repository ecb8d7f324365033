import { afterEach, describe, expect, it } from 'vitest';
import { msg } from '../catalog/msg.ts';
import { setLocale, t, tr } from './i18n.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('values in translated sentences keep their own order (Unicode isolates)', () => {
  afterEach(async () => {
    await setLocale('en', false);
  });

  it('in Hebrew, a file name, a key name or a dial string goes between FSI and PDI', async () => {
    await setLocale('he', false);
    const words = t('discard.closeBody', { name: '2001_4620data.txt' });
    expect(words).toContain(`${FSI}2001_4620data.txt${PDI}`);
    // Text from the file, and a value worded by another message, too.
    expect(tr(msg('discard.closeBody', { name: 'SPEEDDIALNAME01' }))).toContain(`${FSI}SPEEDDIALNAME01${PDI}`);
    expect(t('discard.closeBody', { name: '+49 89 1234,5' })).toContain(`${FSI}+49 89 1234,5${PDI}`);
  });

  it('plain digits are left alone, so a plural still counts them', async () => {
    await setLocale('he', false);
    expect(t('problemsPanel.counts', { errors: 1, warnings: 2, notes: 0 })).toBe('שגיאה אחת, 2 אזהרות, 0 הערות.');
    expect(t('fileList.title', { count: 3 })).not.toContain(FSI);
  });

  it('in a left-to-right language a left-to-right value is left as it is (it looks the same either way)', () => {
    expect(t('discard.closeBody', { name: '2001_4620data.txt' })).toBe('The file has changes you have not saved. If you close 2001_4620data.txt, they will be lost.');
  });

  it('in any language, a value with right-to-left letters or a bidi control is isolated, so it cannot reorder the sentence', () => {
    expect(t('discard.closeBody', { name: 'שלום.txt' })).toContain(`${FSI}שלום.txt${PDI}`);
    // A right-to-left override in a name (U+202E) ends at the PDI.
    expect(t('discard.closeBody', { name: '4321_\u202Etxt.atad0264' })).toContain(`${FSI}4321_\u202Etxt.atad0264${PDI},`);
  });
});
