import { useLayoutEffect } from 'react';

export interface Shortcuts {
  readonly open: () => void;
  /** Null with no file open. */
  readonly save: (() => void) | null;
  readonly step: ((way: 'undo' | 'redo') => void) | null;
  /** Leaving the page asks first when this says so; asked then, not at each render (it serialises every open file). */
  readonly unsaved: () => boolean;
}

/** Text fields: where the browser's own Ctrl+Z takes back what was typed (they, and only they, have a text selection). */
const isTextField = (el: Element): boolean => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.selectionStart !== null;

/**
 * Whether Ctrl+Z and Ctrl+Y at `target` are the browser's own, not the file's history: in a text field that is not
 * one of the file's (the fleet's filter, Find in all files), what is typed there is no step of the file, and its
 * undo would take back a change to the file unseen. (In a dialog they are always the browser's: see useShortcuts.)
 */
export function ownUndo(target: EventTarget | null): boolean {
  return target instanceof Element && isTextField(target) && target.closest('[data-file-history]') === null;
}

/**
 * Ctrl+S saves, Ctrl+O opens, Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redo (⌘ on macOS), wherever focus is, in the
 * file's fields too (those inside an element marked `data-file-history`, the editor's form): the editor's history
 * holds every change typed, so the browser's own undo of the field is not wanted. Other text fields, and fields in a
 * dialog, keep the browser's own undo (ownUndo). None of them acts while a dialog is open. Leaving with unsaved
 * changes asks first.
 *
 * Attached as the page is drawn (a layout effect, in the same task), not after it: the first draw replaces index.html's
 * first screen, whose own Ctrl+O (public/first-language.js) goes with it, and React runs its other effects only in a
 * later task, 10 to 80 ms on, in which Ctrl+O did nothing at all with the page's Open button on screen.
 */
export function useShortcuts({ open, save, step, unsaved }: Shortcuts) {
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      // On a Hebrew or Russian layout e.key is that script's letter: then the key's place says which it is.
      const k = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : (/^Key([A-Z])$/.exec(e.code)?.[1]?.toLowerCase() ?? e.key.toLowerCase());
      // While a dialog asks (Save as, the questions a save asks, the administrator tools' dialogs), the page behind it
      // waits: Ctrl+S there saved the file again under its old name, over the question asked for Save as, and Ctrl+O
      // opened files behind the dialog. The browser's own Save and Open are held back too.
      const asking = document.querySelector('dialog[open]') !== null;
      if ((k === 'z' || k === 'y') && step && !asking && !ownUndo(e.target)) {
        e.preventDefault();
        step(k === 'y' || e.shiftKey ? 'redo' : 'undo');
      } else if (k === 'o' || (k === 's' && (save || asking))) {
        e.preventDefault();
        if (asking) return;
        if (k === 'o') open();
        else save?.();
      }
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (unsaved()) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [open, save, step, unsaved]);
}
