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

const parsedKeys = new Map<LineKey, ParsedKey>();

export function parseKey(key: LineKey): ParsedKey {
  // Called for every line on every edit (problems, values, line numbers); the keys are a small fixed set.
  let parsed = parsedKeys.get(key);
  if (parsed) return parsed;
  const parts = key.split(':');
  parsed =
    parts[0] === 'setting'
      ? { kind: 'setting', id: parts[1] ?? '' }
      : { kind: 'list', list: parts[0] as ListDef['id'], index: Number(parts[1]), field: parts[2] as 'label' | 'number' };
  parsedKeys.set(key, Object.freeze(parsed));
  return parsed;
}

/**
 * A–Z to a–z, everything else as it is. Names match in ASCII letter case only: Unicode lower-casing would make the
 * Kelvin sign (U+212A) a "k", and a line the phone cannot read would pass for one of its settings.
 */
function lowerAscii(s: string): string {
  // Scanned by hand: this runs for every line that is not a list entry, and the replace with a callback was the
  // codec's hottest spot on a large file. A name with no A–Z is itself; an all-ASCII one lower-cases as the
  // browser's own toLowerCase does; only a name with both A–Z and other characters takes the careful path.
  let upper = false;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c > 0x7f) ascii = false;
  }
  if (!upper) return s;
  return ascii ? s.toLowerCase() : s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** ASCII-lower-cased name or alias → the setting's key. */
const byName = new Map<string, LineKey>();
/** The same, each name as the catalog writes it: most files write names so, and are then looked up without a copy. */
const asWritten = new Map<string, LineKey>();
for (const def of SETTINGS) {
  for (const name of [def.name, ...def.aliases]) {
    byName.set(lowerAscii(name), settingKey(def.id));
    asWritten.set(name, settingKey(def.id));
  }
}

const listPrefixes = LISTS.flatMap((list) =>
  list.fields.map((f) => ({ list: list.id, field: f.field, prefix: f.prefix, keys: [] as (LineKey | undefined)[] })),
);

/** ASCII letters a–z to A–Z, everything else as it is: the case folding of a non-Unicode /i regular expression on ASCII. */
const upperAscii = (c: number): number => (c >= 0x61 && c <= 0x7a ? c - 0x20 : c);

/**
 * `PREFIX` + 1 to 4 ASCII digits, the prefix in any ASCII letter case (what /^(ABKNAME|ABKNUMBER|PHNLABEL)(\d{1,4})$/i
 * matches; the catalog's prefixes are upper-case ASCII letters, and none is the start of another). Scanned by hand:
 * this runs for every line of a file, and the regular expression was the codec's hottest spot.
 */
function classifyListName(name: string): LineKey | null {
  for (const p of listPrefixes) {
    const n = p.prefix.length;
    const digits = name.length - n;
    if (digits < 1 || digits > 4) continue;
    let i = 0;
    while (i < n && upperAscii(name.charCodeAt(i)) === p.prefix.charCodeAt(i)) i++;
    if (i < n) continue;
    let index = 0;
    for (; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return null;
      index = index * 10 + (c - 0x30);
    }
    if (index < 1) return null;
    // One string per key, made once: a file's lines then share their keys instead of each building its own.
    let key = p.keys[index];
    if (key === undefined) {
      key = listKey(p.list, index, p.field);
      p.keys[index] = key;
    }
    return key;
  }
  return null;
}

/**
 * Matches a line's name against the catalog, ignoring ASCII letter case, aliases included. `null` = unknown name.
 * List names first: they are most of a file's lines, and need no lower-cased copy (no setting name or alias
 * reads as a list name, so the order does not change the answer).
 */
export function classifyName(name: string): LineKey | null {
  const list = classifyListName(name);
  if (list !== null) return list;
  const written = asWritten.get(name);
  if (written !== undefined) return written;
  const lower = lowerAscii(name);
  return byName.get(lower) ?? taught.get(lower) ?? null;
}

/** A name without its spaces and ASCII-lower-cased: how `Call  Timer `, ` CallTimer` and `Call Timer` compare alike. */
const squash = (name: string): string => lowerAscii(name.replace(/\s+/g, ''));
let bySquashed: Map<string, LineKey> | null = null;

/**
 * The key a name that the catalog does not know would have if its spaces were as the catalog writes them
 * (` Call Timer`, `Call Timer `, `Call  Timer`, `CallTimer`), or null. The phone reads spaces as part of the name
 * (1600 guide, spec §3), so such a line is not that setting: this only says what it looks like.
 */
export function spacedLookalike(name: string): LineKey | null {
  return classifyName(name) === null ? unknownLookalike(name) : null;
}

/** spacedLookalike of a name classifyName has just found unknown (the codec reads every line's name once). */
export function unknownLookalike(name: string): LineKey | null {
  const squashed = squash(name);
  if (squashed === '') return null;
  bySquashed ??= new Map(SETTINGS.flatMap((def) => [def.name, ...def.aliases].map((n) => [squash(n), settingKey(def.id)] as const)));
  return classifyListName(squashed) ?? bySquashed.get(squashed) ?? null;
}

/**
 * What a format profile teaches (src/catalog/profile.ts checks it first): names the catalog does not know, read as
 * a setting (ASCII-lower-cased name → key), and the name a new line of a setting is written under. Only the lookup
 * lives here; an open file's lines are read again with it by the session (reread.ts), their bytes untouched.
 */
let taught: ReadonlyMap<string, LineKey> = new Map();
let writeNames: ReadonlyMap<LineKey, string> = new Map();

/** Puts a profile's names in use (empty maps: none), for every line read from now on. */
export function teachNames(names: ReadonlyMap<string, LineKey>, write: ReadonlyMap<LineKey, string>): void {
  taught = new Map([...names].map(([name, key]) => [lowerAscii(name), key]));
  writeNames = write;
}

/** The name a new line for this key is written under: canonical (or a profile's `write` name), list indices zero-padded. */
export const canonicalName = (key: LineKey): string => writeNames.get(key) ?? catalogName(key);

/**
 * The key's name as the catalog writes it, whatever a profile writes new lines under: the name to say a line looks
 * like (a spaced name is compared with the catalog's names only, see spacedLookalike).
 */
export function catalogName(key: LineKey): string {
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
