import { useEffect } from 'react';

export interface Shortcuts {
  readonly open: () => void;
  /** Null with no file open. */
  readonly save: (() => void) | null;
  readonly step: ((way: 'undo' | 'redo') => void) | null;
  /** Leaving the page asks first when this says so; asked then, not at each render (it serialises every open file). */
  readonly unsaved: () => boolean;
}

/**
 * Ctrl+S saves, Ctrl+O opens, Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redo (⌘ on macOS), wherever focus is, in a
 * field too: the editor's history holds every change typed, so the browser's own undo of the field is not wanted.
 * Inside a dialog (Save as, the administrator tools' dialogs) its fields keep the browser's own undo. Leaving with
 * unsaved changes asks first.
 */
export function useShortcuts({ open, save, step, unsaved }: Shortcuts) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      // On a Hebrew or Russian layout e.key is that script's letter: then the key's place says which it is.
      const k = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : (/^Key([A-Z])$/.exec(e.code)?.[1]?.toLowerCase() ?? e.key.toLowerCase());
      if ((k === 'z' || k === 'y') && step && !(e.target instanceof Element && e.target.closest('dialog'))) {
        e.preventDefault();
        step(k === 'y' || e.shiftKey ? 'redo' : 'undo');
      } else if (k === 's' && save) {
        e.preventDefault();
        save();
      } else if (k === 'o') {
        e.preventDefault();
        open();
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
