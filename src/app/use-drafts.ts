import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenFile } from '../session/open-file.ts';
import type { WorkspaceAction } from '../session/workspace.ts';
import { whenIdle } from '../shared/when-idle.ts';
import { draftWriteDelay } from '../session/draft-timing.ts';
import type * as Drafts from '../session/drafts.ts';
import type { Draft, WriteOutcome } from '../session/drafts.ts';
import type { SaveFolder } from '../session/save-fleet.ts';

// The drafts' store (IndexedDB, through idb-keyval) loads after the page's first paint: drafts are read then.
type DraftsModule = typeof Drafts;
let loading: Promise<DraftsModule> | null = null;
let loaded: DraftsModule | null = null;
const draftsModule = (): Promise<DraftsModule> =>
  (loading ??= import('../session/drafts.ts').then((m) => {
    loaded = m;
    return m;
  }));

/**
 * Unsaved edits kept in this browser (src/session/drafts.ts, in IndexedDB): this visit's, written as the user types,
 * and an earlier visit's (a reload, a crash, a closed tab), offered back. `full` says the browser's storage is full:
 * edits are then no longer kept, and the page says so. Each file's handle is kept with it, and the handle of
 * `folder` (opened through its directory handle) once for its files: restored, the files are saved where they came
 * from: `setFolder` gets the folder to save into (that folder, or the one open now, which takes them in when the same).
 */
export function useDrafts(files: readonly OpenFile[], wsDispatch: (action: WorkspaceAction) => void, folder: SaveFolder | null, setFolder: (folder: SaveFolder) => void) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [full, setFull] = useState(false);

  // This tab's drafts from before a reload, and those of tabs no longer open (a crash, a closed tab), as one offer.
  useEffect(() => {
    let live = true;
    draftsModule()
      .then(async (m) => {
        m.holdTab();
        const offered = m.together(await m.readDrafts(), await m.findLeftDrafts());
        if (live && offered) setDraft(offered);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  // Keep unsaved edits in this browser as the user types: once the browser is idle after an edit (within a second,
  // even while typing goes on), not in the key press's own frame; and, when the page is hidden or closed, what
  // IndexedDB has not yet taken goes to localStorage at once (rescueDrafts), so a reload straight after a key press
  // keeps it. A write that took longer than a frame waits for a pause in typing instead (see draftWriteDelay).
  // The files still to write: set while a write is on its way, so a burst of keys schedules one.
  const toKeep = useRef<readonly OpenFile[] | null>(null);
  const latest = useRef<readonly OpenFile[]>(files);
  // The folder the files' records name, as it is when they are written (set with `latest`).
  const folderNow = useRef(folder);
  // The lists of files, numbered as they come: the last one's number, and `toKeep`'s (a list numbered after Restore
  // holds the restored files).
  const changesSeen = useRef(0);
  const toKeepAt = useRef(0);
  // Restored drafts' records: forgotten once the restored files are kept as this visit's, that is after a write of a
  // list of files that came after Restore (`after`). A write under way when Restore was pressed holds none of them.
  const forgetAfterWrite = useRef<{ readonly keys: readonly string[]; readonly after: number } | null>(null);
  // How long the last write took, and when the first edit not yet written came.
  const lastCost = useRef<number | null>(null);
  const firstUnkept = useRef(0);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // One write at a time, in order.
  const chain = useRef<Promise<void>>(Promise.resolve());
  // How the last write went: what keepNow says.
  const lastOutcome = useRef<WriteOutcome>('kept');
  // A write that ends after the page's App is gone (a test's page torn down) says nothing: there is no state to set.
  const alive = useRef(true);
  const keep = useCallback(() => {
    const kept = toKeep.current;
    const keptAt = toKeepAt.current;
    toKeep.current = null;
    clearTimeout(pause.current);
    if (!kept) return;
    chain.current = chain.current.then(async () => {
      // The drafts' module not loaded (a part of an old page gone after an update) is drafts off, said as such: a
      // rejection here would leave the chain rejected, and no write after it would ever be made.
      const m = await draftsModule().catch(() => null);
      const start = performance.now();
      const outcome = m ? await m.writeDrafts(kept, undefined, folderNow.current).catch(() => 'off' as const) : 'off';
      lastCost.current = performance.now() - start;
      lastOutcome.current = outcome;
      if (alive.current) setFull(outcome === 'full');
      if (!m) return;
      // Everything is in IndexedDB now: what a hidden page rescued into localStorage is not needed.
      if (outcome === 'kept' && latest.current === kept) m.dropRescue();
      const forget = forgetAfterWrite.current;
      if (outcome === 'kept' && forget && keptAt > forget.after) {
        forgetAfterWrite.current = null;
        await m.forgetDrafts({ keys: forget.keys }).catch(() => undefined);
      }
    }).catch(() => {
      // Whatever failed, the next write is still made.
      lastOutcome.current = 'off';
    });
  }, []);
  /**
   * Writes the unsaved edits now, after any write under way, and says how it went: a reload for a new version of
   * the editor waits for it, and does not go when the edits could not be kept ('full', 'off'). An edit made while it
   * writes is written too before it answers: the reload lets the page go without asking, so what it answers for
   * must be the latest.
   */
  const keepNow = useCallback(async (): Promise<WriteOutcome> => {
    for (;;) {
      const writing = latest.current;
      toKeep.current = writing;
      toKeepAt.current = changesSeen.current;
      keep();
      await chain.current;
      if (lastOutcome.current !== 'kept' || latest.current === writing) return lastOutcome.current;
    }
  }, [keep]);
  useEffect(() => {
    latest.current = files;
    folderNow.current = folder;
    const due = toKeep.current !== null;
    toKeep.current = files;
    toKeepAt.current = ++changesSeen.current;
    const now = Date.now();
    if (!due) firstUnkept.current = now;
    const delay = draftWriteDelay(files, lastCost.current, now, firstUnkept.current);
    if (delay === 0) {
      if (!due) whenIdle(keep, 1000, 200);
      return;
    }
    clearTimeout(pause.current);
    pause.current = setTimeout(() => whenIdle(keep, 1000, 0), delay);
  }, [files, folder, keep]);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      clearTimeout(pause.current);
    };
  }, []);
  useEffect(() => {
    const rescue = () => {
      // The page is going: no time for IndexedDB. What it has not taken yet goes to localStorage, and is also
      // written to IndexedDB in case the page stays (hidden, not closed).
      loaded?.rescueDrafts(latest.current);
      if (toKeep.current) keep();
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') rescue();
    };
    window.addEventListener('pagehide', rescue);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', rescue);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [keep]);

  /** The earlier visit's files back, as they were: the starting point of their undo. */
  const restore = () => {
    // The draft was read through the module: it is loaded.
    if (!draft || !loaded) return;
    forgetAfterWrite.current = { keys: draft.keys, after: changesSeen.current };
    // Save changed files writes them back into their folder again (the browser asks for permission first).
    loaded.restoreInto(draft, folderNow.current, wsDispatch, setFolder);
    setDraft(null);
  };
  const discard = () => {
    if (!draft) return;
    void draftsModule().then((m) => m.forgetDrafts(draft)).catch(() => undefined);
    setDraft(null);
  };
  return { draft, restore, discard, full, keepNow };
}
