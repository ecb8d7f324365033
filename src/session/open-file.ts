import { MODELS, settingById, settingLabel, type ModelId, type Protocol } from '../catalog/catalog.ts';
import { loadBytes, saveBytes, type Loaded } from '../format/codec.ts';
import type { DecodeError } from '../format/decode.ts';
import { emptyDocument, sameText, type BackupDocument, type Line } from '../format/document.ts';
import { getValue, removeLine, setLineText, setValue } from '../format/edit.ts';
import { parseKey, type LineKey } from '../format/keys.ts';
import { buildFileName, isValidExtension, parseFileName } from '../format/file-name.ts';
import { inferModel, type Inference } from '../format/infer-model.ts';
import { err, ok, type Result } from '../format/result.ts';
import { msg, type Msg } from '../catalog/msg.ts';
import { describeValuesChange } from '../model/describe-change.ts';
import { visibleName } from '../display/visible-name.ts';
import { applyValues, type FormValues } from '../model/values.ts';
import { emptyHistory, record, redo, undo, type Change, type Content, type History, type StepGroup } from './history.ts';

/** One open backup file: the document being edited and what it was when last loaded or saved. */
export interface OpenFile {
  /** Identifies the file among the open ones; assigned by the workspace. */
  readonly uid: number;
  readonly doc: BackupDocument;
  /** The document as last loaded or saved, to tell unsaved changes. */
  readonly savedDoc: BackupDocument;
  readonly sourceName: string | null;
  readonly extension: string;
  readonly model: ModelId;
  readonly protocol: Protocol;
  readonly inference: Inference | null;
  readonly decoded: Loaded['decoded'] | null;
  readonly handle: FileSystemFileHandle | null;
  /** Where the file was inside an opened folder (`a/b`), absent at its root or when not opened from a folder. */
  readonly folder?: string;
  /** Undo and redo (src/session/history.ts): gone when the file is closed. */
  readonly history: History;
  /**
   * Lines the last change of values took away that had no effect (a later line sets the same name): emptying an
   * entry, or moving entries past it, removes every line of its name, and the user is told which.
   */
  readonly dropped?: readonly DroppedLine[];
  /**
   * The name's parts as last loaded or saved (see identityOf): family, protocol and extension make the name Save
   * writes under, so a file whose parts differ from these has an unsaved change too.
   */
  readonly savedIdentity: string;
  /**
   * A name the user chose with Save as that is not the phone's name for the file ("notes.txt", or another family's
   * name): Save writes it again while the file's name parts stay what they were then (see saveName).
   */
  readonly chosen?: { readonly name: string; readonly identity: string };
}

/** What the name Save writes is made of (see saveName). */
export type NameParts = Pick<OpenFile, 'model' | 'protocol' | 'extension' | 'sourceName' | 'chosen'>;

/** The parts of a file that make its name (see identityOf), as the user set them. */
export type IdentityParts = Pick<OpenFile, 'model' | 'protocol' | 'extension'>;

/** What Save's file name is made of: the model's family (4610 or 4620), the protocol and the extension. */
export const identityOf = (file: IdentityParts): string => `${MODELS[file.model].family}|${file.protocol}|${file.extension.trim()}`;

/** What undo and redo put back: see history.ts. */
export const contentOf = (file: OpenFile): Content => ({ doc: file.doc, model: file.model, protocol: file.protocol, extension: file.extension });

/** A line removed with a change of values, as it was: its number as saved, and its text. */
export interface DroppedLine {
  readonly lineNo: number;
  readonly text: string;
}

/** The lines of `before` that `after` lacks and that had no effect in `before` (overridden by a later line of the same name). */
export function droppedOverridden(before: BackupDocument, after: BackupDocument): readonly DroppedLine[] {
  if (after === before || keepsEveryLine(before, after)) return [];
  const kept = new Set(after.lines.map((l) => l.id));
  const last = new Map<string, number>();
  before.lines.forEach((l, i) => {
    if (l.kind === 'setting' && l.key !== null) last.set(l.key, i);
  });
  const offset = before.lines[0]?.kind === 'blank' ? 1 : 2;
  return before.lines.flatMap((l, i) =>
    !kept.has(l.id) && l.kind === 'setting' && l.key !== null && last.get(l.key) !== i ? [{ lineNo: i + offset, text: l.text }] : [],
  );
}

/**
 * Whether `after` still has every line of `before` (by id), as after a typed value: edits keep the lines' order and
 * give new lines ids from `before.nextId` on, so one walk over both tells, without a set of a large file's ids.
 */
function keepsEveryLine(before: BackupDocument, after: BackupDocument): boolean {
  let j = 0;
  for (const line of before.lines) {
    while (j < after.lines.length && (after.lines[j] as Line).id >= before.nextId) j++;
    if (j === after.lines.length || (after.lines[j] as Line).id !== line.id) return false;
    j++;
  }
  return true;
}

/**
 * `state` with a new document from a change of values, and what that change took away unseen (see OpenFile.dropped):
 * said until the next change that takes some away, so typing on does not hide it.
 */
