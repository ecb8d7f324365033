import { MODELS, type ModelId, type Protocol } from '../catalog/catalog.ts';
import { loadBytes, saveBytes, type Loaded } from '../format/codec.ts';
import type { DecodeError } from '../format/decode.ts';
import { emptyDocument, serializeText, type BackupDocument } from '../format/document.ts';
import { removeLine, setLineText } from '../format/edit.ts';
import { buildFileName, isValidExtension, parseFileName } from '../format/file-name.ts';
import { inferModel, type Inference } from '../format/infer-model.ts';
import { err, ok, type Result } from '../format/result.ts';
import { applyValues, type FormValues } from '../model/values.ts';

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
  /** Bumped when the document changes outside the form (raw line edits, model change), so the form reloads. */
  readonly externalVersion: number;
  /**
   * Lines the last change of values took away that had no effect (a later line sets the same name): emptying an
   * entry, or moving entries past it, removes every line of its name, and the user is told which.
   */
  readonly dropped?: readonly DroppedLine[];
  /**
   * The name's parts as last loaded or saved (see identityOf), once one has been changed since: family, protocol and
   * extension make the name Save writes under, so changing them is an unsaved change too. Absent while unchanged.
   */
  readonly savedIdentity?: string;
}

/** What Save's file name is made of: the model's family (4610 or 4620), the protocol and the extension. */
const identityOf = (file: OpenFile): string => `${MODELS[file.model].family}|${file.protocol}|${file.extension.trim()}`;

/** A line removed with a change of values, as it was: its number as saved, and its text. */
export interface DroppedLine {
  readonly lineNo: number;
  readonly text: string;
}

/** The lines of `before` that `after` lacks and that had no effect in `before` (overridden by a later line of the same name). */
export function droppedOverridden(before: BackupDocument, after: BackupDocument): readonly DroppedLine[] {
  if (after === before) return [];
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
 * `state` with a new document from a change of values, and what that change took away unseen (see OpenFile.dropped):
 * said until the next change that takes some away, so typing on does not hide it.
 */
function withValues(state: OpenFile, doc: BackupDocument): OpenFile {
  const dropped = droppedOverridden(state.doc, doc);
  return { ...state, doc, dropped: dropped.length > 0 ? dropped : state.dropped };
}

export function openBytes(bytes: Uint8Array, name: string, handle: FileSystemFileHandle | null): Result<OpenFile, DecodeError> {
  const loaded = loadBytes(bytes);
  if (!loaded.ok) return err(loaded.error);
  const parsedName = parseFileName(name);
  const inference = inferModel(parsedName, loaded.value.doc);
  return ok({
    uid: 0,
    doc: loaded.value.doc,
    savedDoc: loaded.value.doc,
    sourceName: name,
    extension: parsedName?.extension ?? '',
    model: inference.model,
    protocol: inference.protocol,
    inference,
    decoded: loaded.value.decoded,
    handle,
    externalVersion: 0,
  });
}

export function newFile(extension: string, model: ModelId, protocol: Protocol): OpenFile {
  const doc = emptyDocument('\r\n');
  return { uid: 0, doc, savedDoc: doc, sourceName: null, extension, model, protocol, inference: null, decoded: null, handle: null, externalVersion: 0 };
}

/**
 * The spec §2 name for the file; the loaded name when it already is that name in another letter case. (A name the
 * browser numbered, "4711_4620data (1).txt", is read as the rule's name but not kept: the phone asks for the other.)
 */
export function ruleFileName(file: OpenFile): string {
  const name = buildFileName(file.extension.trim() || null, MODELS[file.model].family, file.protocol);
  return file.sourceName && file.sourceName.toLowerCase() === name.toLowerCase() ? file.sourceName : name;
}

/** The file's extension when it is not digits only (Save cannot name the file by the rule then), else null. */
export function badExtension(file: OpenFile): string | null {
  const ext = file.extension.trim();
  return ext !== '' && !isValidExtension(ext) ? ext : null;
}

/** After a save under `name`: a name by the rule (Save as another extension's name) says the file's extension. */
function extensionAfterSave(state: OpenFile, name: string): string {
  const parsed = parseFileName(name);
  const follows = parsed && parsed.family === MODELS[state.model].family && parsed.protocol === state.protocol;
  return follows ? (parsed.extension ?? '') : state.extension;
}

export const isDirty = (file: OpenFile): boolean =>
  (file.savedIdentity !== undefined && file.savedIdentity !== identityOf(file)) ||
  (file.doc !== file.savedDoc && serializeText(file.doc) !== serializeText(file.savedDoc));

export const fileBytes = (file: OpenFile): Uint8Array => saveBytes(file.doc);

export type EditorAction =
  /**
   * The form's values. `version` is the externalVersion the form last loaded: values a form sends before it has
   * reloaded an outside change (a field mounting during that render fires the form's store) are stale and dropped.
   */
  | { readonly type: 'values'; readonly values: FormValues; readonly version?: number }
  /** Values set from outside the form (CSV import, convert, copy): applied like 'values', and the form reloads. */
  | { readonly type: 'replace-values'; readonly values: FormValues }
  | { readonly type: 'line-text'; readonly lineId: number; readonly text: string }
  | { readonly type: 'remove-line'; readonly lineId: number }
  | { readonly type: 'identify'; readonly model?: ModelId; readonly protocol?: Protocol; readonly extension?: string }
  | { readonly type: 'saved'; readonly name: string; readonly handle: FileSystemFileHandle | null };

export function editorReducer(state: OpenFile, action: EditorAction): OpenFile {
  switch (action.type) {
    case 'values': {
      if (action.version !== undefined && action.version !== state.externalVersion) return state;
      const doc = applyValues(state.doc, action.values, state.model);
      return doc === state.doc ? state : withValues(state, doc);
    }
    case 'replace-values': {
      const doc = applyValues(state.doc, action.values, state.model);
      return doc === state.doc ? state : { ...withValues(state, doc), externalVersion: state.externalVersion + 1 };
    }
    case 'line-text': {
      const doc = setLineText(state.doc, action.lineId, action.text);
      return doc === state.doc ? state : { ...state, doc, externalVersion: state.externalVersion + 1 };
    }
    case 'remove-line': {
      const doc = removeLine(state.doc, action.lineId);
      return doc === state.doc ? state : { ...state, doc, externalVersion: state.externalVersion + 1 };
    }
    case 'identify':
      return {
        ...state,
        savedIdentity: state.savedIdentity ?? identityOf(state),
        model: action.model ?? state.model,
        protocol: action.protocol ?? state.protocol,
        extension: action.extension ?? state.extension,
        externalVersion: action.model && action.model !== state.model ? state.externalVersion + 1 : state.externalVersion,
      };
    case 'saved':
      return { ...state, savedDoc: state.doc, sourceName: action.name, handle: action.handle ?? state.handle, extension: extensionAfterSave(state, action.name), savedIdentity: undefined };
  }
}
