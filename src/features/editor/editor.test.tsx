import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../../format/test-fixtures.ts';
import { encodeUtf8 } from '../../format/text-codec.ts';
import { t } from '../../i18n/i18n.ts';
import { valuesOf } from '../../model/values.ts';
import { FIRST_ROWS } from './speed-dial/speed-dial-section.tsx';
import { openBytes, type OpenFile } from '../../session/open-file.ts';
import { Editor } from './editor.tsx';

const full = (): OpenFile => {
  const opened = openBytes(fixture('full-4620.txt'), '4711_4620data.txt', null);
  if (!opened.ok) throw new Error('the fixture should open');
  return opened.value;
};

type ActGlobal = { IS_REACT_ACT_ENVIRONMENT?: boolean };

/**
 * Renders the Editor over the full fixture as a browser would: outside act(), so the render React leaves for after
 * the first frame is not run at once. Returns when the first render is on the page.
 */
function renderFirstScreen(): { unmount: () => void; untilWhole: () => Promise<void> } {
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  const g = globalThis as ActGlobal;
  const actEnvironment = g.IS_REACT_ACT_ENVIRONMENT;
  g.IS_REACT_ACT_ENVIRONMENT = false;
  flushSync(() => root.render(<Editor file={full()} dispatch={() => undefined} />));
  return {
    unmount: () => {
      g.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
      act(() => root.unmount());
      host.remove();
    },
    // (By id while waiting: finding a field by its label in 2,600 elements is slow in jsdom.)
    untilWhole: async () => {
      for (let waited = 0; !document.getElementById('other-title') && waited < 5000; waited += 10) await new Promise((done) => setTimeout(done, 10));
    },
  };
}

const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

describe('opening a file draws the first screen first', () => {
  let unmount: (() => void) | undefined;
  afterEach(() => unmount?.());

  it('the first render holds the telephone and the first speed dials; the next one, every field', async () => {
    expect(valuesOf(full().doc, full().model).speedDials).toHaveLength(108);
    const editor = renderFirstScreen();
    unmount = editor.unmount;
    expect(screen.getByLabelText(t('phone.model'))).toBeTruthy();
    expect(screen.getByLabelText(t('speedDial.labelField', { n: FIRST_ROWS }))).toBeTruthy();
    expect(screen.queryByLabelText(t('speedDial.labelField', { n: FIRST_ROWS + 1 }))).toBeNull();
    expect(document.getElementById('other-title')).toBeNull();
    expect(document.getElementById('featureLabel-1-label')).toBeNull();
    // The list's own words already count every entry, drawn or not.
    expect(screen.getByText(/^108 of 108 /)).toBeTruthy();

    await editor.untilWhole();
    expect(document.querySelector('label[for="speedDial-108-label"]')?.textContent).toBe(t('speedDial.labelField', { n: 108 }));
    expect(document.getElementById('other-title')?.textContent).toBe(t('otherLines.title'));
    expect(document.querySelector('label[for="featureLabel-24-label"]')?.textContent).toBe(t('featureLabels.field', { n: 24 }));
  });

  it('moving the last drawn speed dial down draws the rest at once, and focus follows the entry', async () => {
    const editor = renderFirstScreen();
    unmount = editor.unmount;
    const last = document.getElementById(`speedDial-${FIRST_ROWS}-label`) as HTMLInputElement;
    const entry = last.value;
    last.focus();
    fireEvent.keyDown(last, { key: 'ArrowDown', altKey: true });
    // Drawn by the key press itself, not by the render that comes later: focus moves in the next frame.
    const moved = document.getElementById(`speedDial-${FIRST_ROWS + 1}-label`) as HTMLInputElement | null;
    expect(moved?.value).toBe(entry);
    await nextFrame();
    expect(document.activeElement).toBe(moved);
  });

  it('a problem clicked at once draws the rest of the form and takes the keyboard to its field', async () => {
    const editor = renderFirstScreen();
    unmount = editor.unmount;
    const problems = screen.getByRole('region', { name: t('problemsPanel.title') });
    const link = within(problems).getAllByRole('button').find((b) => b.classList.contains('problem__text'));
    expect(link).toBeTruthy();
    fireEvent.click(link as HTMLElement);
    expect(document.activeElement?.closest('.editor__main')).toBeTruthy();
    // (The fixture's first problem is about a line only the Other lines section shows.)
    expect(document.activeElement?.id).toMatch(/^(setting-|line-)/);
  });

  it('not when the page is scrolled down (switching files, say): a short page would lose the place', () => {
    const scrollY = Object.getOwnPropertyDescriptor(window, 'scrollY');
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 2000 });
    try {
      const editor = renderFirstScreen();
      unmount = editor.unmount;
      expect(document.getElementById('speedDial-108-label')).not.toBeNull();
      expect(document.getElementById('other-title')).not.toBeNull();
    } finally {
      if (scrollY) Object.defineProperty(window, 'scrollY', scrollY);
    }
  });
});

/** 150 lines of names nobody knows: each an other line, with a problem of its own. */
const many = (): OpenFile => {
  const opened = openBytes(encodeUtf8(`${['', ...Array.from({ length: 150 }, (_, i) => `UNKNOWN${i + 1}=x`)].join('\r\n')}\r\n`), '4711_4620data.txt', null);
  if (!opened.ok) throw new Error('the file should open');
  return opened.value;
};

/** The field of line `n` of the file (by id: finding it by its label among the form's elements is slow in jsdom). */
const lineField = (file: OpenFile, n: number) => {
  const id = `line-${file.doc.lines[n - 1]?.id ?? -1}`;
  expect(document.querySelector(`label[for="${id}"]`)?.textContent).toBe(t('otherLines.line', { n }));
  return document.getElementById(id);
};

describe('an other line past the first hundred (Other lines draws a hundred rows at first)', () => {
  it('its problem’s link takes the keyboard to that line (it went nowhere: the line was not drawn)', async () => {
    const file = many();
    render(<Editor file={file} dispatch={() => undefined} />);
    await waitFor(() => expect(document.getElementById('other-title')).not.toBeNull());
    expect(document.getElementById(`line-${file.doc.lines[140]?.id ?? -1}`)).toBeNull();
    const problems = document.getElementById('problems') as HTMLElement;
    fireEvent.click([...problems.querySelectorAll('button')].find((b) => b.textContent.startsWith('Show all')) as HTMLElement);
    const link = document.getElementById(`problem-unknown-${file.doc.lines[140]?.id ?? -1}`) as HTMLElement;
    expect(link.textContent).toMatch(/^Line 141: “UNKNOWN140”/);
    fireEvent.click(link);
    expect(document.activeElement).toBe(lineField(file, 141));
  });

  it('so does a hit of Find across files (the page’s goTo), into a form just opened', async () => {
    const file = many();
    const done = vi.fn<() => void>();
    render(<Editor file={file} dispatch={() => undefined} goTo={{ uid: file.uid, target: { kind: 'line', lineId: file.doc.lines[140]?.id ?? -1 }, done }} />);
    await waitFor(() => expect(done).toHaveBeenCalledOnce());
    expect(document.activeElement).toBe(lineField(file, 141));
  });
});
