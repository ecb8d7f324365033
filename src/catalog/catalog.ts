/**
 * Everything the editor believes about the 4600-series backup file, in one declarative place.
 *
 * Each fact carries the confidence mark of ../shared/backup-file-spec.md: `doc` (Avaya's 4600 admin guide),
 * `sibling` (documented for 1600/9600 backup files), `assumed` (our best reading). When a real phone-written
 * file disagrees with an entry here, this file is the one place to correct.
 */

import { msg, type Msg } from './msg.ts';

export type Mark = 'doc' | 'sibling' | 'assumed';
/** The marks, from the surest. */
export const MARKS: readonly Mark[] = ['doc', 'sibling', 'assumed'];

export const MODEL_IDS = ['4610SW', '4620', '4620SW', '4621SW', '4622SW', '4625SW'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export type Family = '4610' | '4620';
export const PROTOCOL_IDS = ['h323', 'sip'] as const;
export type Protocol = (typeof PROTOCOL_IDS)[number];

export const PROTOCOL_LABELS: Record<Protocol, string> = { h323: 'H.323', sip: 'SIP' };

export type Script = 'latin1' | 'katakana' | 'cyrillic' | 'hebrew' | 'jisx0208';

/**
 * The firmware releases whose guides disagree on what a display can draw (spec §6): `r27` is "R2.7 or later" (the
 * R2.7 guide, [doc]), `preR27` is "before R2.7" (the R2.0 guide, [doc]). A site runs one release; the user picks it.
 */
export const RELEASES = ['r27', 'preR27'] as const;
export type Release = (typeof RELEASES)[number];
export const DEFAULT_RELEASE: Release = 'r27';

export interface ModelDef {
  readonly id: ModelId;
  readonly family: Family;
  /**
   * Scripts the display can draw from R2.7 on (spec §6, [doc]: the R2.7 guide); `jisx0208` is the "part of Han and
   * Hiragana" [assumed].
   */
  readonly scripts: readonly Script[];
  /**
   * The scripts before R2.7, where they differ ([doc]: the R2.0 guide groups the 4610SW with the 4620 as unable to
   * show Cyrillic, Han or Hiragana; it does not name Hebrew, which stays [assumed]).
   */
  readonly scriptsBeforeR27?: readonly Script[];
  readonly colour: boolean;
}

const SW_SCRIPTS: readonly Script[] = ['latin1', 'katakana', 'cyrillic', 'hebrew', 'jisx0208'];

export const MODELS: Record<ModelId, ModelDef> = {
  '4610SW': { id: '4610SW', family: '4610', scripts: SW_SCRIPTS, scriptsBeforeR27: ['latin1', 'katakana', 'hebrew'], colour: false },
  '4620': { id: '4620', family: '4620', scripts: ['latin1', 'katakana'], colour: false },
  '4620SW': { id: '4620SW', family: '4620', scripts: SW_SCRIPTS, colour: false },
  '4621SW': { id: '4621SW', family: '4620', scripts: SW_SCRIPTS, colour: false },
  '4622SW': { id: '4622SW', family: '4620', scripts: SW_SCRIPTS, colour: false },
  '4625SW': { id: '4625SW', family: '4620', scripts: SW_SCRIPTS, colour: true },
};

/** The scripts `model` can draw under `release` (spec §6). */
export function modelScripts(model: ModelId, release: Release = DEFAULT_RELEASE): readonly Script[] {
  const def = MODELS[model];
  return release === 'preR27' ? (def.scriptsBeforeR27 ?? def.scripts) : def.scripts;
}

/** The model assumed for a file of the 4620 family when nothing in it tells which one. */
export const DEFAULT_4620_MODEL: ModelId = '4620SW';

export interface Choice {
  readonly value: string;
  /** The words the phone shows for this value. */
  readonly label: string;
  /**
   * The same words as the UI says them in its language (`choice.*` in the settings catalog, shared by every
   * setting that offers them); absent where the words are shown exactly as the file writes them.
   */
  readonly words?: Msg;
}

export type ValueType =
  | { readonly kind: 'choice'; readonly choices: readonly Choice[] }
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  | { readonly kind: 'text'; readonly maxLength: number }
  | { readonly kind: 'ipv4' };

export type SettingGroup = 'options' | 'parameters' | 'colours' | 'sip';

export interface SettingDef {
  readonly id: string;
  /** Canonical name, written for a new setting; also the field's visible label. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: ValueType;
  /** `null` = every model. */
  readonly models: readonly ModelId[] | null;
  /** `null` = both protocols. */
  readonly protocols: readonly Protocol[] | null;
  readonly group: SettingGroup;
  readonly mark: Mark;
  readonly markNote?: string;
  /** What the setting does, in the words of the phone's screens. */
  readonly help: string;
  /** The phone's value when the file does not set it, where known or assumed. */
  readonly phoneDefault?: string;
}

/** A choice whose words the UI translates as `choice.<label in camelCase>` ("One number" → `choice.oneNumber`). */
const said = (value: string, label: string): Choice => ({
  value,
  label,
  words: msg(`choice.${label.toLowerCase().replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}`),
});
const onOff = (off: string, on: string): ValueType => ({ kind: 'choice', choices: [said('0', off), said('1', on)] });
const NO_YES = onOff('No', 'Yes');
const PALETTE_CHOICES: readonly Choice[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: `Colour ${n}`, words: msg('choice.colour', { n }) }));
const PALETTE: ValueType = { kind: 'choice', choices: PALETTE_CHOICES };

