import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LISTS, SETTINGS } from '../catalog/catalog.ts';
import { canonicalName, classifyName, keyGroup, listKey, parseKey, settingKey, spacedLookalike, teachNames } from './keys.ts';

/** Property tests are quick alone, but a busy machine (two cores, a browser test run beside) can slow them past vitest's 5 s. */
const PROPERTY_TIMEOUT = 30_000;
const order = (k: string) => keyGroup(k).order;
const variants = (name: string): string[] => [name, name.toLowerCase(), name.toUpperCase(), name.replace(/./g, (c, i: number) => (i % 2 ? c.toLowerCase() : c.toUpperCase()))];

describe('classifyName: settings (spec §4)', () => {
  it('every canonical name and alias is recognised in any letter case', () => {
    for (const def of SETTINGS) {
      for (const name of [def.name, ...def.aliases]) {
        for (const v of variants(name)) expect(classifyName(v), v).toBe(settingKey(def.id));
      }
    }
  });

  it('the aliases of the spec table', () => {
    const aliases: Record<string, string> = {
      PERSONALRING: 'personalizedRing',
      PHNREDIAL: 'redial',
      PHNSCRONALERT: 'phoneScreenOnAnswer',
      PHNSCRONCALL: 'phoneScreenOnCalling',
      PHNTIMERS: 'callTimer',
      PHNVISUALALERT: 'visualAlerting',
      'Call Log Active': 'callLogEnable',
      LOGACTIVE: 'callLogEnable',
      LANGUSER: 'displayLanguage',
      FTPSRVR: 'ftpServer',
      FTPDIR: 'ftpDirectory',
      FTPUSER: 'ftpUser',
      // Issue 16: the 1600 guide's names for the Phone screen options, and the 4600 screens' Personal Ringing.
      'Go to Phone Screen on Ringing': 'phoneScreenOnAnswer',
      'Phone Screen on Ringing': 'phoneScreenOnAnswer',
      'Go to Phone Screen on Calling': 'phoneScreenOnCalling',
      'Personal Ringing': 'personalizedRing',
    };
    for (const [alias, id] of Object.entries(aliases)) expect(classifyName(alias)).toBe(settingKey(id));
  });

  it('spacedLookalike: what a name with spaces of its own looks like; null for the catalog’s own names and for strangers', () => {
    expect(spacedLookalike('Call Timer ')).toBe(settingKey('callTimer'));
    expect(spacedLookalike(' CALL  timer')).toBe(settingKey('callTimer'));
    expect(spacedLookalike('Go to Phone Screen on Ringing ')).toBe(settingKey('phoneScreenOnAnswer'));
    expect(spacedLookalike('PHNLABEL 3')).toBe(listKey('featureLabel', 3, 'label'));
    for (const name of ['Call Timer', 'PHNTIMERS', 'ABKNAME001', 'Mystery ', '   ', '']) expect(spacedLookalike(name), JSON.stringify(name)).toBeNull();
  });

  it('no two names or aliases are alike once their spaces are gone, so a lookalike names one setting', () => {
    const squashed = SETTINGS.flatMap((d) => [d.name, ...d.aliases].map((n) => n.replace(/\s+/g, '').toLowerCase()));
    expect(new Set(squashed).size).toBe(squashed.length);
  });

  it('unknown names, and near misses, are null', () => {
    for (const name of ['Mystery', 'Contrast2', 'Contrast ', ' Contrast', 'Call  Timer', 'CallTimer', 'FTP Password', '', 'setting:contrast']) {
      expect(classifyName(name), JSON.stringify(name)).toBeNull();
    }
  });

  it('setting names match in ASCII letter case only: a Unicode case-folding look-alike is not the setting', () => {
    // U+212A KELVIN SIGN lower-cases to "k", U+0130 to "i̇", U+017F (long s) upper-cases to "S".
    for (const name of ['Automatic Bac\u212Aup', 'Automatic Backup'.replace('i', '\u0130'), 'Call Timer'.replace('C', '\u212A'), 'Redial'.replace('i', '\u0131')]) {
      expect(classifyName(name), JSON.stringify(name)).toBeNull();
    }
    expect(classifyName('AUTOMATIC BACKUP')).toBe(classifyName('Automatic Backup'));
    expect(classifyName('Automatic Backup')).not.toBeNull();
  });

  it('a name of ASCII and other letters matches in the ASCII letters’ case only, the others as they are', () => {
    const contrast = settingKey('contrast');
    teachNames(new Map([['Größe Kontrast', contrast]]), new Map());
    try {
      for (const name of ['Größe Kontrast', 'GRößE KONTRAST', 'größe kontrast']) expect(classifyName(name), name).toBe(contrast);
      for (const name of ['GRÖßE KONTRAST', 'GRÖSSE KONTRAST', 'Grösse Kontrast']) expect(classifyName(name), name).toBeNull();
    } finally {
      teachNames(new Map(), new Map());
    }
  });
});

