import { DEFAULT_RELEASE, DIAL_CHARS, FEATURE_LABEL, LANGUAGE_SCRIPT, PROTOCOL_LABELS, SETTINGS, SPEED_DIAL, listCapacity, modelHasSetting, modelScripts, settingById, settingLabel, type ModelId, type Protocol, type Release, type SettingDef } from '../catalog/catalog.ts';
import { msg, type Msg } from '../catalog/msg.ts';
import type { BackupDocument } from '../format/document.ts';
import { getValue, removeKey, setValue } from '../format/edit.ts';
import { listKey, parseKey, settingKey } from '../format/keys.ts';
import { planConvert } from '../model/admin/convert.ts';
import { settingProblem } from '../model/schemas.ts';
import { applyValues, speedDialInFile, valuesOf, type SpeedDialValue } from '../model/values.ts';
import { labelCannotShow } from './file-problems.ts';
import type { EditorAction, OpenFile } from './open-file.ts';

/**
 * Changes to many files at once (issue 17, point 4): what one change does to each file, worked out before anything
 * changes, so the user sees which files change, which are skipped and why, and any one file's diff; then one
 * `edit-many` of the workspace applies it, one step in each file, undone together.
 *
 * Each change touches only the lines it must (setValue rewrites a line under the name it already has; a new value is
 * one new line beside its kind), so every other line keeps its bytes. A file whose model, protocol or capacity the
 * change does not fit is skipped, with the reason; so is a file the change would leave as it is.
 *
 * Per file the work is one or two walks over its lines: the typed view (valuesOf) is built only for the changes to
 * the speed dial list.
 *
 * A label with characters a file's model cannot draw (Cyrillic on a 4620, or on a 4610SW before firmware R2.7) is
 * not written there: the telephone would show rectangles. That file is skipped, and the reason says which
 * characters and which models could show them, as the editor's Problems do (labelCannotShow, file-problems.ts).
 * So is a Display Language whose script the model cannot draw (Russian on a 4620).
 */

/** Speed dials picked by their label (letter case and surrounding spaces ignored) or by their number (spaces ignored). */
export interface SpeedDialMatch {
  readonly by: 'label' | 'number';
  readonly value: string;
}

export type BulkChange =
  /** A setting set to a value: a new line where the file has none, else its effective line rewritten. */
  | { readonly kind: 'set-setting'; readonly id: string; readonly value: string }
  /** A setting taken out of the file (every line of it), so the telephone keeps its own value. */
  | { readonly kind: 'reset-setting'; readonly id: string }
  /**
   * A speed dial added after the file's last one, or at a 1-based position (those from there on move down one).
   * A file that already has a speed dial with this number is skipped.
   */
  | { readonly kind: 'add-speed-dial'; readonly label: string; readonly number: string; readonly at: number | 'end' }
  /** The speed dials that match given a new label, a new number or both (undefined: left as it is). */
  | { readonly kind: 'update-speed-dials'; readonly match: SpeedDialMatch; readonly label?: string; readonly number?: string }
  /** The speed dials that match removed; those after them move up, as the editor's Remove does. */
  | { readonly kind: 'remove-speed-dials'; readonly match: SpeedDialMatch }
  /**
   * A number replaced everywhere it is dialled: every speed dial whose number is `from` (spaces ignored) gets `to`.
   * Nothing else in a file holds a number to dial (feature buttons have labels only, and no setting is a
   * telephone number), lines the editor does not know are never rewritten, and speed dials past the model's
   * capacity (which the telephone ignores) are left as they are.
   */
  | { readonly kind: 'replace-number'; readonly from: string; readonly to: string }
  /** A feature button's label set, or (label undefined) taken out of the file. */
  | { readonly kind: 'feature-label'; readonly button: number; readonly label: string | undefined }
  /** Converted to a protocol, a model (another family too), or both; null keeps the file's own. */
  | { readonly kind: 'convert'; readonly protocol: Protocol | null; readonly model: ModelId | null; readonly dropUnsupported: boolean };

export type BulkFile = Pick<OpenFile, 'uid' | 'doc' | 'model' | 'protocol'>;

export interface BulkChanged {
  readonly uid: number;
  /** What the workspace's `edit-many` takes for this file. */
  readonly action: EditorAction;
  /** What the change does to this file, in a sentence. */
  readonly summary: Msg;
  /** The document after the change (for its diff). */
  readonly doc: BackupDocument;
}

