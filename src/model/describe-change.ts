import { SETTINGS, settingLabel } from '../catalog/catalog.ts';
import { msg, type Msg } from '../catalog/msg.ts';
import type { FormValues, SpeedDialValue } from './values.ts';

/**
 * What a change of the form's values did, in words for the Undo and Redo buttons ("remove speed dial 5"), and the
 * field it typed in (`key`), so that typing in one field is one step per pause. Found by comparing the values
 * before and after, so every way the form changes (a key, a button, a move) is named without each control saying
 * so itself. `key` is null for a change that is a step of its own (adding, removing, moving); a setting or a label
 * taken out of the file has its field's key, as emptying the field by typing does that.
 */
export interface ValuesChange {
  readonly label: Msg;
  readonly key: string | null;
}

const sameDial = (a: SpeedDialValue | undefined, b: SpeedDialValue | undefined) => a?.label === b?.label && a?.number === b?.number;

export function describeValuesChange(before: FormValues, after: FormValues): ValuesChange {
  const parts: ValuesChange[] = [];
  const dials = describeDials(before.speedDials, after.speedDials);
  if (dials) parts.push(dials);
  const labels = Math.max(before.featureLabels.length, after.featureLabels.length);
  for (let i = 0; i < labels; i++) {
    if (before.featureLabels[i]?.label !== after.featureLabels[i]?.label) {
      const cleared = after.featureLabels[i]?.label === undefined;
      // Emptied by typing, a field leaves the file (see TextInput's keepEmpty): that is typing in it too, and joins
      // the step of the keys around it, as its Reset just after typing does.
      parts.push({ label: msg(cleared ? 'step.resetFeatureLabel' : 'step.editFeatureLabel', { n: i + 1 }), key: `feature-label:${i}` });
    }
  }
  for (const def of SETTINGS) {
    const was = before.settings[def.id];
    const is = after.settings[def.id];
    if (was === is) continue;
    parts.push({ label: msg(is === undefined ? 'step.resetSetting' : 'step.changeSetting', { setting: settingLabel(def) }), key: `setting:${def.id}` });
  }
  if (parts.length === 1 && parts[0]) return parts[0];
  return { label: msg('step.changeValues'), key: null };
}

/** The speed dials' change, when they changed: one added, removed, moved, emptied or typed in; else several. */
function describeDials(before: readonly SpeedDialValue[], after: readonly SpeedDialValue[]): ValuesChange | null {
  const n = Math.max(before.length, after.length);
  const differ: number[] = [];
  for (let i = 0; i < n; i++) if (!sameDial(before[i], after[i])) differ.push(i);
  if (differ.length === 0) return null;
  const first = differ[0] ?? 0;
  // One entry more or fewer, the rest shifted by one: added or removed at `first`.
  if (after.length === before.length + 1 && before.slice(first).every((d, i) => sameDial(d, after[first + i + 1]))) {
    return { label: msg('step.addSpeedDial', { n: first + 1 }), key: null };
  }
  if (after.length === before.length - 1 && after.slice(first).every((d, i) => sameDial(d, before[first + i + 1]))) {
    return { label: msg('step.removeSpeedDial', { n: first + 1 }), key: null };
  }
  const last = differ[differ.length - 1] ?? first;
  // Two places exchanged: a move up or down (Alt+↑/↓), which is the same change either way round.
  if (after.length === before.length && differ.length === 2 && sameDial(before[first], after[last]) && sameDial(before[last], after[first])) {
    return { label: msg('step.swapSpeedDials', { a: first + 1, b: last + 1 }), key: null };
  }
  if (differ.length === 1) {
    const was = before[first];
    const is = after[first];
    if (is === undefined || (is.label === undefined && is.number === undefined && (was?.label !== undefined || was?.number !== undefined))) {
      return { label: msg('step.resetSpeedDial', { n: first + 1 }), key: null };
    }
    const field = was?.label !== is.label ? 'label' : 'number';
    return { label: msg('step.editSpeedDial', { n: first + 1 }), key: `speed-dial:${first}:${field}` };
  }
  return { label: msg('step.changeSpeedDials'), key: null };
}
