import { describe, expect, it } from 'vitest';
import {
  DEFAULT_4620_MODEL,
  DEFAULT_RELEASE,
  DIAL_CHARS,
  FEATURE_LABEL,
  LANGUAGE_SCRIPT,
  LANGUAGES,
  LISTS,
  MAX_FILE_BYTES,
  MODEL_IDS,
  MODELS,
  PALETTE_RGB,
  PASSWORD_LIKE,
  PROTOCOL_IDS,
  PROTOCOL_LABELS,
  RELEASES,
  SETTING_GROUP_TITLES,
  SETTINGS,
  SPEED_DIAL,
  listCapacity,
  modelHasSetting,
  modelScripts,
  settingById,
  type ModelId,
  type ValueType,
} from './catalog.ts';

/** The spec §4 table, row by row: canonical name, aliases, value type, models (null = all), protocols (null = both). */
const FAMILY_4620: ModelId[] = ['4620', '4620SW', '4621SW', '4622SW', '4625SW'];
const choice = (...values: string[]) => ({ kind: 'choice', values });
const SPEC_4: [string, string[], ReturnType<typeof choice> | ValueType, ModelId[] | null, string[] | null][] = [
  ['Personalized Ring', ['PERSONALRING', 'Personal Ringing'], { kind: 'range', min: 1, max: 8 }, null, null],
  ['Redial', ['PHNREDIAL'], choice('0', '1'), null, null],
  ['Phone Screen on Answer', ['PHNSCRONALERT', 'Go to Phone Screen on Ringing', 'Phone Screen on Ringing'], choice('0', '1'), null, null],
  ['Phone Screen on Calling', ['PHNSCRONCALL', 'Go to Phone Screen on Calling'], choice('0', '1'), null, null],
  ['Call Timer', ['PHNTIMERS'], choice('0', '1'), null, null],
  ['Message Display Rate', [], choice('1', '2', '3'), null, null],
  ['Call Appearance Width', [], choice('0', '1'), FAMILY_4620, ['h323']],
  ['Visual Alerting', ['PHNVISUALALERT'], choice('0', '1'), null, null],
  ['Call Log Enable', ['Call Log Active', 'LOGACTIVE'], choice('0', '1'), null, null],
  ['Contrast', [], { kind: 'range', min: 1, max: 15 }, null, null],
  ['Display Language', ['LANGUSER'], choice('English', 'French', 'German', 'Italian', 'Spanish', 'Dutch', 'Portuguese', 'Japanese', 'Russian', 'Hebrew', 'Chinese'), null, null],
  ['Ethernet', [], choice('0', '1'), null, null],
  ['Automatic Backup', [], choice('0', '1'), null, null],
  ['FTP Server IP Address', ['FTPSRVR'], { kind: 'ipv4' }, null, null],
  ['FTP Directory Path', ['FTPDIR'], { kind: 'text', maxLength: 127 }, null, null],
  ['FTP User Name', ['FTPUSER'], { kind: 'text', maxLength: 32 }, null, null],
  ['Phone Application Background Color', [], choice('1', '2', '3', '4', '5', '6', '7', '8'), ['4625SW'], null],
  ['Speed Dial Application Background Color', [], choice('1', '2', '3', '4', '5', '6', '7', '8'), ['4625SW'], null],
  ['Call Log Application Background Color', [], choice('1', '2', '3', '4', '5', '6', '7', '8'), ['4625SW'], null],
  ['Options Application Background Color', [], choice('1', '2', '3', '4', '5', '6', '7', '8'), ['4625SW'], null],
  ['Session Appearance Width', [], choice('0', '1'), null, ['sip']],
  ['Transfer Type', [], choice('0', '1'), null, ['sip']],
];

const valid = (t: ValueType, v: string): boolean =>
  t.kind === 'choice' ? t.choices.some((c) => c.value === v) : t.kind === 'range' ? Number(v) >= t.min && Number(v) <= t.max : true;
const typeShape = (t: ValueType) => (t.kind === 'choice' ? choice(...t.choices.map((c) => c.value)) : t);

