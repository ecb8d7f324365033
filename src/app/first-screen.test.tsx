import { render, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from './app.tsx';
import { FirstScreen } from './first-screen.tsx';

/**
 * The page as a browser lays it out: closed dialogs take no room (App keeps its questions in the page, closed),
 * and a select's chosen option is its property once React draws it, not an attribute.
 */
function laidOut(root: Element): Element {
  const copy = root.cloneNode(true) as Element;
  for (const dialog of copy.querySelectorAll('dialog:not([open])')) dialog.remove();
  for (const option of copy.querySelectorAll('option[selected]')) option.removeAttribute('selected');
  return copy;
}

describe('the first screen rendered into index.html', () => {
  it('is App’s first render, element for element, so nothing moves when App takes over', () => {
    const { container } = render(<App />);
    const first = document.createElement('div');
    first.innerHTML = renderToStaticMarkup(<FirstScreen />);
    const [app, prerendered] = [laidOut(container), laidOut(first)];
    // Compared as nodes (attributes in any order), and shown as markup when they differ.
    expect(prerendered.isEqualNode(app), `${prerendered.innerHTML}\n≠\n${app.innerHTML}`).toBe(true);
  });
});

describe('the five first screens in index.html, one per language', () => {
  it('hold no id twice, so each screen’s labels name its own controls (the language choice is named before the page works)', async () => {
    const { firstScreenHtml } = await import('./first-screen-html.tsx');
    const root = document.createElement('div');
    root.innerHTML = await firstScreenHtml();
    document.body.append(root);
    try {
      const ids = [...root.querySelectorAll('[id]')].map((el) => el.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      const screens = [...root.querySelectorAll<HTMLElement>('.first-screen')];
      expect(screens.map((s) => s.lang)).toEqual(['en', 'de', 'fr', 'ru', 'he']);
      for (const screen of screens) {
        const label = (screen.querySelector('.language__label')?.textContent ?? '').replace(/\s/g, '');
        // The select the label names is this screen's own, and its accessible name is the visible label (jsdom's
        // name leaves out the space before the label's English "Language", which a browser keeps).
        const select = within(screen).getByRole('combobox', { name: (name) => name.replace(/\s/g, '') === label });
        expect(screen.contains(select), screen.lang).toBe(true);
        for (const el of screen.querySelectorAll('[for], [aria-controls], [aria-labelledby], [aria-describedby]')) {
          for (const ref of ['for', 'aria-controls', 'aria-labelledby', 'aria-describedby'].flatMap((a) => el.getAttribute(a)?.split(' ') ?? [])) {
            // Every reference names an element of this screen (More names its list only while the list is open).
            const target = document.getElementById(ref);
            expect(target !== null && screen.contains(target), `${screen.lang}: ${ref}`).toBe(true);
          }
        }
      }
    } finally {
      root.remove();
    }
  });
});