export interface BulkSkipped {
  readonly uid: number;
  readonly reason: Msg;
}

export interface BulkPlan {
  readonly changed: readonly BulkChanged[];
  readonly skipped: readonly BulkSkipped[];
  /** Why the change itself cannot be made (a value no telephone takes), or null; then nothing changes. */
  readonly problem: Msg | null;
}

const protocolWords = (p: Protocol): string => PROTOCOL_LABELS[p];
const countChars = (s: string): number => [...s].length;

/** Why a speed dial or feature button label cannot be written, or null. */
function labelProblem(label: string, max: number): Msg | null {
  const count = countChars(label);
  return count > max ? msg('admin.bulk.labelTooLong', { max, count }) : null;
}

/** Why a speed dial number cannot be written, or null. */
function numberProblem(number: string): Msg | null {
  const max = SPEED_DIAL.numberMax ?? Infinity;
  if (!DIAL_CHARS.test(number)) return msg('admin.bulk.numberCharacters', { number });
  return countChars(number) > max ? msg('admin.bulk.numberTooLong', { max, count: countChars(number) }) : null;
}

/** Why the change cannot be made in any file, or null: what the dialog says instead of a preview. */
export function changeProblem(change: BulkChange): Msg | null {
  switch (change.kind) {
    case 'set-setting': {
      const def = SETTINGS.find((s) => s.id === change.id);
      return def ? settingProblem(def, change.value, 'edited') : msg('admin.bulk.unknownSetting', { id: change.id });
    }
    case 'reset-setting':
      return SETTINGS.some((s) => s.id === change.id) ? null : msg('admin.bulk.unknownSetting', { id: change.id });
    case 'add-speed-dial':
      if (change.label === '' && change.number === '') return msg('admin.bulk.emptySpeedDial');
      if (change.at !== 'end' && (!Number.isInteger(change.at) || change.at < 1)) return msg('admin.bulk.badPosition');
      return labelProblem(change.label, SPEED_DIAL.labelMax) ?? numberProblem(change.number);
    case 'update-speed-dials':
      if (change.match.value.trim() === '') return msg('admin.bulk.emptyMatch');
      if (change.label === undefined && change.number === undefined) return msg('admin.bulk.nothingToSet');
      return (change.label !== undefined ? labelProblem(change.label, SPEED_DIAL.labelMax) : null) ?? (change.number !== undefined ? numberProblem(change.number) : null);
    case 'remove-speed-dials':
      return change.match.value.trim() === '' ? msg('admin.bulk.emptyMatch') : null;
    case 'replace-number':
      if (change.from.trim() === '') return msg('admin.bulk.emptyMatch');
      return numberProblem(change.to);
    case 'feature-label':
      if (!Number.isInteger(change.button) || change.button < 1) return msg('admin.bulk.badButton');
      return change.label !== undefined ? labelProblem(change.label, FEATURE_LABEL.labelMax) : null;
    case 'convert':
      return change.protocol === null && change.model === null ? msg('admin.bulk.pickTarget') : null;
  }
}

/** A file's outcome: skipped, or its document after (and, for a conversion, the action that makes it, given its step name). */
type Outcome = { readonly doc: BackupDocument; readonly summary: Msg; readonly action?: (label: Msg) => EditorAction } | { readonly skip: Msg };

const sameLabel = (a: string | undefined, b: string): boolean => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
const sameNumber = (a: string | undefined, b: string): boolean => a !== undefined && a.trim() === b.trim();
const matches = (e: SpeedDialValue, m: SpeedDialMatch): boolean => (m.by === 'label' ? sameLabel(e.label, m.value) : sameNumber(e.number, m.value));

/** 1-based positions of the speed dials (within the model's capacity) that match. */
function matching(dials: readonly SpeedDialValue[], m: SpeedDialMatch): number[] {
  const out: number[] = [];
  dials.forEach((e, i) => {
    if (speedDialInFile(e) && matches(e, m)) out.push(i + 1);
  });
  return out;
}

const noMatch = (m: SpeedDialMatch): Msg => msg(m.by === 'label' ? 'admin.bulk.skip.noLabel' : 'admin.bulk.skip.noNumber', { value: m.value });

/** Why `label` cannot be written into this file (characters its model does not draw under `release`), or null. */
function unshowable(label: string | undefined, model: ModelId, release: Release): { readonly skip: Msg } | null {
  const why = label === undefined ? null : labelCannotShow(label, model, release);
  return why ? { skip: msg('admin.bulk.skip.cannotShow', { why }) } : null;
}

