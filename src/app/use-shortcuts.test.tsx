import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atFirstDraw } from './test-first-draw.tsx';
import { useShortcuts } from './use-shortcuts.ts';

type Way = 'undo' | 'redo';
interface Calls {
  readonly step: (way: Way) => void;
  readonly save: () => void;
  readonly open: () => void;
}

function Page({ calls, asking = false }: { readonly calls: Calls; readonly asking?: boolean }) {
  useShortcuts({ open: calls.open, save: calls.save, step: calls.step, unsaved: () => false });
  return (
    <>
      <form data-file-history aria-label="file">
        <label>
          Contrast <input />
        </label>
        <label>
          Line <textarea />
        </label>
      </form>
      <label>
        Filter the files <input type="search" />
      </label>
      <label>
        Select all <input type="checkbox" />
      </label>
      <button type="button">Save</button>
      {/* (jsdom has no modal dialogs: an open one stands for Save as, asked while the page waits behind it.) */}
      <dialog open={asking}>
        <label>
          File name <input />
        </label>
      </dialog>
    </>
  );
}

const spies = () => ({ step: vi.fn<(way: Way) => void>(), save: vi.fn<() => void>(), open: vi.fn<() => void>() });
/** Presses Ctrl+`key` (with Shift when said) at `el`: whether the page took it (the browser's own action is then held). */
const press = (el: Element, key: string, shiftKey = false) => !fireEvent.keyDown(el, { key, ctrlKey: true, shiftKey });

describe('Ctrl+Z and Ctrl+Y: the file’s history, or the browser’s own undo of a text field', () => {
  afterEach(cleanup);

  it('in the file’s own fields, on a button or a checkbox: the file’s Undo and Redo', () => {
    const calls = spies();
    render(<Page calls={calls} />);
    expect(press(screen.getByLabelText('Contrast'), 'z')).toBe(true);
    expect(press(screen.getByLabelText('Line'), 'z', true)).toBe(true);
    expect(press(screen.getByRole('button', { name: 'Save' }), 'y')).toBe(true);
    expect(press(screen.getByLabelText('Select all'), 'z')).toBe(true);
    expect(calls.step.mock.calls).toEqual([['undo'], ['redo'], ['redo'], ['undo']]);
  });

  it('in a text field that is not the file’s (the fleet’s filter, Find): the browser’s, and the file is left alone', () => {
    const calls = spies();
    render(<Page calls={calls} />);
    expect(press(screen.getByLabelText('Filter the files'), 'z')).toBe(false);
    expect(press(screen.getByLabelText('Filter the files'), 'y')).toBe(false);
    expect(calls.step).not.toHaveBeenCalled();
  });
});

describe('while a dialog asks, the page behind it waits', () => {
  afterEach(cleanup);

  it('Ctrl+S and Ctrl+O do nothing (nor the browser’s own Save and Open); Ctrl+Z in the dialog is the browser’s', () => {
    const calls = spies();
    render(<Page calls={calls} asking />);
    const name = screen.getByLabelText('File name');
    expect(press(name, 's')).toBe(true);
    expect(press(name, 'o')).toBe(true);
    expect(press(name, 'z')).toBe(false);
    expect(press(document.body, 'z')).toBe(false);
    expect([calls.save, calls.open, calls.step].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('with no dialog open, Ctrl+S saves and Ctrl+O opens, from a field too', () => {
    const calls = spies();
    render(<Page calls={calls} />);
    expect(press(screen.getByLabelText('Contrast'), 's')).toBe(true);
    expect(press(screen.getByLabelText('Filter the files'), 'o')).toBe(true);
    expect([calls.save, calls.open].map((f) => f.mock.calls.length)).toEqual([1, 1]);
  });
});

describe('from the moment the page is drawn', () => {
  it('Ctrl+O opens at once: not only once the effects React runs after the first frame have run', async () => {
    // The page's start as in a browser: its first render replaces index.html's first screen, whose own Ctrl+O
    // (public/first-language.js) stops with it. A press in the tasks between that and React's later effects did
    // nothing (the App's screen, with its Open, was on the page for 10 to 80 ms before its Ctrl+O worked).
    const calls = spies();
    expect(await atFirstDraw(<Page calls={calls} />, () => press(document.body, 'o'))).toBe(true);
    expect(calls.open).toHaveBeenCalledTimes(1);
  });
});
