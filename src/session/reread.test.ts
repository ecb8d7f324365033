import { afterEach, describe, expect, it } from 'vitest';
import { saveBytes } from '../format/codec.ts';
import { teachNames } from '../format/keys.ts';
import { encodeUtf8 } from '../format/text-codec.ts';
import { valuesOf } from '../model/values.ts';
import { otherLines } from '../model/other-lines.ts';
import { editorReducer, isDirty, openBytes, type OpenFile } from './open-file.ts';
import { rereadDoc, rereadFile } from './reread.ts';
import { valuesAction } from './test-actions.ts';
import { emptyWorkspace, workspaceReducer } from './workspace.ts';

const SOURCE = '\r\nREDIALMODE=0\r\nContrast=7\r\nFOO=bar\r\n';

function open(text = SOURCE, name = '4711_4620data.txt'): OpenFile {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error('did not open');
  return r.value;
}
const teachRedial = (write = false) => teachNames(new Map([['REDIALMODE', 'setting:redial']]), new Map(write ? [['setting:redial', 'REDIALMODE']] : []));
const forgetAll = () => teachNames(new Map(), new Map());
const bytes = (f: OpenFile) => new TextDecoder().decode(saveBytes(f.doc));

afterEach(forgetAll);

describe('reading open files again with a format profile', () => {
  it('reads a taught name as its setting, bytes untouched, the file not unsaved and no step made', () => {
    const f = open();
    expect(valuesOf(f.doc, f.model).settings.redial).toBeUndefined();
    expect(otherLines(f.doc, f.model, f.protocol).map((o) => o.line.text)).toContain('REDIALMODE=0');
    teachRedial();
    const g = rereadFile(f);
    expect(valuesOf(g.doc, g.model).settings.redial).toBe('0');
    expect(otherLines(g.doc, g.model, g.protocol).map((o) => o.line.text)).toEqual(['FOO=bar']);
    expect(bytes(g)).toBe(SOURCE);
    expect(isDirty(g)).toBe(false);
    expect(g.history).toEqual(f.history);
    // Unchanged lines stay the same objects; a second read changes nothing.
    expect(g.doc.lines[2]).toBe(f.doc.lines[2]);
    expect(rereadFile(g)).toBe(g);
  });

  it('forgetting the name reads the line as an other line again', () => {
    teachRedial();
    const f = open();
    expect(valuesOf(f.doc, f.model).settings.redial).toBe('0');
    forgetAll();
    const g = rereadFile(f);
    expect(valuesOf(g.doc, g.model).settings.redial).toBeUndefined();
    expect(bytes(g)).toBe(SOURCE);
  });

  it('an edit keeps the line’s own name; a new line takes the profile’s write name', () => {
    teachRedial(true);
    const f = open();
    const v = structuredClone(valuesOf(f.doc, f.model));
    v.settings.redial = '1';
    const g = editorReducer(f, valuesAction(f, v));
    expect(bytes(g)).toBe('\r\nREDIALMODE=1\r\nContrast=7\r\nFOO=bar\r\n');
    const h = open('\r\nContrast=7\r\n');
    const w = structuredClone(valuesOf(h.doc, h.model));
    w.settings.redial = '1';
    expect(bytes(editorReducer(h, valuesAction(h, w)))).toContain('REDIALMODE=1');
  });

  it('a step recorded before teaching undoes correctly after it, and redoes', () => {
    const f = open();
    const v = structuredClone(valuesOf(f.doc, f.model));
    v.settings.contrast = '3';
    const edited = editorReducer(f, valuesAction(f, v));
    teachRedial();
    let ws = workspaceReducer(emptyWorkspace, { type: 'add', files: [edited] });
    ws = workspaceReducer(ws, { type: 'reread', reread: rereadFile });
    const uid = ws.files[0]?.uid ?? 0;
    const taught = ws.files[0] as OpenFile;
    expect(valuesOf(taught.doc, taught.model).settings).toMatchObject({ redial: '0', contrast: '3' });
    ws = workspaceReducer(ws, { type: 'undo', uid });
    const undone = ws.files[0] as OpenFile;
    expect(bytes(undone)).toBe(SOURCE);
    expect(isDirty(undone)).toBe(false);
    // The content put back is read with the profile too: Redial is still known.
    expect(valuesOf(undone.doc, undone.model).settings).toMatchObject({ redial: '0', contrast: '7' });
    // And an edit of Redial after the undo changes the line in place.
    const w = structuredClone(valuesOf(undone.doc, undone.model));
    w.settings.redial = '1';
    expect(bytes(editorReducer(undone, valuesAction(undone, w)))).toBe('\r\nREDIALMODE=1\r\nContrast=7\r\nFOO=bar\r\n');
    ws = workspaceReducer(ws, { type: 'redo', uid });
    expect(valuesOf((ws.files[0] as OpenFile).doc, undone.model).settings).toMatchObject({ redial: '0', contrast: '3' });
  });

  it('the workspace stays the same object when nothing reads otherwise', () => {
    const ws = workspaceReducer(emptyWorkspace, { type: 'add', files: [open('\r\nContrast=7\r\n')] });
    expect(workspaceReducer(ws, { type: 'reread', reread: rereadFile })).toBe(ws);
  });

  it('a document whose lines all read the same is the same document', () => {
    const f = open();
    expect(rereadDoc(f.doc)).toBe(f.doc);
  });
});