/** Why a Display Language of `language` is not written into this file (its model does not draw the script under `release`), or null. */
function languageUnshowable(language: string, model: ModelId, release: Release): { readonly skip: Msg } | null {
  const script = LANGUAGE_SCRIPT[language as keyof typeof LANGUAGE_SCRIPT];
  if (!script || modelScripts(model, release).includes(script)) return null;
  // A script the model draws from R2.7 on: the release is why, and the reason says so (as Problems does).
  const id = modelScripts(model).includes(script) ? 'admin.bulk.skip.languageScriptBeforeR27' : 'admin.bulk.skip.languageScript';
  return { skip: msg(id, { model, language }) };
}

function setSetting(file: BulkFile, def: SettingDef, value: string, release: Release): Outcome {
  if (!modelHasSetting(def, file.model, file.protocol)) return { skip: msg('admin.bulk.skip.noSetting', { setting: settingLabel(def), model: file.model, protocol: protocolWords(file.protocol) }) };
  const key = settingKey(def.id);
  const before = getValue(file.doc, key);
  if (before === value) return { skip: msg('admin.bulk.skip.alreadySet', { setting: settingLabel(def), value }) };
  // As with a label: a language whose script the telephone cannot draw is not written there (its menus would be rectangles).
  const script = def.id === 'displayLanguage' ? languageUnshowable(value, file.model, release) : null;
  if (script) return script;
  const doc = setValue(file.doc, key, value);
  return { doc, summary: before === undefined ? msg('admin.bulk.sum.settingAdded', { setting: settingLabel(def), value }) : msg('admin.bulk.sum.settingChanged', { setting: settingLabel(def), before, value }) };
}

function resetSetting(file: BulkFile, def: SettingDef): Outcome {
  const key = settingKey(def.id);
  const before = getValue(file.doc, key);
  if (before === undefined) return { skip: msg('admin.bulk.skip.notInFile', { setting: settingLabel(def) }) };
  return { doc: removeKey(file.doc, key), summary: msg('admin.bulk.sum.settingReset', { setting: settingLabel(def), before }) };
}

function addSpeedDial(file: BulkFile, change: Extract<BulkChange, { kind: 'add-speed-dial' }>, release: Release): Outcome {
  const capacity = listCapacity(SPEED_DIAL, file.model);
  const current = valuesOf(file.doc, file.model);
  const dials = current.speedDials;
  if (change.number.trim() !== '') {
    const have = matching(dials, { by: 'number', value: change.number });
    if (have.length > 0) return { skip: msg('admin.bulk.skip.hasNumber', { number: change.number, n: have[0] ?? 0 }) };
  } else {
    const have = matching(dials, { by: 'label', value: change.label });
    if (have.length > 0) return { skip: msg('admin.bulk.skip.hasLabel', { label: change.label, n: have[0] ?? 0 }) };
  }
  const glyphs = unshowable(change.label, file.model, release);
  if (glyphs) return glyphs;
  const entry: SpeedDialValue = { label: change.label, number: change.number };
  const last = dials.length;
  let speedDials: SpeedDialValue[];
  let at: number;
  if (change.at === 'end' || change.at > last) {
    at = change.at === 'end' ? last + 1 : change.at;
    if (at > capacity) return { skip: change.at === 'end' ? msg('admin.bulk.skip.full', { model: file.model, capacity }) : msg('admin.bulk.skip.pastCapacity', { at, model: file.model, capacity }) };
    speedDials = [...dials];
    while (speedDials.length < at - 1) speedDials.push({ label: undefined, number: undefined });
    speedDials.push(entry);
  } else {
    at = change.at;
    // Those from `at` on move down one: the last must still fit.
    if (last + 1 > capacity) return { skip: msg('admin.bulk.skip.noRoomToInsert', { model: file.model, capacity }) };
    speedDials = [...dials.slice(0, at - 1), entry, ...dials.slice(at - 1)];
  }
  const doc = applyValues(file.doc, { ...current, speedDials }, file.model);
  // Only entries the file has move: the empty places between them (a file with 1 and 10) are no speed dials.
  const moved = speedDials.slice(at).filter(speedDialInFile).length;
  return { doc, summary: moved > 0 ? msg('admin.bulk.sum.speedDialInserted', { n: at, moved }) : msg('admin.bulk.sum.speedDialAdded', { n: at }) };
}

