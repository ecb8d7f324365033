import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { fixture } from '../format/test-fixtures.ts';
import { valuesOf } from '../model/values.ts';
import { editorReducer, fileBytes, isDirty, openBytes, type OpenFile } from './open-file.ts';
import { valuesAction } from './test-actions.ts';

/**
 * The first law on a file as large as the editor opens: after edits that make a large file's work incremental
 * (issue 19: each line's problems kept, the unsaved check comparing lines), saving changes the edited line and
 * nothing else, byte for byte.
 */
function bigFile(): Uint8Array {
  const head = new TextDecoder().decode(fixture('full-4620.txt'));
  // Lines of every kind the editor keeps as they are: notes, lines of another file, unknown names, a name given
  // twice, odd spacing, non-ASCII, a control character, and each line end (CRLF, LF, a lone CR).
  const kinds = [
    (i: number) => `## Site ${i}: Müller, Помощь, שלום\r\n`,
    (i: number) => `SET MCIPADD 10.${i % 250}.0.${i % 200}\n`,
    (i: number) => `CustomParam${i}= value ${i} with = signs \r\n`,
    (i: number) => `Contrast=${i % 16}\r`,
    () => `  \t\r\n`,
    (i: number) => `Odd\u0001Line ${i}\r\n`,
  ];
  const parts = [head];
  let length = new TextEncoder().encode(head).length;
  for (let i = 0; length < MAX_FILE_BYTES - 200; i++) {
    const line = (kinds[i % kinds.length] as (i: number) => string)(i);
    parts.push(line);
    length += new TextEncoder().encode(line).length;
  }
  parts.push('LAST LINE WITHOUT END');
  return new TextEncoder().encode(parts.join(''));
}

/** Byte for byte (toEqual walks a megabyte of bytes one by one for seconds). */
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split(/(?<=\r\n|\n|\r(?!\n))/);

describe('a 1 MB file', () => {
  it('saved after typing in a speed dial label and in an other line, differs only in those two lines, byte for byte', () => {
    const bytes = bigFile();
    expect(bytes.length).toBeGreaterThan(MAX_FILE_BYTES - 1000);
    expect(bytes.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const opened = openBytes(bytes, '4711_4620data.txt', null);
    if (!opened.ok) throw new Error(opened.error.kind);
    let file: OpenFile = opened.value;
    expect(same(fileBytes(file), bytes)).toBe(true);
    // Typed key by key, as the form sends it.
    for (const key of ['x', 'y', 'z']) {
      const values = structuredClone(valuesOf(file.doc, file.model));
      const entry = values.speedDials[53];
      if (!entry) throw new Error('no speed dial 54');
      values.speedDials[53] = { ...entry, label: `${entry.label ?? ''}${key}` };
      file = editorReducer(file, valuesAction(file, values, 0));
    }
    const raw = file.doc.lines.find((l) => l.text.startsWith('CustomParam1004='));
    file = editorReducer(file, { type: 'line-text', lineId: raw?.id ?? -1, text: 'CustomParam1004=edited' });
    expect(isDirty(file)).toBe(true);

    const before = lines(bytes);
    const after = lines(fileBytes(file));
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((line, i) => (after[i] === line ? [] : [[line, after[i]]]));
    expect(changed).toEqual([
      ['ABKNAME054=Entry 54\r\n', 'ABKNAME054=Entry 54xyz\r\n'],
      ['CustomParam1004= value 1004 with = signs \r\n', 'CustomParam1004=edited\r\n'],
    ]);
    // Typed back, the file is as loaded again, and not unsaved.
    const values = structuredClone(valuesOf(file.doc, file.model));
    values.speedDials[53] = { ...values.speedDials[53], label: 'Entry 54', number: values.speedDials[53]?.number };
    file = editorReducer(file, valuesAction(file, values, 0));
    file = editorReducer(file, { type: 'line-text', lineId: raw?.id ?? -1, text: 'CustomParam1004= value 1004 with = signs ' });
    expect(same(fileBytes(file), bytes)).toBe(true);
    expect(isDirty(file)).toBe(false);
    // (A megabyte opened, edited and saved several times over takes seconds on a busy machine.)
  }, 30_000);
});
