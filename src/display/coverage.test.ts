import { describe, expect, it } from 'vitest';
import { MODEL_IDS, type ModelId, type Release } from '../catalog/catalog.ts';
import { english } from '../i18n/english.ts';
import { canShow, classify, describeClass as describeMsg, glyphWarning as glyphMsg, jisX0208, modelsThatCanShow, renderLabel } from './coverage.ts';

// The messages in English, as the tests read them.
const describeClass = (cp: number): string => english(describeMsg(cp));
const glyphWarning = (text: string, model: ModelId, release?: Release): string | null => {
  const m = glyphMsg(text, model, release);
  return m === null ? null : english(m);
};

const cp = (c: string): number => c.codePointAt(0) ?? 0;
const SW: ModelId[] = ['4610SW', '4620SW', '4621SW', '4622SW', '4625SW'];
const ALL: ModelId[] = [...MODEL_IDS];
const shownOn = (c: string): ModelId[] => ALL.filter((m) => canShow(cp(c), m));
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('JIS X 0208 from TextDecoder("shift_jis"), against the standard', () => {
  const jis = jisX0208();

  it('has the 6879 characters of JIS X 0208:1990', () => {
    expect(jis.size).toBe(6879);
  });

  it('its make-up by kind matches the standard’s rows', () => {
    const count = (pred: (c: number) => boolean) => [...jis].filter(pred).length;
    // 6355 kanji: 2965 in level 1 (rows 16–47) and 3390 in level 2 (rows 48–84), all in the URO block; with them
    // there the ditto mark 仝 of row 1 (01-24), a non-kanji that Unicode counts as an ideograph.
    expect(count((c) => c >= 0x4e00 && c <= 0x9fff)).toBe(6355 + 1);
    expect(jis.has(cp('仝'))).toBe(true);
    // Row 4: the 83 hiragana ぁ–ん; row 5: the 86 katakana ァ–ヶ.
    expect(range(0x3041, 0x3093).every((c) => jis.has(c))).toBe(true);
    expect(range(0x30a1, 0x30f6).every((c) => jis.has(c))).toBe(true);
    // Row 6: 24 + 24 Greek letters (no final sigma); row 7: 33 + 33 Cyrillic letters.
    expect(count((c) => c >= 0x370 && c <= 0x3ff)).toBe(48);
    expect(jis.has(0x3c2)).toBe(false);
    expect(count((c) => c >= 0x400 && c <= 0x4ff)).toBe(66);
    // Row 3: full-width digits and Latin letters.
    expect(range(0xff10, 0xff19).every((c) => jis.has(c))).toBe(true);
    expect(range(0xff21, 0xff3a).every((c) => jis.has(c))).toBe(true);
    expect(range(0xff41, 0xff5a).every((c) => jis.has(c))).toBe(true);
  });

  it('known members', () => {
    for (const c of ['漢', '字', '亜', '腕', '弌', '熙', '凜', '々', '〆', '〇', 'あ', 'ヴ', 'ヵ', 'ヶ', 'ー', '、', '。', '「', '」', '・', '※', '〒', '★', 'Ω', 'Ж', '×', '÷', '§']) {
      expect(jis.has(cp(c)), c).toBe(true);
    }
  });

  it('known non-members: NEC and IBM extensions, Unicode additions, JIS X 0201, ASCII', () => {
    for (const c of ['①', '㈱', 'Ⅰ', '髙', '﨑', 'ゔ', 'ヷ', '丂', '𠮷', '㐀', 'ｱ', 'A', '~', 'é', 'ł', '😀']) {
      expect(jis.has(cp(c)), c).toBe(false);
    }
  });

  it('is computed once', () => {
    expect(jisX0208()).toBe(jis);
  });
});

describe('classify', () => {
  it('sorts characters into the scripts of spec §6', () => {
    const cases: [string, ReturnType<typeof classify>][] = [
      ['A', 'latin1'],
      [' ', 'latin1'],
      ['~', 'latin1'],
      ['\u00a0', 'latin1'],
      ['é', 'latin1'],
      ['ÿ', 'latin1'],
      ['ヴ', 'katakana'],
      ['ｱ', 'katakana'],
      ['Ж', 'cyrillic'],
      ['ש', 'hebrew'],
      ['あ', 'hiragana'],
      ['ゔ', 'hiragana'],
      ['漢', 'han'],
      ['㐀', 'han'],
      ['𠮷', 'han'],
      ['、', 'cjk-symbol'],
      ['！', 'cjk-symbol'],
      ['ł', 'other'],
      ['Ω', 'other'],
      ['😀', 'other'],
      ['\u0301', 'other'],
      ['\t', 'other'],
      ['\u0085', 'other'],
    ];
    for (const [c, cls] of cases) expect(classify(cp(c)), c).toBe(cls);
  });
});

