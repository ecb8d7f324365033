import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS } from '../../../catalog/catalog.ts';
import { settingKey } from '../../../format/keys.ts';
import { setLocale } from '../../../i18n/i18n.ts';
import type { FormValues } from '../../../model/values.ts';
import { useEditorForm } from '../editor-form.ts';
import { SettingsSection } from './settings-section.tsx';

const values: FormValues = {
  settings: { ...Object.fromEntries(SETTINGS.map((d) => [d.id, undefined])), contrast: '9', callTimer: '1' },
  speedDials: [],
  featureLabels: [],
};

function Harness() {
  const form = useEditorForm(values);
  return (
    <SettingsSection
      form={form}
      model="4620SW"
      protocol="h323"
      lineNoByKey={new Map([[settingKey('contrast'), 15]])}
      savedKeys={new Set([settingKey('contrast'), settingKey('callTimer')])}
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
    const contrast = screen.getByRole('textbox', { name: 'Kontrast Contrast' });
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
    expect(screen.getByRole('textbox', { name: 'Contraste Contrast' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Durée d’appel Call Timer' }).querySelector('option:checked')?.textContent).toBe('Activé (1)');
    await act(() => setLocale('en', false));
    expect(screen.getByLabelText('Contrast', { exact: true })).toBeTruthy();
    expect(document.querySelector('.field__filename')).toBeNull();
  });
});