describe('classifyName: lists (spec §5)', () => {
  it('speed dial names, padded or not, any case', () => {
    expect(classifyName('ABKNAME001')).toBe(listKey('speedDial', 1, 'label'));
    expect(classifyName('ABKNUMBER001')).toBe(listKey('speedDial', 1, 'number'));
    expect(classifyName('ABKNAME7')).toBe(listKey('speedDial', 7, 'label'));
    expect(classifyName('abknumber07')).toBe(listKey('speedDial', 7, 'number'));
    expect(classifyName('AbkName108')).toBe(listKey('speedDial', 108, 'label'));
    expect(classifyName('ABKNAME0042')).toBe(listKey('speedDial', 42, 'label'));
    expect(classifyName('ABKNAME1000')).toBe(listKey('speedDial', 1000, 'label'));
  });

  it('ABKNUMBER is not read as a name prefix ABKN + something', () => {
    expect(classifyName('ABKNUMBER12')).toBe(listKey('speedDial', 12, 'number'));
  });

  it('feature labels, padded or not', () => {
    expect(classifyName('PHNLABEL01')).toBe(listKey('featureLabel', 1, 'label'));
    expect(classifyName('PHNLABEL1')).toBe(listKey('featureLabel', 1, 'label'));
    expect(classifyName('phnlabel24')).toBe(listKey('featureLabel', 24, 'label'));
  });

  it('index 0, five digits, non-ASCII digits, signs, spaces and missing indices are not list names', () => {
    for (const name of ['ABKNAME000', 'ABKNAME0', 'ABKNAME00001', 'ABKNAME', 'ABKNAME-1', 'ABKNAME 1', 'ABKNAME1a', 'ABKNAME١', 'ABKNAME１', 'PHNLABEL', 'XABKNAME1', 'ABKNAMES1']) {
      expect(classifyName(name), name).toBeNull();
    }
  });
});

