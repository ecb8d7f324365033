// Message catalogs for the UI (Lingui). Each area has one JSON file per locale, keyed by explicit message ids
// (we do not extract from source: the English file is the source of truth). `npm run i18n` compiles them into
// src/i18n/compiled/<area>/<locale>.ts, which the app imports: English statically, the others on demand.
import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-json';

export const AREAS = ['core', 'editing', 'settings', 'problems', 'admin', 'report', 'steps', 'guide', 'fleet', 'profile'] as const;

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'fr', 'ru', 'he'],
  fallbackLocales: { default: 'en' },
  catalogs: AREAS.map((area) => ({
    path: `<rootDir>/src/i18n/catalogs/${area}/{locale}`,
    include: [`<rootDir>/src/i18n/catalogs/${area}`],
  })),
  format: formatter({ style: 'minimal' }),
  compileNamespace: 'ts',
});
