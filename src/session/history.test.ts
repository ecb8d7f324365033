import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { msg } from '../catalog/msg.ts';
import { saveBytes } from '../format/codec.ts';
import { encodeUtf8 } from '../format/text-codec.ts';
import { valuesOf } from '../model/values.ts';
import { emptyHistory, MAX_STEPS, record, TYPING_PAUSE_MS, type Content } from './history.ts';
import { editorReducer, isDirty, openBytes, type EditorAction, type OpenFile } from './open-file.ts';
import { valuesAction } from './test-actions.ts';
import { english } from '../i18n/english.ts';
import { applyPlan, planBulk } from './bulk.ts';
import { emptyWorkspace, heldMessage, workspaceReducer, type Workspace } from './workspace.ts';

const SOURCE = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nABKNAME002=Desk\r\nABKNUMBER002=100\r\nContrast=9\r\nFOO=bar\r\nContrast=7\r\n';

function open(text = SOURCE, name = '4711_4620data.txt'): OpenFile {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error('did not open');
  return r.value;
}
const bytes = (f: OpenFile) => Array.from(saveBytes(f.doc));
const run = (f: OpenFile, ...actions: EditorAction[]) => actions.reduce((s, a) => editorReducer(s, a), f);
/** The file with the form's values changed by `change`. */
function typed(f: OpenFile, change: (v: ReturnType<typeof valuesOf>) => void, at?: number): EditorAction {
  const v = structuredClone(valuesOf(f.doc, f.model));
  change(v);
  return valuesAction(f, v, at);
}

const content = (n: number) => ({ extension: String(n) }) as unknown as Content;

describe('history', () => {
  it('a change within a pause of typing in the same field joins the step; a pause, another field or a button starts one', () => {
    let h = record(emptyHistory, content(0), { label: msg('a'), key: 'f', at: 1000 });
    h = record(h, content(1), { label: msg('a'), key: 'f', at: 1000 + TYPING_PAUSE_MS - 1 });
    expect(h.past).toHaveLength(1);
    h = record(h, content(2), { label: msg('a'), key: 'f', at: 1000 + 2 * TYPING_PAUSE_MS });
    h = record(h, content(3), { label: msg('b'), key: 'g', at: 1000 + 2 * TYPING_PAUSE_MS + 1 });
    h = record(h, content(4), { label: msg('c') });
    h = record(h, content(5), { label: msg('c') });
    expect(h.past.map((s) => s.content)).toEqual([content(0), content(2), content(3), content(4), content(5)]);
  });

  it('keeps the last steps only', () => {
    let h = emptyHistory;
    for (let i = 0; i < MAX_STEPS + 10; i++) h = record(h, content(i), { label: msg('x') });
    expect(h.past).toHaveLength(MAX_STEPS);
    expect(h.past[0]?.content).toEqual(content(10));
  });
});

