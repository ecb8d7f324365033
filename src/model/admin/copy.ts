import { FEATURE_LABEL, MODELS, PROTOCOL_LABELS, SETTINGS, SPEED_DIAL, listCapacity, modelHasSetting, type ModelId, type Protocol, type SettingDef } from '../../catalog/catalog.ts';
import { saveBytes } from '../../format/codec.ts';
import { emptyDocument, type BackupDocument } from '../../format/document.ts';
import { buildFileName } from '../../format/file-name.ts';
import { msg, type Msg, type MsgValue } from '../../catalog/msg.ts';
import { listMsg } from '../../catalog/msg-list.ts';
import { sentences, settingName } from './words.ts';
import { settingProblem } from '../schemas.ts';
import { applyValues, speedDialInFile, valuesOf, type FormValues } from '../values.ts';
import { diffSettings, type SettingChange } from './diff.ts';

/**
 * Copying parts of one file to many telephones: new files for a list of extensions, or the same parts written
 * into other open files. A backup holds nothing that names its telephone, so every new file has the same bytes;
 * only the file name carries the extension.
 */

export interface CopyParts {
  readonly speedDials: boolean;
  readonly featureLabels: boolean;
  /** Options screens' settings (with the 4625SW colours and the SIP options where the target has them). */
  readonly options: boolean;
  /** Automatic Backup and, when `ftp` is set, the FTP parameters. */
  readonly parameters: boolean;
  readonly ftp: boolean;
}

export const ALL_PARTS: CopyParts = { speedDials: true, featureLabels: true, options: true, parameters: true, ftp: true };

export type Naming = Protocol | 'both';

const FTP_IDS = new Set(['ftpServer', 'ftpDirectory', 'ftpUser']);

export function partHas(parts: CopyParts, def: SettingDef): boolean {
  if (def.group === 'parameters') return parts.parameters && (parts.ftp || !FTP_IDS.has(def.id));
  return parts.options;
}

export interface Copied {
  readonly values: FormValues;
  /** Why some values were not copied, one plain sentence each. */
  readonly notes: readonly Msg[];
  /** Why nothing was copied into this target, or null. */
  readonly refused: Msg | null;
}

/**
 * The chosen parts of `source` written over `base` (the target's own values; empty for a new file), by one rule
 * for everything: what the source has replaces the target's, what the source does not have is left as the
 * target has it. A setting the source sets replaces the target's; a speed dial the source has replaces the
 * target's speed dial with the same number (label and number together); a feature button the source labels
 * gets its label. The target's other settings, speed dials and labels stay.
 */
export function copyParts(source: FormValues, parts: CopyParts, target: { readonly model: ModelId; readonly protocol: Protocol }, base?: FormValues): Copied {
  const settings: Record<string, string | undefined> = { ...base?.settings };
  const notes: Msg[] = [];
  const skipped: MsgValue[] = [];
  const invalid: MsgValue[] = [];
  for (const def of SETTINGS) {
    const value = source.settings[def.id];
    if (value === undefined || !partHas(parts, def)) continue;
    if (!modelHasSetting(def, target.model, target.protocol)) {
      skipped.push(settingName(def));
      continue;
    }
    settings[def.id] = value;
    const problem = settingProblem(def, value);
    if (problem) invalid.push(problem);
  }
  if (invalid.length > 0) notes.push(msg('admin.copy.invalid', { problems: sentences(invalid) }));
  if (skipped.length > 0) notes.push(msg('admin.copy.skipped', { model: target.model, protocol: PROTOCOL_LABELS[target.protocol], names: listMsg(skipped, 'comma') }));
  const speedDials = base?.speedDials.slice() ?? [];
  if (parts.speedDials) {
    const used = source.speedDials.filter(speedDialInFile).length;
    const capacity = listCapacity(SPEED_DIAL, target.model);
    if (used > capacity) {
      return { values: base ?? { settings: {}, speedDials: [], featureLabels: [] }, notes, refused: msg('admin.copy.noRoom', { capacity, used }) };
    }
    const from = source.speedDials.length > capacity ? source.speedDials.filter(speedDialInFile) : source.speedDials;
    from.forEach((e, i) => {
      if (!speedDialInFile(e)) return;
      while (speedDials.length < i) speedDials.push({ label: undefined, number: undefined });
      speedDials[i] = { label: e.label, number: e.number };
    });
  }
  const featureLabels = base?.featureLabels.slice() ?? [];
  if (parts.featureLabels) {
    const capacity = listCapacity(FEATURE_LABEL, target.model);
    const extra = source.featureLabels.slice(capacity).filter((l) => l.label !== undefined).length;
    if (extra > 0) notes.push(msg('admin.copy.extraLabels', { count: extra, capacity, model: target.model }));
    source.featureLabels.slice(0, capacity).forEach((l, i) => {
      if (l.label === undefined) return;
      while (featureLabels.length < i) featureLabels.push({ label: undefined });
      featureLabels[i] = { label: l.label };
    });
  }
  return { values: { settings, speedDials, featureLabels }, notes, refused: null };
}

