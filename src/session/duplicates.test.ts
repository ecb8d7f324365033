import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { findCollisions, nameKey, resolveCollisions } from './duplicates.ts';
import { newFile, openBytes, type OpenFile } from './open-file.ts';
import { valuesAction } from './test-actions.ts';
import { valuesOf } from '../model/values.ts';
import { editorReducer } from './open-file.ts';

function opened(name: string, text: string, uid = 0): OpenFile {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error(`not opened: ${name}`);
  return { ...r.value, uid };
}
const A = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n';
const B = '\r\nABKNAME001=Help desk\r\nABKNUMBER001=4400\r\n';

describe('nameKey', () => {
  it('compares names without a folder, letter case or a browser’s " (1)"', () => {
    expect(nameKey('backups/4711_4620DATA.txt')).toBe('4711_4620data.txt');
    expect(nameKey('4711_4620data (1).txt')).toBe('4711_4620data.txt');
    expect(nameKey('4711_4620data (12)')).toBe('4711_4620data');
    expect(nameKey('notes(1).txt')).toBe('notes(1).txt');
  });
});

describe('findCollisions', () => {
  const open = [opened('4711_4620data.txt', A, 1), opened('4712_4620data.txt', B, 2)];

  it('finds a name that comes twice in one open, none of them open yet, but not one name in two folders', () => {
    const first = opened('4799_4620data.txt', A, 5);
    const second = opened('4799_4620DATA.txt', B, 6);
    const elsewhere = { ...opened('4799_4620data.txt', B, 7), folder: 'site-b' };
    expect(findCollisions([], [first, elsewhere, second])).toEqual([{ index: 2, incoming: second, existing: first, why: 'twice' }]);
    expect(findCollisions([], [first])).toEqual([]);
    // A name already open is that question, not this one.
    const again = opened('4711_4620data.txt', B, 8);
    expect(findCollisions(open, [again, opened('4711_4620data.txt', A, 9)]).map((c) => [c.index, c.why, c.existing.uid])).toEqual([[0, 'name', 1], [1, 'name', 1]]);
  });

  it('finds a file opened again by its name, even with other content (it is the file the phone fetches under it)', () => {
    const again = opened('4711_4620DATA (1).txt', B);
    expect(findCollisions(open, [again])).toEqual([{ index: 0, incoming: again, existing: open[0], why: 'name' }]);
  });

  it('finds the same content under another name', () => {
    const copy = opened('monday.txt', B);
    expect(findCollisions(open, [opened('4713_4620data.txt', A + 'X=1\r\n'), copy])).toEqual([{ index: 1, incoming: copy, existing: open[1], why: 'content' }]);
  });

  it('compares content with the open file as last loaded or saved, not its unsaved edits', () => {
    const first = open[0] as OpenFile;
    const values = valuesOf(first.doc, first.model);
    values.settings.contrast = '5';
    const edited = editorReducer(first, valuesAction(first, values));
    expect(findCollisions([edited], [opened('copy.txt', A)]).map((c) => c.why)).toEqual(['content']);
  });

  it('finds nothing for new names and contents, nor with nothing open; a new file (no name) is matched by content only', () => {
    expect(findCollisions(open, [opened('4713_4620data.txt', '\r\nABKNAME001=Other\r\n')])).toEqual([]);
    expect(findCollisions([], [opened('4711_4620data.txt', A)])).toEqual([]);
    expect(findCollisions([{ ...newFile('4711', '4620SW', 'h323'), uid: 3 }], [opened('4713_4620data.txt', B)])).toEqual([]);
  });
});

describe('resolveCollisions, a name twice in one open', () => {
  const first = opened('4799_4620data.txt', A, 5);
  const other = opened('4800_4620data.txt', A + 'X=1\r\n', 6);
  const second = opened('4799_4620data.txt', B, 7);
  const incoming = [first, other, second];
  const collisions = findCollisions([], incoming);
  it('Replace opens the second in the first one’s place; Keep both opens both; Skip only the first', () => {
    expect(resolveCollisions(incoming, collisions, ['replace'])).toEqual({ add: [second, other], replace: [], skipped: 0 });
    expect(resolveCollisions(incoming, collisions, ['keep'])).toEqual({ add: [first, other, second], replace: [], skipped: 0 });
    expect(resolveCollisions(incoming, collisions, ['skip'])).toEqual({ add: [first, other], replace: [], skipped: 1 });
  });
});

describe('resolveCollisions', () => {
  const open = [opened('4711_4620data.txt', A, 1)];
  const incoming = [opened('4710_4620data.txt', B), opened('4711_4620data.txt', B), opened('4711_4620data (1).txt', B)];
  const collisions = findCollisions(open, incoming);

  it('adds files that collide with none, in order; Keep both adds, Replace replaces, Skip drops', () => {
    expect(collisions.map((c) => c.index)).toEqual([1, 2]);
    const keep = resolveCollisions(incoming, collisions, ['keep', 'skip']);
    expect(keep.add).toEqual([incoming[0], incoming[1]]);
    expect(keep.replace).toEqual([]);
    expect(keep.skipped).toBe(1);
  });

  it('replaces an open file once; a second file replacing the same one is kept beside it', () => {
    const r = resolveCollisions(incoming, collisions, ['replace', 'replace']);
    expect(r.replace).toEqual([{ uid: 1, file: incoming[1] }]);
    expect(r.add).toEqual([incoming[0], incoming[2]]);
  });

  it('skips what was not answered (the question closed)', () => {
    const r = resolveCollisions(incoming, collisions, ['keep']);
    expect(r.add).toEqual([incoming[0], incoming[1]]);
    expect(r.skipped).toBe(1);
  });
});
