import { renderToStaticMarkup } from 'react-dom/server';
import { setLocale } from '../i18n/i18n.ts';
import { LOCALES, SOURCE_LOCALE } from '../i18n/locales.ts';
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
    const html = renderToStaticMarkup(<FirstScreen />);
    parts.push(`<div class="first-screen" lang="${code}" dir="${dir}">${code === SOURCE_LOCALE ? html : ownIds(html, code)}<span id="first-screen-end-${code}" hidden></span></div>`);
  }
  await setLocale('en', false);
  return parts.join('');
}

/**
 * The five screens are in one page until the page's JavaScript keeps one, so each but English's gets ids of its own
 * (`ui-language-de`), and its labels and references follow them: with one id five times, the German screen's
 * "Sprache" named the English screen's hidden select, and its own had no name. (English keeps App's ids; App's own
 * screen replaces whichever is shown.)
 */
function ownIds(html: string, code: string): string {
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
  return html.replace(/ (id|for|aria-controls|aria-labelledby|aria-describedby)="([^"]+)"/g, (_whole, attr: string, value: string) => {
    const own = value.split(' ').map((id) => (ids.has(id) ? `${id}-${code}` : id));
    return ` ${attr}="${own.join(' ')}"`;
  });
}
