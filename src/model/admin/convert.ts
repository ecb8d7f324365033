import { FEATURE_LABEL, MODELS, PROTOCOL_LABELS, SETTINGS, SPEED_DIAL, listCapacity, modelHasSetting, type ModelId, type Protocol, type SettingDef } from '../../catalog/catalog.ts';
import type { BackupDocument } from '../../format/document.ts';
import { valuesOf, type FeatureLabelValue, type FormValues, type SpeedDialValue } from '../values.ts';

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
  readonly report: readonly string[];
  /** Set when the file has more speed dials than the new telephone holds: the user must choose which to keep. */
  readonly speedDialChoice: { readonly entries: readonly SpeedDialEntry[]; readonly capacity: number } | null;
  /** Why the conversion cannot be done yet, or null. */
  readonly blocked: string | null;
}

const hasValue = (e: SpeedDialValue): boolean => e.label !== undefined || e.number !== undefined;

/** Why a setting does not belong on the target, in words: “H.323 only”, “4625SW only”. */
function scope(def: SettingDef): string {
  const parts: string[] = [];
  if (def.protocols && def.protocols.length === 1) parts.push(`${PROTOCOL_LABELS[def.protocols[0] as Protocol]} only`);
  if (def.models && def.models.length === 1) parts.push(`${def.models[0]} only`);
  else if (def.models) parts.push('4620 family only');
  return parts.join(', ');
}

const listWords = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

export function planConvert(doc: BackupDocument, from: Target, to: Target, options: ConvertOptions): ConvertPlan {
  const values = valuesOf(doc, from.model);
  const report: string[] = [];
  const settings = { ...values.settings };
  const targetName = `${to.model}${to.protocol !== from.protocol ? ` (${PROTOCOL_LABELS[to.protocol]})` : ''}`;

  // Settings the target lacks.
  const unsupported = SETTINGS.filter((def) => settings[def.id] !== undefined && !modelHasSetting(def, to.model, to.protocol));
  if (unsupported.length > 0) {
    const names = listWords(unsupported.map((d) => `${d.name} (${scope(d)})`));
    if (options.dropUnsupported) {
      for (const def of unsupported) settings[def.id] = undefined;
      report.push(`Removed ${names}: the ${targetName} does not have ${unsupported.length === 1 ? 'it' : 'them'}.`);
    } else {
      report.push(`Kept ${names}, though the ${targetName} does not have ${unsupported.length === 1 ? 'it' : 'them'}; the telephone ignores ${unsupported.length === 1 ? 'it' : 'them'}.`);
    }
  }

  // Feature button labels past the new number of buttons.
  const flCapacity = listCapacity(FEATURE_LABEL, to.model);
  const extraLabels = values.featureLabels.map((l, i) => ({ l, n: i + 1 })).filter(({ l, n }) => n > flCapacity && l.label !== undefined);
  let featureLabels: FeatureLabelValue[] = values.featureLabels.slice();
  if (extraLabels.length > 0) {
    const which = extraLabels.length === 1 ? `Feature button label ${extraLabels[0]?.n}` : `${extraLabels.length} feature button labels (${extraLabels[0]?.n}–${extraLabels[extraLabels.length - 1]?.n})`;
    if (options.dropUnsupported) {
      featureLabels = featureLabels.map((l, i) => (i + 1 > flCapacity ? { label: undefined } : l));
      report.push(`Removed ${which}: the ${to.model} has ${flCapacity} feature buttons.`);
    } else {
      report.push(`Kept ${which}, though the ${to.model} has ${flCapacity} feature buttons; the telephone ignores the rest.`);
    }
  }

  // Speed dials past the new capacity: the user chooses.
  const capacity = listCapacity(SPEED_DIAL, to.model);
  const entries: SpeedDialEntry[] = values.speedDials.map((e, i) => ({ index: i + 1, label: e.label, number: e.number })).filter(hasValue);
  let speedDials: SpeedDialValue[] = values.speedDials;
  let speedDialChoice: ConvertPlan['speedDialChoice'] = null;
  let blocked: string | null = null;
  if (entries.length > capacity) {
    speedDialChoice = { entries, capacity };
    const keep = new Set(options.keepSpeedDials ?? []);
    const kept = entries.filter((e) => keep.has(e.index));
    if (options.keepSpeedDials === undefined) {
      blocked = `The file has ${entries.length} speed dials and the ${to.model} holds ${capacity}. Choose the ${capacity} to keep.`;
    } else if (kept.length > capacity) {
      blocked = `${kept.length} speed dials are chosen, but the ${to.model} holds ${capacity}. Clear ${kept.length - capacity} more.`;
    } else {
      speedDials = kept.map((e) => ({ label: e.label, number: e.number }));
      report.push(`Kept ${kept.length} of ${entries.length} speed dials, numbered 1 to ${kept.length}; removed ${entries.length - kept.length}: the ${to.model} holds ${capacity}.`);
    }
  } else if (values.speedDials.length > capacity) {
    // Few enough, but some sit past the last position the new telephone has: close the gaps.
    speedDials = entries.map((e) => ({ label: e.label, number: e.number }));
    report.push(`Speed dials renumbered 1 to ${entries.length}, so all of them fit in the ${to.model}’s ${capacity}.`);
  }

  if (MODELS[from.model].family !== MODELS[to.model].family) report.unshift(`The ${MODELS[from.model].family} family becomes the ${MODELS[to.model].family} family (${to.model}).`);
  if (from.protocol !== to.protocol) report.unshift(`${PROTOCOL_LABELS[from.protocol]} becomes ${PROTOCOL_LABELS[to.protocol]}.`);
  return { values: { settings, speedDials, featureLabels }, report, speedDialChoice, blocked };
}
