import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { errorsBeforeSave, fileProblems, nameProblems } from './file-problems.ts';
import { editorReducer, newFile, openBytes, saveName, type OpenFile } from './open-file.ts';
import { prepareSave } from './save.ts';

function open(name: string, text = '\r\nContrast=9\r\n'): OpenFile {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error('did not open');
  return r.value;
}
const ids = (file: OpenFile) => nameProblems(file).map((p) => `${p.severity}:${p.id}`);

describe('the name Save writes', () => {
  it('follows the extension, the family and the protocol', () => {
    let f = open('5555_4620data.txt');
    expect(saveName(f)).toBe('5555_4620data.txt');
    f = editorReducer(f, { type: 'identify', extension: '6666' });
    f = editorReducer(f, { type: 'identify', protocol: 'sip' });
    expect(saveName(f)).toBe('6666_4620data_sip.txt');
    f = editorReducer(f, { type: 'identify', model: '4610SW' });
    expect(saveName(f)).toBe('6666_4610data_sip.txt');
  });

  it('is a name chosen with Save as from then on, until what the name is made of changes; undoing that brings it back', () => {
    let f = open('5555_4620data.txt');
    f = editorReducer(f, { type: 'saved', name: 'notes.txt', handle: null, doc: f.doc, parts: f });
    expect(saveName(f)).toBe('notes.txt');
    expect(prepareSave(f, 'ask')).toMatchObject({ ok: true, value: { name: 'notes.txt' } });
    expect(ids(f)).toEqual(['warning:name-chosen']);
    f = editorReducer(f, { type: 'identify', extension: '5556' });
    expect(saveName(f)).toBe('5556_4620data.txt');
    expect(ids(f)).toEqual([]);
    f = editorReducer(f, { type: 'undo' });
    expect(saveName(f)).toBe('notes.txt');
  });

  it('saved under the phone name of another extension, the file takes that extension and no chosen name', () => {
    let f = open('5555_4620data.txt');
    f = editorReducer(f, { type: 'saved', name: '7777_4620data.txt', handle: null, doc: f.doc, parts: f });
    expect(f.extension).toBe('7777');
    expect(f.chosen).toBeUndefined();
    expect(saveName(f)).toBe('7777_4620data.txt');
  });

  it('a name the browser numbered is not kept: Save writes the phone name', () => {
    const f = open('4711_4620data (1).txt');
    expect(saveName(f)).toBe('4711_4620data.txt');
  });
});

describe('the name’s problems', () => {
  it('an extension that is not digits is an error Save cannot save past', () => {
    const f = { ...open('5555_4620data.txt'), extension: '12ab' };
    expect(ids(f)).toEqual(['error:extension-bad']);
    expect(errorsBeforeSave(fileProblems(f)).map((p) => p.id)).toEqual(['extension-bad']);
  });

  it('an empty extension is an error, unless the file already had the shared Release 2.0 name', () => {
    expect(ids(open('backup.txt'))).toEqual(['error:extension-empty']);
    expect(ids(open('x_4620data.txt'))).toEqual(['error:extension-empty']);
    expect(ids(newFile('', '4620SW', 'h323'))).toEqual(['error:extension-empty']);
    expect(ids(open('4620data.txt'))).toEqual(['info:extension-shared']);
    expect(ids(open('4711_4620data.txt'))).toEqual([]);
  });

  it('a name opened with hidden characters is flagged, with their codes', () => {
    const [p] = nameProblems(open('2001_\u202Etxt.atad0264'));
    expect(p).toMatchObject({ id: 'name-hidden', severity: 'warning', message: { values: { opened: '2001_[U+202E]txt.atad0264' } } });
  });

  it('password-like lines are not asked about twice: they have their own question', () => {
    const f = open('4711_4620data.txt', '\r\nContrast=99\r\nFTP Password=x\r\n');
    expect(errorsBeforeSave(fileProblems(f)).map((p) => p.id)).toEqual([expect.stringMatching(/^value-/)]);
  });
});
