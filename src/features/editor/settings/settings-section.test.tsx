import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SETTINGS } from '../../../catalog/catalog.ts';
import { settingKey } from '../../../format/keys.ts';
import { setLocale } from '../../../i18n/i18n.ts';
import type { FormValues } from '../../../model/values.ts';
import type { EditorAction } from '../../../session/open-file.ts';
import { useEditorForm } from '../editor-form.ts';
import { loadGuideWords } from '../guide-words.ts';
import { SettingsSection } from './settings-section.tsx';

const values: FormValues = {
  settings: { ...Object.fromEntries(SETTINGS.map((d) => [d.id, undefined])), contrast: '9', callTimer: '1' },
  speedDials: [],
  featureLabels: [],
};

// The help and the sources are the `guide` words, which the editor loads as it first draws.
beforeAll(() => loadGuideWords());

function Harness({
  settings = {},
  saved = { contrast: '9', callTimer: '1' },
  dispatch = () => {},
}: {
  settings?: Record<string, string | undefined>;
  saved?: Record<string, string | undefined>;
  dispatch?: (action: EditorAction) => void;
}) {
  const form = useEditorForm({ ...values, settings: { ...values.settings, ...settings } });
  return (
    <SettingsSection
      form={form}
      model="4620SW"
      protocol="h323"
      lineNoByKey={new Map([[settingKey('contrast'), 15]])}
      savedKeys={new Set([settingKey('contrast'), settingKey('callTimer')])}
      savedSettings={saved}
      dispatch={dispatch}
    />
  );
}