function withValues(state: OpenFile, doc: BackupDocument): OpenFile {
  const dropped = droppedOverridden(state.doc, doc);
  return { ...state, doc, dropped: dropped.length > 0 ? dropped : state.dropped };
}

export function openBytes(bytes: Uint8Array, name: string, handle: FileSystemFileHandle | null, folder?: string): Result<OpenFile, DecodeError> {
  const loaded = loadBytes(bytes);
  if (!loaded.ok) return err(loaded.error);
  const parsedName = parseFileName(name);
  const inference = inferModel(parsedName, loaded.value.doc);
  const extension = parsedName?.extension ?? '';
  return ok({
    uid: 0,
    doc: loaded.value.doc,
    savedDoc: loaded.value.doc,
    sourceName: name,
    extension,
    model: inference.model,
    protocol: inference.protocol,
    inference,
    decoded: loaded.value.decoded,
    handle,
    history: emptyHistory,
    savedIdentity: identityOf({ model: inference.model, protocol: inference.protocol, extension }),
    ...(folder ? { folder } : {}),
  });
}

export function newFile(extension: string, model: ModelId, protocol: Protocol): OpenFile {
  const doc = emptyDocument('\r\n');
  return { uid: 0, doc, savedDoc: doc, sourceName: null, extension, model, protocol, inference: null, decoded: null, handle: null, history: emptyHistory, savedIdentity: identityOf({ model, protocol, extension }) };
}

/**
 * The spec §2 name for the file; the loaded name when it already is that name in another letter case. (A name the
 * browser numbered, "4711_4620data (1).txt", is read as the rule's name but not kept: the phone asks for the other.)
 */
export function ruleFileName(file: Omit<NameParts, 'chosen'>): string {
  const name = buildFileName(file.extension.trim() || null, MODELS[file.model].family, file.protocol);
  return file.sourceName && file.sourceName.toLowerCase() === name.toLowerCase() ? file.sourceName : name;
}

/**
 * The name Save writes, and so the name the page shows for the file: the name chosen with Save as while the file's
 * name parts are still those it was chosen for, else the phone's name by the rule (ruleFileName).
 */
export function saveName(file: NameParts): string {
  return file.chosen && file.chosen.identity === identityOf(file) ? file.chosen.name : ruleFileName(file);
}

/** The name the page shows for the file: the one Save writes, with hidden characters written as their codes. */
export const shownName = (file: NameParts): string => visibleName(saveName(file));

/** The file's extension when it is not digits only (Save cannot name the file by the rule then), else null. */
export function badExtension(file: Pick<OpenFile, 'extension'>): string | null {
  const ext = file.extension.trim();
  return ext !== '' && !isValidExtension(ext) ? ext : null;
}

/** After a save under `name`: a name by the rule (Save as another extension's name) says the file's extension. */
function extensionAfterSave(parts: IdentityParts, name: string): string {
  const parsed = parseFileName(name);
  const follows = parsed && parsed.family === MODELS[parts.model].family && parsed.protocol === parts.protocol;
  return follows ? (parsed.extension ?? '') : parts.extension;
}

/**
 * Derived, never flagged: undoing back to what was saved makes the file clean again. Asked at every render of the
 * page (the header's badge), so the texts are compared without writing them out (sameText).
 */
export const isDirty = (file: OpenFile): boolean => file.savedIdentity !== identityOf(file) || !sameText(file.doc, file.savedDoc);

export const fileBytes = (file: OpenFile): Uint8Array => saveBytes(file.doc);

export type EditorAction =
  /**
   * A change of the form's values: `doc` is `base` with them applied (the editor computes it, and knows it as its
   * own). Values the form sends over a document that has since changed under it (`base` is no longer the file's
   * document: an undo, a raw line, an administrator tool) are stale and dropped; the form then reloads.
   */
  | { readonly type: 'values'; readonly base: BackupDocument; readonly doc: BackupDocument; readonly label: Msg; readonly key: string | null; readonly at?: number }
  /** Values set from outside the form (CSV import, convert, copy), with the model and protocol they are for. */
  | { readonly type: 'set-values'; readonly values: FormValues; readonly label: Msg; readonly model?: ModelId; readonly protocol?: Protocol }
  | { readonly type: 'line-text'; readonly lineId: number; readonly text: string; readonly at?: number }
  /** The spaces around a value taken away (" 7 " → "7"), offered where such a value is refused: a step of its own. */
  | { readonly type: 'trim-value'; readonly key: LineKey }
  /** Lines taken out: one from Problems or Other lines, or every password-like line at once. */
  | { readonly type: 'remove-lines'; readonly lineIds: readonly number[]; readonly label?: Msg }
  | { readonly type: 'identify'; readonly model?: ModelId; readonly protocol?: Protocol; readonly extension?: string; readonly at?: number }
  /**
   * Saved under `name`: `doc` is the document the bytes were made from and `parts` the name parts they were made for
   * (edits typed while the write went on, a new extension among them, are not in them).
   */
  | { readonly type: 'saved'; readonly name: string; readonly handle: FileSystemFileHandle | null; readonly doc: BackupDocument; readonly parts: IdentityParts }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

