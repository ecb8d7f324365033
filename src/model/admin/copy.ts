import { FEATURE_LABEL, MODELS, PROTOCOL_LABELS, SETTINGS, SPEED_DIAL, listCapacity, modelHasSetting, type ModelId, type Protocol, type SettingDef } from '../../catalog/catalog.ts';
import { saveBytes } from '../../format/codec.ts';
import { emptyDocument, type BackupDocument } from '../../format/document.ts';
import { buildFileName } from '../../format/file-name.ts';
import { msg, type Msg, type MsgValue } from '../../catalog/msg.ts';
import { listMsg } from '../../catalog/msg-list.ts';
import { sentences, settingName } from './words.ts';
import { settingProblem } from '../schemas.ts';
import { applyValues, valuesOf, type FormValues } from '../values.ts';

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
 * The chosen parts of `source` written over `base` (the target's own values; empty for a new file). Settings
 * the source sets replace the target's; settings the source does not set are left as the target has them.
 * The speed dial and feature label lists are replaced whole.
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
  let speedDials = base?.speedDials ?? [];
  if (parts.speedDials) {
    const used = source.speedDials.filter((e) => e.label !== undefined || e.number !== undefined).length;
    const capacity = listCapacity(SPEED_DIAL, target.model);
    if (used > capacity) {
      return { values: base ?? { settings: {}, speedDials: [], featureLabels: [] }, notes, refused: msg('admin.copy.noRoom', { capacity, used }) };
    }
    speedDials = source.speedDials.length > capacity ? source.speedDials.filter((e) => e.label !== undefined || e.number !== undefined) : source.speedDials.slice();
  }
  let featureLabels = base?.featureLabels ?? [];
  if (parts.featureLabels) {
    const capacity = listCapacity(FEATURE_LABEL, target.model);
    const extra = source.featureLabels.slice(capacity).filter((l) => l.label !== undefined).length;
    if (extra > 0) notes.push(msg('admin.copy.extraLabels', { count: extra, capacity, model: target.model }));
    // Labels past the list are removed from the target by applyValues.
    featureLabels = source.featureLabels.slice(0, capacity);
  }
  return { values: { settings, speedDials, featureLabels }, notes, refused: null };
}

export interface CopyFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface CopyResult {
  readonly files: readonly CopyFile[];
  readonly notes: readonly Msg[];
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
    const copied = copyParts(source, parts, { model, protocol });
    notes.push(...copied.notes);
    bytesFor.set(protocol, saveBytes(applyValues(emptyDocument('\r\n'), copied.values)));
  }
  const files: CopyFile[] = [];
  for (const ext of extensions) {
    for (const protocol of protocols) files.push({ name: buildFileName(ext, family, protocol), bytes: bytesFor.get(protocol) as Uint8Array });
  }
  return { files, notes };
}
