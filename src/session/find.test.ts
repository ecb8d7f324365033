import { describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { findInFiles, hitField } from './find.ts';
import { openBytes, type OpenFile } from './open-file.ts';
import { emptyWorkspace, workspaceReducer } from './workspace.ts';

function open(name: string, text: string): OpenFile {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error('did not open');
  return r.value;
}

const files = workspaceReducer(emptyWorkspace, {
  type: 'add',
  files: [
    open('4711_4620data.txt', '\r\nABKNAME001=Help desk\r\nABKNUMBER001=4400\r\nPHNLABEL03=HELP\r\nABKNAME001=Help line\r\n'),
    open('4712_4620data.txt', '\r\nABKNUMBER005=94400\r\nRINGER=4400\r\nhelp me\r\nContrast=12\r\n'),
  ],
}).files;

describe('find across files', () => {
  it('finds labels, numbers, setting values and unknown lines, in any letter case, each with where the editor goes', () => {
    const help = findInFiles(files, 'help');
    expect(help.total).toBe(4);
    expect(help.files).toBe(2);
    expect(help.hits.map((h) => [h.uid, h.value, hitField(h)])).toEqual([
      // The first ABKNAME001 is overridden by the later one: it is a raw line, not the field.
      [1, 'Help desk', { kind: 'line', name: 'ABKNAME001' }],
      [1, 'HELP', { kind: 'featureLabel', index: 3 }],
      [1, 'Help line', { kind: 'speedDial', index: 1, field: 'label' }],
      [2, 'help me', { kind: 'line', name: '' }],
    ]);
    expect(help.hits[3]?.target).toEqual({ kind: 'line', lineId: help.hits[3]?.lineId });
  });

  it('finds a number inside longer numbers and values', () => {
    const hits = findInFiles(files, ' 4400 ');
    expect(hits.hits.map((h) => [h.uid, h.value])).toEqual([
      [1, '4400'],
      [2, '94400'],
      // RINGER is no name the catalog knows: its line is shown, and found, whole.
      [2, 'RINGER=4400'],
    ]);
    expect(hitField(hits.hits[0]!)).toEqual({ kind: 'speedDial', index: 1, field: 'number' });
  });

  it('finds the name of a line with a name it does not know, as Other lines shows it: by its whole text', () => {
    const [f] = workspaceReducer(emptyWorkspace, { type: 'add', files: [open('4000_4620data.txt', '\r\nREDIALMODE=1\r\nCall Timer =1\r\nhelp me\r\nContrast=12\r\n')] }).files as [OpenFile];
    const redial = findInFiles([f], 'redialmode');
    expect(redial.hits.map((h) => [h.value, hitField(h)])).toEqual([['REDIALMODE=1', { kind: 'line', name: 'REDIALMODE' }]]);
    expect(redial.hits[0]?.target).toEqual({ kind: 'line', lineId: f.doc.lines[1]?.id });
    expect(findInFiles([f], 'Call Timer').hits.map((h) => h.value)).toEqual(['Call Timer =1']);
    // Both values (and not the known Contrast's name): the unknown lines' whole text holds "=1".
    expect(findInFiles([f], '=1').total).toBe(2);
    expect(findInFiles([f], 'contrast').total).toBe(0);
  });

  it('finds a text however its accents are encoded, and ß by SS, and shows the value as in the file', () => {
    const [f] = workspaceReducer(emptyWorkspace, { type: 'add', files: [open('4000_4620data.txt', '\r\nABKNAME001=Cafe\u0301\r\nABKNAME002=Hauptstraße\r\nABKNAME003=Caf\u00e9 Nord\r\n')] }).files as [OpenFile];
    // Typed composed (é), stored decomposed (e and an accent), and the other way round.
    expect(findInFiles([f], 'Caf\u00e9').hits.map((h) => h.value)).toEqual(['Cafe\u0301', 'Caf\u00e9 Nord']);
    expect(findInFiles([f], 'CAFE\u0301').total).toBe(2);
    expect(findInFiles([f], 'HAUPTSTRASSE').hits.map((h) => h.value)).toEqual(['Hauptstraße']);
    expect(findInFiles([f], 'straße').total).toBe(1);
    // No accent asked, none ignored.
    expect(findInFiles([f], 'cafe').total).toBe(0);
  });

  it('folds a file\'s lines once, on its first search, not at each key typed', () => {
    const [f] = workspaceReducer(emptyWorkspace, { type: 'add', files: [open('4000_4620data.txt', '\r\nABKNAME001=Müller\r\nABKNAME002=Straße\r\n')] }).files as [OpenFile];
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      expect(findInFiles([f], 'M').total).toBe(1);
      const first = normalize.mock.calls.length;
      expect(first).toBeGreaterThanOrEqual(2);
      expect(findInFiles([f], 'MÜ').total).toBe(1);
      expect(findInFiles([f], 'MÜL').total).toBe(1);
      // Only the two queries with a letter beyond ASCII were folded.
      expect(normalize.mock.calls.length - first).toBe(2);
    } finally {
      normalize.mockRestore();
    }
  });

  it('keeps the first hits only, and counts them all', () => {
    const r = findInFiles(files, '4', 2);
    expect(r.hits).toHaveLength(2);
    expect(r.total).toBe(3);
    expect(findInFiles(files, '   ')).toEqual({ hits: [], total: 0, files: 0 });
  });
});
