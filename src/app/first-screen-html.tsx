import { renderToStaticMarkup } from 'react-dom/server';
import { setLocale } from '../i18n/i18n.ts';
import { LOCALES } from '../i18n/locales.ts';
import { FirstScreen } from './first-screen.tsx';

/**
 * The first screen in every language, for index.html (run at build time in Node by prerenderFirstScreen in
 * vite.config.ts; never part of the page's JavaScript). Each is wrapped in an element marked with its language:
 * app.css shows only the one the page's `lang` names, which public/first-language.js sets before the body is read,
 * so a German browser sees German first, never English.
 */
export async function firstScreenHtml(): Promise<string> {
  const parts: string[] = [];
  for (const { code, dir } of LOCALES) {
    await setLocale(code, false);
    // The empty element at its end is what the page's first paint waits for (see public/first-language.js).
    parts.push(`<div class="first-screen" lang="${code}" dir="${dir}">${renderToStaticMarkup(<FirstScreen />)}<span id="first-screen-end-${code}" hidden></span></div>`);
  }
  await setLocale('en', false);
  return parts.join('');
}