describe('undo and redo of an open file', () => {
  it('typing in one field is one step per pause; undo puts back the bytes, and back at what was saved the file is clean', () => {
    let f = open();
    for (const [i, c] of ['1', '12', '123'].entries()) f = run(f, typed(f, (v) => (v.speedDials[0] = { label: 'Reception', number: c }), 5000 + i * 100));
    expect(f.history.past.map((s) => s.label)).toEqual([msg('step.editSpeedDial', { n: 1 })]);
    expect(isDirty(f)).toBe(true);
    const undone = run(f, { type: 'undo' });
    expect(bytes(undone)).toEqual(bytes(open()));
    expect(isDirty(undone)).toBe(false);
    const redone = run(undone, { type: 'redo' });
    expect(bytes(redone)).toEqual(bytes(f));
    expect(run(redone, { type: 'redo' })).toBe(redone);
    expect(run(open(), { type: 'undo' }).history).toEqual(emptyHistory);
  });

  it('a field emptied while typing (it leaves the file) and typed in again is still one step, named as it ends', () => {
    let f = open();
    const keys: (string | undefined)[] = ['1', '12', '1', undefined, '3'];
    for (const [i, value] of keys.entries()) f = run(f, typed(f, (v) => (v.settings.callTimer = value), 9000 + i * 300));
    expect(f.history.past.map((s) => s.label)).toEqual([msg('step.changeSetting', { setting: msg('setting.callTimer.label') })]);
    const emptied = run(f, typed(f, (v) => (v.settings.callTimer = undefined), 9000 + keys.length * 300));
    expect(emptied.history.past.map((s) => s.label)).toEqual([msg('step.resetSetting', { setting: msg('setting.callTimer.label') })]);
    // One undo puts back what was there before the typing.
    expect(bytes(run(f, { type: 'undo' }))).toEqual(bytes(open()));
  });

  it('names each change: add, remove, swap, reset, a setting, the model, a removed line', () => {
    let f = open();
    f = run(f, typed(f, (v) => v.speedDials.push({ label: 'New', number: '1' })));
    f = run(f, typed(f, (v) => v.speedDials.splice(0, 1)));
    f = run(f, typed(f, (v) => ([v.speedDials[0], v.speedDials[1]] = [v.speedDials[1] ?? { label: undefined, number: undefined }, v.speedDials[0] ?? { label: undefined, number: undefined }])));
    f = run(f, typed(f, (v) => (v.settings.contrast = undefined)));
    f = run(f, typed(f, (v) => (v.settings.contrast = '4')));
    f = run(f, { type: 'identify', model: '4610SW' }, { type: 'identify', protocol: 'sip' });
    const foo = f.doc.lines.find((l) => l.text === 'FOO=bar')?.id ?? -1;
    f = run(f, { type: 'remove-lines', lineIds: [foo] });
    expect(f.history.past.map((s) => s.label)).toEqual([
      msg('step.addSpeedDial', { n: 3 }),
      msg('step.removeSpeedDial', { n: 1 }),
      msg('step.swapSpeedDials', { a: 1, b: 2 }),
      msg('step.resetSetting', { setting: msg('setting.contrast.label') }),
      msg('step.changeSetting', { setting: msg('setting.contrast.label') }),
      msg('step.changeModel', { model: '4610SW' }),
      msg('step.changeProtocol', { protocol: 'SIP' }),
      msg('step.removeLine', { line: 'FOO=bar' }),
    ]);
    // All the way back: the file as opened, byte for byte, and clean.
    let back = f;
    for (let i = 0; i < 8; i++) back = run(back, { type: 'undo' });
    expect(bytes(back)).toEqual(bytes(open()));
    expect([back.model, back.protocol, isDirty(back)]).toEqual(['4620SW', 'h323', false]);
  });

  it('a new change after an undo drops what could be redone', () => {
    let f = open();
    f = run(f, typed(f, (v) => (v.settings.contrast = '4')), { type: 'undo' });
    expect(f.history.future).toHaveLength(1);
    f = run(f, typed(f, (v) => (v.settings.contrast = '5')));
    expect(f.history.future).toHaveLength(0);
  });

  it('after saving, undoing an edit makes the file unsaved, and redoing it clean again', () => {
    let f = open();
    f = run(f, typed(f, (v) => (v.settings.contrast = '4')));
    f = run(f, { type: 'saved', name: '4711_4620data.txt', handle: null, doc: f.doc, parts: f });
    expect(isDirty(f)).toBe(false);
    expect(isDirty(run(f, { type: 'undo' }))).toBe(true);
    expect(isDirty(run(f, { type: 'undo' }, { type: 'redo' }))).toBe(false);
    // The name's parts are derived too: a model of another family, saved, then undone, is unsaved.
    const g = run(open(), { type: 'identify', model: '4610SW' }, { type: 'saved', name: '4711_4610data.txt', handle: null, doc: open().doc, parts: { ...open(), model: '4610SW' } });
    expect(isDirty(g)).toBe(false);
    expect(isDirty(run(g, { type: 'undo' }))).toBe(true);
  });

  it('what is saved is the document the bytes were made from: an edit typed while the write went on stays unsaved', () => {
    let f = open();
    const written = f.doc;
    f = run(f, typed(f, (v) => (v.settings.contrast = '4')));
    f = run(f, { type: 'saved', name: '4711_4620data.txt', handle: null, doc: written, parts: f });
    expect(isDirty(f)).toBe(true);
  });

  it('a new extension typed while the write went on stays, unsaved; undo goes back to the name saved', () => {
    let f = open();
    const parts = { model: f.model, protocol: f.protocol, extension: f.extension };
    f = run(f, { type: 'identify', extension: '4799' });
    f = run(f, { type: 'saved', name: '4711_4620data.txt', handle: null, doc: f.doc, parts });
    expect(f.extension).toBe('4799');
    expect(isDirty(f)).toBe(true);
    expect(isDirty(run(f, { type: 'undo' }))).toBe(false);
    // Saved as another extension's name meanwhile: the typed one stays too, and undo goes back to the name written.
    let g = open();
    g = run(g, { type: 'identify', extension: '4799' });
    g = run(g, { type: 'saved', name: '4712_4620data.txt', handle: null, doc: g.doc, parts });
    expect(g.extension).toBe('4799');
    expect(isDirty(g)).toBe(true);
    const undone = run(g, { type: 'undo' });
    expect(undone.extension).toBe('4712');
    expect(isDirty(undone)).toBe(false);
  });

  it('Save as under another extension renames the file in its history too: undo does not bring the old name back', () => {
    let f = open();
    f = run(f, typed(f, (v) => (v.speedDials[0] = { label: 'Desk', number: '200' })));
    f = run(f, { type: 'saved', name: '4712_4620data.txt', handle: null, doc: f.doc, parts: f });
    expect(f.extension).toBe('4712');
    const undone = run(f, { type: 'undo' });
    expect(undone.extension).toBe('4712');
    expect(bytes(undone)).toEqual(bytes(open()));
    expect(run(undone, { type: 'redo' }).extension).toBe('4712');
  });

  it('typing after a save starts a step of its own, so the saved state can be undone back to', () => {
    let f = open();
    f = run(f, typed(f, (v) => (v.settings.contrast = '4'), 1000));
    f = run(f, { type: 'saved', name: '4711_4620data.txt', handle: null, doc: f.doc, parts: f });
    f = run(f, typed(f, (v) => (v.settings.contrast = '45'), 1100));
    expect(f.history.past).toHaveLength(2);
    expect(isDirty(run(f, { type: 'undo' }))).toBe(false);
  });
});