export const LANGUAGES = [
  'English',
  'French',
  'German',
  'Italian',
  'Spanish',
  'Dutch',
  'Portuguese',
  'Japanese',
  'Russian',
  'Hebrew',
  'Chinese',
] as const;

/** The script a display language needs beyond Latin-1 ([assumed]). */
export const LANGUAGE_SCRIPT: Partial<Record<(typeof LANGUAGES)[number], Script>> = {
  Japanese: 'katakana',
  Russian: 'cyrillic',
  Hebrew: 'hebrew',
  Chinese: 'jisx0208',
};

/**
 * The notes that explain a mixed mark, by the id the UI translates them under (`markNote.<id>` in the settings
 * catalog). Settings and lists quote them from here, so each note has one set of translations.
 */
export const MARK_NOTES = {
  nameFormSibling: 'Name form [sibling]; list of languages [assumed].',
  modelDocPalette: 'Model [doc]; palette values [assumed].',
  sipOnlyDoc: 'SIP only [doc]; values [assumed].',
  lineNamesSibling: 'Line names [sibling]; capacities and lengths [assumed].',
  phoneScreenNamesSibling: 'Mnemonic and 1600 names [sibling]; name and values [assumed].',
  redialChoiceDoc: 'What Redial offers [doc]; values [assumed].',
  optionDefaultDoc: 'Option, default and models [doc]; values [assumed].',
  emptyDefaultDoc: 'Empty default [doc]; name and length [assumed].',
  releaseScriptsDoc: 'Each release’s scripts [doc]; which Han and Hiragana [assumed].',
} as const;

const FAMILY_4620: readonly ModelId[] = ['4620', '4620SW', '4621SW', '4622SW', '4625SW'];

