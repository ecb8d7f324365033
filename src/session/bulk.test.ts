import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTINGS, type ModelId, type Protocol } from '../catalog/catalog.ts';
import { loadBytes } from '../format/codec.ts';
import { parseText, serializeText, type BackupDocument } from '../format/document.ts';
import { fixture } from '../format/test-fixtures.ts';
import { english } from '../i18n/english.ts';
import { valuesOf } from '../model/values.ts';
import { planBulk, applyPlan, type BulkChange, type BulkFile } from './bulk.ts';
import { openBytes, type OpenFile } from './open-file.ts';
import { emptyWorkspace, workspaceReducer, type Workspace } from './workspace.ts';

const OFFICE = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nABKNAME002=Help desk\r\nABKNUMBER002=4400\r\nPHNLABEL01=Pickup\r\nCall Appearance Width=1\r\nContrast=9\r\nLOCATION=Building 2\r\n';

const file = (uid: number, text: string, model: ModelId = '4620SW', protocol: Protocol = 'h323'): BulkFile => ({ uid, doc: parseText(text), model, protocol });
const text = (doc: BackupDocument): string => serializeText(doc);
const only = (plan: ReturnType<typeof planBulk>, uid: number) => plan.changed.find((c) => c.uid === uid);
const reason = (plan: ReturnType<typeof planBulk>, uid: number) => {
  const s = plan.skipped.find((c) => c.uid === uid);
  return s ? english(s.reason) : null;
};

function open(name: string, body: string): OpenFile {
  const r = openBytes(new TextEncoder().encode(body), name, null);
  if (!r.ok) throw new Error('did not open');
  return r.value;
}

describe('planBulk: settings', () => {
  it('sets a setting where it is, adds it where it is not, and skips a file that has it or lacks the setting', () => {
    const files = [file(1, OFFICE), file(2, '\r\nABKNAME001=A\r\n'), file(3, '\r\nContrast=5\r\n'), file(4, '\r\nContrast=5\r\n', '4610SW', 'sip')];
    const plan = planBulk(files, { kind: 'set-setting', id: 'contrast', value: '5' });
    expect(plan.problem).toBeNull();
    expect(text(only(plan, 1)?.doc as BackupDocument)).toBe(OFFICE.replace('Contrast=9', 'Contrast=5'));
    expect(english(only(plan, 1)?.summary ?? { id: '' })).toBe('Contrast: “9” becomes “5”.');
    expect(text(only(plan, 2)?.doc as BackupDocument)).toBe('\r\nABKNAME001=A\r\nContrast=5\r\n');
    expect(english(only(plan, 2)?.summary ?? { id: '' })).toBe('Contrast: “5” added (it was not in the file).');
    expect(reason(plan, 3)).toBe('Contrast is already “5”.');
    expect(reason(plan, 4)).toBe('Contrast is already “5”.');

    const width = planBulk(files, { kind: 'set-setting', id: 'callAppearanceWidth', value: '0' });
    expect(width.changed.map((c) => c.uid)).toEqual([1, 2, 3]);
    expect(reason(width, 4)).toBe('The 4610SW (SIP) does not have Call Appearance Width.');
  });

  it('refuses a value no telephone takes, for every file, before anything', () => {
    const plan = planBulk([file(1, OFFICE)], { kind: 'set-setting', id: 'contrast', value: '99' });
    expect(plan.changed).toEqual([]);
    expect(english(plan.problem ?? { id: '' })).toMatch(/Contrast/);
  });

  it('resets a setting (every line of it) and skips files without it', () => {
    const dupes = '\r\nContrast=3\r\nFOO=1\r\nContrast=4\r\n';
    const plan = planBulk([file(1, OFFICE), file(2, dupes), file(3, '\r\nFOO=1\r\n')], { kind: 'reset-setting', id: 'contrast' });
    expect(text(only(plan, 1)?.doc as BackupDocument)).toBe(OFFICE.replace('Contrast=9\r\n', ''));
    expect(text(only(plan, 2)?.doc as BackupDocument)).toBe('\r\nFOO=1\r\n');
    expect(english(only(plan, 2)?.summary ?? { id: '' })).toBe('Contrast (“4”) taken out of the file.');
    expect(reason(plan, 3)).toBe('Contrast is not in the file.');
  });
});

