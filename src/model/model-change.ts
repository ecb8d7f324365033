import { listCapacity, type ModelId } from '../catalog/catalog.ts';
import { msg, type Msg } from '../catalog/msg.ts';
import type { BackupDocument } from '../format/document.ts';
import { planConvert, type ConvertPlan, type Target } from './admin/convert.ts';
import { pastCapacity } from './capacity.ts';
import { speedDialInFile, valuesOf } from './values.ts';

/**
 * The question a change of model asks first when the new model has no place for some of the file's entries (see
 * pushesPastCapacity): Convert (the administrator tools' conversion, with the first speed dials kept), keep the
 * extra entries as lines, or cancel. The words are in the `admin` catalogs, which come with the question.
 */
export interface ModelChangeQuestion {
  /** What the new model has no room for: one sentence a list (speed dials, feature button labels). */
  readonly why: readonly Msg[];
  /** What Convert does: the values after it, and its report. */
  readonly convert: ConvertPlan;
  /** How many speed dials Convert keeps (the first ones) when the file has more than the new model holds, else null. */
  readonly keepFirst: number | null;
}

/**
 * The question for changing `from` to the model `to` (the protocol stays), or null when every entry the file's
 * form shows now has a place on the new model: such a change asks nothing.
 */
export function modelChangeQuestion(doc: BackupDocument, from: Target, to: ModelId): ModelChangeQuestion | null {
  // Entries past the old model's capacity were lines already; only those the change pushes out are asked about.
  const pushed = pastCapacity(doc, to).flatMap((g) => {
    const count = g.indices.filter((i) => i <= listCapacity(g.list, from.model)).length;
    return count > 0 ? [{ ...g, count }] : [];
  });
  if (pushed.length === 0) return null;
  const speedDials = valuesOf(doc, from.model).speedDials.filter(speedDialInFile).length;
  const why = pushed.map((g) =>
    g.list.id === 'featureLabel'
      ? msg('admin.modelChange.featureLabels', { model: to, capacity: g.capacity, past: g.count })
      : speedDials > g.capacity
        ? msg('admin.modelChange.speedDials', { model: to, capacity: g.capacity, count: speedDials })
        : msg('admin.modelChange.speedDialsPast', { model: to, capacity: g.capacity, past: g.count }),
  );
  const target = { model: to, protocol: from.protocol };
  // Convert here takes out what the new model has no place for and keeps every other line: settings the model
  // lacks stay, as a plain change of model keeps them (the administrator tools' Convert asks about those).
  const options = { dropUnsupported: false, dropExtraLabels: true };
  const first = planConvert(doc, from, target, options);
  const choice = first.speedDialChoice;
  if (!choice) return { why, convert: first, keepFirst: null };
  const keep = choice.entries.slice(0, choice.capacity).map((e) => e.index);
  return { why, convert: planConvert(doc, from, target, { ...options, keepSpeedDials: keep }), keepFirst: choice.capacity };
}