describe('keys', () => {
  it('parseKey reads back settingKey and listKey', () => {
    expect(parseKey(settingKey('contrast'))).toEqual({ kind: 'setting', id: 'contrast' });
    expect(parseKey(listKey('speedDial', 12, 'number'))).toEqual({ kind: 'list', list: 'speedDial', index: 12, field: 'number' });
    expect(parseKey(listKey('featureLabel', 3, 'label'))).toEqual({ kind: 'list', list: 'featureLabel', index: 3, field: 'label' });
  });

  it('canonicalName: the canonical setting name, list indices zero-padded (3 for speed dials, 2 for labels)', () => {
    for (const def of SETTINGS) expect(canonicalName(settingKey(def.id))).toBe(def.name);
    expect(canonicalName(listKey('speedDial', 1, 'label'))).toBe('ABKNAME001');
    expect(canonicalName(listKey('speedDial', 7, 'number'))).toBe('ABKNUMBER007');
    expect(canonicalName(listKey('speedDial', 108, 'number'))).toBe('ABKNUMBER108');
    expect(canonicalName(listKey('featureLabel', 3, 'label'))).toBe('PHNLABEL03');
    expect(canonicalName(listKey('featureLabel', 24, 'label'))).toBe('PHNLABEL24');
    expect(canonicalName(listKey('speedDial', 1000, 'label'))).toBe('ABKNAME1000');
  });

  it('canonicalName throws for keys the catalog does not have', () => {
    expect(() => canonicalName(settingKey('nope'))).toThrow('unknown setting nope');
    expect(() => canonicalName(listKey('featureLabel', 1, 'number'))).toThrow('unknown list key featureLabel:1:number');
  });

  it('a canonical name classifies back to its key', () => {
    for (const def of SETTINGS) expect(classifyName(canonicalName(settingKey(def.id)))).toBe(settingKey(def.id));
    for (const i of [1, 9, 10, 99, 100, 108]) {
      for (const field of ['label', 'number'] as const) expect(classifyName(canonicalName(listKey('speedDial', i, field)))).toBe(listKey('speedDial', i, field));
      expect(classifyName(canonicalName(listKey('featureLabel', i, 'label')))).toBe(listKey('featureLabel', i, 'label'));
    }
  });

  it('keyGroup: speed dials, then feature labels, then settings in catalog order; a label before its number', () => {
    expect(keyGroup(listKey('speedDial', 1, 'label')).group).toBe(0);
    expect(keyGroup(listKey('featureLabel', 1, 'label')).group).toBe(1);
    expect(keyGroup(settingKey('contrast')).group).toBe(2);
    expect(order(listKey('speedDial', 1, 'label'))).toBeLessThan(order(listKey('speedDial', 1, 'number')));
    expect(order(listKey('speedDial', 1, 'number'))).toBeLessThan(order(listKey('speedDial', 2, 'label')));
    const settingOrders = SETTINGS.map((d) => order(settingKey(d.id)));
    expect(settingOrders).toEqual(SETTINGS.map((_, i) => i));
  });
});

describe('classifyName is the regular-expression reading it replaced', () => {
  // The reference: the first implementation, kept here to pin the hand-written scanner to it.
  const prefixes = LISTS.flatMap((l) => l.fields.map((f) => ({ list: l.id, field: f.field, prefix: f.prefix })));
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  const LIST_NAME = new RegExp(`^(${prefixes.map((p) => p.prefix).join('|')})(\\d{1,4})$`, 'i');
  const byName = new Map(SETTINGS.flatMap((d) => [d.name, ...d.aliases].map((n) => [n.toLowerCase(), d.id] as const)));
  function reference(name: string): string | null {
    const id = byName.get(name.toLowerCase());
    if (id !== undefined) return settingKey(id);
    const m = LIST_NAME.exec(name);
    if (!m) return null;
    const index = Number(m[2]);
    const p = prefixes.find((x) => x.prefix === (m[1] ?? '').toUpperCase());
    return index < 1 || !p ? null : listKey(p.list, index, p.field);
  }

  it('on names that look like list names, with case-folding traps (K U+212A, ſ, İ, full-width digits)', () => {
    const piece = fc.constantFrom('ABKNAME', 'ABKNUMBER', 'PHNLABEL', 'abk', 'name', 'NUMBER', 'phn', 'Label', 'A', '\u212a', '\u017f', '\u0130', 'ı', '0', '1', '9', '00', '007', '１', ' ', '=', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), (name) => {
        expect(classifyName(name)).toBe(reference(name));
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 14 }), (name) => {
        expect(classifyName(name)).toBe(reference(name));
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('on every name the catalog knows, and list names 0–10000', () => {
    for (const n of SETTINGS.flatMap((d) => [d.name, ...d.aliases])) for (const v of variants(n)) expect(classifyName(v)).toBe(reference(v));
    for (let i = 0; i <= 10_000; i += 7) {
      for (const p of ['ABKNAME', 'abknumber', 'PhnLabel']) {
        for (const name of [`${p}${i}`, `${p}${String(i).padStart(3, '0')}`]) expect(classifyName(name), name).toBe(reference(name));
      }
    }
  });
});
