import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { openBytes, type OpenFile } from './open-file.ts';
import { prepareSave } from './save.ts';

const open = (text: string, name = '4711_4620data.txt'): OpenFile => {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error('did not open');
  return r.value;
};
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const SECRET = '\r\nContrast=9\r\nFTP Password=hunter2\r\n';

describe('prepareSave: the one way Save, Save as and Save all make a file ready', () => {
  it('gives the bytes and the name by the rule', () => {
    const r = prepareSave(open('\r\nContrast=9\r\n', '4711_4620DATA.txt'), 'ask');
    expect(r.ok && { name: r.value.name, text: text(r.value.bytes), removed: r.value.removed }).toEqual({ name: '4711_4620DATA.txt', text: '\r\nContrast=9\r\n', removed: [] });
  });

  it('stops at password-like lines when asked to ask; keeps or removes them as told', () => {
    const file = open(SECRET);
    const id = file.doc.lines.find((l) => l.text.startsWith('FTP Password'))?.id;
    expect(prepareSave(file, 'ask')).toEqual({ ok: false, error: { kind: 'password-lines', lineIds: [id] } });
    const kept = prepareSave(file, 'keep');
    expect(kept.ok && text(kept.value.bytes)).toBe(SECRET);
    const removed = prepareSave(file, 'remove');
    expect(removed.ok && [text(removed.value.bytes), removed.value.removed]).toEqual(['\r\nContrast=9\r\n', [id]]);
    // The open file itself is not changed here: the caller takes the lines out as an undoable step.
    expect(file.doc.lines.some((l) => l.text === 'FTP Password=hunter2')).toBe(true);
  });

  it('refuses an extension that is not digits for a name by the rule, but Save as takes the name typed', () => {
    const file = { ...open('\r\nContrast=9\r\n'), extension: '47a/../x' };
    expect(prepareSave(file, 'keep')).toEqual({ ok: false, error: { kind: 'bad-extension', extension: '47a/../x' } });
    const as = prepareSave(file, 'keep', 'notes.txt');
    expect(as.ok && as.value.name).toBe('notes.txt');
  });
});