export const SETTINGS: readonly SettingDef[] = [
  {
    id: 'personalizedRing',
    name: 'Personalized Ring',
    // `Personal Ringing` is the word of the 4600's own screens (spec §1, OPSTAT's second Options screen).
    aliases: ['PERSONALRING', 'Personal Ringing'],
    type: { kind: 'range', min: 1, max: 8 },
    models: null,
    protocols: null,
    group: 'options',
    mark: 'sibling',
    help: 'Which of the eight ring patterns the phone plays.',
    phoneDefault: '1',
  },
  {
    id: 'redial',
    name: 'Redial',
    aliases: ['PHNREDIAL'],
    type: onOff('One number', 'List'),
    models: null,
    protocols: null,
    group: 'options',
    mark: 'assumed',
    markNote: MARK_NOTES.redialChoiceDoc,
    help: 'Whether Redial calls the last number again or offers a list of the last numbers: one, three or six, depending on the model. How the file writes this choice is our best guess.',
    phoneDefault: '1',
  },
  {
    id: 'phoneScreenOnAnswer',
    name: 'Phone Screen on Answer',
    // The 4600's own name; the 1600 guide calls PHNSCRONALERT "Go to Phone Screen on Ringing" (spec §4).
    aliases: ['PHNSCRONALERT', 'Go to Phone Screen on Ringing', 'Phone Screen on Ringing'],
    type: NO_YES,
    models: null,
    protocols: null,
    group: 'options',
    mark: 'assumed',
    markNote: MARK_NOTES.phoneScreenNamesSibling,
    help: 'Whether the Phone screen comes up when a call rings.',
    phoneDefault: '1',
  },
  {
    id: 'phoneScreenOnCalling',
    name: 'Phone Screen on Calling',
    aliases: ['PHNSCRONCALL', 'Go to Phone Screen on Calling'],
    type: NO_YES,
    models: null,
    protocols: null,
    group: 'options',
    mark: 'assumed',
    markNote: MARK_NOTES.phoneScreenNamesSibling,
    help: 'Whether the Phone screen comes up when you dial.',
    phoneDefault: '1',
  },
  {
    id: 'callTimer',
    name: 'Call Timer',
    aliases: ['PHNTIMERS'],
    type: onOff('Off', 'On'),
    models: null,
    protocols: null,
    group: 'options',
    mark: 'sibling',
    help: 'Show how long a call has lasted.',
    phoneDefault: '0',
  },
  {
    id: 'messageDisplayRate',
    name: 'Message Display Rate',
    aliases: [],
    type: {
      kind: 'choice',
      choices: [said('1', 'Slow'), said('2', 'Medium'), said('3', 'Fast')],
    },
    models: null,
    protocols: null,
    group: 'options',
    mark: 'assumed',
    help: 'How fast long messages scroll.',
    phoneDefault: '2',
  },
  {
    id: 'callAppearanceWidth',
    name: 'Call Appearance Width',
    aliases: [],
    type: onOff('Full', 'Half'),
    models: FAMILY_4620,
    protocols: ['h323'],
    group: 'options',
    // The option and its default, full width, are in the 4622SW user guide; how the file writes them is not.
    mark: 'doc',
    markNote: MARK_NOTES.optionDefaultDoc,
    help: 'Full- or half-width call appearance buttons.',
    phoneDefault: '0',
  },
  {
    id: 'visualAlerting',
    name: 'Visual Alerting',
    aliases: ['PHNVISUALALERT'],
    type: onOff('Off', 'On'),
    models: null,
    protocols: null,
    group: 'options',
    mark: 'sibling',
    help: 'Flash the message lamp when a call rings.',
    phoneDefault: '0',
  },
  {
    id: 'callLogEnable',
    name: 'Call Log Enable',
    aliases: ['Call Log Active', 'LOGACTIVE'],
    type: onOff('Off', 'On'),
    models: null,
    protocols: null,
    group: 'options',
    mark: 'sibling',
    help: 'Keep a log of calls.',
    phoneDefault: '1',
  },
  {
    id: 'contrast',
    name: 'Contrast',
    aliases: [],
    type: { kind: 'range', min: 1, max: 15 },
    models: null,
    protocols: null,
    group: 'options',
    mark: 'assumed',
    help: 'Display contrast, 1 (lightest) to 15 (darkest).',
    phoneDefault: '8',
  },
  {
    id: 'displayLanguage',
    name: 'Display Language',
    aliases: ['LANGUSER'],
    type: { kind: 'choice', choices: LANGUAGES.map((l) => ({ value: l, label: l })) },
    models: null,
    protocols: null,
    group: 'options',
    mark: 'assumed',
    markNote: MARK_NOTES.nameFormSibling,
    help: 'The language of the phone’s own screens.',
    phoneDefault: 'English',
  },
  {
    id: 'ethernet',
    name: 'Ethernet',
    aliases: [],
    type: onOff('Disabled', 'Enabled'),
    models: null,
    protocols: null,
    group: 'options',
    mark: 'assumed',
    help: 'The PC Ethernet interface on the back of the phone.',
    phoneDefault: '1',
  },
  {
    id: 'automaticBackup',
    name: 'Automatic Backup',
    aliases: [],
    type: NO_YES,
    models: null,
    protocols: null,
    group: 'parameters',
    mark: 'assumed',
    help: 'Back up to the FTP server on every Save.',
    phoneDefault: '0',
  },
  {
    id: 'ftpServer',
    name: 'FTP Server IP Address',
    aliases: ['FTPSRVR'],
    type: { kind: 'ipv4' },
    models: null,
    protocols: null,
    group: 'parameters',
    mark: 'assumed',
    help: 'Where backups are stored.',
  },
  {
    id: 'ftpDirectory',
    name: 'FTP Directory Path',
    aliases: ['FTPDIR'],
    type: { kind: 'text', maxLength: 127 },
    models: null,
    protocols: null,
    group: 'parameters',
    mark: 'assumed',
    markNote: MARK_NOTES.emptyDefaultDoc,
    help: 'The folder on the FTP server.',
    // FTPDIR's default in the R2.7 guide's parameter table: empty, the FTP server's own top folder.
    phoneDefault: '',
  },
  {
    id: 'ftpUser',
    name: 'FTP User Name',
    aliases: ['FTPUSER'],
    type: { kind: 'text', maxLength: 32 },
    models: null,
    protocols: null,
    group: 'parameters',
    mark: 'assumed',
    help: 'The FTP account. Its password is never in the file.',
  },
  ...(
    [
      ['phoneBackground', 'Phone'],
      ['speedDialBackground', 'Speed Dial'],
      ['callLogBackground', 'Call Log'],
      ['optionsBackground', 'Options'],
    ] as const
  ).map(
    ([id, app]): SettingDef => ({
      id,
      name: `${app} Application Background Color`,
      aliases: [],
      type: PALETTE,
      models: ['4625SW'],
      protocols: null,
      group: 'colours',
      mark: 'assumed',
      markNote: MARK_NOTES.modelDocPalette,
      help: `Background colour of the ${app} application.`,
      phoneDefault: '1',
    }),
  ),
  {
    id: 'sessionAppearanceWidth',
    name: 'Session Appearance Width',
    aliases: [],
    type: onOff('Full', 'Half'),
    models: null,
    protocols: ['sip'],
    group: 'sip',
    mark: 'assumed',
    markNote: MARK_NOTES.sipOnlyDoc,
    help: 'Full- or half-width session appearance buttons.',
    phoneDefault: '0',
  },
  {
    id: 'transferType',
    name: 'Transfer Type',
    aliases: [],
    type: onOff('Attended', 'Unattended'),
    models: null,
    protocols: ['sip'],
    group: 'sip',
    mark: 'assumed',
    markNote: MARK_NOTES.sipOnlyDoc,
    help: 'Whether Transfer waits for the other party to answer.',
    phoneDefault: '0',
  },
];

