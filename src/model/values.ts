import { FEATURE_LABEL, SETTINGS, SPEED_DIAL, listCapacity, type ListDef, type ModelId } from '../catalog/catalog.ts';
import type { BackupDocument } from '../format/document.ts';
import { effectiveLineIndex, removeKey, setValue } from '../format/edit.ts';
import { listKey, parseKey, settingKey } from '../format/keys.ts';

/**
 * The typed view of a document that the form edits. Every value is the file's text exactly;
 * `undefined` means "not in the file" (the phone keeps its own value).
 */
export interface SpeedDialValue {
  label: string | undefined;
  number: string | undefined;
}
/**
 * A speed dial with at least one line in the file, even one with an empty value (`ABKNAME002=`): an entry that
 * counts, and whose removal loses lines.
 */
export const speedDialInFile = (e: SpeedDialValue | undefined): boolean => e !== undefined && (e.label !== undefined || e.number !== undefined);

export interface FeatureLabelValue {
  label: string | undefined;
}
export interface FormValues {
  settings: Record<string, string | undefined>;
  speedDials: SpeedDialValue[];
  featureLabels: FeatureLabelValue[];
}

/** The effective value of every known key; the last line wins, as on the phone. */
function effectiveValues(doc: BackupDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of doc.lines) if (line.kind === 'setting' && line.key !== null) values.set(line.key, line.value);
  return values;
}

/** The highest index of a list in the document, counting only indices up to `cap`. */
export function maxListIndex(doc: BackupDocument, list: 'speedDial' | 'featureLabel', cap = Infinity): number {
  let max = 0;
  for (const line of doc.lines) {
    if (line.kind !== 'setting' || line.key === null) continue;
    const k = parseKey(line.key);
    if (k.kind === 'list' && k.list === list && k.index <= cap) max = Math.max(max, k.index);
  }
  return max;
}

/**
 * Speed dials are a list as long as the highest entry in the file, up to the model's capacity; feature buttons
 * are physical, so every button of the model is shown. Entries past the capacity are not in the typed view
 * (the phone ignores them): they stay in the file and are shown as other lines.
 */
export function valuesOf(doc: BackupDocument, model: ModelId): FormValues {
  const v = effectiveValues(doc);
  const settings: Record<string, string | undefined> = {};
  for (const def of SETTINGS) settings[def.id] = v.get(settingKey(def.id));
  const speedDials: SpeedDialValue[] = [];
  const sdMax = maxListIndex(doc, 'speedDial', listCapacity(SPEED_DIAL, model));
  for (let i = 1; i <= sdMax; i++) {
    speedDials.push({ label: v.get(listKey('speedDial', i, 'label')), number: v.get(listKey('speedDial', i, 'number')) });
  }
  const featureLabels: FeatureLabelValue[] = [];
  const flMax = listCapacity(FEATURE_LABEL, model);
  for (let i = 1; i <= flMax; i++) featureLabels.push({ label: v.get(listKey('featureLabel', i, 'label')) });
  return { settings, speedDials, featureLabels };
}

function put(doc: BackupDocument, key: string, value: string | undefined): BackupDocument {
  if (value === undefined) return removeKey(doc, key);
  return setValue(doc, key, value);
}

/**
 * Writes typed values back into the document. Only what differs is touched: an unchanged value leaves its
 * line alone, a changed one rewrites its own line, `undefined` removes the key's lines, a new one is added.
 * With a model, list entries past its capacity are outside the typed view and left as they are.
 */
export function applyValues(doc: BackupDocument, values: FormValues, model?: ModelId): BackupDocument {
  const current = effectiveValues(doc);
  let next = doc;
  // Only keys whose value differs are touched, so typing in one field costs one line's edit.
  const want = (key: string, value: string | undefined) => {
    if (current.get(key) !== value) next = put(next, key, value);
  };
  const cap = (list: ListDef) => (model ? listCapacity(list, model) : Infinity);
  for (const def of SETTINGS) want(settingKey(def.id), values.settings[def.id]);
  const sdMax = Math.max(maxListIndex(doc, 'speedDial', cap(SPEED_DIAL)), values.speedDials.length);
  for (let i = 1; i <= sdMax; i++) {
    const entry = values.speedDials[i - 1];
    want(listKey('speedDial', i, 'label'), entry?.label);
    want(listKey('speedDial', i, 'number'), entry?.number);
  }
  const flMax = Math.max(maxListIndex(doc, 'featureLabel', cap(FEATURE_LABEL)), values.featureLabels.length);
  for (let i = 1; i <= flMax; i++) want(listKey('featureLabel', i, 'label'), values.featureLabels[i - 1]?.label);
  return next;
}

export function isInFile(doc: BackupDocument, key: string): boolean {
  return effectiveLineIndex(doc, key) !== -1;
}


/** Line numbers as the file will be saved (a blank first line is added when missing), by key and by line id. */
export function lineNumbers(doc: BackupDocument): { byKey: Map<string, number>; byId: Map<number, number> } {
  const offset = doc.lines[0]?.kind === 'blank' ? 1 : 2;
  const byKey = new Map<string, number>();
  const byId = new Map<number, number>();
  doc.lines.forEach((line, i) => {
    byId.set(line.id, i + offset);
    if (line.kind === 'setting' && line.key !== null) byKey.set(line.key, i + offset);
  });
  return { byKey, byId };
}
