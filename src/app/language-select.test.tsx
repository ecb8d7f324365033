import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/i18n.ts';
import { LanguageSelect } from './language-select.tsx';

describe('the language choice’s label', () => {
  afterEach(async () => {
    await act(() => setLocale('en', false));
  });

  it('in Hebrew, keeps the space between its word and “Language” outside the English word’s left-to-right run', async () => {
    await setLocale('he', false);
    render(<LanguageSelect />);
    const select = screen.getByRole('combobox', { name: 'שפה Language' });
    const label = document.querySelector(`label[for="${select.id}"]`);
    const english = label?.querySelector('[dir="ltr"]');
    // Inside it, a right-to-left page draws the space on the far side of "Language", which then touches "שפה".
    expect(english?.textContent).toBe('Language');
    expect(label?.textContent).toBe('שפה Language');
  });
});