describe('models and protocols (spec §2, §6)', () => {
  it('the six models, with their families', () => {
    expect([...MODEL_IDS]).toEqual(['4610SW', '4620', '4620SW', '4621SW', '4622SW', '4625SW']);
    for (const id of MODEL_IDS) expect(MODELS[id].id).toBe(id);
    expect(MODELS['4610SW'].family).toBe('4610');
    for (const id of FAMILY_4620) expect(MODELS[id].family).toBe('4620');
    expect(MODELS[DEFAULT_4620_MODEL].family).toBe('4620');
  });

  it('the 4620 shows Latin-1 and Katakana only; the SW models add Cyrillic, Hebrew and JIS X 0208', () => {
    expect(new Set(MODELS['4620'].scripts)).toEqual(new Set(['latin1', 'katakana']));
    for (const id of MODEL_IDS.filter((m) => m !== '4620')) {
      expect(new Set(MODELS[id].scripts)).toEqual(new Set(['latin1', 'katakana', 'cyrillic', 'hebrew', 'jisx0208']));
    }
  });

  it('scripts per firmware release: before R2.7 (R2.0 guide) the 4610SW loses Cyrillic and JIS X 0208; no other model changes', () => {
    expect(RELEASES).toEqual(['r27', 'preR27']);
    expect(DEFAULT_RELEASE).toBe('r27');
    expect(new Set(modelScripts('4610SW', 'preR27'))).toEqual(new Set(['latin1', 'katakana', 'hebrew']));
    expect(modelScripts('4610SW')).toBe(MODELS['4610SW'].scripts);
    for (const id of MODEL_IDS.filter((m) => m !== '4610SW')) expect(modelScripts(id, 'preR27'), id).toBe(modelScripts(id, 'r27'));
  });

  it('only the 4625SW has colour', () => {
    expect(MODEL_IDS.filter((m) => MODELS[m].colour)).toEqual(['4625SW']);
  });

  it('protocols', () => {
    expect([...PROTOCOL_IDS]).toEqual(['h323', 'sip']);
    expect(PROTOCOL_LABELS).toEqual({ h323: 'H.323', sip: 'SIP' });
  });
});

