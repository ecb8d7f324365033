import { PROTOCOL_LABELS, SETTINGS, listCapacity, modelHasSetting, settingLabel, type ModelId, type Protocol, type SettingDef } from '../catalog/catalog.ts';
import { msg, type Msg, type MsgValue } from '../catalog/msg.ts';
import { listMsg } from '../catalog/msg-list.ts';
import type { BackupDocument } from '../format/document.ts';
import { settingKey } from '../format/keys.ts';
import { pastCapacity } from './capacity.ts';

/**
 * Entries a change of model brings to life: lines past the old model's capacity (the old telephone ignored them,
 * the editor kept them as other lines) that are within the new one's, so the new telephone reads them as its speed
 * dials and button labels (a 4610SW's speed dial 49 on a 4620); and settings the old model or protocol does not have
 * that the new one has (a 4625SW's colours in a 4620 file changed to a 4625SW, Transfer Type from H.323 to SIP).
 * Nothing in the file changes, yet the telephone will do something it did not: the administrator tools' Convert says
 * so of entries in its report, and the editor says so when the Telephone card's model or protocol is changed (a
 * module of its own, so the page's first JavaScript does not carry it).
 */

/** A telephone: its model and protocol. */
export interface Phone {
  readonly model: ModelId;
  readonly protocol: Protocol;
}

export type WokenList = 'speedDial' | 'featureLabel';
export interface WokenEntries {
  readonly list: WokenList;
  /** 1-based, ascending. */
  readonly indices: readonly number[];
}

/** Each list's entries past `from`'s capacity but within `to`'s; none for a change to a model with no more room. */
export function wokenEntries(doc: BackupDocument, from: ModelId, to: ModelId): WokenEntries[] {
  return pastCapacity(doc, from).flatMap((g) => {
    const indices = g.indices.filter((i) => i <= listCapacity(g.list, to));
    return indices.length > 0 ? [{ list: g.list.id as WokenList, indices }] : [];
  });
}

/** Numbers as runs: 49–52, 60. */
export function runs(indices: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < indices.length; ) {
    let j = i;
    while (j + 1 < indices.length && indices[j + 1] === (indices[j] as number) + 1) j++;
    out.push(i === j ? String(indices[i]) : `${indices[i]}–${indices[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** "speed dials 49–52 and feature button 13", in the words of the catalog whose ids `ids` gives. */
export function entryNames(groups: readonly WokenEntries[], ids: Readonly<Record<WokenList, string>>): MsgValue {
  return listMsg(
    groups.map((g) => msg(ids[g.list], { count: g.indices.length, which: runs(g.indices) })),
    'and',
  );
}

/** The settings in the file that `from` does not have and `to` has, in the catalog's order. */
export function wokenSettings(doc: BackupDocument, from: Phone, to: Phone): SettingDef[] {
  const keys = new Set<string>();
  for (const line of doc.lines) if (line.kind === 'setting' && line.key !== null) keys.add(line.key);
  return SETTINGS.filter((def) => keys.has(settingKey(def.id)) && !modelHasSetting(def, from.model, from.protocol) && modelHasSetting(def, to.model, to.protocol));
}

/**
 * What the editor says after the file's telephone changed from `from` to `to` (the Telephone card, an undo or a
 * redo): a sentence for the entries the change brought to life and one for the settings; none when it brought none.
 */
export function wokenMessages(doc: BackupDocument, from: Phone, to: Phone): Msg[] {
  const out: Msg[] = [];
  const woken = from.model === to.model ? [] : wokenEntries(doc, from.model, to.model);
  if (woken.length > 0) {
    const what = entryNames(woken, { speedDial: 'woken.speedDials', featureLabel: 'woken.buttons' });
    out.push(msg('woken.title', { what, from: from.model, to: to.model, count: woken.reduce((n, g) => n + g.indices.length, 0) }));
  }
  const settings = wokenSettings(doc, from, to);
  if (settings.length > 0) {
    const names = listMsg(settings.map(settingLabel), 'and');
    const count = settings.length;
    if (from.model === to.model) {
      out.push(msg('woken.settingsProtocol', { names, count, model: to.model, from: PROTOCOL_LABELS[from.protocol], to: PROTOCOL_LABELS[to.protocol] }));
    } else {
      const named = (p: Phone) => (from.protocol === to.protocol ? p.model : `${p.model} ${PROTOCOL_LABELS[p.protocol]}`);
      out.push(msg('woken.settings', { names, count, from: named(from), to: named(to) }));
    }
  }
  return out;
}
