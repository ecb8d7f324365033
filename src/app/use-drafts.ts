import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { OpenFile } from '../session/open-file.ts';
import type { WorkspaceAction } from '../session/workspace.ts';
import { whenIdle } from '../shared/when-idle.ts';
import { draftWriteDelay, findLeftDrafts, forgetDrafts, holdTab, readDrafts, restoreDrafts, together, writeDrafts, type Draft } from '../session/drafts.ts';

/**
 * Unsaved edits kept in this browser (src/app/drafts.ts): this visit's, written as the user types, and an earlier
 * visit's (a reload, a crash, a closed tab), offered back before anything else is stored.
 */
export function useDrafts(files: readonly OpenFile[], wsDispatch: (action: WorkspaceAction) => void) {
  const [draft, setDraft] = useState<Draft | null>(() => readDrafts());

  // This tab's drafts were read at once; those of tabs no longer open (a crash, a closed tab) are offered beside them.
  useEffect(() => {
    holdTab();
    let live = true;
    void findLeftDrafts().then((left) => {
      if (live && left) setDraft((d) => together(d, left));
    });
    return () => {
      live = false;
    };
  }, []);

  // Keep unsaved edits in this browser as the user types (beside a draft still waiting for an answer): once the
  // browser is idle after an edit (within a second, even while typing goes on), not in the key press's own frame;
  // and at once when the page is hidden or closed, so a reload straight after a key press keeps it. A write that
  // took longer than a frame (a file of a megabyte is some 2 MB of storage to write) waits for a pause in typing
  // instead (see draftWriteDelay), so it does not hold up the keys typed meanwhile.
  // The files still to write: set while a write is on its way, so a burst of keys schedules one.
  const toKeep = useRef<readonly OpenFile[] | null>(null);
  // An earlier visit's draft still waiting for an answer is kept beside this visit's edits, not written over.
  const waiting = useRef<Draft | null>(draft);
  useLayoutEffect(() => {
    waiting.current = draft;
  }, [draft]);
  // How long the last write took, and when the first edit not yet written came.
  const lastCost = useRef<number | null>(null);
  const firstUnkept = useRef(0);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keep = useCallback(() => {
    const kept = toKeep.current;
    toKeep.current = null;
    clearTimeout(pause.current);
    if (!kept) return;
    const start = performance.now();
    writeDrafts(kept, Date.now(), waiting.current?.own);
    lastCost.current = performance.now() - start;
  }, []);
  useEffect(() => {
    const due = toKeep.current !== null;
    toKeep.current = files;
    const now = Date.now();
    if (!due) firstUnkept.current = now;
    const delay = draftWriteDelay(files, lastCost.current, now, firstUnkept.current);
    if (delay === 0) {
      if (!due) whenIdle(keep, 1000, 200);
      return;
    }
    clearTimeout(pause.current);
    pause.current = setTimeout(() => whenIdle(keep, 1000, 0), delay);
  }, [files, keep]);
  useEffect(() => () => clearTimeout(pause.current), []);
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [keep]);

  /** The earlier visit's files back, as they were: the starting point of their undo. */
  const restore = () => {
    if (!draft) return;
    wsDispatch({ type: 'add', files: restoreDrafts(draft) });
    forgetDrafts(draft, 'restored');
    setDraft(null);
  };
  const discard = () => {
    if (!draft) return;
    forgetDrafts(draft, 'discarded');
    // This visit's own edits were kept beside the discarded ones: keep them again, alone.
    writeDrafts(files);
    setDraft(null);
  };
  return { draft, restore, discard };
}