describe('undo and redo in the workspace', () => {
  it('a change to several files is one step in each, undone and redone in all of them together; other steps stay', () => {
    let ws = workspaceReducer(emptyWorkspace, { type: 'add', files: [open(), open(SOURCE, '4712_4620data.txt'), open(SOURCE, '4713_4620data.txt')] });
    const [a, b, c] = ws.files;
    if (!a || !b || !c) throw new Error('three files');
    ws = workspaceReducer(ws, { type: 'edit', uid: c.uid, action: typed(c, (v) => (v.settings.contrast = '1')) });
    const values = valuesOf(a.doc, a.model);
    values.speedDials = [{ label: 'Copied', number: '9' }];
    ws = workspaceReducer(ws, { type: 'edit-many', edits: [b, c].map((f) => ({ uid: f.uid, action: { type: 'set-values', values, label: msg('step.copy', { name: 'a' }) } as const })) });
    const copied = ws.files.map(bytes);
    ws = workspaceReducer(ws, { type: 'undo', uid: b.uid });
    // b and c are back; c keeps its own earlier step; a never changed.
    expect(ws.files.map((f) => f.history.past.length)).toEqual([0, 0, 1]);
    expect(valuesOf(ws.files[2]?.doc ?? a.doc, '4620SW').settings.contrast).toBe('1');
    expect(bytes(ws.files[1] as OpenFile)).toEqual(bytes(b));
    ws = workspaceReducer(ws, { type: 'redo', uid: c.uid });
    expect(ws.files.map(bytes)).toEqual(copied);
    // From c: the copy again in both, then c's own earlier step, in c alone.
    ws = workspaceReducer(ws, { type: 'undo', uid: c.uid });
    expect(ws.files.map((f) => f.history.past.length)).toEqual([0, 0, 1]);
    const bAfter = ws.files[1];
    ws = workspaceReducer(ws, { type: 'undo', uid: c.uid });
    expect(ws.files.map((f) => f.history.past.length)).toEqual([0, 0, 0]);
    expect(ws.files[1]).toBe(bAfter);
    expect(ws.files.map(bytes)).toEqual([a, b, c].map(bytes));
  });
});

