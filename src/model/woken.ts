import { listCapacity, type ModelId } from '../catalog/catalog.ts';
import { msg, type Msg, type MsgValue } from '../catalog/msg.ts';
import { listMsg } from '../catalog/msg-list.ts';
import type { BackupDocument } from '../format/document.ts';
import { pastCapacity } from './capacity.ts';

/**
 * Entries a change of model brings to life: lines past the old model's capacity (the old telephone ignored them,
 * the editor kept them as other lines) that are within the new one's, so the new telephone reads them as its speed
 * dials and button labels (a 4610SW's speed dial 49 on a 4620). Nothing in the file changes, yet the telephone will
 * do something it did not: the administrator tools' Convert says so in its report, and the editor says so when the
 * Telephone card's model is changed (a module of its own, so the page's first JavaScript does not carry it).
 */

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

/**
 * What the editor says after the file's model changed from `from` to `to` (the Telephone card, an undo or a redo):
 * the entries the change brought to life, or null when it brought none.
 */
export function wokenMessage(doc: BackupDocument, from: ModelId, to: ModelId): Msg | null {
  if (from === to) return null;
  const woken = wokenEntries(doc, from, to);
  if (woken.length === 0) return null;
  const what = entryNames(woken, { speedDial: 'woken.speedDials', featureLabel: 'woken.buttons' });
  return msg('woken.title', { what, from, to, count: woken.reduce((n, g) => n + g.indices.length, 0) });
}
