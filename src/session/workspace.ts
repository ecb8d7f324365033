import { editorReducer, isDirty, type EditorAction, type OpenFile } from './open-file.ts';

/**
 * The open files. Opening adds to the list rather than replacing, so nothing edited is ever dropped by
 * opening another file; only closing a file with unsaved changes asks first.
 */
export interface Workspace {
  readonly files: readonly OpenFile[];
  readonly activeUid: number | null;
  readonly nextUid: number;
  /** The group the next change to several files gets (see history.ts). */
  readonly nextGroup: number;
}

export type WorkspaceAction =
  /** Files opened (or restored), after those open; the first shown, or the one at `show`. */
  | { readonly type: 'add'; readonly files: readonly OpenFile[]; readonly show?: number }
  /** An open file replaced by one opened again (Replace, when it was already open): in its place, with a new uid. */
  | { readonly type: 'replace'; readonly uid: number; readonly file: OpenFile }
  | { readonly type: 'select'; readonly uid: number }
  | { readonly type: 'close'; readonly uid: number }
  | { readonly type: 'edit'; readonly uid: number; readonly action: EditorAction }
  /** One change to several files (copy into open files, remove password-like lines from all): one step in each, undone together. */
  | { readonly type: 'edit-many'; readonly edits: readonly { readonly uid: number; readonly action: EditorAction }[] }
  /** Undo or redo the file's last step; a step of a change to several files is undone or redone in all of them. */
  | { readonly type: 'undo' | 'redo'; readonly uid: number }
  /**
   * Every open file read again, as `reread` (session/reread.ts) gives it, once a format profile changed the names
   * the editor knows: not an edit, no step. The function comes with the action, so its code loads with the profile's.
   */
  | { readonly type: 'reread'; readonly reread: (file: OpenFile) => OpenFile };

export const emptyWorkspace: Workspace = { files: [], activeUid: null, nextUid: 1, nextGroup: 1 };

/** `ws` with each file `edit` gives a new value for changed; the same workspace when none changed. */
function mapFiles(ws: Workspace, edit: (f: OpenFile) => OpenFile): Workspace {
  let changed = false;
  const files = ws.files.map((f) => {
    const next = edit(f);
    changed ||= next !== f;
    return next;
  });
  return changed ? { ...ws, files } : ws;
}

export function workspaceReducer(ws: Workspace, action: WorkspaceAction): Workspace {
  switch (action.type) {
    case 'add': {
      if (action.files.length === 0) return ws;
      const added = action.files.map((f, i) => ({ ...f, uid: ws.nextUid + i }));
      return { ...ws, files: [...ws.files, ...added], activeUid: (added[action.show ?? 0] ?? added[0])?.uid ?? ws.activeUid, nextUid: ws.nextUid + added.length };
    }
    case 'replace': {
      if (!ws.files.some((f) => f.uid === action.uid)) return ws;
      const uid = ws.nextUid;
      const files = ws.files.map((f) => (f.uid === action.uid ? { ...action.file, uid } : f));
      return { ...ws, files, activeUid: uid, nextUid: uid + 1 };
    }
    case 'select':
      return ws.files.some((f) => f.uid === action.uid) ? { ...ws, activeUid: action.uid } : ws;
    case 'close': {
      const i = ws.files.findIndex((f) => f.uid === action.uid);
      if (i === -1) return ws;
      const files = ws.files.filter((f) => f.uid !== action.uid);
      const activeUid = ws.activeUid === action.uid ? (files[Math.min(i, files.length - 1)]?.uid ?? null) : ws.activeUid;
      return { ...ws, files, activeUid };
    }
    case 'edit':
      return mapFiles(ws, (f) => (f.uid === action.uid ? editorReducer(f, action.action) : f));
    case 'edit-many': {
      const group = ws.nextGroup;
      // By file, in the order given: a change to thousands of files looks each file's edits up once, not in every edit.
      const byUid = new Map<number, EditorAction[]>();
      for (const e of action.edits) {
        const list = byUid.get(e.uid);
        if (list) list.push(e.action);
        else byUid.set(e.uid, [e.action]);
      }
      const next = mapFiles(ws, (f) => byUid.get(f.uid)?.reduce((file, a) => editorReducer(file, a, group), f) ?? f);
      return next === ws ? ws : { ...next, nextGroup: group + 1 };
    }
    case 'reread':
      return mapFiles(ws, action.reread);
    case 'undo':
    case 'redo': {
      const file = ws.files.find((f) => f.uid === action.uid);
      const step = file && (action.type === 'undo' ? file.history.past : file.history.future).at(-1);
      if (!file || !step) return ws;
      const top = (f: OpenFile) => (action.type === 'undo' ? f.history.past : f.history.future).at(-1);
      const inStep = (f: OpenFile) => f.uid === file.uid || (step.group !== null && top(f)?.group === step.group);
      return mapFiles(ws, (f) => (inStep(f) ? editorReducer(f, { type: action.type }) : f));
    }
  }
}

export const activeFile = (ws: Workspace): OpenFile | null => ws.files.find((f) => f.uid === ws.activeUid) ?? null;
export const anyDirty = (ws: Workspace): boolean => ws.files.some(isDirty);