describe('planBulk: speed dials', () => {
  const help = { kind: 'add-speed-dial', label: 'Help desk', number: '4500', at: 'end' } as const;

  it('adds one after the last, skipping files that already have the number or have no room', () => {
    const full48 = `\r\n${Array.from({ length: 48 }, (_, i) => `ABKNUMBER${String(i + 1).padStart(3, '0')}=${1000 + i}`).join('\r\n')}\r\n`;
    const plan = planBulk([file(1, OFFICE), file(2, '\r\nABKNUMBER003=4500\r\n'), file(3, full48, '4610SW'), file(4, full48, '4620SW')], help);
    expect(text(only(plan, 1)?.doc as BackupDocument)).toBe(OFFICE.replace('ABKNUMBER002=4400\r\n', 'ABKNUMBER002=4400\r\nABKNAME003=Help desk\r\nABKNUMBER003=4500\r\n'));
    expect(english(only(plan, 1)?.summary ?? { id: '' })).toBe('Speed dial 3 added.');
    expect(reason(plan, 2)).toBe('It already has 4500, as speed dial 3.');
    expect(reason(plan, 3)).toBe('There is no place after its last speed dial: the 4610SW holds 48.');
    expect(valuesOf(only(plan, 4)?.doc as BackupDocument, '4620SW').speedDials[48]).toEqual({ label: 'Help desk', number: '4500' });
  });

  it('inserts at a position, moving the later ones down, and skips a file with no room for the last', () => {
    const full48 = `\r\n${Array.from({ length: 48 }, (_, i) => `ABKNUMBER${String(i + 1).padStart(3, '0')}=${1000 + i}`).join('\r\n')}\r\n`;
    const plan = planBulk([file(1, OFFICE), file(2, full48, '4610SW')], { kind: 'add-speed-dial', label: 'Помощь', number: '4500', at: 1 });
    const dials = valuesOf(only(plan, 1)?.doc as BackupDocument, '4620SW').speedDials;
    expect(dials).toEqual([
      { label: 'Помощь', number: '4500' },
      { label: 'Reception', number: '200' },
      { label: 'Help desk', number: '4400' },
    ]);
    expect(english(only(plan, 1)?.summary ?? { id: '' })).toBe('Speed dial 1 added; the 2 after it move down one.');
    expect(reason(plan, 2)).toBe('Its speed dials reach the 4610SW’s last place (48): inserting one would push the last one out.');
  });

  it('updates and removes the speed dials that match a label (any letter case) or a number', () => {
    const upd = planBulk([file(1, OFFICE), file(2, '\r\nABKNAME001=x\r\n')], { kind: 'update-speed-dials', match: { by: 'label', value: ' HELP DESK' }, number: '4500' });
    expect(text(only(upd, 1)?.doc as BackupDocument)).toBe(OFFICE.replace('4400', '4500'));
    expect(reason(upd, 2)).toBe('No speed dial is labelled “ HELP DESK”.');
    const rm = planBulk([file(1, OFFICE)], { kind: 'remove-speed-dials', match: { by: 'number', value: '200' } });
    expect(valuesOf(only(rm, 1)?.doc as BackupDocument, '4620SW').speedDials).toEqual([{ label: 'Help desk', number: '4400' }]);
    expect(english(only(rm, 1)?.summary ?? { id: '' })).toBe('Speed dial 1 removed.');
  });

  it('reads the speed dials as the typed view does: the last line of a name wins, none past the capacity', () => {
    const doc = '\r\nABKNUMBER002=4400\r\nABKNUMBER002=4401\r\nABKNUMBER049=4400\r\nABKNAME003=Help\r\n';
    const plan = planBulk([file(1, doc, '4610SW'), file(2, doc)], { kind: 'replace-number', from: '4400', to: '4500' });
    expect(reason(plan, 1)).toBe('No speed dial has the number 4400.');
    expect(text(only(plan, 2)?.doc as BackupDocument)).toBe(doc.replace('ABKNUMBER049=4400', 'ABKNUMBER049=4500'));
    const upd = planBulk([file(3, doc)], { kind: 'update-speed-dials', match: { by: 'number', value: '4401' }, label: 'Desk' });
    expect(text(only(upd, 3)?.doc as BackupDocument)).toBe('\r\nABKNAME002=Desk\r\nABKNUMBER002=4400\r\nABKNUMBER002=4401\r\nABKNUMBER049=4400\r\nABKNAME003=Help\r\n');
  });

  it('replaces a number in every speed dial that dials it, and nowhere else', () => {
    const doc = `${OFFICE}ABKNAME003=Help 2\r\nABKNUMBER003=4400\r\nNOTE=call 4400\r\n`;
    const plan = planBulk([file(1, doc), file(2, '\r\nABKNUMBER001=44001\r\n')], { kind: 'replace-number', from: '4400', to: '4500' });
    expect(text(only(plan, 1)?.doc as BackupDocument)).toBe(doc.replace('ABKNUMBER002=4400', 'ABKNUMBER002=4500').replace('ABKNUMBER003=4400', 'ABKNUMBER003=4500'));
    expect(english(only(plan, 1)?.summary ?? { id: '' })).toBe('Speed dials 2, 3 get the new number.');
    expect(reason(plan, 2)).toBe('No speed dial has the number 4400.');
  });
});

