import { editorReducer, isDirty, type EditorAction, type OpenFile } from './open-file.ts';

/**
 * The open files. Opening adds to the list rather than replacing, so nothing edited is ever dropped by
 * opening another file; only closing a file with unsaved changes asks first.
 */
export interface Workspace {
  readonly files: readonly OpenFile[];
  readonly activeUid: number | null;
  readonly nextUid: number;
}

export type WorkspaceAction =
  | { readonly type: 'add'; readonly files: readonly OpenFile[] }
  | { readonly type: 'select'; readonly uid: number }
  | { readonly type: 'close'; readonly uid: number }
  | { readonly type: 'edit'; readonly uid: number; readonly action: EditorAction };

export const emptyWorkspace: Workspace = { files: [], activeUid: null, nextUid: 1 };

export function workspaceReducer(ws: Workspace, action: WorkspaceAction): Workspace {
  switch (action.type) {
    case 'add': {
      if (action.files.length === 0) return ws;
      const added = action.files.map((f, i) => ({ ...f, uid: ws.nextUid + i }));
      return { files: [...ws.files, ...added], activeUid: added[0]?.uid ?? ws.activeUid, nextUid: ws.nextUid + added.length };
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
    case 'edit': {
      let changed = false;
      const files = ws.files.map((f) => {
        if (f.uid !== action.uid) return f;
        const next = editorReducer(f, action.action);
        changed = next !== f;
        return next;
      });
      return changed ? { ...ws, files } : ws;
    }
  }
}

export const activeFile = (ws: Workspace): OpenFile | null => ws.files.find((f) => f.uid === ws.activeUid) ?? null;
export const anyDirty = (ws: Workspace): boolean => ws.files.some(isDirty);
