import { describe, expect, it } from 'vitest';
import {
  LISTS,
  MARK_NOTES,
  SETTINGS,
  SETTING_GROUP_TITLES,
  choiceWords,
  markMeaning,
  markNoteWords,
  markWords,
  settingGroupTitle,
  settingHelp,
  settingLabel,
  type Mark,
  type SettingGroup,
} from '../../../catalog/catalog.ts';
import type { Msg } from '../../../catalog/msg.ts';
import en from '../../../i18n/catalogs/settings/en.json';
import guide from '../../../i18n/catalogs/guide/en.json';
import { english } from '../../../i18n/english.ts';

// The UI says the catalog's words through ids derived from it: a new setting, group, choice or mark cannot ship
// without its English words in the settings (or guide) catalog (and catalogs.test.ts then asks every language for them).
const ids = new Set([...Object.keys(en), ...Object.keys(guide)]);
const has = (m: Msg) => expect(ids.has(m.id), m.id).toBe(true);

describe('the settings catalog has words for everything catalog.ts shows', () => {
  it('every setting: its label is its name, and its help, in English', () => {
    for (const def of SETTINGS) {
      has(settingLabel(def));
      has(settingHelp(def));
      expect(english(settingLabel(def))).toBe(def.name);
      expect(english(settingHelp(def))).toBe(def.help);
    }
  });

  it('every group, with the title catalog.ts gives it', () => {
    for (const group of Object.keys(SETTING_GROUP_TITLES) as SettingGroup[]) {
      has(settingGroupTitle(group));
      expect(english(settingGroupTitle(group))).toBe(SETTING_GROUP_TITLES[group]);
    }
  });

  it('every choice: translated words equal to its label in English, or shown as the file writes it', () => {
    const choices = SETTINGS.flatMap((def) => (def.type.kind === 'choice' ? def.type.choices.map((c) => ({ def, c, words: choiceWords(c) })) : []));
    const asWritten = choices.filter((x) => typeof x.words === 'string');
    expect(new Set(asWritten.map((x) => x.def.id))).toEqual(new Set(['displayLanguage']));
    expect(asWritten.every((x) => x.words === x.c.label)).toBe(true);
    const translated = choices.flatMap((x) => (typeof x.words === 'string' ? [] : [{ ...x, words: x.words }]));
    expect(translated.length).toBeGreaterThan(20);
    for (const { def, c, words } of translated) {
      has(words);
      expect(english(words), `${def.id}=${c.value}`).toBe(c.label);
    }
  });

  it('every mark and every note beside one', () => {
    for (const mark of ['doc', 'sibling', 'assumed'] as Mark[]) {
      has(markWords(mark));
      has(markMeaning(mark));
    }
    for (const id of Object.keys(MARK_NOTES)) expect(ids.has(`markNote.${id}`), id).toBe(true);
    const notes = [...SETTINGS, ...LISTS].flatMap((x) => (x.markNote ? [x.markNote] : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const words = markNoteWords(note);
      expect(typeof words, `note not in MARK_NOTES: ${note}`).toBe('object');
      // The note's parts are said with the words of their marks ([doc] → "Avaya’s 4600 guide"), never the spec's tokens.
      const said = typeof words === 'string' ? words : english(words);
      expect(said).not.toMatch(/\[|\]/);
      for (const [, mark] of note.matchAll(/\[(doc|sibling|assumed)\]/g)) expect(said, note).toContain(english(markWords(mark as Mark)));
    }
  });
});
