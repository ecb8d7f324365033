import { DEFAULT_RELEASE, MODEL_IDS, modelScripts, type ModelId, type Release, type Script } from '../catalog/catalog.ts';
import { msg, type Msg } from '../catalog/msg.ts';
import { listMsg } from '../catalog/msg-list.ts';
import { newDecoder } from '../format/text-codec.ts';

/**
 * Which characters each model can draw (spec §6). Latin-1 and Katakana everywhere; Cyrillic and Hebrew on the
 * SW models; Han and Hiragana on the SW models only where the character is in JIS X 0208 ([assumed]); anything
 * else is a rectangle on every model. Before firmware R2.7 the 4610SW draws no Cyrillic, Han or Hiragana: each
 * function takes the release, R2.7 or later unless told.
 */

export type CharClass = 'latin1' | 'katakana' | 'cyrillic' | 'hebrew' | 'han' | 'hiragana' | 'cjk-symbol' | 'other';

let jis: Set<number> | null = null;

/**
 * The JIS X 0208 repertoire, enumerated from the platform's Shift_JIS decoder: lead bytes 0x81–0x9F and
 * 0xE0–0xEA (rows 1–84) less 0x87 (row 13, NEC's extension, not JIS X 0208), every trail byte.
 */
export function jisX0208(): ReadonlySet<number> {
  if (jis) return jis;
  const bytes: number[] = [];
  const leads: number[] = [];
  for (let lead = 0x81; lead <= 0xea; lead++) if ((lead <= 0x9f || lead >= 0xe0) && lead !== 0x87) leads.push(lead);
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      bytes.push(lead, trail, 0x0a);
    }
  }
  const text = newDecoder('shift_jis', false).decode(Uint8Array.from(bytes));
  const set = new Set<number>();
  for (const part of text.split('\n')) {
    const cp = part.codePointAt(0);
    if (cp !== undefined && cp !== 0xfffd && part.length === (cp > 0xffff ? 2 : 1)) set.add(cp);
  }
  jis = set;
  return set;
}

export function classify(cp: number): CharClass {
  if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff)) return 'latin1';
  if ((cp >= 0x30a0 && cp <= 0x30ff) || (cp >= 0xff61 && cp <= 0xff9f)) return 'katakana';
  if (cp >= 0x0400 && cp <= 0x04ff) return 'cyrillic';
  if (cp >= 0x0590 && cp <= 0x05ff) return 'hebrew';
  if (cp >= 0x3040 && cp <= 0x309f) return 'hiragana';
  // CJK Unified Ideographs, Extension A, Compatibility, and the supplementary planes' extensions (𠮷): none of the
  // last is in JIS X 0208, but they are Han all the same, and messages should say so.
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff)) return 'han';
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) return 'cjk-symbol';
  return 'other';
}

const NEEDS: Record<Exclude<CharClass, 'other'>, Script> = {
  latin1: 'latin1',
  katakana: 'katakana',
  cyrillic: 'cyrillic',
  hebrew: 'hebrew',
  hiragana: 'jisx0208',
  han: 'jisx0208',
  'cjk-symbol': 'jisx0208',
};

export function canShow(cp: number, model: ModelId, release: Release = DEFAULT_RELEASE): boolean {
  const c = classify(cp);
  if (c === 'other') return false;
  const script = NEEDS[c];
  if (!modelScripts(model, release).includes(script)) return false;
  return script !== 'jisx0208' || jisX0208().has(cp);
}