/** The reason a file is skipped for a label its model cannot show: the Problems' warning, then what it means here. */
const unshown = (why: string) => `${why} Written here, the label would show as rectangles, so this file is left as it is.`;

describe('planBulk: what an insert moves', () => {
  it('counts the speed dials after the place that move, not the empty places between them', () => {
    const plan = planBulk([file(1, '\r\nABKNAME001=A\r\nABKNAME010=J\r\n')], { kind: 'add-speed-dial', label: 'X', number: '5', at: 1 });
    expect(english(only(plan, 1)!.summary)).toBe('Speed dial 1 added; the 2 after it move down one.');
    expect(valuesOf(only(plan, 1)!.doc, '4620SW').speedDials.map((e) => e.label)).toEqual(['X', 'A', ...Array(8).fill(undefined), 'J']);
    const one = planBulk([file(1, '\r\nABKNAME001=A\r\nABKNAME010=J\r\n')], { kind: 'add-speed-dial', label: 'X', number: '5', at: 5 });
    expect(english(only(one, 1)!.summary)).toBe('Speed dial 5 added; the one after it moves down one.');
  });
});

describe('planBulk: labels a model cannot show', () => {
  it('a Display Language whose script the model cannot show is not written there: the file is skipped with the reason', () => {
    const change: BulkChange = { kind: 'set-setting', id: 'displayLanguage', value: 'Russian' };
    const plan = planBulk([file(1, '\r\nContrast=9\r\n', '4620'), file(2, '\r\nContrast=9\r\n', '4620SW'), file(3, '\r\nContrast=9\r\n', '4610SW')], change);
    expect(plan.changed.map((c) => c.uid)).toEqual([2, 3]);
    expect(reason(plan, 1)).toBe('The 4620 cannot show the script of Russian, so this file is left as it is.');
    const before = planBulk([file(3, '\r\nContrast=9\r\n', '4610SW')], change, 'preR27');
    expect(reason(before, 3)).toBe('Before firmware R2.7 the 4610SW cannot show the script of Russian, so this file is left as it is. From R2.7 on, it can (the release is chosen under Telephone).');
    // A language in a script every model draws goes everywhere.
    expect(planBulk([file(1, '\r\n', '4620')], { kind: 'set-setting', id: 'displayLanguage', value: 'French' }).changed).toHaveLength(1);
  });

  it('adds a speed dial only where the model draws its label: a 4620 is skipped, and says which models could', () => {
    const files = [file(1, OFFICE), file(2, OFFICE, '4620'), file(3, OFFICE, '4610SW')];
    const change: BulkChange = { kind: 'add-speed-dial', label: 'Помощь', number: '4500', at: 'end' };
    const plan = planBulk(files, change);
    expect(plan.changed.map((c) => c.uid)).toEqual([1, 3]);
    expect(reason(plan, 2)).toBe(unshown('Помощь: the 4620 cannot show Cyrillic; the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can.'));
    // Before firmware R2.7 the 4610SW draws no Cyrillic either: the release is why, and the reason says so.
    const old = planBulk(files, change, 'preR27');
    expect(old.changed.map((c) => c.uid)).toEqual([1]);
    expect(reason(old, 3)).toBe(unshown('Помощь: before firmware R2.7 the 4610SW cannot show Cyrillic; the 4620SW, 4621SW, 4622SW and 4625SW can. From R2.7 on, it can (the release is chosen under Telephone).'));
    // The file the change skips keeps its document: nothing is written into it.
    expect(old.changed.some((c) => c.uid === 3)).toBe(false);
  });

  it('updates speed dials with such a label nowhere the model cannot show it; a new number alone still goes', () => {
    const files = [file(1, OFFICE), file(2, OFFICE, '4620')];
    const label = planBulk(files, { kind: 'update-speed-dials', match: { by: 'number', value: '4400' }, label: 'Справка' });
    expect(label.changed.map((c) => c.uid)).toEqual([1]);
    expect(reason(label, 2)).toMatch(/^Справка: the 4620 cannot show Cyrillic;.* Written here, the label would show as rectangles/);
    const number = planBulk(files, { kind: 'update-speed-dials', match: { by: 'label', value: 'Help desk' }, number: '4500' });
    expect(number.changed.map((c) => c.uid)).toEqual([1, 2]);
  });

  it('sets a feature button label only where the model draws it; characters no model draws skip every file', () => {
    const files = [file(1, OFFICE), file(2, OFFICE, '4620')];
    const park = planBulk(files, { kind: 'feature-label', button: 2, label: 'Парк' });
    expect(park.changed.map((c) => c.uid)).toEqual([1]);
    expect(reason(park, 2)).toMatch(/^Парк: the 4620 cannot show Cyrillic/);
    const greek = planBulk(files, { kind: 'feature-label', button: 2, label: 'Ωmega' });
    expect(greek.changed).toEqual([]);
    expect(reason(greek, 1)).toBe(unshown('Ω: the 4620SW cannot show Greek; no 4600-series telephone can show them (a rectangle on every model).'));
    // Latin-1 and Katakana show everywhere: nothing is skipped for them.
    expect(planBulk(files, { kind: 'feature-label', button: 2, label: 'Café ｶﾌｪ' }).changed.map((c) => c.uid)).toEqual([1, 2]);
  });
});

