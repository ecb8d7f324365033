import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useShortcuts } from './use-shortcuts.ts';

function Page({ step }: { readonly step: (way: 'undo' | 'redo') => void }) {
  useShortcuts({ open: () => undefined, save: null, step, unsaved: () => false });
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
      <dialog open>
        <label>
          File name <input />
        </label>
      </dialog>
    </>
  );
}

/** Presses Ctrl+`key` (with Shift when said) at `el`: whether the page took it (the browser's own action is then held). */
const press = (el: Element, key: string, shiftKey = false) => !fireEvent.keyDown(el, { key, ctrlKey: true, shiftKey });

describe('Ctrl+Z and Ctrl+Y: the file’s history, or the browser’s own undo of a text field', () => {
  afterEach(cleanup);

  it('in the file’s own fields, on a button or a checkbox: the file’s Undo and Redo', () => {
    const step = vi.fn<(way: 'undo' | 'redo') => void>();
    render(<Page step={step} />);
    expect(press(screen.getByLabelText('Contrast'), 'z')).toBe(true);
    expect(press(screen.getByLabelText('Line'), 'z', true)).toBe(true);
    expect(press(screen.getByRole('button', { name: 'Save' }), 'y')).toBe(true);
    expect(press(screen.getByLabelText('Select all'), 'z')).toBe(true);
    expect(step.mock.calls).toEqual([['undo'], ['redo'], ['redo'], ['undo']]);
  });

  it('in a text field that is not the file’s (the fleet’s filter, Find) or in a dialog: the browser’s, and the file is left alone', () => {
    const step = vi.fn<(way: 'undo' | 'redo') => void>();
    render(<Page step={step} />);
    expect(press(screen.getByLabelText('Filter the files'), 'z')).toBe(false);
    expect(press(screen.getByLabelText('Filter the files'), 'y')).toBe(false);
    expect(press(screen.getByLabelText('File name'), 'z')).toBe(false);
    expect(step).not.toHaveBeenCalled();
  });
});
