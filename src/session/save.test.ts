import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { loadBytes } from '../format/codec.ts';
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

/** The saved size, or why not saved. */
const ok = (r: ReturnType<typeof prepareSave>) => (r.ok ? r.value.bytes.length : r.error);
/** A file of `head`, `e` Windows-1252 "é" bytes, then `tail`: opened as Windows-1252. */
const latin1 = (head: string, e: number, tail = ''): OpenFile => {
  const r = openBytes(Uint8Array.from([...encodeUtf8(head), ...new Uint8Array(e).fill(0xe9), ...encodeUtf8(tail)]), '4711_4620data.txt', null);
  if (!r.ok) throw new Error('did not open');
  return r.value;
};

describe('prepareSave: what the editor writes, it can open again', () => {
  it('refuses an unchanged UTF-8 file of exactly MAX_FILE_BYTES whose saving adds the blank first line', () => {
    const line = 'ABKNAME001=x\r\n';
    let s = line.repeat(Math.floor(MAX_FILE_BYTES / line.length));
    s += 'x'.repeat(MAX_FILE_BYTES - s.length);
    const file = open(s);
    expect(prepareSave(file, 'keep')).toEqual({ ok: false, error: { kind: 'too-large', size: MAX_FILE_BYTES + 2, limit: MAX_FILE_BYTES } });
    // Two bytes smaller, it saves at exactly the limit, which opens.
    const fits = prepareSave(open(s.slice(0, -2)), 'keep');
    expect(ok(fits)).toBe(MAX_FILE_BYTES);
    expect(fits.ok && loadBytes(fits.value.bytes).ok).toBe(true);
  });

  it('refuses a 600 KB Windows-1252 file that would be 1.2 MB of UTF-8, with Save as and Save all’s answers too', () => {
    const bytes = new Uint8Array(600 * 1024).fill(0xe9);
    bytes.set([0x0d, 0x0a, 0x41, 0x3d]);
    const r = openBytes(bytes, '4711_4620data.txt', null);
    if (!r.ok) throw new Error('did not open');
    const size = 4 + (600 * 1024 - 4) * 2;
    for (const passwords of ['ask', 'keep', 'remove'] as const) {
      expect(prepareSave(r.value, passwords)).toEqual({ ok: false, error: { kind: 'too-large', size, limit: MAX_FILE_BYTES } });
      expect(prepareSave(r.value, passwords, 'notes.txt')).toEqual({ ok: false, error: { kind: 'too-large', size, limit: MAX_FILE_BYTES } });
    }
  });

  it('says too large before asking about password lines when taking them out would not help', () => {
    // 600 KB of Windows-1252 "é": 1.2 MB as saved, with or without the password line.
    expect(prepareSave(latin1(`${SECRET}ABKNAME001=`, 600 * 1024), 'ask')).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    // One "é" that grows by a byte, in a file at the limit: asked, then refused only if the lines are kept.
    const edge = latin1(SECRET + 'x'.repeat(MAX_FILE_BYTES - SECRET.length - 1), 1);
    expect(prepareSave(edge, 'ask')).toMatchObject({ ok: false, error: { kind: 'password-lines' } });
    expect(prepareSave(edge, 'keep')).toEqual({ ok: false, error: { kind: 'too-large', size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } });
    expect(ok(prepareSave(edge, 'remove'))).toBeLessThanOrEqual(MAX_FILE_BYTES);
  });
});