describe('planBulk: feature labels and conversion', () => {
  it('sets or clears a feature button label, within the model’s buttons', () => {
    const set = planBulk([file(1, OFFICE), file(2, OFFICE, '4610SW')], { kind: 'feature-label', button: 20, label: 'Park' });
    expect(text(only(set, 1)?.doc as BackupDocument)).toBe(OFFICE.replace('PHNLABEL01=Pickup\r\n', 'PHNLABEL01=Pickup\r\nPHNLABEL20=Park\r\n'));
    expect(reason(set, 2)).toBe('The 4610SW has 12 feature buttons: there is no button 20.');
    const clear = planBulk([file(1, OFFICE), file(2, '\r\n')], { kind: 'feature-label', button: 1, label: undefined });
    expect(text(only(clear, 1)?.doc as BackupDocument)).toBe(OFFICE.replace('PHNLABEL01=Pickup\r\n', ''));
    expect(reason(clear, 2)).toBe('Feature button 1 has no label in the file.');
  });

  it('converts protocol and family, skipping files already there and files with too many speed dials', () => {
    const many = `\r\n${Array.from({ length: 60 }, (_, i) => `ABKNUMBER${String(i + 1).padStart(3, '0')}=${1000 + i}`).join('\r\n')}\r\n`;
    const plan = planBulk([file(1, OFFICE), file(2, OFFICE, '4620SW', 'sip'), file(3, many)], { kind: 'convert', protocol: 'sip', model: null, dropUnsupported: true });
    const one = only(plan, 1);
    expect(one?.action).toMatchObject({ type: 'set-values', protocol: 'sip', model: '4620SW' });
    expect(text(one?.doc as BackupDocument)).toBe(OFFICE.replace('Call Appearance Width=1\r\n', ''));
    expect(reason(plan, 2)).toBe('It is already a 4620SW (SIP).');
    const family = planBulk([file(3, many)], { kind: 'convert', protocol: null, model: '4610SW', dropUnsupported: false });
    expect(reason(family, 3)).toMatch(/^The file has 60 speed dials and the 4610SW holds 48\..*Convert this file on its own\.$/);
  });
});