describe('SettingsSection in the user’s language', () => {
  afterEach(async () => {
    await act(() => setLocale('en', false));
  });

  it('in English: labels exactly as the catalog names them, with no second name', () => {
    render(<Harness />);
    const contrast = screen.getByLabelText('Contrast', { exact: true });
    expect(contrast.getAttribute('placeholder')).toBe('1–15, default 8');
    expect(document.querySelector('.field__filename')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Options' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reset Contrast to not in the file' })).toBeTruthy();
    expect(screen.getByLabelText('Call Timer', { exact: true }).querySelector('option:checked')?.textContent).toBe('On (1)');
    expect(screen.getByLabelText('Message Display Rate').querySelector('option:checked')?.textContent).toBe('Not in the file (phone default: Medium)');
  });

  it('in German: translated labels with the name the file uses in small type, and translated choices', async () => {
    await act(() => setLocale('de', false));
    render(<Harness />);
    // The label, with the file's name, is the input's accessible name.
    const contrast = screen.getByRole('spinbutton', { name: 'Kontrast Contrast' });
    expect((contrast as HTMLInputElement).value).toBe('9');
    const fileName = document.querySelector(`label[for="${contrast.id}"] .field__filename`);
    expect(fileName?.textContent).toBe('Contrast');
    expect(fileName?.getAttribute('lang')).toBe('en');
    expect(contrast.getAttribute('placeholder')).toBe('1–15, Standard 8');
    expect(screen.getByRole('heading', { name: 'Optionen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kontrast aus der Datei entfernen' })).toBeTruthy();

    const timer = screen.getByRole('combobox', { name: 'Gesprächsdauer Call Timer' });
    expect(timer.querySelector('option:checked')?.textContent).toBe('Ein (1)');
    const rate = screen.getByRole('combobox', { name: 'Laufschriftgeschwindigkeit Message Display Rate' });
    expect(rate.querySelector('option:checked')?.textContent).toBe('Nicht in der Datei (Telefonstandard: Mittel)');
    expect([...rate.querySelectorAll('option')].map((o) => o.textContent)).toContain('Schnell (3)');
    // Display languages are shown as the file writes them.
    const language = screen.getByRole('combobox', { name: 'Anzeigesprache Display Language' });
    expect([...language.querySelectorAll('option')].map((o) => o.textContent)).toContain('German');
    expect(screen.getByText('In der Datei, Zeile 15.')).toBeTruthy();
  });

  it('follows a change of language while it is shown', async () => {
    render(<Harness />);
    expect(screen.getByLabelText('Contrast', { exact: true })).toBeTruthy();
    await act(() => setLocale('fr', false));
    expect(screen.getByRole('spinbutton', { name: 'Contraste Contrast' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Durée d’appel Call Timer' }).querySelector('option:checked')?.textContent).toBe('Activé (1)');
    await act(() => setLocale('en', false));
    expect(screen.getByLabelText('Contrast', { exact: true })).toBeTruthy();
    expect(document.querySelector('.field__filename')).toBeNull();
  });
});

const contrast = () => screen.getByLabelText('Contrast', { exact: true }) as HTMLInputElement;
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('SettingsSection: ranges, sources and trims', () => {
  it('a range is a number input with its bounds, said under it too', () => {
    render(<Harness />);
    expect(contrast().type).toBe('number');
    expect(contrast().min).toBe('1');
    expect(contrast().max).toBe('15');
    expect(description(contrast())).toContain('A whole number from 1 to 15.');
    const ring = screen.getByLabelText('Personalized Ring', { exact: true }) as HTMLInputElement;
    expect([ring.type, ring.min, ring.max]).toEqual(['number', '1', '8']);
  });

  it('a number out of range from the file stays in the number input, said as what the file says', () => {
    render(<Harness settings={{ contrast: '99' }} saved={{ contrast: '99' }} />);
    expect(contrast().type).toBe('number');
    expect(contrast().value).toBe('99');
    expect(contrast().getAttribute('aria-invalid')).toBe('true');
    expect(description(contrast())).toContain('Contrast is 1 to 15; this file says “99”.');
  });

  it('a value changed since the file was opened is said as entered, not as the file’s', () => {
    render(<Harness settings={{ contrast: '0' }} saved={{ contrast: '9' }} />);
    expect(description(contrast())).toContain('Contrast is 1 to 15; you entered “0”.');
  });

  it('a value that is not a number stays a text box showing it as it is, with a button to a valid one', () => {
    render(<Harness settings={{ contrast: 'abc' }} saved={{ contrast: 'abc' }} />);
    expect(contrast().type).toBe('text');
    expect(contrast().value).toBe('abc');
    expect(description(contrast())).toContain('Contrast is 1 to 15; this file says “abc”.');
    fireEvent.click(screen.getByRole('button', { name: 'Set Contrast to 8' }));
    expect(contrast().type).toBe('number');
    expect(contrast().value).toBe('8');
    expect(contrast().getAttribute('aria-invalid')).toBeNull();
  });

  it('a value with spaces around it offers a trim, sent as one action of its own', () => {
    const dispatch = vi.fn<(action: EditorAction) => void>();
    render(<Harness settings={{ contrast: ' 7 ', callTimer: ' 1' }} saved={{ contrast: ' 7 ', callTimer: ' 1' }} dispatch={dispatch} />);
    expect(contrast().value).toBe(' 7 ');
    expect(description(contrast())).toContain('Contrast must be written without spaces around it; this file says “ 7 ”.');
    // The field's name is for screen readers; the eye sees "Trim to “7”" under the field.
    const trim = screen.getByRole('button', { name: 'Trim Contrast to “7”' });
    expect(trim.textContent).toBe('Trim Contrast to “7”');
    expect(trim.querySelector('.visually-hidden')?.textContent).toBe('Contrast');
    fireEvent.click(trim);
    expect(dispatch).toHaveBeenCalledWith({ type: 'trim-value', key: settingKey('contrast') });
    expect(contrast()).toBe(document.activeElement);
    // A choice too, and no "Set to" beside a trim.
    expect(screen.getByRole('button', { name: 'Trim Call Timer to “1”' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Set / })).toBeNull();
  });

  it('says each setting’s source in words, not in a mark', () => {
    render(<Harness />);
    expect(description(contrast())).toContain('Source: our best guess.');
    expect(description(screen.getByLabelText('Personalized Ring', { exact: true }))).toContain('Source: the 1600/9600 guides.');
    expect(description(screen.getByLabelText('Call Appearance Width', { exact: true }))).toContain(
      'Source: Avaya’s 4600 guide for the option, its default (full width) and which phones have it, our best guess for its values 0 and 1.',
    );
    // FTP Directory Path's default is empty, said in words.
    expect(description(screen.getByLabelText('FTP Directory Path', { exact: true }))).toContain('Not in the file: the phone uses its own value (default empty).');
    expect(document.body.textContent).not.toMatch(/\[(doc|sibling|assumed)\]/);
  });
});