/**
 * The speed dials within the model's capacity as the telephone reads them (the last line of a name wins), as
 * valuesOf gives them, in one walk over the lines without the rest of the typed view: replacing a number in 5,000
 * files asks it of each.
 */
function speedDialsOf(doc: BackupDocument, model: ModelId): SpeedDialValue[] {
  const capacity = listCapacity(SPEED_DIAL, model);
  const dials: SpeedDialValue[] = [];
  for (const line of doc.lines) {
    if (line.kind !== 'setting' || line.key === null || !line.key.startsWith('speedDial:')) continue;
    const k = parseKey(line.key);
    if (k.kind !== 'list' || k.index > capacity) continue;
    while (dials.length < k.index) dials.push({ label: undefined, number: undefined });
    const e = dials[k.index - 1] as SpeedDialValue;
    if (k.field === 'label') e.label = line.value;
    else e.number = line.value;
  }
  return dials;
}

function updateSpeedDials(file: BulkFile, match: SpeedDialMatch, label: string | undefined, number: string | undefined, summary: 'update' | 'replace', release: Release): Outcome {
  const dials = speedDialsOf(file.doc, file.model);
  const found = matching(dials, match);
  if (found.length === 0) return { skip: noMatch(match) };
  // Only a label it would write: one the matching speed dials already have is the file's own.
  const glyphs = found.some((n) => dials[n - 1]?.label !== label) ? unshowable(label, file.model, release) : null;
  if (glyphs) return glyphs;
  let doc = file.doc;
  for (const n of found) {
    const e = dials[n - 1] as SpeedDialValue;
    if (label !== undefined && e.label !== label) doc = setValue(doc, listKey('speedDial', n, 'label'), label);
    if (number !== undefined && e.number !== number) doc = setValue(doc, listKey('speedDial', n, 'number'), number);
  }
  if (doc === file.doc) return { skip: msg('admin.bulk.skip.alreadyThese', { count: found.length }) };
  const which = found.join(', ');
  return { doc, summary: msg(summary === 'replace' ? 'admin.bulk.sum.numberReplaced' : 'admin.bulk.sum.speedDialsChanged', { count: found.length, which }) };
}

function removeSpeedDials(file: BulkFile, match: SpeedDialMatch): Outcome {
  const current = valuesOf(file.doc, file.model);
  const found = new Set(matching(current.speedDials, match));
  if (found.size === 0) return { skip: noMatch(match) };
  const speedDials = current.speedDials.filter((_, i) => !found.has(i + 1));
  const doc = applyValues(file.doc, { ...current, speedDials }, file.model);
  return { doc, summary: msg('admin.bulk.sum.speedDialsRemoved', { count: found.size, which: [...found].join(', ') }) };
}

function featureLabel(file: BulkFile, button: number, label: string | undefined, release: Release): Outcome {
  const buttons = listCapacity(FEATURE_LABEL, file.model);
  if (button > buttons) return { skip: msg('admin.bulk.skip.noButton', { button, model: file.model, buttons }) };
  const key = listKey('featureLabel', button, 'label');
  const before = getValue(file.doc, key);
  if (label === undefined) {
    if (before === undefined) return { skip: msg('admin.bulk.skip.labelNotInFile', { button }) };
    return { doc: removeKey(file.doc, key), summary: msg('admin.bulk.sum.labelCleared', { button, before }) };
  }
  if (before === label) return { skip: msg('admin.bulk.skip.labelAlready', { button, label }) };
  const glyphs = unshowable(label, file.model, release);
  if (glyphs) return glyphs;
  return { doc: setValue(file.doc, key, label), summary: before === undefined ? msg('admin.bulk.sum.labelAdded', { button, label }) : msg('admin.bulk.sum.labelChanged', { button, before, label }) };
}

function convert(file: BulkFile, change: Extract<BulkChange, { kind: 'convert' }>, release: Release): Outcome {
  const to = { model: change.model ?? file.model, protocol: change.protocol ?? file.protocol };
  if (to.model === file.model && to.protocol === file.protocol) return { skip: msg('admin.bulk.skip.alreadyTarget', { model: to.model, protocol: protocolWords(to.protocol) }) };
  // The release, for which labels and Display Language the new telephone could not show: the summary names them.
  const plan = planConvert(file.doc, { model: file.model, protocol: file.protocol }, to, { dropUnsupported: change.dropUnsupported, release });
  // More speed dials than the new telephone holds: which to keep is a choice per file (Convert, one file at a time).
  if (plan.blocked) return { skip: msg('admin.bulk.skip.convertAlone', { reason: plan.blocked }) };
  const doc = applyValues(file.doc, plan.values, file.model);
  const action = (label: Msg): EditorAction => ({ type: 'set-values', values: plan.values, model: to.model, protocol: to.protocol, label });
  const report = plan.report.length > 0 ? plan.report : [msg('admin.bulk.sum.convertedOnly')];
  return { doc, action, summary: report.reduce((head, next) => msg('admin.sentences', { head, next })) };
}

