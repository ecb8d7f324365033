import { msg, type Msg } from '../catalog/msg.ts';
import { listMsg } from '../catalog/msg-list.ts';
import { MAX_STEPS, type StepGroup } from './history.ts';
import { editorReducer, isDirty, shownName, type EditorAction, type OpenFile } from './open-file.ts';

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
  /** Files opened (or restored), after those open; the first shown, or the one at `show`. */
  | { readonly type: 'add'; readonly files: readonly OpenFile[]; readonly show?: number }
  /** An open file replaced by one opened again (Replace, when it was already open): in its place, with a new uid. */
  | { readonly type: 'replace'; readonly uid: number; readonly file: OpenFile }
  | { readonly type: 'select'; readonly uid: number }
  | { readonly type: 'close'; readonly uid: number }
  | { readonly type: 'edit'; readonly uid: number; readonly action: EditorAction }
  /** One change to several files (copy into open files, remove password-like lines from all): one step in each, undone together. */
  | { readonly type: 'edit-many'; readonly edits: readonly { readonly uid: number; readonly action: EditorAction }[] }
  /**
   * Undo or redo the file's last step; a step of a change to several files is undone or redone in all of them, or
   * (when one of them has a later step on top, or has lost its redo, see heldBy) in none.
   */
  | { readonly type: 'undo' | 'redo'; readonly uid: number }
  /**
   * Every open file read again, as `reread` (session/reread.ts) gives it, once a format profile changed the names
   * the editor knows: not an edit, no step. The function comes with the action, so its code loads with the profile's.
   */
  | { readonly type: 'reread'; readonly reread: (file: OpenFile) => OpenFile };

export const emptyWorkspace: Workspace = { files: [], activeUid: null, nextUid: 1 };

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
      // The files it makes a step in, filled as they are made (the set is new here, and not changed after).
      const members = new Set<number>();
      const group: StepGroup = { files: members };
      // By file, in the order given: a change to thousands of files looks each file's edits up once, not in every edit.
      const byUid = new Map<number, EditorAction[]>();
      for (const e of action.edits) {
        const list = byUid.get(e.uid);
        if (list) list.push(e.action);
        else byUid.set(e.uid, [e.action]);
      }
      return mapFiles(ws, (f) => {
        const edits = byUid.get(f.uid);
        if (!edits) return f;
        const next = edits.reduce((file, a) => editorReducer(file, a, group), f);
        if (next.history.past.at(-1)?.group === group) members.add(f.uid);
        return next;
      });
    }
    case 'reread':
      return mapFiles(ws, action.reread);
    case 'undo':
    case 'redo': {
      const file = ws.files.find((f) => f.uid === action.uid);
      const step = file && stack(file, action.type).at(-1);
      if (!file || !step || heldBy(ws, action.uid, action.type).length > 0) return ws;
      const inStep = (f: OpenFile) => f.uid === file.uid || (step.group !== null && stack(f, action.type).at(-1)?.group === step.group);
      return mapFiles(ws, (f) => (inStep(f) ? editorReducer(f, { type: action.type }) : f));
    }
  }
}

export const activeFile = (ws: Workspace): OpenFile | null => ws.files.find((f) => f.uid === ws.activeUid) ?? null;
export const anyDirty = (ws: Workspace): boolean => ws.files.some(isDirty);

const stack = (f: OpenFile, way: 'undo' | 'redo') => (way === 'undo' ? f.history.past : f.history.future);

/**
 * The files that keep the file's next step to undo (or redo) from being taken back: when that step is part of a
 * change to several files, those of them with a later step of their own on top; and those that no longer have its
 * step at all: for a redo, changed since it was undone (a new change clears the steps to redo); for an undo, with
 * MAX_STEPS later steps of their own (the oldest steps are let go). A change to
 * several files is one step, undone or redone as a whole or not at all: taken back or put forward in some files only,
 * it would leave the others otherwise while the status said it was done. Empty when the step can be taken back (a
 * step of one file always can).
 */
export function heldBy(ws: Workspace, uid: number, way: 'undo' | 'redo'): OpenFile[] {
  const file = ws.files.find((f) => f.uid === uid);
  const group = file && stack(file, way).at(-1)?.group;
  if (!group) return [];
  return ws.files.filter((f) => {
    const steps = stack(f, way);
    return steps.at(-1)?.group !== group && (steps.some((s) => s.group === group) || group.files.has(f.uid));
  });
}

/** Files named in a message before the rest are counted ("a, b, c and 4 more"). */
const NAMED = 3;

/**
 * What Undo (or Redo) says when it takes nothing back because files of the change have later steps on top, or have
 * lost its step (heldBy): which files, so the user can take those back first, or knows why the change cannot be
 * taken back; null when the step can be taken back.
 */
export function heldMessage(ws: Workspace, uid: number, way: 'undo' | 'redo'): Msg | null {
  const held = heldBy(ws, uid, way);
  const file = ws.files.find((f) => f.uid === uid);
  const step = file && stack(file, way).at(-1);
  if (held.length === 0 || !step) return null;
  // Files that lost the step are said first: until they have it again (never), nothing else helps.
  const gone = held.filter((f) => !stack(f, way).some((s) => s.group === step.group));
  const said = gone.length > 0 ? gone : held;
  const names: (string | Msg)[] = said.slice(0, NAMED).map(shownName);
  if (said.length > NAMED) names.push(msg('history.moreFiles', { count: said.length - NAMED }));
  const id = gone.length > 0 ? (way === 'undo' ? 'history.undoGone' : 'history.redoGone') : way === 'undo' ? 'history.undoHeld' : 'history.redoHeld';
  return msg(id, { what: step.label, names: listMsg(names, 'names'), count: said.length, max: MAX_STEPS });
}
