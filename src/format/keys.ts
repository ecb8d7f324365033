import { LISTS, SETTINGS, type ListDef } from '../catalog/catalog.ts';

/**
 * What a setting line stands for, as a string so it can key maps:
 * `setting:<id>` for §4 settings, `<list>:<index>:<field>` for §5 list entries (`speedDial:5:number`).
 */
export type LineKey = string;

export type ParsedKey =
  | { readonly kind: 'setting'; readonly id: string }
  | { readonly kind: 'list'; readonly list: ListDef['id']; readonly index: number; readonly field: 'label' | 'number' };

export const settingKey = (id: string): LineKey => `setting:${id}`;
export const listKey = (list: ListDef['id'], index: number, field: 'label' | 'number'): LineKey => `${list}:${index}:${field}`;

export function parseKey(key: LineKey): ParsedKey {
  const parts = key.split(':');
  if (parts[0] === 'setting') return { kind: 'setting', id: parts[1] ?? '' };
  return {
    kind: 'list',
    list: parts[0] as ListDef['id'],
    index: Number(parts[1]),
    field: parts[2] as 'label' | 'number',
  };
}

const byName = new Map<string, string>();
for (const def of SETTINGS) {
  byName.set(def.name.toLowerCase(), def.id);
  for (const alias of def.aliases) byName.set(alias.toLowerCase(), def.id);
}

const listPrefixes = LISTS.flatMap((list) => list.fields.map((f) => ({ list: list.id, field: f.field, prefix: f.prefix })));
// Longest prefix first so ABKNUMBER is not read as ABKN + "UMBER".
listPrefixes.sort((a, b) => b.prefix.length - a.prefix.length);
const LIST_NAME = new RegExp(`^(${listPrefixes.map((p) => p.prefix).join('|')})(\\d{1,4})$`, 'i');

/** Matches a line's name against the catalog, case-insensitively, aliases included. `null` = unknown name. */
export function classifyName(name: string): LineKey | null {
  const id = byName.get(name.toLowerCase());
  if (id !== undefined) return settingKey(id);
  const m = LIST_NAME.exec(name);
  if (!m) return null;
  const prefix = (m[1] ?? '').toUpperCase();
  const index = Number(m[2]);
  if (index < 1) return null;
  const p = listPrefixes.find((x) => x.prefix === prefix);
  return p ? listKey(p.list, index, p.field) : null;
}

/** The name a new line for this key is written under: canonical, list indices zero-padded. */
export function canonicalName(key: LineKey): string {
  const k = parseKey(key);
  if (k.kind === 'setting') {
    const def = SETTINGS.find((s) => s.id === k.id);
    if (!def) throw new Error(`unknown setting ${k.id}`);
    return def.name;
  }
  const list = LISTS.find((l) => l.id === k.list);
  const field = list?.fields.find((f) => f.field === k.field);
  if (!list || !field) throw new Error(`unknown list key ${key}`);
  return field.prefix + String(k.index).padStart(list.pad, '0');
}

/** Where a key sorts among its kind, so new lines go next to their neighbours. */
export function keyGroup(key: LineKey): { readonly group: number; readonly order: number } {
  const k = parseKey(key);
  if (k.kind === 'setting') return { group: 2, order: SETTINGS.findIndex((s) => s.id === k.id) };
  return { group: k.list === 'speedDial' ? 0 : 1, order: k.index * 2 + (k.field === 'number' ? 1 : 0) };
}