const texts = (ws: Workspace) => ws.files.map((f) => new TextDecoder().decode(saveBytes(f.doc)));
/** Files 4001…, each `\r\nContrast=<n>\r\n`, with Contrast set to 3 in all of them by one bulk change. */
function bulkContrast(count: number): Workspace {
  const files = Array.from({ length: count }, (_, i) => open(`\r\nContrast=${9 - (i % 9)}\r\n`, `${4001 + i}_4620data.txt`));
  const ws = workspaceReducer(emptyWorkspace, { type: 'add', files });
  return workspaceReducer(ws, applyPlan(planBulk(ws.files, { kind: 'set-setting', id: 'contrast', value: '3' })));
}
const callTimer = (ws: Workspace, uid: number): Workspace => {
  const f = ws.files.find((x) => x.uid === uid) as OpenFile;
  return workspaceReducer(ws, { type: 'edit', uid, action: typed(f, (v) => (v.settings.callTimer = '1')) });
};

describe('a change to several files is undone as a whole or not at all', () => {
  it('a file edited since keeps the step from being undone in any file, and Undo says which file to undo first', () => {
    const bulk = bulkContrast(2);
    const edited = callTimer(bulk, 2);
    const after = texts(edited);
    expect(after).toEqual(['\r\nContrast=3\r\n', '\r\nCall Timer=1\r\nContrast=3\r\n']);
    expect(workspaceReducer(edited, { type: 'undo', uid: 1 })).toBe(edited);
    expect(english(heldMessage(edited, 1, 'undo')!)).toBe('Nothing was undone: “change Contrast in 2 files” is one change to several files, and 4002_4620data.txt has a later change to undo first.');
    // Undone there first, the change is undone in both again.
    let ws = workspaceReducer(edited, { type: 'undo', uid: 2 });
    expect(heldMessage(ws, 1, 'undo')).toBeNull();
    ws = workspaceReducer(ws, { type: 'undo', uid: 1 });
    expect(texts(ws)).toEqual(['\r\nContrast=9\r\n', '\r\nContrast=8\r\n']);
  });

  it('redo likewise: a file with a step of its own undone after the change holds it back until that is redone', () => {
    const files = [open('\r\nContrast=9\r\n', '4001_4620data.txt'), open('\r\nContrast=8\r\n', '4002_4620data.txt')];
    let ws = callTimer(workspaceReducer(emptyWorkspace, { type: 'add', files }), 2);
    ws = workspaceReducer(ws, applyPlan(planBulk(ws.files, { kind: 'set-setting', id: 'contrast', value: '3' })));
    ws = workspaceReducer(ws, { type: 'undo', uid: 1 });
    ws = workspaceReducer(ws, { type: 'undo', uid: 2 });
    expect(texts(ws)).toEqual(['\r\nContrast=9\r\n', '\r\nContrast=8\r\n']);
    expect(workspaceReducer(ws, { type: 'redo', uid: 1 })).toBe(ws);
    expect(english(heldMessage(ws, 1, 'redo')!)).toBe('Nothing was redone: “change Contrast in 2 files” is one change to several files, and 4002_4620data.txt has an undone change to redo first.');
    ws = workspaceReducer(ws, { type: 'redo', uid: 2 });
    ws = workspaceReducer(ws, { type: 'redo', uid: 1 });
    expect(texts(ws)).toEqual(['\r\nContrast=3\r\n', '\r\nCall Timer=1\r\nContrast=3\r\n']);
  });

  it('redo too: a file changed since the change was undone has lost its redo, so the change is redone in no file, and Redo says why', () => {
    let ws = bulkContrast(3);
    ws = workspaceReducer(ws, { type: 'undo', uid: 1 });
    expect(texts(ws)).toEqual(['\r\nContrast=9\r\n', '\r\nContrast=8\r\n', '\r\nContrast=7\r\n']);
    // A new change in the second file clears its steps to redo, the change among them.
    ws = callTimer(ws, 2);
    expect(ws.files[1]?.history.future).toEqual([]);
    for (const uid of [1, 3]) expect(workspaceReducer(ws, { type: 'redo', uid })).toBe(ws);
    expect(english(heldMessage(ws, 1, 'redo')!)).toBe(
      'Nothing was redone: “change Contrast in 3 files” is one change to several files, and 4002_4620data.txt has been changed since it was undone, so it can no longer be redone there; redone in the other files alone, the change would be only half made.',
    );
    // Undone again there, the file still lacks the change's step: still held, and the other files are as they were.
    ws = workspaceReducer(ws, { type: 'undo', uid: 2 });
    expect(workspaceReducer(ws, { type: 'redo', uid: 3 })).toBe(ws);
    expect(texts(ws)).toEqual(['\r\nContrast=9\r\n', '\r\nContrast=8\r\n', '\r\nContrast=7\r\n']);
    // The other files' own work goes on: a change there clears the redo, as in any file.
    ws = callTimer(ws, 1);
    expect(ws.files[0]?.history.future).toEqual([]);
  });

  it('undo too: a file that has since had so many changes that its step of the change is no longer kept holds it back in every file, and Undo says why', () => {
    let ws = bulkContrast(2);
    // Steps of their own in the second file, a pause apart, until the change's step there is the oldest let go.
    for (let i = 0; i < MAX_STEPS; i++) {
      const f = ws.files[1] as OpenFile;
      ws = workspaceReducer(ws, { type: 'edit', uid: 2, action: typed(f, (v) => (v.settings.callTimer = String(i % 2)), 10_000 + i * 2 * TYPING_PAUSE_MS) });
    }
    expect(ws.files[1]?.history.past).toHaveLength(MAX_STEPS);
    expect(ws.files[1]?.history.past.some((step) => step.group !== null)).toBe(false);
    // Undone in the first file alone, the change would be half taken back: nothing is undone, in either file.
    expect(workspaceReducer(ws, { type: 'undo', uid: 1 })).toBe(ws);
    expect(english(heldMessage(ws, 1, 'undo')!)).toBe(
      `Nothing was undone: “change Contrast in 2 files” is one change to several files, and 4002_4620data.txt has had ${MAX_STEPS} or more later changes, so its step there is no longer kept; undone in the other files alone, the change would be only half taken back.`,
    );
    expect(texts(ws)[0]).toBe('\r\nContrast=3\r\n');
    // Closed, the file is no longer part of the change: it is undone in the file still open.
    ws = workspaceReducer(ws, { type: 'close', uid: 2 });
    ws = workspaceReducer(ws, { type: 'undo', uid: 1 });
    expect(texts(ws)).toEqual(['\r\nContrast=9\r\n']);
  });

  it('a file closed since is no longer part of it: the change is redone in the files still open', () => {
    let ws = bulkContrast(2);
    ws = workspaceReducer(ws, { type: 'undo', uid: 1 });
    ws = workspaceReducer(ws, { type: 'close', uid: 2 });
    expect(heldMessage(ws, 1, 'redo')).toBeNull();
    ws = workspaceReducer(ws, { type: 'redo', uid: 1 });
    expect(texts(ws)).toEqual(['\r\nContrast=3\r\n']);
  });

  it('names a few of the files, then counts the rest', () => {
    let ws = bulkContrast(6);
    for (const uid of [2, 3, 4, 5, 6]) ws = callTimer(ws, uid);
    expect(workspaceReducer(ws, { type: 'undo', uid: 1 })).toBe(ws);
    expect(english(heldMessage(ws, 1, 'undo')!)).toBe('Nothing was undone: “change Contrast in 6 files” is one change to several files, and 4002_4620data.txt, 4003_4620data.txt, 4004_4620data.txt and 2 more files have later changes to undo first.');
  });
});