describe('planBulk: what a conversion summary says', () => {
  it('speed dials and buttons past the old model’s capacity that come to life are named, not "nothing else"', () => {
    const plan = planBulk([file(1, '\r\nABKNAME001=A\r\nABKNUMBER001=1\r\nABKNAME049=Old\r\nABKNUMBER049=999\r\nPHNLABEL13=Ghost\r\n', '4610SW')], { kind: 'convert', protocol: null, model: '4620SW', dropUnsupported: true });
    expect(english(only(plan, 1)!.summary)).toBe('The 4610 family becomes the 4620 family (4620SW). Entries the 4610SW ignores become active on the 4620SW: speed dial 49 and feature button 13.');
  });

  it('labels and a Display Language the new model cannot show are said instead of "Nothing else changes", under the firmware release given', () => {
    const plan = planBulk([file(1, '\r\nABKNAME001=Помощь\r\nABKNUMBER001=1\r\nDisplay Language=Russian\r\n')], { kind: 'convert', protocol: null, model: '4620', dropUnsupported: true });
    expect(english(only(plan, 1)!.summary)).toBe('A label would show as rectangles on the 4620: speed dial 1. Помощь: the 4620 cannot show Cyrillic; the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can. Display Language is Russian, but the 4620 cannot show its script.');
    const before = planBulk([file(1, '\r\nDisplay Language=Russian\r\n')], { kind: 'convert', protocol: null, model: '4610SW', dropUnsupported: true }, 'preR27');
    expect(english(only(before, 1)!.summary)).toBe('The 4620 family becomes the 4610 family (4610SW). Display Language is Russian, but before firmware R2.7 the 4610SW cannot show its script.');
    const nothing = planBulk([file(1, '\r\nContrast=3\r\n')], { kind: 'convert', protocol: null, model: '4620', dropUnsupported: true });
    expect(english(only(nothing, 1)!.summary)).toBe('Nothing else changes.');
  });
});

describe('applying a plan', () => {
  it('is one step in each file it changes, undone and redone in all of them at once', () => {
    let ws: Workspace = workspaceReducer(emptyWorkspace, {
      type: 'add',
      files: [open('4001_4620data.txt', OFFICE), open('4002_4620data.txt', '\r\nContrast=9\r\n'), open('4003_4610data_sip.txt', '\r\nContrast=2\r\n')],
    });
    const before = ws.files.map((f) => text(f.doc));
    const plan = planBulk(ws.files, { kind: 'set-setting', id: 'callAppearanceWidth', value: '0' });
    expect(plan.changed.map((c) => c.uid)).toEqual([1, 2]);
    ws = workspaceReducer(ws, applyPlan(plan));
    expect(ws.files.map((f) => text(f.doc))).toEqual([before[0]?.replace('Call Appearance Width=1', 'Call Appearance Width=0'), '\r\nCall Appearance Width=0\r\nContrast=9\r\n', before[2]]);
    expect(ws.files[0]?.history.past.at(-1)?.label).toEqual({ id: 'step.bulk.setSetting', values: { setting: { id: 'setting.callAppearanceWidth.label' }, count: 2 } });
    // Undo from the second file undoes the change in the first too; the third had no step.
    ws = workspaceReducer(ws, { type: 'undo', uid: 2 });
    expect(ws.files.map((f) => text(f.doc))).toEqual(before);
    ws = workspaceReducer(ws, { type: 'redo', uid: 1 });
    expect(text(ws.files[1]?.doc as BackupDocument)).toBe('\r\nCall Appearance Width=0\r\nContrast=9\r\n');
    expect(text(ws.files[0]?.doc as BackupDocument)).toContain('Call Appearance Width=0');
  });

  it('converts with the model and protocol, so Save’s name follows, and undo puts them back', () => {
    let ws: Workspace = workspaceReducer(emptyWorkspace, { type: 'add', files: [open('4001_4620data.txt', OFFICE), open('4002_4620data.txt', '\r\nContrast=9\r\n')] });
    ws = workspaceReducer(ws, applyPlan(planBulk(ws.files, { kind: 'convert', protocol: 'sip', model: '4610SW', dropUnsupported: false })));
    expect(ws.files.map((f) => [f.model, f.protocol])).toEqual([['4610SW', 'sip'], ['4610SW', 'sip']]);
    ws = workspaceReducer(ws, { type: 'undo', uid: 1 });
    expect(ws.files.map((f) => [f.model, f.protocol])).toEqual([['4620SW', 'h323'], ['4620SW', 'h323']]);
  });
});

/** The keys a change may touch: the rest must stay as they were. */
function touches(c: BulkChange, key: string | null): boolean {
  if (key === null) return false;
  switch (c.kind) {
    case 'set-setting':
    case 'reset-setting':
      return key === `setting:${c.id}`;
    case 'feature-label':
      return key === `featureLabel:${c.button}:label`;
    default:
      return key.startsWith('speedDial:');
  }
}


/**
 * The first law, on real fixtures: every line the change does not touch keeps its exact bytes and its place. A
 * line is touched only when its key is one the change is about (the setting, a speed dial, a feature button).
 */
