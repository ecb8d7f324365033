/** The languages the editor speaks, each named in itself, and how the page picks one. */
export const LOCALES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'he', name: 'עברית', dir: 'rtl' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];
export const SOURCE_LOCALE: LocaleCode = 'en';

export function isLocale(code: unknown): code is LocaleCode {
  return LOCALES.some((l) => l.code === code);
}

export function localeDir(code: LocaleCode): 'ltr' | 'rtl' {
  return LOCALES.find((l) => l.code === code)?.dir ?? 'ltr';
}

/**
 * The user's own choice when there is one, else the first of the browser's languages we speak (by its primary
 * subtag: de-AT is German; iw is Hebrew's old code), else English.
 */
export function pickLocale(stored: string | null, browser: readonly string[]): LocaleCode {
  if (isLocale(stored)) return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const code = primary === 'iw' ? 'he' : primary;
    if (isLocale(code)) return code;
  }
  return SOURCE_LOCALE;
}
