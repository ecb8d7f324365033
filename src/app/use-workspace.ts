import { useCallback, useReducer } from 'react';
import { hasWords, tr, useT, type Later } from '../i18n/i18n.ts';
import type { EditorAction } from '../session/open-file.ts';
import { activeFile, emptyWorkspace, heldMessage, workspaceReducer } from '../session/workspace.ts';

/**
 * The open files (the session's workspace), the one in view, a dispatch for edits to it, and undo/redo of its last
 * step (in every file, for a change made to several), said when done; and said when not (a change to several files
 * that some of them have later steps on top of is taken back in none, see heldBy).
 */
export function useWorkspace(setStatus: (say: Later | null) => void, setNotice: (say: Later | null) => void) {
  const t = useT();
  const [ws, wsDispatch] = useReducer(workspaceReducer, emptyWorkspace);
  const file = activeFile(ws);
  const uid = file?.uid ?? null;
  const dispatch = useCallback((action: EditorAction) => {
    if (uid !== null) wsDispatch({ type: 'edit', uid, action });
  }, [uid]);
  const history = file?.history;
  const step = useCallback((way: 'undo' | 'redo') => {
    const top = history && (way === 'undo' ? history.past : history.future).at(-1);
    if (uid === null || !top) return;
    const held = heldMessage(ws, uid, way);
    // Said on screen, not only to screen readers: a key that seems to do nothing needs its reason in view.
    if (held) {
      setNotice(() => tr(held));
      return;
    }
    wsDispatch({ type: way, uid });
    setStatus(() => (hasWords('history.undone') ? t(way === 'undo' ? 'history.undone' : 'history.redone', { what: tr(top.label) }) : t(way === 'undo' ? 'history.undo' : 'history.redo')));
  }, [uid, history, ws, setStatus, setNotice, t]);
  return { ws, wsDispatch, file, dispatch, step };
}
