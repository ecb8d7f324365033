import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_TYPES } from '../file-io/file-io.ts';
import { LOCALES, localeDir, pickLocale } from '../i18n/locales.ts';

const script = readFileSync(new URL('../../public/first-language.js', import.meta.url), 'utf8');

/** Runs public/first-language.js as a page would, and gives the `lang` and `dir` it set. */
function run(stored: string | null, languages: readonly string[] | undefined, storageThrows = false) {
  return runWithHead(stored, languages, storageThrows).html;
}

/** An element as the script makes one: its properties and attributes, as one record. */
const createElement = (tagName: string) => {
  const el: Record<string, string> & { setAttribute?: (name: string, value: string) => void } = { tagName };
  el.setAttribute = (name, value) => void (el[name] = value);
  return el;
};

/** The same, with the elements the script put in the head. */
function runWithHead(stored: string | null, languages: readonly string[] | undefined, storageThrows = false) {
  const html = { lang: '', dir: '' };
  const head: Record<string, string>[] = [];
  runInNewContext(script, {
    // (The script also listens for what is done on the first screen before the page works: not run here.)
    document: { documentElement: html, addEventListener: () => undefined, createElement, head: { appendChild: (el: Record<string, string>) => head.push(el) } },
    navigator: { languages, language: languages?.[0] ?? 'en-US' },
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('storage is off');
        return key === 'avaya-4600-editor.locale' ? stored : null;
      },
    },
  });
  return { html, head };
}

const codes = LOCALES.map((l) => l.code);
const tag = fc.oneof(
  fc.constantFrom('de-AT', 'fr', 'FR-ca', 'iw', 'he-IL', 'ru_RU', 'en-GB', 'it', 'ja-JP', 'zh', 'constructor', '__proto__', ''),
  fc.string({ maxLength: 8 }),
);

describe('public/first-language.js, the language the first screen shows in', () => {
  it('names every language the editor speaks, with its direction', () => {
    for (const { code, dir } of LOCALES) expect(run(code, ['en'])).toEqual({ lang: code, dir });
  });

  it('has the first paint wait until that language’s first screen is all read, whose end index.html marks', async () => {
    const { firstScreenHtml } = await import('./first-screen-html.tsx');
    const screens = await firstScreenHtml();
    for (const { code } of LOCALES) {
      const [link] = runWithHead(code, ['en']).head;
      expect(link).toMatchObject({ tagName: 'link', rel: 'expect', href: `#first-screen-end-${code}`, blocking: 'render' });
      // The element it names closes that language's screen, once.
      expect(screens.split(`id="first-screen-end-${code}"`)).toHaveLength(2);
      expect(screens).toMatch(new RegExp(`id="first-screen-end-${code}" hidden></span></div>(<div class="first-screen"|$)`));
    }
  });

  it('picks as pickLocale does, for any stored choice and browser languages', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(fc.constantFrom(...codes), tag), { nil: null }), fc.array(tag, { maxLength: 4 }), (stored, languages) => {
        const code = pickLocale(stored, languages);
        expect(run(stored, languages)).toEqual({ lang: code, dir: localeDir(code) });
      }),
    );
  });

  it('does without storage (private mode, a policy) and without navigator.languages', () => {
    expect(run('de', ['fr'], true)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(run(null, undefined)).toEqual({ lang: 'en', dir: 'ltr' });
  });
});

describe('public/first-language.js, the first screen’s Open', () => {
  it('offers the same files as the page’s Open (TEXT_TYPES, its twin in src/file-io/file-io.ts)', () => {
    const types = /var TYPES = (\[.*\]);/.exec(script)?.[1];
    expect(types).toBeDefined();
    // (Made in another context: compared as data.)
    expect(JSON.parse(JSON.stringify(runInNewContext(`(${types ?? 'null'})`)))).toEqual(TEXT_TYPES);
  });
});