describe('lines the change does not touch keep their bytes', () => {
  const fixtures = ['full-4620.txt', 'duplicates-and-unknown.txt', 'mixed-eol.txt', 'no-final-newline.txt', 'cp1252.txt', 'utf16le-bom.txt', 'no-leading-blank.txt', 'canonical.txt'].map((name) => {
    const loaded = loadBytes(fixture(name));
    if (!loaded.ok) throw new Error(name);
    return { name, doc: loaded.value.doc };
  });

  const settingIds = SETTINGS.map((s) => s.id);
  const change: fc.Arbitrary<BulkChange> = fc.oneof(
    fc.constantFrom(...settingIds).map((id): BulkChange => ({ kind: 'reset-setting', id })),
    fc.record({ id: fc.constantFrom('contrast', 'personalizedRing'), n: fc.integer({ min: 1, max: 8 }) }).map(({ id, n }): BulkChange => ({ kind: 'set-setting', id, value: String(n) })),
    fc.record({ at: fc.oneof(fc.constant('end' as const), fc.integer({ min: 1, max: 120 })), number: fc.stringMatching(/^[0-9]{3,6}$/) }).map(({ at, number }): BulkChange => ({ kind: 'add-speed-dial', label: 'Bulk', number, at })),
    fc.stringMatching(/^[0-9]{3,4}$/).map((from): BulkChange => ({ kind: 'replace-number', from, to: '4500' })),
    fc.record({ button: fc.integer({ min: 1, max: 30 }), clear: fc.boolean() }).map(({ button, clear }): BulkChange => ({ kind: 'feature-label', button, label: clear ? undefined : 'Park' })),
  );
  it('for any change over the fixtures', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.constantFrom<ModelId>('4620SW', '4610SW'), change, ({ doc }, model, c) => {
        const plan = planBulk([{ uid: 1, doc, model, protocol: 'h323' }], c);
        const after = plan.changed[0]?.doc ?? doc;
        // Every line kept (by id) has its exact text, in its order; only the last line's end may move, so that a file
        // without a final newline stays so. Lines taken away or added are lines of what the change is about.
        const wrong: string[] = [];
        const byId = new Map(doc.lines.map((l) => [l.id, l]));
        const keptIds = new Set(after.lines.map((l) => l.id));
        let lastId = -1;
        for (const l of after.lines) {
          const was = byId.get(l.id);
          if (!was) {
            if (!(l.kind === 'setting' && touches(c, l.key))) wrong.push(`added ${l.text}`);
            continue;
          }
          if (l.id < lastId) wrong.push(`moved ${l.text}`);
          lastId = l.id;
          if (was.text !== l.text && !(was.kind === 'setting' && touches(c, was.key))) wrong.push(`${was.text} → ${l.text}`);
          if (was.eol !== l.eol && was !== doc.lines.at(-1) && l !== after.lines.at(-1)) wrong.push(`line end of ${was.text}`);
        }
        for (const l of doc.lines) if (!keptIds.has(l.id) && !(l.kind === 'setting' && touches(c, l.key))) wrong.push(`removed ${l.text}`);
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a change then its undo gives the very bytes loaded', () => {
    for (const { name, doc } of fixtures) {
      const loaded = openBytes(fixture(name), '4001_4620data.txt', null);
      if (!loaded.ok) throw new Error(name);
      let ws = workspaceReducer(emptyWorkspace, { type: 'add', files: [loaded.value] });
      ws = workspaceReducer(ws, applyPlan(planBulk(ws.files, { kind: 'set-setting', id: 'contrast', value: '3' })));
      ws = workspaceReducer(ws, { type: 'undo', uid: 1 });
      expect(text(ws.files[0]?.doc as BackupDocument), name).toBe(text(doc));
    }
  });
});

describe('scale', () => {
  it('plans and applies a setting over 5,000 full files with one edit per file', () => {
    const loaded = loadBytes(fixture('full-4620.txt'));
    if (!loaded.ok) throw new Error('fixture');
    const files = Array.from({ length: 5000 }, (_, i): BulkFile => ({ uid: i + 1, doc: loaded.value.doc, model: '4620SW', protocol: 'h323' }));
    const plan = planBulk(files, { kind: 'set-setting', id: 'contrast', value: '3' });
    expect(plan.changed.length + plan.skipped.length).toBe(5000);
    expect(applyPlan(plan).edits).toHaveLength(plan.changed.length);
  });
});