export interface CopyIntoPlan extends Copied {
  /** The target's document after the copy (the same document when refused or when nothing changes). */
  readonly doc: BackupDocument;
  /** Every value the copy adds, changes or removes, as Compare shows them. */
  readonly changes: readonly SettingChange[];
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}

/**
 * What copying the chosen parts of `source` into an open file does to it, value by value, before anything
 * changes: the caller shows it, and applies `values` only when the user confirms.
 */
export function planCopyInto(source: FormValues, parts: CopyParts, target: { readonly doc: BackupDocument; readonly model: ModelId; readonly protocol: Protocol }): CopyIntoPlan {
  const copied = copyParts(source, parts, target, valuesOf(target.doc, target.model));
  const doc = copied.refused ? target.doc : applyValues(target.doc, copied.values, target.model);
  const changes = doc === target.doc ? [] : diffSettings(target.doc, doc);
  const count = (kind: SettingChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return { ...copied, doc, changes, added: count('added'), changed: count('changed'), removed: count('removed') };
}

export interface CopyFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface CopyResult {
  readonly files: readonly CopyFile[];
  readonly notes: readonly Msg[];
}

/** The new file a copy makes from `source` for one protocol: a fresh CRLF document with the copied parts. */
function newFileFrom(source: FormValues, parts: CopyParts, model: ModelId, protocol: Protocol): { doc: BackupDocument; notes: readonly Msg[] } {
  const copied = copyParts(source, parts, { model, protocol });
  return { doc: applyValues(emptyDocument('\r\n'), copied.values), notes: copied.notes };
}

/**
 * A new, valid file per extension (and per protocol when `naming` is `both`): UTF-8, a blank first line, CRLF,
 * the chosen parts of `sourceDoc` in canonical lines, named by the rule (`4001_4620data.txt`).
 */
export function copyToExtensions(sourceDoc: BackupDocument, model: ModelId, extensions: readonly string[], parts: CopyParts, naming: Naming): CopyResult {
  const source = valuesOf(sourceDoc, model);
  const protocols: Protocol[] = naming === 'both' ? ['h323', 'sip'] : [naming];
  const family = MODELS[model].family;
  const notes: Msg[] = [];
  const bytesFor = new Map<Protocol, Uint8Array>();
  for (const protocol of protocols) {
    const made = newFileFrom(source, parts, model, protocol);
    notes.push(...made.notes);
    bytesFor.set(protocol, saveBytes(made.doc));
  }
  const files: CopyFile[] = [];
  for (const ext of extensions) {
    for (const protocol of protocols) files.push({ name: buildFileName(ext, family, protocol), bytes: bytesFor.get(protocol) as Uint8Array });
  }
  return { files, notes };
}

export interface LeftOut {
  /** The source's values the new file does not have, or has otherwise (renumbered speed dials), as Compare names them. */
  readonly values: readonly SettingChange[];
  /** Lines of the source that are not NAME=value settings (they are never copied). */
  readonly otherLines: number;
}

/**
 * What a new file made from `sourceDoc` lacks that the source has: when a target extension is the source's own,
 * the new file takes the source's place on the server, and this is what is lost with it.
 */
export function leftOutOfCopy(sourceDoc: BackupDocument, model: ModelId, protocol: Protocol, parts: CopyParts): LeftOut {
  const made = newFileFrom(valuesOf(sourceDoc, model), parts, model, protocol).doc;
  return {
    values: diffSettings(sourceDoc, made).filter((c) => c.kind !== 'added'),
    otherLines: sourceDoc.lines.filter((l) => l.kind === 'other').length,
  };
}