/**
 * The action for a change of the form's values from `before` to `after`, over `base` (the document `before` stands
 * for): the new document and what the change did; null when the document does not change.
 */
export function valuesAction(base: BackupDocument, model: ModelId, before: FormValues, after: FormValues, at?: number): Extract<EditorAction, { type: 'values' }> | null {
  const doc = applyValues(base, after, model);
  return doc === base ? null : { type: 'values', base, doc, ...describeValuesChange(before, after), at };
}

/** `next` (a change of `state`'s content) with a step in the history, unless nothing changed. */
function changed(state: OpenFile, next: OpenFile, change: Change): OpenFile {
  if (next.doc === state.doc && next.model === state.model && next.protocol === state.protocol && next.extension === state.extension) return state;
  return { ...next, history: record(state.history, contentOf(state), change) };
}

/** Words for a line in a step's name: its text, cut short. */
const lineWords = (state: OpenFile, lineId: number): string => {
  const text = state.doc.lines.find((l) => l.id === lineId)?.text ?? '';
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

/** A trim's name in the history: the setting's, or the speed dial's (only their numbers are trimmed). */
function trimLabel(key: LineKey): Msg {
  const k = parseKey(key);
  return k.kind === 'setting' ? msg('step.trimSetting', { setting: settingLabel(settingById(k.id)) }) : msg('step.trimSpeedDialNumber', { n: k.index });
}

/** `group` marks a step that one change made in several files (see the workspace). */
export function editorReducer(state: OpenFile, action: EditorAction, group: StepGroup | null = null): OpenFile {
  switch (action.type) {
    case 'values': {
      if (action.base !== state.doc || action.doc === state.doc) return state;
      return changed(state, withValues(state, action.doc), { label: action.label, key: action.key, at: action.at, group });
    }
    case 'set-values': {
      const doc = applyValues(state.doc, action.values, state.model);
      const next = { ...withValues(state, doc), model: action.model ?? state.model, protocol: action.protocol ?? state.protocol };
      return changed(state, next, { label: action.label, group });
    }
    case 'line-text': {
      const doc = setLineText(state.doc, action.lineId, action.text);
      return changed(state, { ...state, doc }, { label: msg('step.editLine'), key: `line:${action.lineId}`, at: action.at, group });
    }
    case 'trim-value': {
      const value = getValue(state.doc, action.key);
      if (value === undefined) return state;
      return changed(state, { ...state, doc: setValue(state.doc, action.key, value.trim()) }, { label: trimLabel(action.key), group });
    }
    case 'remove-lines': {
      const doc = action.lineIds.reduce((d, id) => removeLine(d, id), state.doc);
      const [only] = action.lineIds;
      const label = action.label ?? (action.lineIds.length === 1 && only !== undefined ? msg('step.removeLine', { line: lineWords(state, only) }) : msg('step.removeLines', { count: action.lineIds.length }));
      return changed(state, { ...state, doc }, { label, group });
    }
    case 'identify': {
      const next = { ...state, model: action.model ?? state.model, protocol: action.protocol ?? state.protocol, extension: action.extension ?? state.extension };
      const label =
        action.model !== undefined && action.model !== state.model ? msg('step.changeModel', { model: action.model })
        : action.protocol !== undefined && action.protocol !== state.protocol ? msg('step.changeProtocol', { protocol: action.protocol === 'sip' ? 'SIP' : 'H.323' })
        : msg('step.changeExtension');
      const typed = action.extension !== undefined && action.model === undefined && action.protocol === undefined;
      return changed(state, next, { label, key: typed ? 'extension' : null, at: action.at, group });
    }
    case 'saved': {
      const was = action.parts;
      const extension = extensionAfterSave(was, action.name);
      const saved = { model: was.model, protocol: was.protocol, extension };
      // Saved under another extension's name, the file was renamed, not edited: its history takes the new extension
      // too, or an undo would put the old one back unsaid. A step typed before the save does not take in the next key.
      const renamed = (steps: History['past']) => (extension === was.extension ? steps : steps.map((s) => (s.content.extension === was.extension ? { ...s, content: { ...s.content, extension } } : s)));
      const history = { past: renamed(state.history.past), future: renamed(state.history.future), typing: null };
      // Name parts changed while the write went on (a new extension typed) are the user's, not the saved name's: they
      // stay, and the file stays unsaved, as what was written is not them.
      const since = state.model !== was.model || state.protocol !== was.protocol || state.extension !== was.extension;
      const next = { ...state, savedDoc: action.doc, sourceName: action.name, handle: action.handle ?? state.handle, history, ...(since ? {} : { extension }) };
      const identity = identityOf(saved);
      // A name other than the phone's (Save as "notes.txt") is the file's name from now on, until its parts change.
      const chosen = action.name.toLowerCase() === ruleFileName({ ...next, ...saved }).toLowerCase() ? undefined : { name: action.name, identity };
      return { ...next, savedIdentity: identity, chosen };
    }
    case 'undo':
    case 'redo': {
      const moved = (action.type === 'undo' ? undo : redo)(state.history, contentOf(state));
      return moved ? { ...state, ...moved.content, history: moved.history, dropped: undefined } : state;
    }
  }
}