describe('settings (spec §4)', () => {
  it('match the spec table row by row: name, aliases, values, models, protocols', () => {
    expect(SETTINGS.map((s) => s.name)).toEqual(SPEC_4.map((r) => r[0]));
    for (const [name, aliases, type, models, protocols] of SPEC_4) {
      const def = SETTINGS.find((s) => s.name === name);
      expect(def, name).toBeDefined();
      if (!def) continue;
      expect(def.aliases, name).toEqual(aliases);
      expect(typeShape(def.type), name).toEqual(type);
      expect(def.models === null ? null : [...def.models], name).toEqual(models);
      expect(def.protocols === null ? null : [...def.protocols], name).toEqual(protocols);
    }
  });

  it('ids are unique, and no two settings share a name or alias in any case', () => {
    expect(new Set(SETTINGS.map((s) => s.id)).size).toBe(SETTINGS.length);
    const names = SETTINGS.flatMap((s) => [s.name, ...s.aliases].map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });

  it('no setting name or alias could be read as a list line', () => {
    const prefixes = LISTS.flatMap((l) => l.fields.map((f) => f.prefix.toLowerCase()));
    for (const n of SETTINGS.flatMap((s) => [s.name, ...s.aliases])) {
      expect(prefixes.some((p) => n.toLowerCase().startsWith(p)), n).toBe(false);
    }
  });

  it('every setting has a mark; [doc]/[sibling]/[assumed] as the spec gives them', () => {
    const sibling = ['Personalized Ring', 'Call Timer', 'Visual Alerting', 'Call Log Enable'];
    const doc = ['Call Appearance Width'];
    for (const def of SETTINGS) {
      expect(def.mark, def.name).toBe(sibling.includes(def.name) ? 'sibling' : doc.includes(def.name) ? 'doc' : 'assumed');
      expect(def.help.length, def.name).toBeGreaterThan(0);
    }
    // Mixed marks are explained.
    for (const name of ['Call Appearance Width', 'Display Language', 'Phone Application Background Color', 'Transfer Type', 'Redial', 'FTP Directory Path', 'Phone Screen on Answer', 'Phone Screen on Calling']) {
      expect(SETTINGS.find((s) => s.name === name)?.markNote, name).toMatch(/\[doc\]|\[sibling\]/);
    }
  });

  it('issue 16: what the 4600, 1600 and 9600 guides add', () => {
    // Call Appearance Width: the option and its default (full width) are [doc]; its 0/1 values stay assumed.
    const width = settingById('callAppearanceWidth');
    expect(width.mark).toBe('doc');
    expect(width.phoneDefault).toBe('0');
    expect(width.type.kind === 'choice' && width.type.choices.find((c) => c.value === '0')?.label).toBe('Full');
    expect(width.markNote).toMatch(/values \[assumed\]/);
    // FTP Directory Path: empty by default [doc].
    expect(settingById('ftpDirectory').phoneDefault).toBe('');
    expect(settingById('ftpDirectory').markNote).toMatch(/default \[doc\]/i);
    // Redial: the help says what the phone offers; the stored value stays assumed.
    expect(settingById('redial').mark).toBe('assumed');
    expect(settingById('redial').help).toMatch(/one, three or six/);
    // The Phone screen options say what they do on the phone.
    expect(settingById('phoneScreenOnAnswer').help).toMatch(/when a call rings/);
    expect(settingById('phoneScreenOnCalling').help).toMatch(/when you dial/);
  });

  it('phone defaults, where given, are valid values of their type', () => {
    const withDefault = SETTINGS.filter((d) => d.phoneDefault !== undefined);
    expect(withDefault.length).toBeGreaterThan(15);
    expect(withDefault.filter((d) => !valid(d.type, d.phoneDefault ?? '')).map((d) => d.name)).toEqual([]);
  });

  it('every group has a title; the 4625SW colours are the colours group', () => {
    for (const def of SETTINGS) expect(SETTING_GROUP_TITLES[def.group]).toBeTruthy();
    expect(SETTINGS.filter((s) => s.group === 'colours').every((s) => s.models?.join() === '4625SW')).toBe(true);
    expect(PALETTE_RGB).toHaveLength(8);
  });

  it('settingById finds every setting and throws for an unknown id', () => {
    for (const def of SETTINGS) expect(settingById(def.id)).toBe(def);
    expect(() => settingById('nope')).toThrow('no setting nope');
  });

  it('modelHasSetting: models and protocols', () => {
    const caw = settingById('callAppearanceWidth');
    expect(modelHasSetting(caw, '4620SW', 'h323')).toBe(true);
    expect(modelHasSetting(caw, '4620SW', 'sip')).toBe(false);
    expect(modelHasSetting(caw, '4610SW', 'h323')).toBe(false);
    const colour = settingById('phoneBackground');
    for (const m of MODEL_IDS) for (const p of PROTOCOL_IDS) expect(modelHasSetting(colour, m, p)).toBe(m === '4625SW');
    const transfer = settingById('transferType');
    for (const m of MODEL_IDS) {
      expect(modelHasSetting(transfer, m, 'sip')).toBe(true);
      expect(modelHasSetting(transfer, m, 'h323')).toBe(false);
    }
    const contrast = settingById('contrast');
    for (const m of MODEL_IDS) for (const p of PROTOCOL_IDS) expect(modelHasSetting(contrast, m, p)).toBe(true);
  });

  it('display languages, and the script each needs beyond Latin-1', () => {
    expect([...LANGUAGES]).toEqual(['English', 'French', 'German', 'Italian', 'Spanish', 'Dutch', 'Portuguese', 'Japanese', 'Russian', 'Hebrew', 'Chinese']);
    expect(LANGUAGE_SCRIPT).toEqual({ Japanese: 'katakana', Russian: 'cyrillic', Hebrew: 'hebrew', Chinese: 'jisx0208' });
  });
});

describe('lists (spec §5)', () => {
  it('speed dials: ABKNAMEnnn/ABKNUMBERnnn, padded to 3; 48 on the 4610SW, 108 on the 4620 family; label 13, number 24', () => {
    expect(SPEED_DIAL.fields).toEqual([
      { field: 'label', prefix: 'ABKNAME' },
      { field: 'number', prefix: 'ABKNUMBER' },
    ]);
    expect(SPEED_DIAL.pad).toBe(3);
    expect(SPEED_DIAL.capacity).toEqual({ '4610SW': 48, '4620': 108, '4620SW': 108, '4621SW': 108, '4622SW': 108, '4625SW': 108 });
    expect(SPEED_DIAL.labelMax).toBe(13);
    expect(SPEED_DIAL.numberMax).toBe(24);
  });

  it('feature labels: PHNLABELmm, padded to 2; 12 on the 4610SW and the 4622SW, 24 on the rest of the 4620 family; label 13', () => {
    expect(FEATURE_LABEL.fields).toEqual([{ field: 'label', prefix: 'PHNLABEL' }]);
    expect(FEATURE_LABEL.pad).toBe(2);
    // Numbered by the physical button: the 4622SW has 12 Line/Feature buttons (4622SW user guide).
    expect(FEATURE_LABEL.capacity).toEqual({ '4610SW': 12, '4620': 24, '4620SW': 24, '4621SW': 24, '4622SW': 12, '4625SW': 24 });
    expect(FEATURE_LABEL.labelMax).toBe(13);
    expect(FEATURE_LABEL.numberMax).toBeUndefined();
  });

  it('line-name prefixes are upper-case ASCII letters, none the start of another (keys.ts scans them by hand)', () => {
    const prefixes = LISTS.flatMap((l) => l.fields.map((f) => f.prefix));
    for (const p of prefixes) expect(p).toMatch(/^[A-Z]+$/);
    const overlapping = prefixes.flatMap((a) => prefixes.filter((b) => a !== b && b.startsWith(a)).map((b) => `${a} / ${b}`));
    expect(overlapping).toEqual([]);
  });

  it('listCapacity goes by the model, not its family', () => {
    expect(listCapacity(SPEED_DIAL, '4610SW')).toBe(48);
    for (const m of FAMILY_4620) expect(listCapacity(SPEED_DIAL, m)).toBe(108);
    expect(listCapacity(FEATURE_LABEL, '4610SW')).toBe(12);
    expect(listCapacity(FEATURE_LABEL, '4622SW')).toBe(12);
    for (const m of FAMILY_4620.filter((x) => x !== '4622SW')) expect(listCapacity(FEATURE_LABEL, m)).toBe(24);
  });

  it('DIAL_CHARS: digits, * and #, and a comma for a pause', () => {
    for (const ok of ['', '0123456789', '*88#4411', '9,,0800', '#']) expect(DIAL_CHARS.test(ok), ok).toBe(true);
    for (const bad of ['+44', '200 1', '12-34', 'p', '１', '0x']) expect(DIAL_CHARS.test(bad), bad).toBe(false);
  });
});

describe('limits and marks', () => {
  it('PASSWORD_LIKE catches names that look like secrets', () => {
    for (const n of ['Password', 'FTP Password', 'FTPPASSWD', 'PASSWD', 'pwd', 'SIP_PWD', 'Secret', 'PIN', 'Voicemail PIN', 'USERPIN', 'PINCODE', 'passcode']) {
      expect(PASSWORD_LIKE.test(n), n).toBe(true);
    }
  });

  it('PASSWORD_LIKE never matches a name the catalog knows', () => {
    const names = [...SETTINGS.flatMap((s) => [s.name, ...s.aliases]), 'ABKNAME001', 'ABKNUMBER001', 'PHNLABEL01'];
    for (const n of names) expect(PASSWORD_LIKE.test(n), n).toBe(false);
  });

  it('MAX_FILE_BYTES is 1 MiB', () => {
    expect(MAX_FILE_BYTES).toBe(1_048_576);
  });
});