export const SETTING_GROUP_TITLES: Record<SettingGroup, string> = {
  options: 'Options',
  parameters: 'Backup parameters',
  colours: 'Background colours (4625SW)',
  sip: 'SIP options',
};

/*
 * The ids under which the UI says the words above in the user's language (src/i18n/catalogs/settings). This file
 * keeps the English and the names the file uses; the UI translates through these.
 */

/** A setting's name as the field's label (in English, exactly `name`). */
export const settingLabel = (def: SettingDef): Msg => msg(`setting.${def.id}.label`);
/** What a setting does (in English, exactly `help`). */
export const settingHelp = (def: SettingDef): Msg => msg(`setting.${def.id}.help`);
export const settingGroupTitle = (group: SettingGroup): Msg => msg(`settingGroup.${group}`);
/** A choice's words as the UI says them: translated, or as the file writes them (display languages). */
export const choiceWords = (choice: Choice): Msg | string => choice.words ?? choice.label;
/** Where a fact with this mark comes from, in a few words ("Avaya's 4600 guide", "our best guess"). */
export const markWords = (mark: Mark): Msg => msg(`mark.${mark}`);
/** What a mark means, in a sentence (the legend). */
export const markMeaning = (mark: Mark): Msg => msg(`markMeaning.${mark}`);
/**
 * A mark's note in the UI's words, which name each part's source in the words of markWords; a note not in
 * MARK_NOTES is shown as it is.
 */
export function markNoteWords(note: string): Msg | string {
  const id = Object.entries(MARK_NOTES).find(([, text]) => text === note)?.[0];
  return id ? msg(`markNote.${id}`, { doc: markWords('doc'), sibling: markWords('sibling'), assumed: markWords('assumed') }) : note;
}

/** Hypothetical palette for the 4625SW colour indices 1–8 ([assumed]: only used to draw the preview). */
export const PALETTE_RGB: readonly string[] = [
  '#f4f4f0',
  '#cfe3f7',
  '#d5efd0',
  '#fbe7c6',
  '#f3d3e0',
  '#e0d7f3',
  '#d9d9d9',
  '#fff6b3',
];

