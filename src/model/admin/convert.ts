import { FEATURE_LABEL, MODELS, PROTOCOL_LABELS, SETTINGS, SPEED_DIAL, listCapacity, modelHasSetting, type ModelId, type Protocol, type SettingDef } from '../../catalog/catalog.ts';
import type { BackupDocument } from '../../format/document.ts';
import { msg, type Msg, type MsgValue } from '../../catalog/msg.ts';
import { listMsg } from '../../catalog/msg-list.ts';
import { settingName } from './words.ts';
import { speedDialInFile, valuesOf, type FeatureLabelValue, type FormValues, type SpeedDialValue } from '../values.ts';

/**
 * Converting a file between protocols (H.323 ↔ SIP) and between the 4610 and 4620 families. Settings the new
 * telephone or protocol lacks are kept or removed as the user chooses; speed dials past the new capacity are
 * never dropped silently: the user picks which to keep.
 */

export interface Target {
  readonly model: ModelId;
  readonly protocol: Protocol;
}

export interface ConvertOptions {
  /** Remove settings and feature labels the new telephone or protocol does not have (else keep them). */
  readonly dropUnsupported: boolean;
  /** Remove feature labels past the new telephone's buttons, whatever dropUnsupported says of settings. */
  readonly dropExtraLabels?: boolean;
  /** 1-based positions of the speed dials to keep, when there are more than the new telephone holds. */
  readonly keepSpeedDials?: readonly number[];
}

export interface SpeedDialEntry {
  readonly index: number;
  readonly label: string | undefined;
  readonly number: string | undefined;
}

export interface ConvertPlan {
  /** The file's values after the conversion (apply with applyValues). */
  readonly values: FormValues;
  /** What the conversion does, one plain sentence each. */
  readonly report: readonly Msg[];
  /** Set when the file has more speed dials than the new telephone holds: the user must choose which to keep. */
  readonly speedDialChoice: { readonly entries: readonly SpeedDialEntry[]; readonly capacity: number } | null;
  /** Why the conversion cannot be done yet, or null. */
  readonly blocked: Msg | null;
}

/** Why a setting does not belong on the target, in words: “H.323 only”, “4625SW only”. */
function scope(def: SettingDef): MsgValue {
  const parts: Msg[] = [];
  if (def.protocols && def.protocols.length === 1) parts.push(msg('admin.convert.only', { what: PROTOCOL_LABELS[def.protocols[0] as Protocol] }));
  if (def.models && def.models.length === 1) parts.push(msg('admin.convert.only', { what: def.models[0] ?? '' }));
  else if (def.models) parts.push(msg('admin.convert.familyOnly', { family: '4620' }));
  return listMsg(parts, 'comma');
}

export function planConvert(doc: BackupDocument, from: Target, to: Target, options: ConvertOptions): ConvertPlan {
  const values = valuesOf(doc, from.model);
  const report: Msg[] = [];
  const settings = { ...values.settings };
  const targetName = `${to.model}${to.protocol !== from.protocol ? ` (${PROTOCOL_LABELS[to.protocol]})` : ''}`;

  // Settings the target lacks.
  const unsupported = SETTINGS.filter((def) => settings[def.id] !== undefined && !modelHasSetting(def, to.model, to.protocol));
  if (unsupported.length > 0) {
    const names = listMsg(
      unsupported.map((d) => msg('admin.convert.settingScope', { name: settingName(d), scope: scope(d) })),
      'and',
    );
    const said = { names, target: targetName, count: unsupported.length };
    if (options.dropUnsupported) {
      for (const def of unsupported) settings[def.id] = undefined;
      report.push(msg('admin.convert.removedSettings', said));
    } else {
      report.push(msg('admin.convert.keptSettings', said));
    }
  }

  // Feature button labels past the new number of buttons.
  const flCapacity = listCapacity(FEATURE_LABEL, to.model);
  const extraLabels = values.featureLabels.map((l, i) => ({ l, n: i + 1 })).filter(({ l, n }) => n > flCapacity && l.label !== undefined);
  let featureLabels: FeatureLabelValue[] = values.featureLabels.slice();
  if (extraLabels.length > 0) {
    const which =
      extraLabels.length === 1
        ? msg('admin.convert.oneLabel', { button: extraLabels[0]?.n ?? 0 })
        : msg('admin.convert.someLabels', { count: extraLabels.length, first: extraLabels[0]?.n ?? 0, last: extraLabels[extraLabels.length - 1]?.n ?? 0 });
    if (options.dropExtraLabels ?? options.dropUnsupported) {
      featureLabels = featureLabels.map((l, i) => (i + 1 > flCapacity ? { label: undefined } : l));
      report.push(msg('admin.convert.removedLabels', { which, model: to.model, buttons: flCapacity }));
    } else {
      report.push(msg('admin.convert.keptLabels', { which, model: to.model, buttons: flCapacity }));
    }
  }

  // Speed dials past the new capacity: the user chooses.
  const capacity = listCapacity(SPEED_DIAL, to.model);
  const entries: SpeedDialEntry[] = values.speedDials.map((e, i) => ({ index: i + 1, label: e.label, number: e.number })).filter(speedDialInFile);
  let speedDials: SpeedDialValue[] = values.speedDials;
  let speedDialChoice: ConvertPlan['speedDialChoice'] = null;
  let blocked: Msg | null = null;
  if (entries.length > capacity) {
    speedDialChoice = { entries, capacity };
    const keep = new Set(options.keepSpeedDials ?? []);
    const kept = entries.filter((e) => keep.has(e.index));
    if (options.keepSpeedDials === undefined) {
      blocked = msg('admin.convert.chooseSpeedDials', { count: entries.length, model: to.model, capacity });
    } else if (kept.length > capacity) {
      blocked = msg('admin.convert.tooManyChosen', { count: kept.length, model: to.model, capacity, more: kept.length - capacity });
    } else {
      speedDials = kept.map((e) => ({ label: e.label, number: e.number }));
      report.push(msg('admin.convert.keptSpeedDials', { kept: kept.length, total: entries.length, removed: entries.length - kept.length, model: to.model, capacity }));
    }
  } else if (values.speedDials.length > capacity) {
    // Few enough, but some sit past the last position the new telephone has: close the gaps.
    speedDials = entries.map((e) => ({ label: e.label, number: e.number }));
    report.push(msg('admin.convert.renumbered', { count: entries.length, model: to.model, capacity }));
  }

  if (MODELS[from.model].family !== MODELS[to.model].family) report.unshift(msg('admin.convert.family', { from: MODELS[from.model].family, to: MODELS[to.model].family, model: to.model }));
  if (from.protocol !== to.protocol) report.unshift(msg('admin.convert.protocol', { from: PROTOCOL_LABELS[from.protocol], to: PROTOCOL_LABELS[to.protocol] }));
  return { values: { settings, speedDials, featureLabels }, report, speedDialChoice, blocked };
}
