import { LISTS, listCapacity, type ListDef, type ModelId } from '../catalog/catalog.ts';
import type { BackupDocument } from '../format/document.ts';
import { parseKey } from '../format/keys.ts';
import { msg } from '../catalog/msg.ts';
import { listMsg } from '../catalog/msg-list.ts';
import type { Problem } from './problems.ts';

/**
 * The entries of a list (speed dials, feature button labels) that a model has no place for: numbered past its
 * capacity (catalog LISTS, per family). The phone ignores their lines; the editor keeps them, as other lines.
 */
export interface PastCapacity {
  readonly list: ListDef;
  /** How many entries of the list the model holds. */
  readonly capacity: number;
  /** The entries' numbers, ascending, each once. */
  readonly indices: readonly number[];
  /** Every line of those entries (labels, numbers and earlier copies of either), in the file's order. */
  readonly lineIds: readonly number[];
}

/** Each list's entries past `model`'s capacity, in the order of LISTS; a list with none is left out. */
export function pastCapacity(doc: BackupDocument, model: ModelId): PastCapacity[] {
  const found = LISTS.map((list) => ({ list, capacity: listCapacity(list, model), indices: new Set<number>(), lineIds: [] as number[] }));
  for (const line of doc.lines) {
    if (line.kind !== 'setting' || line.key === null) continue;
    const k = parseKey(line.key);
    const group = k.kind === 'list' ? found.find((f) => f.list.id === k.list) : undefined;
    if (!group || k.kind !== 'list' || k.index <= group.capacity) continue;
    group.indices.add(k.index);
    group.lineIds.push(line.id);
  }
  return found.flatMap((f) => {
    if (f.lineIds.length === 0) return [];
    const indices = [...f.indices];
    indices.sort((a, b) => a - b);
    return [{ ...f, indices }];
  });
}

/**
 * Whether changing the model from `from` to `to` would leave entries the new model has no place for that the old
 * one had: such a change asks first (keep them as lines, convert, or cancel). Entries already past the old
 * model's capacity were lines before and stay so; a change that fits asks nothing.
 */
export const pushesPastCapacity = (doc: BackupDocument, from: ModelId, to: ModelId): boolean =>
  pastCapacity(doc, to).some((g) => g.indices.some((i) => i <= listCapacity(g.list, from)));

/**
 * The entries past `model`'s capacity, said once for the whole file rather than once an entry: a 108-entry 4620
 * file read as a 4610SW has 60 speed dials and 12 feature button labels the phone ignores, and one problem, with
 * one "Remove all" for all their lines, says so. `offset` turns a line's place into its number as saved (see
 * findProblems). Null when every entry fits.
 */
export function pastCapacityProblem(doc: BackupDocument, model: ModelId, offset: number): Problem | null {
  const groups = pastCapacity(doc, model);
  if (groups.length === 0) return null;
  const lineIds = groups.flatMap((g) => g.lineIds);
  const ids = new Set(lineIds);
  const at = doc.lines.findIndex((l) => ids.has(l.id));
  const parts = groups.map((g) => msg(`problem.pastCapacity.${g.list.id}`, { count: g.indices.length, model, capacity: g.capacity }));
  return {
    id: 'past-capacity',
    severity: 'warning',
    target: { kind: 'line', lineId: doc.lines[at]?.id ?? 0 },
    lineNo: at + offset,
    message: msg('problem.pastCapacity', { what: listMsg(parts, 'and'), count: groups.reduce((n, g) => n + g.indices.length, 0) }),
    removableLineIds: lineIds,
  };
}
