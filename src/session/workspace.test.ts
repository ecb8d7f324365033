import { describe, expect, it } from 'vitest';
import { newFile } from './open-file.ts';
import { valuesAction } from './test-actions.ts';
import { valuesOf } from '../model/values.ts';
import { activeFile, anyDirty, emptyWorkspace, workspaceReducer, type Workspace } from './workspace.ts';

const two = (): Workspace => workspaceReducer(emptyWorkspace, { type: 'add', files: [newFile('4001', '4620SW', 'h323'), newFile('4002', '4610SW', 'sip')] });

describe('workspace', () => {
  it('adds files with their own ids and selects the first added', () => {
    const ws = two();
    expect(ws.files.map((f) => f.uid)).toEqual([1, 2]);
    expect(activeFile(ws)?.extension).toBe('4001');
  });

  it('keeps each file’s edits when switching between them', () => {
    let ws = two();
    const first = activeFile(ws);
    if (!first) throw new Error('no file');
    const values = valuesOf(first.doc, first.model);
    values.settings.contrast = '5';
    ws = workspaceReducer(ws, { type: 'edit', uid: first.uid, action: valuesAction(first, values) });
    ws = workspaceReducer(ws, { type: 'select', uid: 2 });
    expect(activeFile(ws)?.extension).toBe('4002');
    ws = workspaceReducer(ws, { type: 'select', uid: 1 });
    expect(valuesOf(activeFile(ws)?.doc ?? first.doc, '4620SW').settings.contrast).toBe('5');
    expect(anyDirty(ws)).toBe(true);
  });

  it('replaces an open file in its place with a new id, and selects it (Replace, when a file is opened again)', () => {
    let ws = workspaceReducer(two(), { type: 'select', uid: 2 });
    ws = workspaceReducer(ws, { type: 'select', uid: 1 });
    ws = workspaceReducer(ws, { type: 'replace', uid: 2, file: newFile('4009', '4620SW', 'h323') });
    expect(ws.files.map((f) => [f.uid, f.extension])).toEqual([[1, '4001'], [3, '4009']]);
    expect(ws.activeUid).toBe(3);
    expect(workspaceReducer(ws, { type: 'replace', uid: 99, file: newFile('1', '4620SW', 'h323') })).toBe(ws);
  });

  it('closing the active file selects its neighbour; closing the last leaves none', () => {
    let ws = two();
    ws = workspaceReducer(ws, { type: 'close', uid: 1 });
    expect(activeFile(ws)?.uid).toBe(2);
    ws = workspaceReducer(ws, { type: 'close', uid: 2 });
    expect(activeFile(ws)).toBeNull();
    expect(ws.files).toEqual([]);
  });

  it('ignores actions for files that are not open', () => {
    const ws = two();
    expect(workspaceReducer(ws, { type: 'select', uid: 99 })).toBe(ws);
    expect(workspaceReducer(ws, { type: 'close', uid: 99 })).toBe(ws);
    expect(workspaceReducer(ws, { type: 'add', files: [] })).toBe(ws);
  });
});