describe('canShow per model (spec §6)', () => {
  it('ASCII and Latin-1 on every model', () => {
    for (const c of ['A', 'z', '0', '#', '*', ' ', 'é', 'ß', 'Ø', '£', '\u00a0']) expect(shownOn(c), c).toEqual(ALL);
  });

  it('Katakana on every model, ヴ (U+30F4) included, half-width too', () => {
    for (const c of ['ア', 'ン', 'ヴ', 'ー', 'ｱ']) expect(shownOn(c), c).toEqual(ALL);
  });

  it('Cyrillic and Hebrew on the SW models, not the 4620', () => {
    for (const c of ['П', 'ь', 'Ё', 'ש', 'א']) expect(shownOn(c), c).toEqual(SW);
  });

  it('Han and Hiragana of JIS X 0208 on the SW models, not the 4620', () => {
    for (const c of ['漢', '字', 'あ', 'ん', '、', '熙']) expect(shownOn(c), c).toEqual(SW);
  });

  it('Han and Hiragana outside JIS X 0208 on no model: ゔ (U+3094), 丂 (U+4E02), 𠮷 (U+20BB7)', () => {
    for (const c of ['ゔ', '丂', '𠮷', '髙']) expect(shownOn(c), c).toEqual([]);
  });

  it('anything else is a rectangle everywhere: emoji, a combining mark, ł, Greek, controls', () => {
    for (const c of ['😀', '\u0301', 'ł', 'Ł', 'Ω', 'ع', 'ก', '\t', '\u0007', '\u0085']) expect(shownOn(c), c).toEqual([]);
  });

  it('modelsThatCanShow agrees', () => {
    expect(modelsThatCanShow(cp('П'))).toEqual(SW);
    expect(modelsThatCanShow(cp('A'))).toEqual(ALL);
    expect(modelsThatCanShow(cp('ł'))).toEqual([]);
  });
});

describe('the firmware release (spec §6: the R2.0 and R2.7 guides)', () => {
  it('before R2.7 the 4610SW, like the 4620, shows no Cyrillic, Han or Hiragana; Hebrew, Latin-1 and Katakana it does', () => {
    for (const c of ['Ж', '漢', 'あ']) {
      expect(canShow(cp(c), '4610SW', 'preR27'), c).toBe(false);
      expect(canShow(cp(c), '4610SW', 'r27'), c).toBe(true);
      expect(canShow(cp(c), '4610SW'), `${c} by default (R2.7)`).toBe(true);
    }
    for (const c of ['א', 'é', 'カ']) expect(canShow(cp(c), '4610SW', 'preR27'), c).toBe(true);
  });

  it('the other models draw the same under either release', () => {
    for (const model of ALL.filter((m) => m !== '4610SW')) {
      for (const c of ['Ж', '漢', 'あ', 'א', 'é', 'カ']) expect(canShow(cp(c), model, 'preR27'), `${model} ${c}`).toBe(canShow(cp(c), model, 'r27'));
    }
    expect(modelsThatCanShow(cp('Ж'), 'preR27')).toEqual(['4620SW', '4621SW', '4622SW', '4625SW']);
    expect(modelsThatCanShow(cp('Ж'), 'r27')).toEqual(SW);
  });

  it('renderLabel and glyphWarning follow it, and the warning says the release is why', () => {
    expect(renderLabel('Помощь', '4610SW', 13, 'preR27').cells.every((c) => !c.shown)).toBe(true);
    expect(renderLabel('Помощь', '4610SW', 13).cells.every((c) => c.shown)).toBe(true);
    expect(glyphWarning('Помощь', '4610SW')).toBeNull();
    expect(glyphWarning('Помощь', '4610SW', 'preR27')).toBe(
      'Помощь: before firmware R2.7 the 4610SW cannot show Cyrillic; the 4620SW, 4621SW, 4622SW and 4625SW can. From R2.7 on, it can (the release is chosen under Telephone).',
    );
    // A character no release lets it show is said as before.
    expect(glyphWarning('😀', '4610SW', 'preR27')).toBe(glyphWarning('😀', '4610SW'));
    // The 4620 cannot show Cyrillic under any release: not the release's doing.
    expect(glyphWarning('Помощь', '4620', 'preR27')).toBe('Помощь: the 4620 cannot show Cyrillic; the 4620SW, 4621SW, 4622SW and 4625SW can.');
  });
});

