import { render } from '@testing-library/react';
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