/**
 * The colour the preview draws for a colour setting's value: exactly one of its choices, the values the phone takes
 * (settingProblem checks the same list), else null, and the phone keeps its own colour. Not read as a number:
 * "03", " 3", "3.0" and "3e0" are no colour to the phone.
 */
export function paletteColour(value: string | undefined): string | null {
  const i = PALETTE_CHOICES.findIndex((c) => c.value === value);
  return i === -1 ? null : (PALETTE_RGB[i] ?? null);
}

export interface ListDef {
  readonly id: 'speedDial' | 'featureLabel';
  readonly title: string;
  /** Name prefixes of the lines; an index follows, zero-padded to `pad` when written new. */
  readonly fields: readonly { readonly field: 'label' | 'number'; readonly prefix: string }[];
  readonly pad: number;
  /**
   * How many entries each model holds. Per model, not per family: `PHNLABELmm` is numbered by the physical
   * button, and the 4622SW has 12 Line/Feature buttons where the rest of its family has 24 (spec §5).
   */
  readonly capacity: Readonly<Record<ModelId, number>>;
  readonly labelMax: number;
  readonly numberMax?: number;
  readonly mark: Mark;
  readonly markNote: string;
}

export const SPEED_DIAL: ListDef = {
  id: 'speedDial',
  title: 'Speed dials',
  fields: [
    { field: 'label', prefix: 'ABKNAME' },
    { field: 'number', prefix: 'ABKNUMBER' },
  ],
  pad: 3,
  capacity: { '4610SW': 48, '4620': 108, '4620SW': 108, '4621SW': 108, '4622SW': 108, '4625SW': 108 },
  labelMax: 13,
  numberMax: 24,
  mark: 'assumed',
  markNote: MARK_NOTES.lineNamesSibling,
};

export const FEATURE_LABEL: ListDef = {
  id: 'featureLabel',
  title: 'Feature button labels',
  fields: [{ field: 'label', prefix: 'PHNLABEL' }],
  pad: 2,
  capacity: { '4610SW': 12, '4620': 24, '4620SW': 24, '4621SW': 24, '4622SW': 12, '4625SW': 24 },
  labelMax: 13,
  mark: 'assumed',
  markNote: MARK_NOTES.lineNamesSibling,
};

export const LISTS: readonly ListDef[] = [SPEED_DIAL, FEATURE_LABEL];

/** Characters a speed dial number may hold: digits, * and #, and `,` for a pause ([assumed]). */
export const DIAL_CHARS = /^[0-9*#,]*$/;

/**
 * Names that look like secrets. The phone never writes a password; a line like this was added by hand
 * and should not be stored on an FTP server.
 */
export const PASSWORD_LIKE = /pass(word|wd)?|pwd|secret|\bpin\b|^pin|pin$/i;

/** Real backups are a few kilobytes; anything past this is not one ([assumed]). */
export const MAX_FILE_BYTES = 1024 * 1024;

export function settingById(id: string): SettingDef {
  const def = SETTINGS.find((s) => s.id === id);
  if (!def) throw new Error(`no setting ${id}`);
  return def;
}

export function modelHasSetting(def: SettingDef, model: ModelId, protocol: Protocol): boolean {
  return (def.models === null || def.models.includes(model)) && (def.protocols === null || def.protocols.includes(protocol));
}

export function listCapacity(list: ListDef, model: ModelId): number {
  return list.capacity[model];
}

/**
 * What a 0 as OPSTAT's first digit locks, so a restore leaves it alone: the second Options screen (spec §1 [doc]:
 * Personalized Ring, Contrast, Backup/Restore, Feature Button Labeling, PC Ethernet interface, Display Language).
 * Which settings and lists of this catalog those screens hold is [assumed] (Backup/Restore = Automatic Backup and
 * the FTP parameters).
 */
export const SECOND_OPTIONS_SCREEN: { readonly settings: readonly string[]; readonly lists: readonly ListDef['id'][]; readonly mark: Mark } = {
  settings: ['personalizedRing', 'contrast', 'automaticBackup', 'ftpServer', 'ftpDirectory', 'ftpUser', 'ethernet', 'displayLanguage'],
  lists: ['featureLabel'],
  mark: 'assumed',
};