describe('describeClass', () => {
  it('names each kind of character for messages', () => {
    const cases: [string, string][] = [
      ['A', 'Latin'],
      ['ア', 'Katakana'],
      ['П', 'Cyrillic'],
      ['ש', 'Hebrew'],
      ['あ', 'Hiragana'],
      ['漢', 'Han (Chinese/Japanese)'],
      ['𠮷', 'Han (Chinese/Japanese)'],
      ['、', 'Japanese punctuation'],
      ['\u0007', 'an invisible control character'],
      ['\u0301', 'a combining mark (type the accented letter as one character)'],
      ['😀', 'emoji'],
      ['Ω', 'Greek'],
      ['ع', 'Arabic'],
      ['ก', 'Thai'],
      ['한', 'Hangul'],
      ['ł', 'Latin Extended'],
      ['€', 'a symbol outside the phone’s fonts'],
    ];
    for (const [c, name] of cases) expect(describeClass(cp(c)), c).toBe(name);
  });
});

describe('renderLabel: the label as the phone draws it', () => {
  it('one cell per character, unsupported ones not shown', () => {
    expect(renderLabel('Aл😀', '4620', 13)).toEqual({
      cells: [
        { char: 'A', shown: true },
        { char: 'л', shown: false },
        { char: '😀', shown: false },
      ],
      cutOff: '',
    });
    expect(renderLabel('Aл', '4620SW', 13).cells.map((c) => c.shown)).toEqual([true, true]);
  });

  it('characters past the limit are cut off, counted as characters (not UTF-16 units)', () => {
    const r = renderLabel('Reception desk 2', '4620SW', 13);
    expect(r.cells.map((c) => c.char).join('')).toBe('Reception des');
    expect(r.cutOff).toBe('k 2');
    const emoji = renderLabel('😀'.repeat(14), '4620SW', 13);
    expect(emoji.cells).toHaveLength(13);
    expect(emoji.cutOff).toBe('😀');
  });

  it('a combining mark is a cell of its own, drawn as a rectangle', () => {
    expect(renderLabel('e\u0301', '4620SW', 13).cells).toEqual([
      { char: 'e', shown: true },
      { char: '\u0301', shown: false },
    ]);
  });

  it('an empty label has no cells', () => {
    expect(renderLabel('', '4620', 13)).toEqual({ cells: [], cutOff: '' });
  });
});

describe('glyphWarning', () => {
  it('null when every character shows', () => {
    expect(glyphWarning('Reception', '4620')).toBeNull();
    expect(glyphWarning('Помощь', '4620SW')).toBeNull();
    expect(glyphWarning('ヴァイオリン', '4620')).toBeNull();
    expect(glyphWarning('', '4620')).toBeNull();
  });

  it('a word none of whose letters show is quoted whole, with the models that can show it', () => {
    expect(glyphWarning('Помощь', '4620')).toBe('Помощь: the 4620 cannot show Cyrillic; the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can.');
    expect(glyphWarning('ひらがな', '4620')).toBe('ひらがな: the 4620 cannot show Hiragana; the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can.');
  });

  it('otherwise the characters that do not show are listed once each', () => {
    expect(glyphWarning('Aлл', '4620')).toBe('л: the 4620 cannot show Cyrillic; the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can.');
    expect(glyphWarning('Łódź', '4620SW')).toBe('Ł ź: the 4620SW cannot show Latin Extended; no 4600-series telephone can show them (a rectangle on every model).');
  });

  it('characters no model can show', () => {
    expect(glyphWarning('Call 😀', '4625SW')).toBe('😀: the 4625SW cannot show emoji; no 4600-series telephone can show them (a rectangle on every model).');
    expect(glyphWarning('ゔ', '4620SW')).toBe('ゔ: the 4620SW cannot show Hiragana; no 4600-series telephone can show them (a rectangle on every model).');
    expect(glyphWarning('丂', '4620SW')).toBe('丂: the 4620SW cannot show Han (Chinese/Japanese); no 4600-series telephone can show them (a rectangle on every model).');
    expect(glyphWarning('𠮷野家', '4620SW')).toBe('𠮷: the 4620SW cannot show Han (Chinese/Japanese); no 4600-series telephone can show them (a rectangle on every model).');
  });

  it('invisible characters are named by code point', () => {
    expect(glyphWarning('Cafe\u0301', '4620SW')).toBe(
      'U+0301: the 4620SW cannot show a combining mark (type the accented letter as one character); no 4600-series telephone can show them (a rectangle on every model).',
    );
    expect(glyphWarning('\u0301', '4620SW')).toMatch(/^U\+0301: /);
  });

  it('characters of different reach are answered group by group', () => {
    expect(glyphWarning('Жゔ', '4620')).toBe(
      'Жゔ: the 4620 cannot show Cyrillic and Hiragana; Cyrillic: the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can; Hiragana: no 4600-series telephone can show these (a rectangle on every model).',
    );
  });
});