const SCRIPT_TESTS = (['Greek', 'Arabic', 'Thai', 'Armenian', 'Georgian', 'Devanagari', 'Hangul', 'Latin'] as const).map(
  (script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const,
);
const SCRIPT_IDS = {
  Greek: 'script.greek',
  Arabic: 'script.arabic',
  Thai: 'script.thai',
  Armenian: 'script.armenian',
  Georgian: 'script.georgian',
  Devanagari: 'script.devanagari',
  Hangul: 'script.hangul',
  Latin: 'script.latinExtended',
} as const;

/** A name for the kind of character, for messages. */
export function describeClass(cp: number): Msg {
  const c = classify(cp);
  switch (c) {
    case 'latin1':
      return msg('script.latin');
    case 'katakana':
      return msg('script.katakana');
    case 'cyrillic':
      return msg('script.cyrillic');
    case 'hebrew':
      return msg('script.hebrew');
    case 'hiragana':
      return msg('script.hiragana');
    case 'han':
      return msg('script.han');
    case 'cjk-symbol':
      return msg('script.japanesePunctuation');
    case 'other':
      break;
  }
  const ch = String.fromCodePoint(cp);
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return msg('script.controlCharacter');
  if (/\p{M}/u.test(ch)) return msg('script.combiningMark');
  if (/\p{Extended_Pictographic}/u.test(ch)) return msg('script.emoji');
  for (const [script, re] of SCRIPT_TESTS) if (re.test(ch)) return msg(SCRIPT_IDS[script]);
  return msg('script.outsideFonts');
}

export function modelsThatCanShow(cp: number, release: Release = DEFAULT_RELEASE): ModelId[] {
  return MODEL_IDS.filter((m) => canShow(cp, m, release));
}

export interface Cell {
  /** The character as typed (one code point). */
  readonly char: string;
  readonly shown: boolean;
}

export interface Rendered {
  readonly cells: readonly Cell[];
  /** Characters past the limit, which the phone cuts off. */
  readonly cutOff: string;
}

/** A label as the phone draws it: one cell per character up to the limit, unsupported ones as rectangles. */
export function renderLabel(text: string, model: ModelId, limit: number, release: Release = DEFAULT_RELEASE): Rendered {
  const chars = Array.from(text);
  const cells = chars.slice(0, limit).map((char) => ({ char, shown: canShow(char.codePointAt(0) ?? 0, model, release) }));
  return { cells, cutOff: chars.slice(limit).join('') };
}

/**
 * Why some characters of a label will not show on `model`, with the models that could show them, or null.
 * e.g. “Помощь: the 4620 cannot show Cyrillic; the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can.”
 */
const cp = (c: string): number => c.codePointAt(0) ?? 0;
/** Invisible characters are named by code point, the rest quoted as they are. */
const name = (c: string): string => (/[\p{M}\p{C}]/u.test(c) ? `U+${cp(c).toString(16).toUpperCase().padStart(4, '0')}` : c);
/** The kinds of some characters, each named once, in order. */
const kindsOf = (chars: readonly string[]): Msg[] => {
  const seen = new Map<string, Msg>();
  for (const c of chars) {
    const kind = describeClass(cp(c));
    seen.set(kind.id, kind);
  }
  return [...seen.values()];
};

/** Printable Latin-1 only, which every model draws (spec §6): the labels of nearly every file. */
const PRINTABLE_LATIN1 = /^[\x20-\x7e\xa0-\xff]*$/;

export function glyphWarning(text: string, model: ModelId, release: Release = DEFAULT_RELEASE): Msg | null {
  // The common case in one test, without the sets below: a file's open checks every label, and the form is drawn after.
  if (PRINTABLE_LATIN1.test(text) && modelScripts(model, release).includes('latin1')) return null;
  const bad = [...new Set(Array.from(text).filter((c) => !canShow(c.codePointAt(0) ?? 0, model, release)))];
  if (bad.length === 0) return null;
  // Quote the label itself when none of its letters would show, as a reader recognises the word; else the characters.
  const allBad = Array.from(text).every((c) => c.trim() === '' || bad.includes(c));
  const quoted = allBad && bad.every((c) => name(c) === c) ? text.trim() : bad.map(name).join(' ');
  // Group the characters by which models could show them, so each group gets its own answer.
  const groups = new Map<string, { able: ModelId[]; chars: string[] }>();
  for (const c of bad) {
    const able = modelsThatCanShow(cp(c), release);
    const key = able.join(',');
    const g = groups.get(key) ?? { able, chars: [] };
    g.chars.push(c);
    groups.set(key, g);
  }
  const answers = [...groups.values()].map(({ able, chars }): Msg => {
    const models = listMsg(able, 'names');
    if (groups.size === 1) return able.length === 0 ? msg('glyph.noModelCanShowThem') : msg('glyph.modelsCan', { models });
    const kinds = listMsg(kindsOf(chars), 'and');
    return able.length === 0 ? msg('glyph.kindsNoModelCanShow', { kinds }) : msg('glyph.kindsModelsCan', { kinds, models });
  });
  const values = { chars: quoted, model, kinds: listMsg(kindsOf(bad), 'and'), answers: listMsg(answers, 'semicolon') };
  // Characters this model draws from R2.7 on: the release is why, and says so.
  return release === 'preR27' && bad.every((c) => canShow(cp(c), model, 'r27')) ? msg('glyph.warningBeforeR27', values) : msg('glyph.warning', values);
}
