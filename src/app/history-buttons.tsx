import type { OpenFile } from '../session/open-file.ts';
import { hasWords, tr, useT } from '../i18n/i18n.ts';

/**
 * Undo and Redo for the open file, beside its name and whether it is saved (what they change). Each button's name says what it will do ("Undo: remove speed dial 5"), for a
 * screen reader and as a tooltip; with nothing to undo or redo, it says just "Undo" or "Redo" and is marked
 * disabled with aria-disabled, not `disabled`: the last undo must not take the keyboard's focus off the button.
 */
export function HistoryButtons({ file, onUndo, onRedo }: { readonly file: OpenFile; readonly onUndo: () => void; readonly onRedo: () => void }) {
  const t = useT();
  // Until their words have loaded (just after the page starts), the buttons say only "Undo" and "Redo".
  const words = hasWords('history.undoWhat');
  const back = file.history.past.at(-1);
  const forward = file.history.future.at(-1);
  const undoName = back && words ? t('history.undoWhat', { what: tr(back.label) }) : undefined;
  const redoName = forward && words ? t('history.redoWhat', { what: tr(forward.label) }) : undefined;
  return (
    <>
      <button type="button" className="button button--quiet history-button" aria-disabled={!back || undefined} aria-label={undoName} title={`${undoName ?? (back || !words ? t('history.undo') : t('history.nothingToUndo'))} (Ctrl+Z)`} onClick={onUndo}>
        {t('history.undo')}
      </button>
      <button type="button" className="button button--quiet history-button" aria-disabled={!forward || undefined} aria-label={redoName} title={`${redoName ?? (forward || !words ? t('history.redo') : t('history.nothingToRedo'))} (Ctrl+Shift+Z, Ctrl+Y)`} onClick={onRedo}>
        {t('history.redo')}
      </button>
    </>
  );
}
