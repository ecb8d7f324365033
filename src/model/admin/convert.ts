import { DEFAULT_RELEASE, FEATURE_LABEL, LANGUAGE_SCRIPT, MODELS, PROTOCOL_LABELS, SETTINGS, SPEED_DIAL, listCapacity, modelHasSetting, modelScripts, settingById, settingLabel, type ModelId, type Protocol, type Release, type SettingDef } from '../../catalog/catalog.ts';
import type { BackupDocument } from '../../format/document.ts';
import { msg, type Msg, type MsgValue } from '../../catalog/msg.ts';
import { listMsg } from '../../catalog/msg-list.ts';
import { glyphWarning } from '../../display/coverage.ts';
import { entryNames as namedEntries, wokenEntries, type WokenEntries, type WokenList } from '../woken.ts';
import { settingName } from './words.ts';
import { speedDialInFile, valuesOf, type FeatureLabelValue, type FormValues, type SpeedDialValue } from '../values.ts';

/**
 * Converting a file between protocols (H.323 ↔ SIP) and between the 4610 and 4620 families. Settings the new
 * telephone or protocol lacks are kept or removed as the user chooses; speed dials past the new capacity are
 * never dropped silently: the user picks which to keep. Nor does anything change silently on the new telephone:
 * the report names entries the old one ignored that the new one reads (a 4610SW's speed dial 49 on a 4620SW), and
 * labels or a Display Language the new one cannot show that the old one could.
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
  /** The firmware the telephones run (chosen under Telephone), for which characters they show; R2.7 unless told. */
  readonly release?: Release;
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

  const woken = wokenEntries(doc, from.model, to.model);
  if (woken.length > 0) report.push(msg('admin.convert.wake', { what: entryNames(woken), from: from.model, to: to.model, count: woken.reduce((n, g) => n + g.indices.length, 0) }));
  const release = options.release ?? DEFAULT_RELEASE;
  report.push(...cannotShow(doc, { settings, speedDials, featureLabels: featureLabels.slice(0, flCapacity) }, woken, from.model, to.model, release));

  if (MODELS[from.model].family !== MODELS[to.model].family) report.unshift(msg('admin.convert.family', { from: MODELS[from.model].family, to: MODELS[to.model].family, model: to.model }));
  if (from.protocol !== to.protocol) report.unshift(msg('admin.convert.protocol', { from: PROTOCOL_LABELS[from.protocol], to: PROTOCOL_LABELS[to.protocol] }));
  return { values: { settings, speedDials, featureLabels }, report, speedDialChoice, blocked };
}

type ListId = WokenList;
type Entries = WokenEntries;

/** "speed dials 49–52 and feature button 13". */
const entryNames = (groups: readonly Entries[]): MsgValue => namedEntries(groups, { speedDial: 'admin.convert.speedDialsNamed', featureLabel: 'admin.convert.buttonsNamed' });

/**
 * What the new telephone cannot show that the old one could (or did not read at all): labels with characters it
 * does not draw (they would be rectangles) and a Display Language in a script it lacks, as the editor's Problems
 * would say after the conversion. `after` holds the values the new telephone reads (feature labels up to its
 * buttons); `woken` entries are read from the file, as they come to life.
 */
function cannotShow(doc: BackupDocument, after: FormValues, woken: readonly Entries[], from: ModelId, to: ModelId, release: Release): Msg[] {
  const out: Msg[] = [];
  const wokenAt = (list: ListId) => new Set(woken.find((g) => g.list === list)?.indices ?? []);
  const live = woken.length > 0 ? valuesOf(doc, to) : after;
  const bad: { readonly list: ListId; readonly index: number; readonly label: string }[] = [];
  const check = (list: ListId, labels: readonly (string | undefined)[]) => {
    const waking = wokenAt(list);
    labels.forEach((label, i) => {
      const index = i + 1;
      const value = waking.has(index) ? (list === 'speedDial' ? live.speedDials[i]?.label : live.featureLabels[i]?.label) : label;
      if (value === undefined || glyphWarning(value, to, release) === null) return;
      // A label the old telephone could not show either is no change the conversion makes (Problems says so already).
      if (!waking.has(index) && glyphWarning(value, from, release) !== null) return;
      bad.push({ list, index, label: value });
    });
  };
  const longest = (list: ListId, own: number) => Math.max(own, ...wokenAt(list));
  check('speedDial', Array.from({ length: longest('speedDial', after.speedDials.length) }, (_, i) => after.speedDials[i]?.label));
  check('featureLabel', Array.from({ length: longest('featureLabel', after.featureLabels.length) }, (_, i) => after.featureLabels[i]?.label));
  if (bad.length > 0) {
    const groups = (['speedDial', 'featureLabel'] as const).flatMap((list): Entries[] => {
      const indices = bad.filter((b) => b.list === list).map((b) => b.index);
      return indices.length > 0 ? [{ list, indices }] : [];
    });
    // One check of every such label at once: which characters, and which telephones could show them.
    const why = glyphWarning(bad.map((b) => b.label).join(' '), to, release);
    out.push(msg('admin.convert.labelsCannotShow', { what: entryNames(groups), model: to, count: bad.length, why: why ?? '' }));
  }
  const language = after.settings['displayLanguage'];
  const script = language === undefined ? undefined : LANGUAGE_SCRIPT[language as keyof typeof LANGUAGE_SCRIPT];
  if (language !== undefined && script && !modelScripts(to, release).includes(script) && modelScripts(from, release).includes(script)) {
    // A script the model draws from R2.7 on: the release is why, and the message says so (as Problems does).
    const id = modelScripts(to).includes(script) ? 'problem.languageScriptBeforeR27' : 'problem.languageScript';
    out.push(msg(id, { setting: settingLabel(settingById('displayLanguage')), language, model: to }));
  }
  return out;
}
