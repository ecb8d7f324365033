import { describe, expect, it } from 'vitest';
import { saveBytes } from '../format/codec.ts';
import { insertLine, removeLine } from '../format/edit.ts';
import { encodeUtf8 } from '../format/text-codec.ts';
import { valuesOf } from '../model/values.ts';
import { msg } from '../catalog/msg.ts';
import { valuesAction } from './test-actions.ts';
import { droppedOverridden, editorReducer, fileBytes, isDirty, newFile, openBytes, ruleFileName, type OpenFile } from './open-file.ts';

const SOURCE = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nPHNLABEL01=Pickup\r\nContrast=9\r\nPhone Application Background Color=3\r\nFOO=bar\r\n';
const decoder = new TextDecoder();

function open(text: string, name = '4711_4620data.txt'): OpenFile {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error(r.error.kind);
  return r.value;
}

describe('editor state', () => {
  it('opens with the model inferred from name and content', () => {
    const file = open(SOURCE);
    expect(file.model).toBe('4625SW');
    expect(file.protocol).toBe('h323');
    expect(file.extension).toBe('4711');
    expect(isDirty(file)).toBe(false);
  });

  it('refuses a binary file with a typed error', () => {
    const r = openBytes(Uint8Array.from([0x41, 0, 0x42, 0x43, 0x44, 0x45, 0, 1, 2]), 'x.txt', null);
    expect(r.ok).toBe(false);
  });

  it('changing a speed dial number and the contrast changes exactly those two lines', () => {
    const file = open(SOURCE);
    const values = valuesOf(file.doc, file.model);
    const next = structuredClone(values);
    next.speedDials[0] = { label: 'Reception', number: '201' };
    next.settings.contrast = '12';
    const edited = editorReducer(file, valuesAction(file, next));
    const before = SOURCE.split('\r\n');
    const after = decoder.decode(fileBytes(edited as OpenFile)).split('\r\n');
    expect(after.length).toBe(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
    expect(changed).toEqual([
      ['ABKNUMBER001=200', 'ABKNUMBER001=201'],
      ['Contrast=9', 'Contrast=12'],
    ]);
    expect(isDirty(edited as OpenFile)).toBe(true);
    const saved = editorReducer(edited, { type: 'saved', name: '4711_4620data.txt', handle: null, doc: edited.doc, parts: edited });
    expect(isDirty(saved as OpenFile)).toBe(false);
  });

  it('a file with lone CR line ends (old Mac): editing one value changes that value, and every other byte stays', () => {
    for (const text of ['\rABKNAME001=A\rABKNUMBER001=1\rABKNAME002=B\rABKNUMBER002=2\rContrast=9\r', '\nContrast=9\rCall Timer=1\n']) {
      const file = open(text);
      const next = structuredClone(valuesOf(file.doc, file.model));
      next.settings.contrast = '5';
      const edited = editorReducer(file, valuesAction(file, next)) as OpenFile;
      expect(decoder.decode(fileBytes(edited))).toBe(text.replace('Contrast=9', 'Contrast=5'));
    }
  });

  it('a change of values that takes away lines which had no effect says which (and an ordinary edit says nothing)', () => {
    const file = open('\r\nABKNAME1=old1\r\nABKNAME001=A\r\nABKNAME002=B\r\nABKNAME3=oldC\r\nABKNAME003=C\r\n');
    const values = valuesOf(file.doc, file.model);
    // Removing entry 1 shifts B and C up: entry 3's lines go, its overridden "ABKNAME3=oldC" (line 5) with them.
    const removed = editorReducer(file, valuesAction(file, { ...values, speedDials: values.speedDials.slice(1) })) as OpenFile;
    expect(decoder.decode(fileBytes(removed))).toBe('\r\nABKNAME1=old1\r\nABKNAME001=B\r\nABKNAME002=C\r\n');
    expect(removed.dropped).toEqual([{ lineNo: 5, text: 'ABKNAME3=oldC' }]);
    const typed = structuredClone(valuesOf(removed.doc, removed.model));
    typed.speedDials[0] = { label: 'Bx', number: undefined };
    // Typing on does not hide what was said; an edit of a file that dropped nothing says nothing.
    expect((editorReducer(removed, valuesAction(removed, typed)) as OpenFile).dropped).toBe(removed.dropped);
    const plain = structuredClone(valuesOf(file.doc, file.model));
    plain.speedDials[1] = { label: 'Bx', number: undefined };
    expect((editorReducer(file, valuesAction(file, plain)) as OpenFile).dropped).toBeUndefined();
    expect(droppedOverridden(file.doc, file.doc)).toEqual([]);
  });

  it('an edit that adds lines and takes away a shadowed one says which, as one that only adds says nothing', () => {
    const file = open('\r\nABKNAME1=old1\r\nABKNAME001=A\r\nABKNAME002=B\r\nFOO=bar\r\n');
    const shadowed = file.doc.lines.find((l) => l.text === 'ABKNAME1=old1');
    // Lines added (ids from nextId on) around kept ones: nothing taken away.
    const added = insertLine(insertLine(file.doc, 1, 'Contrast=3'), 4, 'PHNLABEL01=x');
    expect(droppedOverridden(file.doc, added)).toEqual([]);
    // The same with the shadowed line removed: said, whatever was added beside it.
    expect(droppedOverridden(file.doc, removeLine(added, shadowed?.id ?? -1))).toEqual([{ lineNo: 2, text: 'ABKNAME1=old1' }]);
  });

  it('applying the unchanged view leaves the document untouched', () => {
    const file = open(SOURCE);
    expect(editorReducer(file, valuesAction(file, valuesOf(file.doc, file.model)))).toBe(file);
  });

  it('switching model keeps values the new model lacks', () => {
    const file = open(SOURCE);
    const other = editorReducer(file, { type: 'identify', model: '4620' }) as OpenFile;
    expect(other.model).toBe('4620');
    expect(decoder.decode(saveBytes(other.doc))).toBe(SOURCE);
    expect(other.history.past.map((p) => p.label)).toEqual([msg('step.changeModel', { model: '4620' })]);
  });

  it('raw line edits and removals change the document, each a step', () => {
    const file = open(SOURCE);
    const foo = file.doc.lines.find((l) => l.text === 'FOO=bar');
    const edited = editorReducer(file, { type: 'line-text', lineId: foo?.id ?? -1, text: 'Contrast=3' }) as OpenFile;
    expect(valuesOf(edited.doc, edited.model).settings.contrast).toBe('3');
    const removed = editorReducer(edited, { type: 'remove-lines', lineIds: [foo?.id ?? -1] }) as OpenFile;
    expect(decoder.decode(saveBytes(removed.doc))).not.toContain('Contrast=3');
    expect(removed.history.past.map((p) => p.label)).toEqual([msg('step.editLine'), msg('step.removeLine', { line: 'Contrast=3' })]);
  });

  it('trim-value takes the spaces from around a value, as a step of its own that Undo takes back', () => {
    const text = SOURCE.replace('Contrast=9', 'Contrast= 7 ').replace('ABKNUMBER001=200', 'ABKNUMBER001=200 ');
    const file = open(text);
    const trimmed = editorReducer(file, { type: 'trim-value', key: 'setting:contrast' });
    expect(decoder.decode(fileBytes(trimmed))).toBe(text.replace('Contrast= 7 ', 'Contrast=7'));
    expect(trimmed.history.past.map((p) => p.label)).toEqual([msg('step.trimSetting', { setting: msg('setting.contrast.label') })]);
    const both = editorReducer(trimmed, { type: 'trim-value', key: 'speedDial:1:number' });
    expect(decoder.decode(fileBytes(both))).toBe(text.replace('Contrast= 7 ', 'Contrast=7').replace('ABKNUMBER001=200 ', 'ABKNUMBER001=200'));
    expect(both.history.past.at(-1)?.label).toEqual(msg('step.trimSpeedDialNumber', { n: 1 }));
    const undone = editorReducer(editorReducer(both, { type: 'undo' }), { type: 'undo' });
    expect(decoder.decode(fileBytes(undone))).toBe(text);
    // Nothing to trim, or no such line: no step.
    expect(editorReducer(both, { type: 'trim-value', key: 'setting:contrast' })).toBe(both);
    expect(editorReducer(both, { type: 'trim-value', key: 'setting:callTimer' })).toBe(both);
  });

  it('set-values applies values from outside the form, as one step named by its caller', () => {
    const file = open(SOURCE);
    const values = valuesOf(file.doc, file.model);
    values.speedDials = [{ label: 'Kitchen', number: '210' }];
    const next = editorReducer(file, { type: 'set-values', values, label: msg('step.csvImport') }) as OpenFile;
    expect(decoder.decode(fileBytes(next))).toBe(SOURCE.replace('ABKNAME001=Reception\r\nABKNUMBER001=200', 'ABKNAME001=Kitchen\r\nABKNUMBER001=210'));
    expect(next.history.past.map((p) => p.label)).toEqual([msg('step.csvImport')]);
    expect(editorReducer(next, { type: 'set-values', values, label: msg('step.csvImport') })).toBe(next);
  });

  it('drops form values sent over a document that has changed since (the form reloads from the new one)', () => {
    const file = open(SOURCE);
    const stale = valuesOf(file.doc, file.model);
    const values = structuredClone(stale);
    values.speedDials = [];
    const next = editorReducer(file, { type: 'set-values', values, label: msg('step.csvImport') }) as OpenFile;
    const typed = structuredClone(stale);
    typed.settings.contrast = '3';
    // Values the form made from the old document: stale, dropped.
    expect(editorReducer(next, valuesAction(file, typed))).toBe(next);
    const edited = editorReducer(next, valuesAction(next, typed)) as OpenFile;
    expect(valuesOf(edited.doc, edited.model).settings.contrast).toBe('3');
  });

  it('names the file by the rule, keeping a loaded name that already follows it', () => {
    expect(ruleFileName(open(SOURCE, '4711_4620DATA.txt'))).toBe('4711_4620DATA.txt');
    const sip = editorReducer(open(SOURCE), { type: 'identify', protocol: 'sip' }) as OpenFile;
    expect(ruleFileName(sip)).toBe('4711_4620data_sip.txt');
    const renamed = editorReducer(open(SOURCE, 'backup copy.txt'), { type: 'identify', extension: '5001' }) as OpenFile;
    expect(ruleFileName(renamed)).toBe('5001_4620data.txt');
    expect(ruleFileName(newFile('4001', '4610SW', 'sip'))).toBe('4001_4610data_sip.txt');
    expect(ruleFileName(newFile('', '4620', 'h323'))).toBe('4620data.txt');
    // A name the browser numbered on download is read, but the phone asks for the plain one.
    expect(ruleFileName(open(SOURCE, '4711_4620data (1).txt'))).toBe('4711_4620data.txt');
  });

  it('after Save as under another extension’s rule name, the next Save uses that name too', () => {
    const file = open(SOURCE, '1234_4620data.txt');
    const saved = editorReducer(file, { type: 'saved', name: '4712_4620data.txt', handle: null, doc: file.doc, parts: file }) as OpenFile;
    expect(saved.extension).toBe('4712');
    expect(ruleFileName(saved)).toBe('4712_4620data.txt');
    // A name off the rule changes no extension: the next Save goes back to the rule's name.
    const off = editorReducer(file, { type: 'saved', name: 'reception desk.txt', handle: null, doc: file.doc, parts: file }) as OpenFile;
    expect(off.extension).toBe('1234');
    expect(ruleFileName(off)).toBe('1234_4620data.txt');
    // Another family's name is not this file's: the extension stays.
    expect((editorReducer(file, { type: 'saved', name: '4712_4610data.txt', handle: null, doc: file.doc, parts: file }) as OpenFile).extension).toBe('1234');
  });

  it('a new file is a blank line with CRLF, and grows canonical lines', () => {
    const file = newFile('4001', '4620SW', 'h323');
    const values = valuesOf(file.doc, file.model);
    values.speedDials.push({ label: 'Desk', number: '100' });
    const next = editorReducer(file, valuesAction(file, values)) as OpenFile;
    expect(decoder.decode(fileBytes(next))).toBe('\r\nABKNAME001=Desk\r\nABKNUMBER001=100\r\n');
  });
});