/** The change's name in the history ("Undo: change Contrast in 120 files"); `count` is the number of files it changes. */
export function stepLabel(change: BulkChange, count: number): Msg {
  switch (change.kind) {
    case 'set-setting':
      return msg('step.bulk.setSetting', { setting: settingLabel(settingById(change.id)), count });
    case 'reset-setting':
      return msg('step.bulk.resetSetting', { setting: settingLabel(settingById(change.id)), count });
    case 'add-speed-dial':
      return msg('step.bulk.addSpeedDial', { what: change.label || change.number, count });
    case 'update-speed-dials':
      return msg('step.bulk.updateSpeedDials', { count });
    case 'remove-speed-dials':
      return msg('step.bulk.removeSpeedDials', { count });
    case 'replace-number':
      return msg('step.bulk.replaceNumber', { from: change.from, to: change.to, count });
    case 'feature-label':
      return msg(change.label === undefined ? 'step.bulk.clearFeatureLabel' : 'step.bulk.setFeatureLabel', { n: change.button, count });
    case 'convert': {
      const target = [change.model, change.protocol && protocolWords(change.protocol)].filter(Boolean).join(' ');
      return msg('step.bulk.convert', { target, count });
    }
  }
}

function outcome(file: BulkFile, change: BulkChange, release: Release): Outcome {
  switch (change.kind) {
    case 'set-setting':
      return setSetting(file, SETTINGS.find((s) => s.id === change.id) as SettingDef, change.value, release);
    case 'reset-setting':
      return resetSetting(file, SETTINGS.find((s) => s.id === change.id) as SettingDef);
    case 'add-speed-dial':
      return addSpeedDial(file, change, release);
    case 'update-speed-dials':
      return updateSpeedDials(file, change.match, change.label, change.number, 'update', release);
    case 'remove-speed-dials':
      return removeSpeedDials(file, change.match);
    case 'replace-number':
      return updateSpeedDials(file, { by: 'number', value: change.from }, undefined, change.to, 'replace', release);
    case 'feature-label':
      return featureLabel(file, change.button, change.label, release);
    case 'convert':
      return convert(file, change, release);
  }
}

/**
 * What `change` does to each of `files`: the files it changes, each with the action for the workspace's
 * `edit-many`, a summary and the document after; and the files it skips, each with why. Nothing changes until the
 * caller dispatches `{ type: 'edit-many', edits: plan.changed }`. `release` is the firmware the telephones run (the
 * user's choice under Telephone), for which characters a label may hold: a file whose model would not show the
 * change's label is skipped.
 */
export function planBulk(files: readonly BulkFile[], change: BulkChange, release: Release = DEFAULT_RELEASE): BulkPlan {
  const problem = changeProblem(change);
  if (problem) return { changed: [], skipped: [], problem };
  const done: { readonly file: BulkFile; readonly o: Exclude<Outcome, { skip: Msg }> }[] = [];
  const skipped: BulkSkipped[] = [];
  for (const file of files) {
    const o = outcome(file, change, release);
    if ('skip' in o) skipped.push({ uid: file.uid, reason: o.skip });
    else done.push({ file, o });
  }
  // The step's name counts the files the change makes a step in.
  const label = stepLabel(change, done.length);
  const changed = done.map(({ file, o }): BulkChanged => ({
    uid: file.uid,
    action: o.action ? o.action(label) : { type: 'values', base: file.doc, doc: o.doc, label, key: null },
    summary: o.summary,
    doc: o.doc,
  }));
  return { changed, skipped, problem: null };
}

/** The workspace action that applies a plan: one step in each file it changes, undone together. */
export const applyPlan = (plan: BulkPlan): { readonly type: 'edit-many'; readonly edits: readonly { readonly uid: number; readonly action: EditorAction }[] } => ({
  type: 'edit-many',
  edits: plan.changed.map(({ uid, action }) => ({ uid, action })),
});
