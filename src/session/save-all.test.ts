import { describe, expect, it } from 'vitest';
import { parseFileName, buildFileName } from '../format/file-name.ts';
import { encodeUtf8 } from '../format/text-codec.ts';
import { editorReducer, openBytes, ruleFileName, type OpenFile } from './open-file.ts';
import { nameConflicts } from './save-all.ts';

function opened(name: string, uid: number): OpenFile {
  const r = openBytes(encodeUtf8('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n'), name, null);
  if (!r.ok) throw new Error(`not opened: ${name}`);
  return { ...r.value, uid };
}
const names = (files: readonly OpenFile[]) => files.map((f) => ({ uid: f.uid, name: ruleFileName(f) }));

/** A file of `folder`, as Save all names it. */
const at = (folder: string, uid: number) => ({ uid, name: `${folder}/4711_4620data.txt` });

describe('nameConflicts', () => {
  it('takes folders for one when they are one unpacked on a Mac or on Windows: an accent written two ways, a final dot or space', () => {
    expect(nameConflicts([at('Z\u00fcrich', 1), at('Zu\u0308rich', 2), at('site-a', 3), at('SITE-A.', 4), at('site-b', 5), at('site-a ', 6)])).toEqual([
      { name: 'Z\u00fcrich/4711_4620data.txt', uids: [1, 2] },
      { name: 'site-a/4711_4620data.txt', uids: [3, 4, 6] },
    ]);
  });

  it('finds two files Save would write under one name, in any letter case, with the files in order', () => {
    const files = [opened('4711_4620data.txt', 1), opened('4712_4620data.txt', 2), opened('4711_4620DATA.txt', 3), opened('x.txt', 4), opened('y.txt', 5)];
    expect(nameConflicts(names(files))).toEqual([
      { name: '4711_4620data.txt', uids: [1, 3] },
      // Two files without an extension both get the Release 2.0 name.
      { name: '4620data.txt', uids: [4, 5] },
    ]);
  });

  it('finds none when each file has its own name, and the names are all ones a phone fetches (no " (2)")', () => {
    let files = [opened('4711_4620data.txt', 1), opened('4711_4620data (1).txt', 2)];
    expect(nameConflicts(names(files))).toHaveLength(1);
    // Resolved: the second gets its own extension.
    files = [files[0] as OpenFile, editorReducer(files[1] as OpenFile, { type: 'identify', extension: '4713' })];
    expect(nameConflicts(names(files))).toEqual([]);
    for (const { name } of names(files)) {
      const parsed = parseFileName(name);
      expect(parsed && buildFileName(parsed.extension, parsed.family, parsed.protocol)).toBe(name);
    }
  });
});