describe('property: any edits, undone all, give back the bytes; redone all, the final bytes', () => {
  type Edit =
    | { kind: 'setting'; value: string | undefined }
    | { kind: 'dial'; index: number; label: string }
    | { kind: 'add' }
    | { kind: 'remove'; index: number }
    | { kind: 'line'; index: number; text: string }
    | { kind: 'drop'; index: number }
    | { kind: 'model'; model: '4610SW' | '4620' | '4625SW' }
    | { kind: 'extension'; ext: string };
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({ kind: fc.constant('setting' as const), value: fc.option(fc.stringMatching(/^[0-9]{0,3}$/), { nil: undefined }) }),
    fc.record({ kind: fc.constant('dial' as const), index: fc.nat(3), label: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('add' as const) }),
    fc.record({ kind: fc.constant('remove' as const), index: fc.nat(3) }),
    fc.record({ kind: fc.constant('line' as const), index: fc.nat(8), text: fc.string({ maxLength: 12 }) }),
    fc.record({ kind: fc.constant('drop' as const), index: fc.nat(8) }),
    fc.record({ kind: fc.constant('model' as const), model: fc.constantFrom('4610SW' as const, '4620' as const, '4625SW' as const) }),
    fc.record({ kind: fc.constant('extension' as const), ext: fc.stringMatching(/^[0-9]{0,5}$/) }),
  );
  const apply = (f: OpenFile, e: Edit, at: number): OpenFile => {
    const line = (i: number) => f.doc.lines[i % Math.max(1, f.doc.lines.length)]?.id ?? -1;
    switch (e.kind) {
      case 'setting':
        return editorReducer(f, typed(f, (v) => (v.settings.contrast = e.value), at));
      case 'dial':
        return editorReducer(f, typed(f, (v) => v.speedDials[e.index] !== undefined && (v.speedDials[e.index] = { label: e.label, number: v.speedDials[e.index]?.number }), at));
      case 'add':
        return editorReducer(f, typed(f, (v) => v.speedDials.push({ label: 'x', number: '1' })));
      case 'remove':
        return editorReducer(f, typed(f, (v) => v.speedDials.splice(e.index, 1)));
      case 'line':
        return editorReducer(f, { type: 'line-text', lineId: line(e.index), text: e.text, at });
      case 'drop':
        return editorReducer(f, { type: 'remove-lines', lineIds: [line(e.index)] });
      case 'model':
        return editorReducer(f, { type: 'identify', model: e.model });
      case 'extension':
        return editorReducer(f, { type: 'identify', extension: e.ext, at });
    }
  };

  it('holds for random sequences (typing pauses included)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(edit, fc.nat(1500)), { maxLength: 25 }), (edits) => {
        const start = open();
        let f = start;
        let at = 0;
        for (const [e, gap] of edits) f = apply(f, e, (at += gap));
        const final = f;
        let back = f;
        while (back.history.past.length > 0) back = editorReducer(back, { type: 'undo' });
        expect(bytes(back)).toEqual(bytes(start));
        expect([back.model, back.protocol, back.extension, isDirty(back)]).toEqual([start.model, start.protocol, start.extension, false]);
        let forward = back;
        while (forward.history.future.length > 0) forward = editorReducer(forward, { type: 'redo' });
        expect(bytes(forward)).toEqual(bytes(final));
        expect([forward.model, forward.extension]).toEqual([final.model, final.extension]);
      }),
      { numRuns: 200 },
    );
  });
});
